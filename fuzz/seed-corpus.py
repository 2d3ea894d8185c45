#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz tests from the examples, the built-in resources and the
fixtures of the unit tests (docs/fuzzing.md). Run from the repository root after those change:

    python3 fuzz/seed-corpus.py

Seeds are named seed-*; findings that Jazzer saves (crash-*, timeout-*) and inputs kept from long
runs (kept-*) sit beside them and are never touched here.
"""
import json
import pathlib

import yaml  # PyYAML, only to render the YAML examples as JSON seeds

ROOT = pathlib.Path(__file__).resolve().parent.parent
INPUTS = ROOT / "fuzz/src/test/resources/org/anxin/fuzz"
CASES = ROOT / "examples/cases"
CATALOG = ROOT / "guarantees/src/main/resources/org/anxin/guarantees/catalog/shanghai-18.yaml"
SCENARIOS = ROOT / "simulator/src/main/resources/org/anxin/simulator/scenario"
COMPLAINTS = ROOT / "examples/complaints/sample.csv"


def write(test, method, name, data):
    folder = INPUTS / f"{test}Inputs" / method
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"seed-{name}").write_bytes(data if isinstance(data, bytes) else data.encode())


def as_json(text):
    return json.dumps(yaml.safe_load(text), ensure_ascii=False, indent=2, default=str) + "\n"


def edited(text, old, new):
    assert old in text, old
    return text.replace(old, new, 1)


# Case files: the examples, the one text block of CaseFileReadTest, its edits of the swap case,
# and the hostile inputs of issue 9.
OTHER_KINDS = """case: other-kinds
parties:
  - {id: t, name: 租客}
  - {id: l, name: 房东}
properties:
  - {id: flat, address: 某小区 1-101}
deals:
  - id: lease
    kind: rental
    property: flat
    tenant: t
    landlord: l
    rent: 6000
    brokeredByUs: false
    events:
      - {date: 2021-01-01, type: lease-signed, securityDeposit: "12000.00"}
      - {date: 2021-01-02, type: moved-in}
      - {date: 2021-12-31, type: moved-out}
      - {date: 2022-01-02, type: security-deposit-withheld, amount: 2000, reason: 墙面污损}
