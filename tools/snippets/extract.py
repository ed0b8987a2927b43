#!/usr/bin/env python3
"""Extracts the C++ blocks of Markdown files so that the test suite compiles every one of them.

    extract.py OUTPUT_DIR SOURCE_ROOT FILE.md...

Each ```cpp block of a file is one of:
  - a program: it holds `int main(`; it is compiled and run alone, and when a ```text block follows it
    (nothing but blank lines between), its standard output must be exactly that text;
  - a translation unit: it holds an #include line; it is compiled alone, as written;
  - a fragment: anything else. The fragments of one file are compiled together, in order, in one
    translation unit after `#include <coordcare/io.hpp>` and `using namespace coordcare;`: a block
    fenced ```cpp decl holds declarations (types, functions, constants) and stays at namespace scope;
    a plain ```cpp block holds statements and goes, in order, into one function body. So the blocks of
    a page can build on each other as the page reads.

Writes the generated sources into OUTPUT_DIR and a manifest, OUTPUT_DIR/snippets.txt, with one line per
target: `program NAME SOURCE [EXPECTED]` or `unit NAME SOURCE`. #line directives point compiler errors
at the Markdown file. Exits non-zero on a malformed file (an unclosed fence).
"""
import os
import re
import sys

FENCE = re.compile(r"^```(\S*)\s*(.*)$")


def blocks(path):
    """Yields (info, words, first_line, text) for every fenced block of the file."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m or lines[i].strip() == "```":
            i += 1
            continue
        info, words = m.group(1), m.group(2).split()
        start = i + 1
        j = start
        while j < len(lines) and lines[j].rstrip() != "```":
            j += 1
        if j == len(lines):
            sys.exit(f"{path}:{i + 1}: unclosed ``` fence")
        yield info, words, start + 1, "\n".join(lines[start:j]) + "\n", i, j
        i = j + 1


def following_text_block(path, end_line, all_blocks):
    """The ```text block that comes right after line end_line (0-based), if any."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    k = end_line + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    for info, words, first, text, open_line, close_line in all_blocks:
        if open_line == k and info == "text":
            return text
    return None


def main():
    out_dir, root, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(out_dir, exist_ok=True)
    manifest = []
    for md in files:
        path = os.path.join(root, md)
        stem = re.sub(r"[^A-Za-z0-9]+", "_", os.path.splitext(md)[0]).strip("_").lower()
        all_blocks = list(blocks(path))
        decls, statements = [], []
        for n, (info, words, first, text, open_line, close_line) in enumerate(all_blocks):
            if info != "cpp":
                continue
            line = f'#line {first} "{md}"\n'
            name = f"{stem}_{n}"
            if "int main(" in text:
                source = os.path.join(out_dir, name + ".cpp")
                with open(source, "w", encoding="utf-8") as f:
                    f.write(line + text)
                expected = following_text_block(path, close_line, all_blocks)
                entry = f"program {name} {source}"
                if expected is not None:
                    with open(os.path.join(out_dir, name + ".expected"), "w", encoding="utf-8") as f:
                        f.write(expected)
                    entry += " " + os.path.join(out_dir, name + ".expected")
                manifest.append(entry)
            elif re.search(r"^\s*#\s*include", text, re.M):
                source = os.path.join(out_dir, name + ".cpp")
                with open(source, "w", encoding="utf-8") as f:
                    f.write(line + text)
                manifest.append(f"unit {name} {source}")
            elif "decl" in words:
                decls.append(line + text)
            else:
                statements.append(line + text)
        if decls or statements:
            source = os.path.join(out_dir, stem + "_fragments.cpp")
            with open(source, "w", encoding="utf-8") as f:
                f.write(f"// Generated from {md} by tools/snippets/extract.py: its C++ fragments, in order.\n")
                f.write("#include <coordcare/io.hpp>\n\n#include <iostream>\n#include <string>\n\n")
                f.write(f"namespace snippets_{stem} {{\nusing namespace coordcare;\nusing namespace std::chrono;\n\n")
                f.write("".join(decls))
                f.write("\n[[maybe_unused]] void statements() {\n")
                f.write("".join(statements))
                f.write("}\n")
                f.write(f"}}  // namespace snippets_{stem}\n")
            manifest.append(f"unit {stem}_fragments {source}")
    with open(os.path.join(out_dir, "snippets.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(manifest) + "\n")


if __name__ == "__main__":
    main()
