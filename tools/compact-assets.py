#!/usr/bin/env python3
"""compact-assets.py OUTDIR FILE... — writes each data file into OUTDIR in its compact form.

The page's worker ships assets/ inside its .data package, which counts against the page's
gzipped budget. The data is unchanged; only what the loaders skip or infer goes:
  *.json  indentation (the same values in the same order);
  *.tsv   comment lines ('#'), and a third column equal to the second: "country<TAB>Aruba<TAB>Aruba"
          becomes "country<TAB>Aruba" (Lexicon::add_tsv takes a missing canonical form to be the
          phrase itself). The gazetteers went from ~66 KB to ~50 KB gzipped. And a KIND equal to
          the row before's is left empty ("<TAB>Angola": add_tsv repeats the last kind): ~3 KB
          more, since gzip codes each repeated "region<TAB>" as a match of its own.
Other files are copied as they are. assets/ keeps the readable, documented copies.
"""
import json
import os
import shutil
import sys

if len(sys.argv) < 3:
    sys.exit("usage: compact-assets.py OUTDIR FILE...")
out_dir = sys.argv[1]
for path in sys.argv[2:]:
    target = os.path.join(out_dir, os.path.basename(path))
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        with open(target, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
            f.write("\n")
    elif path.endswith(".tsv"):
        with open(path, encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        out = []
        last_kind = None
        for line in lines:
            if line.endswith("\r"):
                line = line[:-1]
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) == 3 and cols[1] == cols[2]:
                cols = cols[:2]
            kind = cols[0]
            if kind == last_kind:
                cols[0] = ""
            last_kind = kind
            out.append("\t".join(cols))
        with open(target, "w", encoding="utf-8", newline="") as f:
            f.write("\n".join(out) + "\n")
    else:
        shutil.copyfile(path, target)
