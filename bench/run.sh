#!/usr/bin/env bash
# run.sh — ./dev.sh bench (dev.sh runs setup + build first, then execs this).
#
#   ./dev.sh bench [--quick] [--no-peers] [--no-page] [--sizes "1 10 100"] [--repeat N] [--results FILE]
#
# Steps (each part writes one JSON file into bench/out/, git-ignored; report.mjs joins them):
#   1. corpus   bench/corpus.mjs -> .cache/bench/news-{1,10,100}mb.txt (needs ../shared)
#   2. native   build/native/bench_stages, one process per size and mode (peak memory per run)
#   3. wasm     bench/wasm/node.mjs, the same pipeline compiled to wasm, under Node
#   4. peers    bench/peers/node.mjs, compromise and wink-nlp under Node on the 1 MB file
#   4b. others  every other build/native/bench_* (the stage owners' benchmarks), output kept as is
#   5. page     bench/page.mjs, headless Chromium: NewsPrism + peers in one page, page budgets
#   6. report   bench/report.mjs -> the table on stdout and bench/results.json
# --quick: sizes 1 and 10, one repeat (a smoke run; do not commit its results.json).
# Every step has a time limit; a failed or timed-out step is reported and the rest still runs.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/bench/out
CORPUS=$ROOT/.cache/bench
SIZES="1 10 100"
REPEAT=3
MAXS=45   # no new repeat after this many seconds (keeps 100 MB bounded while stages are slow)
PEERS=1
PAGE=1
RESULTS=$ROOT/bench/results.json
while [ $# -gt 0 ]; do
  case $1 in
    --quick) SIZES="1 10"; REPEAT=1; RESULTS=$OUT/results-quick.json; shift ;;
    --no-peers) PEERS=0; shift ;;
    --no-page) PAGE=0; shift ;;
    --sizes) SIZES=$2; shift 2 ;;
    --repeat) REPEAT=$2; shift 2 ;;
    --results) RESULTS=$2; shift 2 ;;
    *) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
log() { printf '\033[1m[bench] %s\033[0m\n' "$*" >&2; }
mkdir -p "$OUT"
rm -f "$OUT"/*.json "$OUT"/*.jsonl
START=$(date +%s)
FAILED=0

# step NAME SECONDS OUTFILE CMD... : runs CMD with a time limit, stdout into OUTFILE.
step() {
  local name=$1 limit=$2 out=$3; shift 3
  local t0=$(date +%s)
  timeout "$limit" "$@" > "$out.tmp"
  local rc=$?
  if [ $rc = 0 ]; then mv "$out.tmp" "$out"; log "$name: $(( $(date +%s) - t0 )) s"
  else rm -f "$out.tmp"; FAILED=$((FAILED + 1)); log "$name: FAILED (exit $rc$([ $rc = 124 ] && echo ', time limit'))"; fi
  return $rc
}

# 1. corpus
# Rebuilt only when corpus.mjs changed (the output is deterministic; the stamp is its hash).
HAVE_CORPUS=1
STAMP=$(sha256sum bench/corpus.mjs | cut -d' ' -f1)
if [ -f "$CORPUS/stamp" ] && [ "$(cat "$CORPUS/stamp")" = "$STAMP" ] && [ -f "$CORPUS/corpus.jsonl" ]; then
  cp "$CORPUS/corpus.jsonl" "$OUT/corpus.jsonl"; rc=0
else
  node bench/corpus.mjs --sizes 1,10,100 > "$OUT/corpus.jsonl"; rc=$?
  [ $rc = 0 ] && cp "$OUT/corpus.jsonl" "$CORPUS/corpus.jsonl" && echo "$STAMP" > "$CORPUS/stamp"
fi
case $rc in
  0) log "corpus: .cache/bench/ ($(wc -l < "$OUT/corpus.jsonl") files)" ;;
  3) HAVE_CORPUS=0; log "skipped: ../shared absent — no news corpus, so no throughput, memory or peer numbers (page budgets only)" ;;
  *) log "corpus: FAILED"; exit 1 ;;
esac

if [ $HAVE_CORPUS = 1 ]; then
  # 2. native, one process per size and mode
  for s in $SIZES; do
    step "native stages $s MB" 600 "$OUT/native-stages-$s.json" build/native/bench_stages stages "$CORPUS/news-${s}mb.txt" --repeat "$REPEAT" --max-seconds "$MAXS"
    step "native pipeline $s MB" 600 "$OUT/native-pipeline-$s.json" build/native/bench_stages pipeline "$CORPUS/news-${s}mb.txt" --repeat "$REPEAT" --max-seconds "$MAXS"
    # The same with documents in parallel on every core (Options::threads, what the CLI does).
    step "native pipeline $s MB, all cores" 600 "$OUT/native-pipeline-threads-$s.json" build/native/bench_stages pipeline "$CORPUS/news-${s}mb.txt" --repeat "$REPEAT" --max-seconds "$MAXS" --threads 0
    # What `newsprism analyze FILE...` does: JSON written per document as it is done, results freed.
    step "native pipeline $s MB, JSON streamed" 600 "$OUT/native-pipeline-stream-$s.json" build/native/bench_stages pipeline "$CORPUS/news-${s}mb.txt" --repeat "$REPEAT" --max-seconds "$MAXS" --threads 0 --stream
  done
  # 3. wasm under Node (the whole pipeline; stage split on 1 MB and 10 MB)
  for s in $SIZES; do
    extra=(); [ "$s" -le 10 ] && extra=(--stages)
    step "wasm (node) $s MB" 600 "$OUT/wasm-node-$s.json" node --max-old-space-size=4096 bench/wasm/node.mjs "$CORPUS/news-${s}mb.txt" --repeat "$REPEAT" --max-seconds "$MAXS" "${extra[@]}"
  done
  # 4. peers under Node, on the 1 MB file
  [ $PEERS = 1 ] && step "peers (node) 1 MB" 900 "$OUT/peers-node.json" node bench/peers/node.mjs "$CORPUS/news-1mb.txt" --repeat "$REPEAT"
fi

# 4b. the stage owners' own benchmarks (every other bench/*.cpp), run as they are, output kept
#     verbatim in the report (bench/README.md: they own their corpus and their numbers).
for exe in build/native/bench_*; do
  name=$(basename "$exe")
  [ -x "$exe" ] && [ "$name" != bench_stages ] || continue
  step "$name" 300 "$OUT/other-$name.txt" "$exe"
done

# 5. the page
if [ $PAGE = 1 ]; then
  page_args=(--repeat "$REPEAT"); [ $PEERS = 1 ] || page_args+=(--no-peers)
  step "page (chromium)" 900 "$OUT/page.json" node bench/page.mjs "${page_args[@]}"
fi

# 6. report
node bench/report.mjs "$OUT" --results "$RESULTS"
log "total $(( $(date +%s) - START )) s, $FAILED step(s) failed"
[ $FAILED = 0 ]
