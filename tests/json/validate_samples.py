#!/usr/bin/env python3
"""Validates every sample dossier against the JSON Schema, and checks that the schema rejects inputs
the format forbids (so that this test can fail).

usage: validate_samples.py SCHEMA SAMPLES_DIR
"""
import copy
import json
import pathlib
import sys

import jsonschema

schema = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

samples = sorted(pathlib.Path(sys.argv[2]).glob("*.json"))
if len(samples) < 11:
    sys.exit(f"expected at least 11 samples, found {len(samples)}")
failures = 0
for path in samples:
    errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
    for e in errors:
        print(f"{path.name}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    failures += bool(errors)
    print(f"{path.name}: {'valid' if not errors else 'INVALID'}")

# The schema must reject what the format forbids: each mutation of a sample must make it invalid.
def sample(name):
    return json.loads((pathlib.Path(sys.argv[2]) / name).read_text(encoding="utf-8"))


def rejected(base, mutations):
    """The number of mutations the schema accepts (each one a failure), printing each."""
    accepted = 0
    for name, mutate in mutations.items():
        d = copy.deepcopy(base)
        mutate(d)
        if validator.is_valid(d):
            print(f"the schema accepts a dossier with: {name}")
            accepted += 1
    return accepted


structure_mutations = {
    "unknown field": lambda d: d["structures"][0].update(colour="blue"),
    "unknown profession code": lambda d: d["structures"][0]["members"][0]["person"]["job"].update(profession=99),
    "unknown legal form": lambda d: d["structures"][0].update(form="sarl"),
    "missing field": lambda d: d["structures"][0]["members"][0]["person"].pop("signatory"),
    "wrong version": lambda d: d.update(version=9),
    "bad date": lambda d: d["structures"][0]["project"].update(adopted="01/03/2024"),
}
# ... in the funding records of a CPTS (format version 2).
contract_mutations = {
    "an amount as a number": lambda d: d["structures"][0]["contract"].update(fonctionnement=60000),
    "an amount with three decimals": lambda d: d["structures"][0]["contract"].update(fonctionnement="60000.001"),
    "a size 5": lambda d: d["structures"][0]["contract"].update(size=5),
    "an unknown mission": lambda d: d["structures"][0]["contract"]["missions"][0].update(mission="research"),
    "six contract years": lambda d: d["structures"][0]["contract"]["missions"][0]["years"].append({"fixed": "0.00", "variable": "0.00"}),
    "an unknown contract field": lambda d: d["structures"][0]["contract"].update(budget="1.00"),
    "an indemnity without amount": lambda d: d["structures"][0]["indemnities"][0].pop("amount"),
}
# ... in the records of format version 3 (an MSP's year, a FIR plan, direct access).
v3_mutations = {
    "an unknown indicator": lambda d: d["structures"][0]["aci_msp"]["indicators"][0].update(indicator="teleconsultation"),
    "a patientèle of zero": lambda d: d["structures"][0]["aci_msp"].update(patientele=0),
    "a FIR payment as a number": lambda d: d["structures"][0]["fir_plan"]["payments"][0].update(amount=25000),
    "an unknown FIR purpose": lambda d: d["structures"][0]["fir_plan"]["payments"][0].update(purpose="travel"),
    "a session without a date": lambda d: d["structures"][0]["direct_access"]["sessions"][0].pop("on"),
    "a department that is a commune": lambda d: d["structures"][0]["direct_access"].update(department="93045"),
}
# ... and in a CPTS's territory (format version 4).
v4_mutations = {
    "a territory without communes": lambda d: d["structures"][0]["territory"].update(communes=[]),
    "a commune code of four digits": lambda d: d["structures"][0]["territory"]["communes"].append("1300"),
    "a commune code as a number": lambda d: d["structures"][0]["territory"]["communes"].append(13005),
    "an unknown territory field": lambda d: d["structures"][0]["territory"].update(population=113508),
    "a territory on an MSP": lambda d: d["structures"][0].update(kind="MSP", form="sisa"),
}
# ... and in a procedure's event log (format version 5).
def events(d):
    return d["structures"][0]["procedure"]["events"]


v5_mutations = {
    "an empty event log": lambda d: d["structures"][0]["procedure"].update(events=[]),
    "an unknown event": lambda d: events(d)[0].update(event="letter_sent"),
    "an event without a date": lambda d: events(d)[0].pop("date"),
    "a date in the French way": lambda d: events(d)[0].update(date="13/01/2020"),
    "a mission's event without its mission": lambda d: events(d)[8].pop("mission"),
    "a mission on an event that has none": lambda d: events(d)[0].update(mission="prevention"),
    "an unknown mission": lambda d: events(d)[8].update(mission="research"),
    "an unknown event field": lambda d: events(d)[0].update(by="ARS"),
    "an unknown procedure field": lambda d: d["structures"][0]["procedure"].update(stage="contract_in_force"),
}
# ... and in the fields of format version 6 (RPPS numbers, a thematic territory, a fonctionnement by year).
v6_mutations = {
    "an RPPS number of 10 digits": lambda d: d["structures"][0]["members"][0]["person"].update(rpps="1000000191"),
    "an RPPS number as a number": lambda d: d["structures"][0]["indemnities"][0].update(rpps=10000001916),
    "a thematic flag as a string": lambda d: d["structures"][1]["territory"].update(thematic="yes"),
    "an unknown field of a territory": lambda d: d["structures"][1]["territory"].update(theme="mental health"),
}
v6_contract_mutations = {
    "a fonctionnement for six years": lambda d: d["structures"][0]["contract"].update(fonctionnement_by_year=["50000"] * 6),
    "a year's fonctionnement as a number": lambda d: d["structures"][0]["contract"].update(fonctionnement_by_year=[50000]),
}
suites = [("cpts-professionals.json", v6_mutations), ("cpts-size-evolution.json", v6_contract_mutations), ("msp-valid.json", structure_mutations), ("cpts-contract.json", contract_mutations),
          ("msp-agreement.json", v3_mutations), ("cpts-territories.json", v4_mutations), ("procedures.json", v5_mutations)]
mutations = sum(len(m) for _, m in suites)
for name, suite in suites:
    failures += rejected(sample(name), suite)

print(f"{len(samples) + mutations - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
