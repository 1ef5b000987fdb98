#!/usr/bin/env python3
"""compact-assets.py [--index NAME] OUTDIR FILE... — writes each data file into OUTDIR in its
compact form; with --index, also OUTDIR/NAME: a JSON array of the files' names (the page's
worker fetches what it lists: web/worker_pre.js).

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

args = sys.argv[1:]
index = None
if len(args) >= 2 and args[0] == "--index":
    index, args = args[1], args[2:]
if len(args) < 2:
    sys.exit("usage: compact-assets.py [--index NAME] OUTDIR FILE...")
out_dir = args[0]
for path in args[1:]:
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
if index:
    with open(os.path.join(out_dir, index), "w", encoding="utf-8") as f:
        json.dump(sorted(os.path.basename(p) for p in args[1:]), f)
        f.write("\n")
