#!/usr/bin/env bash
# The committed extract is what scripts/communes/update.sh makes from the package the npm registry serves
# (integrity checked). Skipped (exit 77) without Node.js and npm or without the registry.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
command -v node >/dev/null && command -v npm >/dev/null || { echo "skipped: node and npm are needed"; exit 77; }
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
COORDCARE_COMMUNES_OUTPUT="$out" "$root/scripts/communes/update.sh"
status=$?
[ "$status" -eq 3 ] && { echo "skipped: the npm registry cannot be reached"; exit 77; }
[ "$status" -eq 0 ] || exit "$status"
if ! cmp -s "$out" "$root/data/communes-2026.txt"; then
  echo "data/communes-2026.txt is not what the package gives:" >&2
  diff "$root/data/communes-2026.txt" "$out" | head -20 >&2
  exit 1
fi
echo "data/communes-2026.txt: the same bytes as the extract of the registry's package"
