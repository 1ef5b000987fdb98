#!/usr/bin/env python3
"""compact-json.py OUTDIR FILE... — writes each JSON file into OUTDIR without indentation.

The page's worker ships assets/*.json (the issue taxonomy, the trade lexicon) inside its
.data package; indentation is ~25% of their bytes and ~300 bytes of the gzipped budget. The
data is unchanged (the same values in the same order); assets/ keeps the readable copies.
"""
import json
import os
import sys

if len(sys.argv) < 3:
    sys.exit("usage: compact-json.py OUTDIR FILE...")
out_dir = sys.argv[1]
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    with open(os.path.join(out_dir, os.path.basename(path)), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
