#!/usr/bin/env python3
"""Checks that the repository cites its sources as a reader can follow them.

usage: check_sources.py SOURCE_DIR

1. No tracked file names a document users do not have: the project's internal notes and design files by
   their file names, the internal shared folder, or one of the documents the project was given by its
   number ("seed" or "seeds" followed by a number such as 002). Each occurrence is printed as file:line.
   This script is the one file exempted: it spells the patterns.
2. Every citation "[key]" names a document of the bibliography, whose keys are the anchors of
   docs/sources.md (generated from include/coordcare/vocabulary/sources.hpp). Where a citation is looked for:
   - include/ and examples/ C++ files: in comments and string literals only (code such as `x[i]` is not
     read);
   - examples/ JSON files: in strings;
   - README.md, CHANGELOG.md and docs/*.md: outside fenced code blocks and inline code.
   A citation is "[" key "]" where the key is lowercase letters and digits in words joined by single
   hyphens, beginning with a letter; it is not one when the "[" follows a letter, a digit, "_", ")" or "]"
   (a subscript such as `payments[i]`), when it is doubled ("[[nodiscard]]"), or when "(" or "[" follows the
   "]" (a Markdown link such as "[below](#x)"); in Markdown, a task-list box "[x]" and a link reference
   definition "[name]: url" are not either. A Markdown link to docs/sources.md#anchor must name a key.
3. Prints the list of what is wrong, and a count by file; exits 1 when anything is.
"""
import json
import pathlib
import re
import subprocess
import sys

SELF = "tests/docs/check_sources.py"

FORBIDDEN = [
    ("an internal file", re.compile(r"DOMAIN\.md|DESIGN\.md")),
    ("the internal shared folder", re.compile(r"shared/")),
    ("a given document by its number", re.compile(r"\bseeds?\s+0\d\d", re.IGNORECASE)),
]

KEY = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
CITATION = re.compile(r"(?<![A-Za-z0-9_\])\[])\[(" + KEY + r")\](?![\](\[])")
SOURCES_LINK = re.compile(r"\]\((?:\.?/?(?:docs/)?)sources\.md#([^)\s]+)\)")
ANCHOR = re.compile(r'^<a id="(' + KEY + r')"></a>\n### ', re.MULTILINE)
HPP_KEY = re.compile(r'source_document\{\s*"(' + KEY + r')"')


def tracked_files(root):
    """The files git tracks (or, outside a git checkout, every file but the build trees)."""
    try:
        out = subprocess.run(["git", "-C", str(root), "ls-files", "-z"], check=True, capture_output=True).stdout
        return sorted(p for p in out.decode("utf-8").split("\0") if p)
    except (OSError, subprocess.CalledProcessError):
        skip = {".git", "build", "node_modules"}
        return sorted(str(p.relative_to(root)) for p in root.rglob("*")
                      if p.is_file() and not (set(p.relative_to(root).parts) & skip))


