#!/bin/sh
# Regenerates tests/golden/sample.segments.json from the built CLI (run from the repository root
# after `ninja -C build/native`). The unit test test_golden_sample.cpp only COMPARES against it:
# review the diff (git diff tests/golden) before committing a regenerated file.
set -e
./build/native/newsprism analyze --format json assets/sample.txt | python3 -c '
import json, sys
doc = json.load(sys.stdin)["documents"][0]
text = open("assets/sample.txt", "rb").read()
out = []
for i, s in enumerate(doc["segments"]):
    head = text[s["start"]:s["end"]][:48].decode("utf-8", "ignore")
    out.append({"i": i, "kind": s["kind"], "status": s["status"], "duplicate_of": s["duplicate_of"], "starts_with": head})
json.dump({"source": "assets/sample.txt", "regenerate": "sh tests/golden/regen_sample.sh", "segments": out},
          sys.stdout, indent=1, ensure_ascii=False)
print()
' > tests/golden/sample.segments.json
