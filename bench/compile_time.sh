#!/usr/bin/env bash
# Compile time of coordcare's umbrella header against Boost.Hana's, measured in one run.
#
#   bench/compile_time.sh [COMPILER] [RUNS]      (defaults: g++, 7)
#
# Compiles translation units RUNS times each, interleaved so that all see the same machine load:
# one that includes <coordcare/coordcare.hpp>, one that includes <boost/hana.hpp> whole, and, to
# attribute the cost, one that includes only the standard headers coordcare's headers include.
# Prints the median wall time of each (milliseconds; -fsyntax-only, then -O2 object code) and the
# ratio umbrella / hana.
set -euo pipefail
compiler=${1:-g++}
runs=${2:-7}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '#include <coordcare/coordcare.hpp>\nint main() { return coordcare::version_string[0] == 0; }\n' >"$work/umbrella.cpp"
printf '#include <boost/hana.hpp>\nint main() { return boost::hana::size(boost::hana::make_tuple(1)) == 0u; }\n' >"$work/hana.cpp"
{ grep -rhoE '^#include <[a-z_]+>' "$root/include/coordcare" | sort -u; echo 'int main() { return 0; }'; } >"$work/std.cpp"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

measure() {  # mode: syntax | object
  local mode=$1 flags
  if [ "$mode" = syntax ]; then flags=(-fsyntax-only); else flags=(-O2 -c); fi
  : >"$work/umbrella.$mode"; : >"$work/hana.$mode"; : >"$work/std.$mode"
  for _ in $(seq "$runs"); do
    for tu in umbrella hana std; do
      local start end
      start=$(now_ms)
      "$compiler" -std=c++20 "${flags[@]}" -I"$root/include" "$work/$tu.cpp" -o "$work/$tu.o"
      end=$(now_ms)
      echo $((end - start)) >>"$work/$tu.$mode"
    done
  done
  local u h s
  u=$(median <"$work/umbrella.$mode")
  h=$(median <"$work/hana.$mode")
  s=$(median <"$work/std.$mode")
  printf '%-6s  <coordcare/coordcare.hpp> %5d ms   <boost/hana.hpp> %5d ms   ratio %s   (its standard headers alone: %d ms)\n' \
    "$mode" "$u" "$h" "$(awk -v u="$u" -v h="$h" 'BEGIN { printf "%.2f", u / h }')" "$s"
}

echo "compile time, $("$compiler" --version | head -n 1), median of $runs runs each:"
measure syntax
measure object
