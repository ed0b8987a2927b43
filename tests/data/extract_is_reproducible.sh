#!/usr/bin/env bash
# Every committed extract (data/communes-<vintage>.txt) is what scripts/communes/update.sh makes from the
# package the npm registry serves for that vintage (integrity checked against the registry and the pin),
# and every vintage of the script's table is committed. Skipped (exit 77) without Node.js and npm or
# without the registry. The tarballs are cached in ~/.cache/coordcare/npm: 13 to 18 s the first time,
# about 6 s after (one npm view and 7 extracts; the first time, 7 npm packs too).
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
command -v node >/dev/null && command -v npm >/dev/null || { echo "skipped: node and npm are needed"; exit 77; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
COORDCARE_COMMUNES_OUTPUT_DIR="$out" "$root/scripts/communes/update.sh"
status=$?
[ "$status" -eq 3 ] && { echo "skipped: the npm registry cannot be reached"; exit 77; }
[ "$status" -eq 0 ] || exit "$status"
failed=0
for made in "$out"/communes-*.txt; do
  name="$(basename "$made")"
  if [ ! -f "$root/data/$name" ]; then
    echo "data/$name is missing: the script's table makes it" >&2
    failed=1
  elif ! cmp -s "$made" "$root/data/$name"; then
    echo "data/$name is not what the package gives:" >&2
    diff "$root/data/$name" "$made" | head -20 >&2
    failed=1
  else
    echo "data/$name: the same bytes as the extract of the registry's package"
  fi
done
for kept in "$root"/data/communes-*.txt; do
  name="$(basename "$kept")"
  [ -f "$out/$name" ] || { echo "data/$name is made by no entry of scripts/communes/update.sh's table" >&2; failed=1; }
done
exit "$failed"
