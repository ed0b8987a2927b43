#!/usr/bin/env python3
"""Validates the JSON report of every sample dossier (in French and in English, and under a what-if
rulebook) against the report's JSON Schema, and checks that the schema rejects reports the shape forbids
(so that this test can fail).

usage: validate_reports.py COORDCARE_CHECK SCHEMA SAMPLES_DIR RULEBOOK
"""
import copy
import json
import pathlib
import subprocess
import sys

import jsonschema

check, schema_path, samples_dir, rulebook = sys.argv[1:5]
schema = json.loads(pathlib.Path(schema_path).read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)


def report(*args):
    run = subprocess.run([check, *args, "--format", "json", "--as-of", "2025-06-01"], capture_output=True, check=False)
    if run.returncode not in (0, 1):
        sys.exit(f"coordcare-check {' '.join(args)}: exit {run.returncode}: {run.stderr.decode()}")
    return json.loads(run.stdout)


samples = sorted(pathlib.Path(samples_dir).glob("*.json"))
if len(samples) < 20:
    sys.exit(f"expected at least 20 samples, found {len(samples)}")
reports = {}
for path in samples:
    for lang in ("fr", "en"):
        reports[f"{path.name} ({lang})"] = report(str(path), "--lang", lang)
reports["cpts-contract.json under a what-if rulebook"] = report(str(pathlib.Path(samples_dir) / "cpts-contract.json"), "--rulebook", rulebook)
failures = 0
for name, r in reports.items():
    errors = list(validator.iter_errors(r))
    for e in errors[:5]:
        print(f"{name}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    failures += bool(errors)
print(f"{len(reports)} reports, {failures} invalid")

base = reports["procedures-invalid.json (en)"]
contract = reports["cpts-contract.json (en)"]
mutations = {
    "an unknown field": (base, lambda r: r.update(colour="blue")),
    "no verdict": (base, lambda r: r.pop("valid")),
    "another report version": (base, lambda r: r.update(report_version=2)),
    "a severity unknown": (base, lambda r: r["structures"][0]["diagnostics"][0].update(severity="fatal")),
    "a finding's pointer not a pointer": (base, lambda r: r["structures"][0]["diagnostics"][0].update(pointer="structures.0")),
    "a certainty unknown": (base, lambda r: r["structures"][0]["procedure"]["deadlines"][0].update(certainty="X")),
    "an event without its refusal": (base, lambda r: r["structures"][0]["procedure"]["events"][0].pop("refused")),
    "an amount as a number": (contract, lambda r: r["structures"][0]["contract"].update(total=787164.39)),
    "a size 5": (contract, lambda r: r["structures"][0]["contract"].update(size=5)),
    "a structure of an unknown kind": (contract, lambda r: r["structures"][0].update(kind="EHPAD")),
}
accepted = 0
for name, (r, mutate) in mutations.items():
    d = copy.deepcopy(r)
    mutate(d)
    if validator.is_valid(d):
        print(f"the schema accepts a report with {name}")
        accepted += 1
sys.exit(1 if failures or accepted else 0)
