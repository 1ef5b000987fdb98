#!/usr/bin/env bash
# fuzz.sh SECONDS — builds the libFuzzer targets (build/fuzz, clang-14 + ASan/UBSan) and runs
# each for an equal share of SECONDS, starting from the committed seeds in tests/fuzz/corpus/
# plus what earlier runs found (.cache/fuzz-corpus/). A crash leaves its input in
# .cache/fuzz-artifacts/ and fails the run: turn it into a regression test.
# Prints one line per target: "fuzz <name>: ok (<runs> runs)" or "fuzz <name>: CRASH <file>".
set -uo pipefail
cd "$(dirname "$0")/.."
total=${1:-60}
[ -f build/fuzz/build.ninja ] || cmake -S . -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSPRISM_FUZZ=ON >/dev/null || exit 1
targets=()
for src in tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$src" .cpp)"); done
# Only the fuzz targets: the rest of build/fuzz (unit tests, CLI) is not needed here.
ninja -C build/fuzz -j "${JOBS:-$(nproc)}" "${targets[@]}" >/dev/null ||
  { ninja -C build/fuzz "${targets[@]}" | tail -20; exit 1; }
share=$(( total / ${#targets[@]} ))
[ "$share" -ge 1 ] || share=1
failed=0
for t in "${targets[@]}"; do
  seeds=tests/fuzz/corpus/${t#fuzz_}
  corpus=.cache/fuzz-corpus/$t
  art=.cache/fuzz-artifacts/$t/
  mkdir -p "$corpus" "$art" "$seeds"
  log=$(mktemp)
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    "build/fuzz/$t" -max_total_time="$share" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$art" -print_final_stats=1 "$corpus" "$seeds" >"$log" 2>&1
  rc=$?
  runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
  if [ $rc = 0 ]; then
    echo "fuzz $t: ok (${runs:-?} runs in ${share}s)"
  else
    failed=1
    echo "fuzz $t: CRASH (exit $rc); input saved in $art"
    grep -E 'ERROR|SUMMARY|#[0-9]+ 0x' "$log" | head -15
  fi
  rm -f "$log"
done
exit $failed
