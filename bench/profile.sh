#!/usr/bin/env bash
# profile.sh — repeatable instruction counts of the whole pipeline (valgrind callgrind), for
# bench/README.md's hot-spot list. Builds build/prof (Release flags + -g, no sanitizers) and
# runs one repeat of `bench_stages stages` on the 1 MB corpus under callgrind.
#
#   bench/profile.sh [CORPUS_FILE] [MODE]     (default .cache/bench/news-1mb.txt, stages)
#
# Output: bench/out/callgrind.out, and the top functions (self and inclusive Ir) on stdout.
# Instruction counts (Ir) do not depend on machine load, unlike times: compare them.
# BRANCHES=1 also simulates branch prediction and lists the functions by mispredicted
# branches (Bcm): a branch on data the CPU cannot guess (is this key in the table? is this
# word lowercase?) costs ~15-20 cycles each time, and the Ir list does not show it.
set -euo pipefail
cd "$(dirname "$0")/.."
FILE=${1:-.cache/bench/news-1mb.txt}
MODE=${2:-stages}
command -v valgrind >/dev/null || { echo "profile.sh: valgrind not installed (apt-get install valgrind)" >&2; exit 1; }
[ -f "$FILE" ] || { echo "profile.sh: $FILE missing: run ./dev.sh bench once (it builds the corpus)" >&2; exit 1; }
[ -f build/prof/build.ninja ] || cmake -S . -B build/prof -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS="-g -fno-omit-frame-pointer" >/dev/null
ninja -C build/prof -j "${JOBS:-2}" bench_stages | grep -v '^ninja: no work to do' || true
mkdir -p bench/out
SIM=()
[ "${BRANCHES:-0}" = 1 ] && SIM=(--branch-sim=yes)
valgrind --tool=callgrind --callgrind-out-file=bench/out/callgrind.out --dump-instr=no "${SIM[@]}" \
  build/prof/bench_stages "$MODE" "$FILE" --repeat 1 > bench/out/profile-run.json 2> bench/out/callgrind.log
grep -E 'Collected' bench/out/callgrind.log || true
echo "== self (exclusive) instructions"
callgrind_annotate bench/out/callgrind.out 2>/dev/null | sed -n '/^Ir/,$p' | head -40 || true  # (head closes the pipe early)
echo "== inclusive instructions"
callgrind_annotate --inclusive=yes bench/out/callgrind.out 2>/dev/null | sed -n '/^Ir/,$p' | head -60 || true
if [ "${BRANCHES:-0}" = 1 ]; then
  echo "== mispredicted conditional branches (self)"
  callgrind_annotate --sort=Bcm --show=Bcm,Ir bench/out/callgrind.out 2>/dev/null | sed -n '/file:function/,$p' | head -30 || true
fi
