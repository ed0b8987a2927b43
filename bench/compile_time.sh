#!/usr/bin/env bash
# Compile time of coordcare's headers against the floor they cannot go below, measured in one run.
#
#   bench/compile_time.sh [COMPILER] [RUNS]      (defaults: g++, 7)
#   bench/compile_time.sh --instructions [COMPILER]
#
# The second form counts the instructions the compiler executes (valgrind's callgrind, following the
# driver into cc1plus): one run each, slow (about 40 s a unit), but the same count every time, where wall
# times on a shared virtual machine vary by a third from one run to the next.
#
# Compiles, RUNS times each and interleaved so that all see the same machine load:
#   umbrella    a translation unit that includes <coordcare/coordcare.hpp>;
#   floor       one that includes exactly the standard and Boost headers that the headers reachable
#               from the umbrella include — the cost of the library's dependencies, which its own code
#               cannot go below;
#   structures  one that includes <coordcare/structures.hpp> alone;
#   io, io-floor the same for <coordcare/io.hpp> and its dependencies (Boost.JSON);
#   hana        <boost/hana.hpp> whole, for reference.
# Prints the median wall time of each (milliseconds, -fsyntax-only then -O2 object code), the ratio of
# the umbrella to its floor (target: the library's own code adds at most 50 %, a ratio <= 1.50) and
# whether <coordcare/structures.hpp> alone costs less than the umbrella.
set -euo pipefail
instructions=false
if [ "${1:-}" = --instructions ]; then
  instructions=true
  shift
fi
compiler=${1:-g++}
runs=${2:-7}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The external headers (<...> that are not coordcare's) of every coordcare header reachable from ROOT.
external_includes() {
  python3 - "$root/include" "$1" <<'EOF'
import re, sys, os
base, first = sys.argv[1], sys.argv[2]
seen, external, todo = set(), set(), [first]
while todo:
    header = todo.pop()
    if header in seen:
        continue
    seen.add(header)
    for line in open(os.path.join(base, header), encoding="utf-8"):
        m = re.match(r"\s*#\s*include\s*<([^>]+)>", line)
        if not m:
            continue
        name = m.group(1)
        (todo if name.startswith("coordcare/") else []).append(name)
        if not name.startswith("coordcare/"):
            external.add(name)
for name in sorted(external):
    print(f"#include <{name}>")
EOF
}

printf '#include <coordcare/coordcare.hpp>\nint main() { return coordcare::version_string[0] == 0; }\n' >"$work/umbrella.cpp"
{ external_includes coordcare/coordcare.hpp; echo 'int main() { return 0; }'; } >"$work/floor.cpp"
printf '#include <coordcare/structures.hpp>\nint main() { return coordcare::checked_structure_kinds.size() == 0; }\n' >"$work/structures.cpp"
printf '#include <coordcare/io.hpp>\nint main() { return coordcare::dossier_format.empty(); }\n' >"$work/io.cpp"
{ external_includes coordcare/io.hpp; echo 'int main() { return 0; }'; } >"$work/io-floor.cpp"
printf '#include <boost/hana.hpp>\nint main() { return boost::hana::size(boost::hana::make_tuple(1)) == 0u; }\n' >"$work/hana.cpp"
units=(umbrella floor structures io io-floor hana)

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

measure() {  # mode: syntax | object
  local mode=$1 flags
  if [ "$mode" = syntax ]; then flags=(-fsyntax-only); else flags=(-O2 -c); fi
  for tu in "${units[@]}"; do : >"$work/$tu.$mode"; done
  for _ in $(seq "$runs"); do
    for tu in "${units[@]}"; do
      local start end
      start=$(now_ms)
      "$compiler" -std=c++20 "${flags[@]}" -I"$root/include" "$work/$tu.cpp" -o "$work/$tu.o"
      end=$(now_ms)
      echo $((end - start)) >>"$work/$tu.$mode"
    done
  done
  declare -A t
  for tu in "${units[@]}"; do t[$tu]=$(median <"$work/$tu.$mode"); done
  printf '%s:\n' "$mode"
  printf '  <coordcare/coordcare.hpp>   %5d ms   its floor (%d std/Boost headers) %5d ms   ratio %s (target <= 1.50)\n' \
    "${t[umbrella]}" "$(grep -c '#include' "$work/floor.cpp")" "${t[floor]}" "$(ratio "${t[umbrella]}" "${t[floor]}")"
  printf '  <coordcare/structures.hpp>  %5d ms   (%s of the umbrella: %s)\n' "${t[structures]}" \
    "$(ratio "${t[structures]}" "${t[umbrella]}")" "$([ "${t[structures]}" -lt "${t[umbrella]}" ] && echo less || echo NOT less)"
  printf '  <coordcare/io.hpp>          %5d ms   its floor %5d ms   ratio %s\n' "${t[io]}" "${t[io-floor]}" "$(ratio "${t[io]}" "${t[io-floor]}")"
  printf '  <boost/hana.hpp> whole      %5d ms   (for reference)\n' "${t[hana]}"
}

count_instructions() {  # prints the millions of instructions of compiling TU with -fsyntax-only
  local tu=$1 total=0
  valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$work/cg.%p.out" \
    "$compiler" -std=c++20 -fsyntax-only -I"$root/include" "$work/$tu.cpp" 2>"$work/cg.log"
  total=$(awk '/Collected/ { s += $4 } END { printf "%.0f", s / 1e6 }' "$work/cg.log")
  rm -f "$work"/cg.*.out
  echo "$total"
}

if $instructions; then
  echo "compile cost in millions of instructions, $("$compiler" --version | head -n 1), -fsyntax-only:"
  declare -A n
  for tu in "${units[@]}"; do n[$tu]=$(count_instructions "$tu"); done
  printf '  <coordcare/coordcare.hpp>   %6d Mi   its floor (%d std/Boost headers) %6d Mi   ratio %s (target <= 1.50)\n' \
    "${n[umbrella]}" "$(grep -c '#include' "$work/floor.cpp")" "${n[floor]}" "$(ratio "${n[umbrella]}" "${n[floor]}")"
  printf '  <coordcare/structures.hpp>  %6d Mi   (%s of the umbrella)\n' "${n[structures]}" "$(ratio "${n[structures]}" "${n[umbrella]}")"
  printf '  <coordcare/io.hpp>          %6d Mi   its floor %6d Mi   ratio %s\n' "${n[io]}" "${n[io-floor]}" "$(ratio "${n[io]}" "${n[io-floor]}")"
  printf '  <boost/hana.hpp> whole      %6d Mi   (for reference)\n' "${n[hana]}"
  exit 0
fi

echo "compile time, $("$compiler" --version | head -n 1), median of $runs runs each:"
measure syntax
measure object