def read_text(path):
    try:
        return path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return None


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def cpp_pieces(text):
    """(offset, piece) for each comment and string or character literal of a C++ source."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            yield i, text[i:end]
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            yield i, text[i:end]
            i = end
        elif c.isdigit():  # a number, digit separators included (40'524_eur)
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] in "_.'" or (text[j] in "+-" and text[j - 1] in "eEpP")):
                j += 1
            i = j
        elif c.isalpha() or c == "_":
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            word = text[i:j]
            if j < n and text[j] == '"' and word in ("R", "u8R", "uR", "UR", "LR"):
                m = re.match(r'"([^()\\\s]{0,16})\(', text[j:])
                if m:
                    close = ")" + m.group(1) + '"'
                    end = text.find(close, j + m.end())
                    end = n if end < 0 else end + len(close)
                    yield j, text[j:end]
                    i = end
                    continue
            i = j  # an identifier; a prefix (u8, L...) is followed by the literal, read next
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            yield i, text[i:j + 1]
            i = j + 1
        else:
            i += 1


def json_pieces(text):
    for m in re.finditer(r'"(?:[^"\\]|\\.)*"', text):
        yield m.start(), m.group(0)


def markdown_pieces(text):
    """(offset, line) for each line outside fenced code blocks, inline code blanked out."""
    fence = None
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.lstrip(" ")
        m = re.match(r"(`{3,}|~{3,})", stripped) if len(line) - len(stripped) <= 3 else None
        if fence is None and m:
            fence = m.group(1)
        elif fence is not None:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not stripped[len(m.group(1)):].strip():
                fence = None
        else:
            blanked = re.sub(r"(`+)(.+?)\1", lambda c: " " * len(c.group(0)), line)
            blanked = re.sub(r"^(\s*[-*+]\s+)\[[ xX]\]", lambda c: " " * len(c.group(0)), blanked)  # a task-list box
            if not re.match(r"^\s{0,3}\[[^\]]+\]:\s", blanked):  # a link reference definition
                yield offset, blanked
        offset += len(line)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = pathlib.Path(sys.argv[1]).resolve()
    files = tracked_files(root)
    problems = []  # (file, line, what)

    # 1. References to documents users do not have.
    for name in files:
        if name == SELF:
            continue
        text = read_text(root / name)
        if text is None:
            continue
        for what, pattern in FORBIDDEN:
            for m in pattern.finditer(text):
                line = line_of(text, m.start())
                context = text.splitlines()[line - 1].strip()
                problems.append((name, line, f"names {what} ({m.group(0)!r}): {context[:160]}"))

    # 2. Citations of the bibliography.
    page = read_text(root / "docs" / "sources.md")
    header = read_text(root / "include" / "coordcare" / "vocabulary" / "sources.hpp") or ""
    declared = set(HPP_KEY.findall(header))
    if page is None:
        problems.append(("docs/sources.md", 0, "missing: the keys are read from its anchors"))
        keys = declared
    else:
        keys = set(ANCHOR.findall(page))
        if keys != declared:
            problems.append(("docs/sources.md", 0,
                             "out of date with include/coordcare/vocabulary/sources.hpp (run the target update-sources-doc): "
                             f"only in the header {sorted(declared - keys)}, only in the page {sorted(keys - declared)}"))
    anchors = keys | set(re.findall(r'^<a id="([^"]+)"></a>$', page or "", re.MULTILINE))

    cited = 0
    for name in files:
        path = root / name
        if name.startswith(("include/", "examples/")) and name.endswith((".hpp", ".cpp", ".h")):
            pieces = cpp_pieces
        elif name.startswith("examples/") and name.endswith(".json"):
            pieces = json_pieces
        elif name in ("README.md", "CHANGELOG.md") or re.fullmatch(r"docs/[^/]+\.md", name):
            pieces = markdown_pieces
        else:
            continue
        text = read_text(path)
        if text is None:
            continue
        for offset, piece in pieces(text):
            for m in CITATION.finditer(piece):
                cited += 1
                if m.group(1) not in keys:
                    problems.append((name, line_of(text, offset + m.start()),
                                     f"cites [{m.group(1)}], which is no key of docs/sources.md"))
            if pieces is markdown_pieces:
                for m in SOURCES_LINK.finditer(piece):
                    if m.group(1) not in anchors:
                        problems.append((name, line_of(text, offset + m.start()),
                                         f"links to sources.md#{m.group(1)}, which is no anchor of docs/sources.md"))

    # 3. The list.
    if not problems:
        print(f"check_sources: {len(files)} files, {cited} citations of {len(keys)} documents: all followable")
        return 0
    for name, line, what in problems:
        print(f"{name}:{line}: {what}")
    print(f"\ncheck_sources: {len(problems)} problem(s); by file:")
    counts = {}
    for name, _, _ in problems:
        counts[name] = counts.get(name, 0) + 1
    for name, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {count:4}  {name}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
