#!/usr/bin/env bash
# build-sdl2-wasm.sh SRC_DIR PREFIX — builds Debian's SDL2 source for emscripten into PREFIX
# (lib/libSDL2.a + include/SDL2). Slow (~4 min on 2 cores), so it is skipped when PREFIX
# already holds a build of the same source (stamp file).
set -euo pipefail
src=$(realpath "$1")
prefix=$(realpath -m "$2")
stamp="$prefix/.built-from"
want=$(cat "$src"/.unpacked-* 2>/dev/null; ls "$src"/.unpacked-* 2>/dev/null)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -f "$prefix/lib/libSDL2.a" ]; then
  exit 0
fi
export NODE_PATH=/usr/share/nodejs
build="$prefix.build"
rm -rf "$build" "$prefix"
emcmake cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_INSTALL_PREFIX="$prefix" \
  -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF \
  -DSDL_HAPTIC=OFF -DSDL_SENSOR=OFF -DSDL_POWER=OFF -DSDL_HIDAPI=OFF >/dev/null
ninja -C "$build" install >/dev/null
rm -rf "$build"
printf '%s' "$want" > "$stamp"
echo "built SDL2 for wasm into $prefix"