"""
examples = {p.stem: p.read_text(encoding="utf-8") for p in sorted(CASES.glob("*.yaml"))}
examples["other-kinds"] = OTHER_KINDS
for name, text in examples.items():
    write("CaseFileFuzzTest", "yaml", f"{name}.yaml", text)
    write("CaseFileFuzzTest", "json", f"{name}.json", as_json(text))
write("CaseFileFuzzTest", "json", "swap-cancellation-example.json",
      (CASES / "swap-cancellation.json").read_bytes())
write("CaseFileFuzzTest", "json", "truncated.json", '{"case": "x",')
swap = examples["swap-cancellation"]
swap_edits = [
    ("case: swap-cancellation", "case: a\ncase: b"),
    ("holder: lin, amount: 150000.00", "holder: lin, amount: -150000.00"),
    ("price: 3000000.00", "price: 3000000.001"),
    ("price: 3000000.00", "price: 3,000,000"),
    ("payer: tie", "payer: 123"),
    ("buyers: [tie]", "buyers: [tei]"),
    ("type: signing-postponed", "type: signing-delayed"),
    ("claimant: zhou}", "claimant: zhou, facts: {colour: 1}}"),
    ("guarantee: SWAP_CANCELLATION", "guarantee: NO_COLD_CALLS"),
    ("case: swap-cancellation", "case: &z swap-cancellation"),
]
for i, (old, new) in enumerate(swap_edits, 1):
    write("CaseFileFuzzTest", "yaml", f"swap-edit-{i:02}.yaml", edited(swap, old, new))
hostile = {
    "alias": "case: x\nparties:\n  - &p {id: z, name: Z}\n  - *p\n",
    "second-document": swap + "---\ncase: other\n",
    "java-tag": "case: !!java.io.File x\n",
    "flow-nesting": "case: x\nparties: " + "[" * 70 + "]" * 70 + "\n",
    "control-characters": 'case: x\ntitle: "\\e[31mred\\r\\n FAKE LINE\\0"\nparties: []\n',
}
for name, text in hostile.items():
    write("CaseFileFuzzTest", "yaml", f"{name}.yaml", text)

# Catalogs: the built-in file, a one-guarantee file, the built-in as JSON, edits from
# CatalogFileErrorsTest.
catalog = CATALOG.read_text(encoding="utf-8")
write("CatalogFuzzTest", "yaml", "shanghai-18.yaml", catalog)
write("CatalogFuzzTest", "yaml", "shanghai-18.json", as_json(catalog))
head, _, rest = catalog.partition("guarantees:\n")
first = rest.split("\n\n  - code:")[0]
one = "".join(l + "\n" for l in head.splitlines() if not l.startswith("#")) + "guarantees:\n" + first + "\n"
write("CatalogFuzzTest", "yaml", "one-guarantee.yaml", one)
for i, (old, new) in enumerate([
    ("warrantyDays: 180", "warrantyDays: 36500"),
    ('version: "2026.1"', "version: 2026.10"),
    ("code: TRUE_LISTING", "code: TRUE_LISTINGS"),
    ("cap: 10000.00", "cap: none"),
    ("segments: [all]", "segments: [all, rental]"),
], 1):
    write("CatalogFuzzTest", "yaml", f"edit-{i:02}.yaml", edited(catalog if old in catalog else one, old, new))

# Scenarios: the built-ins and every snippet of ScenarioLoaderTest.
for path in sorted(SCENARIOS.glob("*.yaml")):
    write("ScenarioFuzzTest", "yaml", path.name, path.read_bytes())
snippets = [
    "name: small\nbook: {deals: 100}\nrisks: {leak: {probability: 0.5}}\n",
    "name: x\nbook: {resale: {price: {dist: fixed, value: 3000000}}}\n",
    '{"name": "json", "book": {"deals": 1234}}',
    "name: x\nbook: {deals: [\n",
    "# only a comment\n",
    "risks: {leak: {probability: 1.5}}",
    "book: {deals: 1000000000000}",
    "book: {resale: {price: {dist: lognormal, median: -5, sigma: 0.4}}}",
    "book: {mix: {resale: 0.5, newHome: 0.5, rental: 0.5}}",
    "stress: {regime: meltdown}",
    "stress: {regimes: {x: {multipliers: {noSuchRisk: 2}}}}",
    "risks: {rentalDeposit: {severity: {dist: uniform, min: 0.5, max: 2}}}",
    "advances: {recoveredShare: {dist: discrete, values: [1, 0], weights: [1]}}",
    "book: {deals: 1.5}",
    "book: {resale: {holdback: {dist: shareOf, attribute: price, share: {dist: fixed, value: 0.01}}}}",
    "swap: {linksPerChain: {dist: lognormal, median: 2, sigma: 1}}",
    "advances: {recoveredShare: {dist: discrete, values: [1, 0], weights: [1.7e308, 1.7e308]}}",
    "stress: {regime: none, regimes: {none: {multipliers: {leak: 2}}}}",
    "name: a\nname: b\n",
    "catalog: /etc/passwd\n",
    "book: {deals: 1e400}",
]
for i, text in enumerate(snippets, 1):
    if not text.startswith(("name:", "{", "#")):
        text = "name: x\n" + text + "\n"
    write("ScenarioFuzzTest", "yaml", f"snippet-{i:02}.yaml", text)

# Complaints CSV: the example and the fixtures of ComplaintCsvTest.
HEADER = "id,channel,team,category,received,registered,first_response,solution,resolved,paused_minutes"
write("ComplaintCsvFuzzTest", "csv", "sample.csv", COMPLAINTS.read_bytes())
write("ComplaintCsvFuzzTest", "csv", "by-name.csv",
      "\ufeffdeal,ID,channel,team,category,received,registered,first_response,solution,"
      "resolved,paused_minutes,reopened,pauses\r\n"
      "D-1,C-1,walk-in,\"Jing'an, north\",\"fees \"\"arrears\"\"\",2025-03-03T09:00+08:00,"
      "2025-03-03 09:40,2025-03-03T09:10+08:00,2025-03-03T11:00+08:00,"
      "2025-03-04T10:00+08:00,,2025-03-03T12:00+08:00,"
      "2025-03-03T09:20+08:00/2025-03-03T09:50+08:00; 2025-03-03T13:00+08:00/2025-03-03T14:00+08:00\r\n"
      "\r\n,C-2,phone,North,fees,2025-03-03T01:00Z,,,,,15,,\n")
rows = [
    HEADER + ",pauses\nC,online,T,c,2025-03-03T09:00+08:00,,,,,,2025-03-03T10:00+08:00/\n",
    HEADER + "\nC,fax,T,c,2025-03-03T09:00+08:00,,,,,\n",
    HEADER + "\nC,phone,T,c,2025-03-03T25:00+08:00,,,,,\n",
    HEADER + "\nC,phone,T,c,2025-03-03T09:00+08:00,2025-03-03T08:00+08:00,,,,\n",
    HEADER + "\nC,phone,T,c,2025-03-03T09:00+08:00,,,,,1.5\n",
    HEADER + "\nC,phone,T,c,\"2025-03-03T09:00+08:00\"x,,,,,\n",
    HEADER + "\nC,phone,T,c,\"2025-03-03T09:00+08:00,,,,,\n",
    HEADER + ",pauses\nC,phone,T,c,2025-03-03T09:00+08:00,,,,,5,2025-03-03T10:00+08:00/2025-03-03T11:00+08:00\n",
    HEADER + ",recieved\n",
    HEADER + ",id\n",
    HEADER + "\nC1,phone,T,\"multi\nline\",2025-03-03T09:00+08:00,,,,,\nC2,phone,T,c,not-a-date,,,,,\n",
    HEADER + "\nC,phone,T,c,+999999999-12-31T23:59+08:00,,,,,\n",
]
for i, text in enumerate(rows, 1):
    write("ComplaintCsvFuzzTest", "csv", f"fixture-{i:02}.csv", text)

# Durations: BusinessDurationsTest and SlaInputErrorsTest.
for i, text in enumerate(["30m", "12h", "1d", "1h30m", "2d3h4m", "PT12H", "pt30m", "P1D", " 45m ",
                          "0m", "24H", "12", "1.5h", "-1h", "PT-1H", "P", "1m1h",
                          "99999999999999999999d", "twelve", "9999999999999h", "PT9999999999999H",
                          "36600d", "36601d", "P1DT2H3M4.5S"], 1):
    write("BusinessDurationsFuzzTest", "duration", f"{i:02}", text)

# Instants: the forms --start, --as-of and the CSV accept, and those refused for their range.
for i, text in enumerate(["2025-02-07T17:00+08:00", "2025-02-07 17:00", "2025-02-07T17:00",
                          "2025-03-03T01:00Z", "2025-02-07T17:00:30.5+08:00",
                          "+999999999-12-31T23:59+08:00", "1899-12-31T23:59Z", "3000-01-01T00:00Z",
                          "2999-12-31T23:59:59Z", "1900-01-01T00:00Z", "yesterday",
                          "2025-02-30T10:00", "2025-03-30T02:30"], 1):
    write("DateTimesFuzzTest", "instant", f"{i:02}", text)
