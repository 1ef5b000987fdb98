#!/usr/bin/env bash
# dev.sh — the one entry point. Every subcommand is idempotent and installs what it needs.
#
#   ./dev.sh setup            install every dependency (apt, npm, Debian source packages, SDL2 for wasm)
#   ./dev.sh build            native build (build/native) + web build (dist/)
#   ./dev.sh serve [--port N] setup + build + serve dist/ on 127.0.0.1 (default 8080)   <- README command 1
#   ./dev.sh test             setup + build + every test suite, ends with "N passed, N failed" <- README command 2
#   ./dev.sh bench            setup + build + benchmarks (bench/README.md)
#   ./dev.sh fuzz [SECONDS]   run the libFuzzer targets longer than the test run does
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
CACHE=$ROOT/.cache
JOBS=${JOBS:-$(nproc)}
# Debian's emscripten needs Debian's node modules (acorn) on NODE_PATH (TOOLCHAIN.md).
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

APT_PACKAGES=(emscripten cmake ninja-build g++ clang-14 libclang-rt-14-dev dpkg-dev
  nlohmann-json3-dev doctest-dev fonts-dejavu-core fonttools iso-codes chromium
  python3 ca-certificates gzip)
DEBSRC_PACKAGES=(imgui=1.90.1+ds-1 libsdl2=2.26.5+dfsg-1)

log() { printf '\033[1m[dev] %s\033[0m\n' "$*" >&2; }

# ---- setup --------------------------------------------------------------------------------
setup_apt() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing apt packages: ${missing[*]}"
    [ "$(id -u)" = 0 ] || { echo "dev.sh setup: run as root to install: ${missing[*]}" >&2; exit 1; }
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    return 0
  fi
  return 1
}

setup_npm() {
  local stamp=node_modules/.package-lock.sha
  local want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 1; fi
  log "installing npm dev dependencies (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  echo "$want" > "$stamp"
}

setup_third_party() {
  local did=1
  local before after
  before=$(ls "$CACHE"/debsrc/src/*/.unpacked-* 2>/dev/null | wc -l)
  tools/fetch-debian-sources.sh "$CACHE/debsrc" "${DEBSRC_PACKAGES[@]}" 2> >(grep -v -e gpgv -e 'cannot verify inline signature' >&2)
  after=$(ls "$CACHE"/debsrc/src/*/.unpacked-* 2>/dev/null | wc -l)
  [ "$before" = "$after" ] || did=0
  if [ ! -f "$CACHE/sdl2-wasm/lib/libSDL2.a" ]; then
    log "building SDL2 for wasm once (about 4 minutes on 2 cores; cached in .cache/sdl2-wasm)"
    did=0
  fi
  tools/build-sdl2-wasm.sh "$CACHE/debsrc/src/libsdl2" "$CACHE/sdl2-wasm"
  return $did
}

cmd_setup() {
  local changed=0
  setup_apt && changed=1
  setup_npm && changed=1
  setup_third_party && changed=1
  if [ $changed = 0 ]; then log "setup: everything already installed, nothing to do"; else log "setup: done"; fi
}

# ---- build --------------------------------------------------------------------------------
configure() {  # configure DIR [cmake args...]: only when the folder has no build files yet
  local dir=$1; shift
  [ -f "$dir/build.ninja" ] || "$@" -B "$dir" -S "$ROOT" -G Ninja >/dev/null
}

cmd_build() {
  log "native build (build/native)"
  configure build/native cmake -DCMAKE_BUILD_TYPE=Release
  ninja -C build/native -j "$JOBS" | grep -v '^ninja: no work to do' || true
  [ "${PIPESTATUS[0]}" = 0 ] || exit 1
  log "web build (build/wasm -> dist/)"
  configure build/wasm emcmake cmake -DCMAKE_BUILD_TYPE=Release -DNEWSPRISM_THIRD_PARTY="$CACHE"
  ninja -C build/wasm -j "$JOBS" | grep -v '^ninja: no work to do' || true
  [ "${PIPESTATUS[0]}" = 0 ] || exit 1
}

# ---- serve --------------------------------------------------------------------------------
cmd_serve() {
  local port=8080
  while [ $# -gt 0 ]; do
    case $1 in
      --port) port=${2:?--port needs a number}; shift 2 ;;
      --port=*) port=${1#--port=}; shift ;;
      *) echo "dev.sh serve: unknown option $1" >&2; exit 2 ;;
    esac
  done
  cmd_setup
  cmd_build
  log "serving dist/ at http://127.0.0.1:$port/  (Ctrl+C to stop)"
  echo "http://127.0.0.1:$port/"
  exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
}

# ---- test ---------------------------------------------------------------------------------
PASSED=0
FAILED=0
SKIPPED=0
RESULTS=()

