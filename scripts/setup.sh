#!/usr/bin/env bash
# Installs, from Debian 12's packages, what coordcare needs to build, test and benchmark.
# Idempotent and non-interactive: a package already installed is left alone, and when
# nothing is missing nothing is run. Works as root or through sudo.
#
#   scripts/setup.sh         what building, running the example and benchmarking need
#   scripts/setup.sh test    the same, and a headless browser (Chromium) for the test of the HTML report:
#                            a few hundred MB that a user of the library does not need
set -euo pipefail

for_tests=0
case "${1:-}" in
  "") ;;
  test) for_tests=1 ;;
  *) echo "setup: unknown argument '$1' (expected nothing, or 'test')" >&2; exit 2 ;;
esac

packages=(
  cmake               # build system (3.25: workflow presets)
  ninja-build         # generator used by CMakePresets.json
  g++                 # GCC 12
  clang-14            # Clang 14, the second compiler of the test suite
  libclang-rt-14-dev  # sanitizer and libFuzzer runtimes for Clang
  libboost1.81-dev    # Boost.Hana (core) and the other Boost headers
  libboost-json1.81-dev # Boost.JSON (input/output layer)
  catch2              # Catch2 2.13, the unit-test framework
  libbenchmark-dev    # Google Benchmark, for bench/
  python3-jsonschema  # checks the JSON samples against the JSON Schema in tests
)

# Node.js runs the benchmark's comparison (bench/territory_coverage.mjs) and, with npm, the script that
# fetches the commune data (scripts/communes/update.sh). A node already on the PATH (another install) is
# used as it is; otherwise Debian's.
if ! command -v node >/dev/null 2>&1; then packages+=(nodejs); fi
if ! command -v npm >/dev/null 2>&1; then packages+=(npm); fi

# The test of coordcare-check --format html renders the report in headless Chromium (tests/report/).
if [ "$for_tests" -eq 1 ]; then packages+=(chromium); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages are installed; nothing to do."
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=(env DEBIAN_FRONTEND=noninteractive)
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo -n env DEBIAN_FRONTEND=noninteractive)
else
  echo "setup: missing packages (${missing[*]}) and neither root nor sudo is available." >&2
  exit 1
fi

echo "setup: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup: done."
