#!/usr/bin/env python3
"""Checks that no header of coordcare includes a header of a higher layer.

    check_layers.py SOURCE_ROOT

The layers, lowest first (docs/architecture.md): vocabulary, parameters, structures, territory, practice,
funding, procedures, dossier, io. A header of include/coordcare/<layer>/ (or the umbrella
include/coordcare/<layer>.hpp) may include the headers of its own layer and of the layers below it; the
umbrella coordcare.hpp and version.hpp stand apart. Prints every include that goes up, and exits 1 when
there is one.
"""
import os
import re
import sys

LAYERS = ["vocabulary", "parameters", "structures", "territory", "practice", "funding", "procedures", "dossier", "io"]
INCLUDE = re.compile(r'^\s*#\s*include\s*<coordcare/([a-z_]+)(?:/|\.hpp)')


def layer_of(relative):
    """The layer of a header path relative to include/coordcare, or None (coordcare.hpp, version.hpp)."""
    head = relative.split("/")[0]
    name = head[:-4] if head.endswith(".hpp") else head
    return name if name in LAYERS else None


def main():
    root = os.path.join(sys.argv[1], "include", "coordcare")
    problems = []
    count = 0
    for folder, _, files in os.walk(root):
        for f in sorted(files):
            if not f.endswith(".hpp"):
                continue
            path = os.path.join(folder, f)
            relative = os.path.relpath(path, root).replace(os.sep, "/")
            own = layer_of(relative)
            if own is None:
                continue
            count += 1
            with open(path, encoding="utf-8") as text:
                for number, line in enumerate(text, 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    target = m.group(1)
                    if target in ("coordcare", "version"):
                        if target == "coordcare" and own != "io":
                            problems.append(f"include/coordcare/{relative}:{number}: includes the umbrella coordcare.hpp")
                        continue
                    if target in LAYERS and LAYERS.index(target) > LAYERS.index(own):
                        problems.append(f"include/coordcare/{relative}:{number}: the {own} layer includes the higher layer {target}: {line.strip()}")
    for p in problems:
        print(p)
    print(f"check_layers: {count} headers, {len(problems)} include(s) going up a layer")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