# count SUITE PASSED FAILED [SKIPPED]
count() {
  PASSED=$((PASSED + $2)); FAILED=$((FAILED + $3)); SKIPPED=$((SKIPPED + ${4:-0}))
  RESULTS+=("$(printf '%-28s %5s passed %4s failed %4s skipped' "$1" "$2" "$3" "${4:-0}")")
}

# Runs a doctest binary (native or via node) and counts its test cases.
run_doctest() {
  local name=$1; shift
  local out
  out=$(mktemp)
  log "suite: $name"
  set +e
  "$@" 2>&1 | tee "$out" | grep -E '^(\[doctest\] (test cases|Status)|.*(ERROR|FATAL|MESSAGE|WARNING)[: ])' | tail -40
  local rc=${PIPESTATUS[0]}
  set -e
  local line
  line=$(grep '\[doctest\] test cases:' "$out" | tail -1 || true)
  if [ -z "$line" ]; then
    count "$name" 0 1
    echo "  $name: did not report results (exit $rc)" >&2
  else
    local p f s
    p=$(echo "$line" | sed -E 's/.*\| *([0-9]+) passed.*/\1/')
    f=$(echo "$line" | sed -E 's/.*\| *([0-9]+) failed.*/\1/')
    s=$(echo "$line" | sed -E 's/.*\| *([0-9]+) skipped.*/\1/')
    [ "$rc" = 0 ] || [ "$f" != 0 ] || f=1
    count "$name" "$p" "$f" "$s"
  fi
  rm -f "$out"
}

# Runs node's test runner over files and counts its tests.
run_node_tests() {
  local name=$1; shift
  local out
  out=$(mktemp)
  log "suite: $name"
  set +e
  node --test --test-reporter=tap "$@" > "$out" 2>&1
  local rc=$?
  set -e
  grep -E '^(not ok|# (pass|fail|skip)|  error:|    [+-] )' "$out" | head -60 >&2 || true
  local p f s
  p=$(grep -E '^# pass ' "$out" | awk '{print $3}' || true)
  f=$(grep -E '^# fail ' "$out" | awk '{print $3}' || true)
  s=$(grep -E '^# skipped ' "$out" | awk '{print $3}' || true)  # node's TAP summary: "# skipped N"
  if [ -z "$p" ]; then
    tail -20 "$out" >&2
    count "$name" 0 1
  else
    [ "$rc" = 0 ] || [ "$f" != 0 ] || f=1
    count "$name" "$p" "$f" "$s"
  fi
  rm -f "$out"
}

# Runs every libFuzzer target briefly (tools/fuzz.sh); each target counts as one test.
run_fuzz() {
  log "suite: fuzzers (${1}s in total)"
  local out p f
  out=$(tools/fuzz.sh "$1" 2>&1 || true)
  echo "$out" >&2
  p=$(echo "$out" | grep -c ': ok ' || true)
  f=$(echo "$out" | grep -c ': CRASH' || true)
  [ "$p$f" != "00" ] || f=1
  count "fuzzers (libFuzzer)" "$p" "$f"
}

cmd_test() {
  cmd_setup
  cmd_build
  run_doctest "native unit (doctest)" build/native/newsprism_tests --no-intro --no-colors
  run_doctest "wasm unit (node)" node --no-experimental-fetch build/wasm/newsprism_tests.js --no-intro --no-colors
  log "sanitizer build (build/asan: AddressSanitizer + UndefinedBehaviorSanitizer)"
  configure build/asan cmake -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSPRISM_SANITIZE=ON
  ninja -C build/asan -j "$JOBS" newsprism_tests newsprism | grep -v '^ninja: no work to do' || true
  [ "${PIPESTATUS[0]}" = 0 ] || exit 1
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    run_doctest "native unit (ASan+UBSan)" build/asan/newsprism_tests --no-intro --no-colors
  run_fuzz 50  # 6 targets x 8 s (issue #7: at most 60 s altogether)
  for t in tests/cli/*.test.mjs; do
    [ -e "$t" ] && { run_node_tests "cli" tests/cli/*.test.mjs; break; }
  done
  run_node_tests "end-to-end (chromium)" tests/e2e/*.test.mjs
  echo
  printf '%s\n' "${RESULTS[@]}"
  echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
  [ "$FAILED" = 0 ]
}

# ---- main ---------------------------------------------------------------------------------
cmd=${1:-help}
shift || true
case $cmd in
  setup) cmd_setup ;;
  build) cmd_setup; cmd_build ;;
  serve) cmd_serve "$@" ;;
  test) cmd_test ;;
  bench) cmd_setup; cmd_build; exec bench/run.sh "$@" ;;
  fuzz) cmd_setup; exec tools/fuzz.sh "${1:-300}" ;;
  help|-h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) echo "dev.sh: unknown command '$cmd' (see ./dev.sh help)" >&2; exit 2 ;;
esac
