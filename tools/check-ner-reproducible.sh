#!/usr/bin/env bash
# check-ner-reproducible.sh — retrains the entity tagger with the documented command and checks
# that the result is byte-identical to the committed assets/ner.model. Not part of the default
# test suite (about 10-20 s of training plus a build); run it after changing the tagger,
# its features, the gazetteers or the training data.
#   tools/check-ner-reproducible.sh [BUILD_DIR]   (default build/native)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build/native}"
data="${NEWSPRISM_SHARED:-$here/../shared}/data/gmb/train.txt"
[ -f "$data" ] || { echo "skipped: $data absent"; exit 0; }
[ -x "$build/newsprism" ] || { echo "build the CLI first: ninja -C $build newsprism"; exit 2; }
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
NEWSPRISM_ASSETS="$here/assets" "$build/newsprism" train-ner --data "$data" --out "$out" --holdout-tenth
if cmp -s "$out" "$here/assets/ner.model"; then
  echo "reproducible: retrained model is identical to assets/ner.model ($(wc -c < "$out") bytes)"
else
  echo "NOT reproducible: retrained model differs from assets/ner.model" >&2
  exit 1
fi
