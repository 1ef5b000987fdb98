#!/usr/bin/env bash
# fetch-debian-sources.sh CACHE_DIR NAME=VERSION...
# Downloads Debian source packages into CACHE_DIR and unpacks them to CACHE_DIR/src/NAME,
# without touching the machine's apt configuration: a private sources list, state and cache.
# The archive address is read from the machine's own apt configuration (never hard-coded).
set -euo pipefail
cache=$1; shift
mkdir -p "$cache/apt/lists/partial" "$cache/apt/cache/archives/partial" "$cache/dl" "$cache/src"

need=()
for spec in "$@"; do
  name=${spec%%=*}
  version=${spec#*=}
  if [ -f "$cache/src/$name/.unpacked-$version" ]; then continue; fi
  need+=("$spec")
done
[ ${#need[@]} -eq 0 ] && exit 0

uri=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 2>/dev/null |
      awk '$2=="bookworm" {print $1; exit}')
if [ -z "$uri" ]; then
  uri=$(apt-get indextargets --format '$(REPO_URI)' 2>/dev/null | grep -v security | head -n1)
fi
if [ -z "$uri" ]; then
  echo "fetch-debian-sources: no Debian archive found in this machine's apt configuration" >&2
  exit 1
fi
# Verify the archive's Release files with the machine's own Debian keyring.
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
# ImGui 1.90.1 is in trixie's archive, SDL2 2.26.5 in bookworm's: ask both suites.
cat > "$cache/apt/sources.list" <<LIST
deb-src [signed-by=$keyring] ${uri%/} bookworm main
deb-src [signed-by=$keyring] ${uri%/} trixie main
LIST
opts=(-o "Dir::Etc::SourceList=$cache/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
      -o "Dir::State::Lists=$cache/apt/lists" -o "Dir::Cache=$cache/apt/cache"
      -o Acquire::Languages=none -o APT::Sandbox::User=root)
apt-get "${opts[@]}" -qq update
cd "$cache/dl"
for spec in "${need[@]}"; do
  name=${spec%%=*}
  version=${spec#*=}
  apt-get "${opts[@]}" -qq source --download-only "$name=$version"
  dsc=$(ls "${name}_${version#*:}".dsc)
  rm -rf "$cache/src/$name"
  dpkg-source -x "$dsc" "$cache/src/$name" >/dev/null
  touch "$cache/src/$name/.unpacked-$version"
  echo "fetched and unpacked $name $version"
done
