#!/usr/bin/env python3
"""Mutation testing of coordcare's rules, figures and money type: does a small change break a test?

    tools/mutation/mutate.py [--mutants FILE] [--work DIR] [--only ID ...] [--goal PERCENT]

For each mutant of the list (tools/mutation/mutants.txt: one small change to a header under include/ —
a flipped comparison, a threshold off by one, a dropped condition, a date of effect moved, a rounding
changed), the script applies it to a copy of the sources, rebuilds the unit, static, I/O and CLI tests
(CTest labels unit, static, io, check) and runs them. A mutant is *killed* when the build fails or a
test fails, and *survives* when every test passes: a survivor is a rule or figure no test pins down.
Prints one line per mutant and the score. The working tree is never touched: the copy is made afresh
in --work (default /tmp/coordcare-mutation), configured once, and rebuilt incrementally per mutant.

Not run by CI (it takes about a minute per mutant on two cores); run it after changing a rule, and put
its score in the closing note. The list format:

    [ID] description
    file: include/coordcare/...
    find: exact text, which must occur exactly once in the file (\n stands for a line break)
    replace: its replacement (may be empty)
    (more find:/replace: pairs may follow, applied in order)

Exit status: 0 when the score is at least --goal (default 95 %), 1 otherwise, 2 on a setup error.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TARGETS = ["coordcare_unit_tests", "coordcare_static_tests", "coordcare_io_tests", "coordcare-check"]
LABELS = "unit|static|io|check"


def parse_mutants(path):
    mutants = []
    current = None
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            m = re.match(r"^\[([A-Za-z0-9_.\-]+)\]\s*(.*)$", line)
            if m:
                current = {"id": m.group(1), "what": m.group(2), "file": None, "edits": [], "line": number}
                mutants.append(current)
                continue
            if current is None:
                sys.exit(f"{path}:{number}: text before the first [ID]")
            m = re.match(r"^(file|find|replace):\s?(.*)$", line)
            if not m:
                sys.exit(f"{path}:{number}: expected file:, find: or replace:")
            key, value = m.group(1), m.group(2).replace("\\n", "\n")
            if key == "file":
                current["file"] = value
            elif key == "find":
                current["edits"].append([value, None])
            elif key == "replace":
                if not current["edits"] or current["edits"][-1][1] is not None:
                    sys.exit(f"{path}:{number}: replace: without its find:")
                current["edits"][-1][1] = value
    for m in mutants:
        if not m["file"] or not m["edits"] or any(r is None for _, r in m["edits"]):
            sys.exit(f"{path}:{m['line']}: mutant {m['id']} needs file:, and find: with replace:")
    return mutants


def run(cmd, cwd, log):
    with open(log, "a", encoding="utf-8") as out:
        out.write("$ " + " ".join(cmd) + "\n")
        out.flush()
        return subprocess.run(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT).returncode


def copy_sources(work):
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.split("\n")
    for rel in files:
        if not rel or rel.startswith("build/"):
            continue
        src, dst = os.path.join(ROOT, rel), os.path.join(work, rel)
        if not os.path.isfile(src):
            continue
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if not os.path.exists(dst) or open(src, "rb").read() != open(dst, "rb").read():
            shutil.copy2(src, dst)


def build_and_test(build, log):
    if run(["cmake", "--build", build, "--target"] + TARGETS, build, log) != 0:
        return "does not compile"
    if run(["ctest", "--test-dir", build, "-L", LABELS, "-j2", "--stop-on-failure", "--output-on-failure"], build, log) != 0:
        return "a test fails"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mutants", default=os.path.join(ROOT, "tools", "mutation", "mutants.txt"))
    parser.add_argument("--work", default="/tmp/coordcare-mutation")
    parser.add_argument("--only", nargs="*", default=None, help="ids of the mutants to run")
    parser.add_argument("--goal", type=float, default=95.0, help="the score, in percent, below which the exit status is 1")
    args = parser.parse_args()

    mutants = parse_mutants(args.mutants)
    if args.only:
        mutants = [m for m in mutants if m["id"] in args.only]
    src = os.path.join(args.work, "src")
    build = os.path.join(args.work, "build")
    log = os.path.join(args.work, "mutation.log")
    # A fresh copy and a fresh build each run: a build tree left by an earlier run may hold stale test
    # lists (CTest's, discovered from the test programs).
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(src, exist_ok=True)
    open(log, "w").close()
    copy_sources(src)

    # Every mutant must apply to the sources as they are: a stale list is an error, not a survivor.
    for m in mutants:
        text = open(os.path.join(src, m["file"]), encoding="utf-8").read()
        for find, _ in m["edits"]:
            if text.count(find) != 1:
                print(f"mutant {m['id']}: the text to change occurs {text.count(find)} times in {m['file']}: {find}")
                return 2
            text = text.replace(find, "\x00" * len(find), 1)

    configure = ["cmake", "-S", src, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Debug", "-DCMAKE_CXX_COMPILER=g++",
                 "-DCOORDCARE_BUILD_EXAMPLES=OFF", "-DCMAKE_CXX_FLAGS=-O0"]
    if run(configure, args.work, log) != 0:
        print(f"configuring the copy failed; see {log}")
        return 2
    start = time.time()
    baseline = build_and_test(build, log)
    if baseline:
        print(f"the unmutated sources fail ({baseline}); see {log}")
        return 2
    print(f"baseline: built and tested in {time.time() - start:.0f} s; {len(mutants)} mutants")

    survivors = []
    for n, m in enumerate(mutants, 1):
        path = os.path.join(src, m["file"])
        original = open(path, encoding="utf-8").read()
        mutated = original
        for find, replace in m["edits"]:
            mutated = mutated.replace(find, replace, 1)
        with open(path, "w", encoding="utf-8") as f:
            f.write(mutated)
        t0 = time.time()
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"\n==== mutant {m['id']}: {m['what']}\n")
        outcome = build_and_test(build, log)
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        verdict = f"killed ({outcome})" if outcome else "SURVIVED"
        if not outcome:
            survivors.append(m)
        print(f"[{n:3}/{len(mutants)}] {m['id']:<40} {verdict:<28} {time.time() - t0:5.0f} s  {m['what']}", flush=True)

    killed = len(mutants) - len(survivors)
    score = 100.0 * killed / len(mutants) if mutants else 100.0
    print(f"\nmutation score: {killed}/{len(mutants)} killed ({score:.1f} %, goal {args.goal:.0f} %)")
    for m in survivors:
        print(f"  survived: {m['id']} — {m['what']} ({m['file']})")
    # Leave the copy built from the unmutated sources.
    build_and_test(build, log)
    return 0 if score >= args.goal else 1


if __name__ == "__main__":
    sys.exit(main())
