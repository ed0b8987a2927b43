#!/usr/bin/env python3
"""One version everywhere: include/coordcare/version.hpp's (which CMake, the Conan recipe and the programs
read) is the CHANGELOG's newest section, the README's "Version X.Y", the version docs/consuming.md and the
find_package consumer ask for, the Conan reference docs/consuming.md shows, and the one the generated pages
(docs/figures.md, docs/sources.md) name.

usage: check_version.py SOURCE_ROOT
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
read = lambda p: (root / p).read_text(encoding="utf-8")
header = read("include/coordcare/version.hpp")
parts = [re.search(rf"#define COORDCARE_VERSION_{p} (\d+)", header).group(1) for p in ("MAJOR", "MINOR", "PATCH")]
version = ".".join(parts)
minor = ".".join(parts[:2])
problems = []
if f'version_string = "{version}"' not in header:
    problems.append(f"version.hpp: version_string is not \"{version}\"")
newest = re.search(r"^## \[([^\]]+)\]", read("CHANGELOG.md"), re.M)
if not newest or newest.group(1) != version:
    problems.append(f"CHANGELOG.md: the newest section is [{newest.group(1) if newest else '?'}], not [{version}]")
if not re.search(rf"^Version {re.escape(minor)}\b", read("README.md"), re.M):
    problems.append(f"README.md: no line \"Version {minor}\"")
for page in ("README.md", "docs/consuming.md", "tests/consumers/find_package/CMakeLists.txt"):
    for found in re.findall(r"find_package\(coordcare ([0-9.]+)", read(page)):
        if found != minor:
            problems.append(f"{page}: find_package(coordcare {found}), not {minor}")
for found in re.findall(r"^coordcare/([0-9.]+)$", read("docs/consuming.md"), re.M):
    if found != version:
        problems.append(f"docs/consuming.md: the Conan reference coordcare/{found}, not {version}")
for page in ("docs/figures.md", "docs/sources.md"):
    for found in re.findall(r"coordcare ([0-9]+\.[0-9]+\.[0-9]+)", read(page)):
        if found != version:
            problems.append(f"{page}: names coordcare {found}, not {version} (regenerate it)")
for p in problems:
    print(p)
print(f"check_version: {version}, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
