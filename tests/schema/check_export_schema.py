#!/usr/bin/env python3
"""Checks docs/export-format.schema.json against what Mooring really writes and refuses.

- The schema is a valid draft 2020-12 schema, and its region codes are the ones Mooring ships.
- Real exports (a profile with every kind of record, a new profile, the sample profile; full
  and plan-only), written by the exchange_tests executable, are valid.
- Every key the schema defines is written by at least one of them: a key the writer stopped
  writing or renamed shows up here as well as a key the schema lacks.
- The example in docs/export-format.md is valid.
- Every file in tests/data/malformed is invalid, and so are the bad readable fuzz seeds; the
  good seeds are valid. (tests/exchange/ExportSchemaFilesTest.cpp checks that import
  refuses and accepts the same files.)

Usage: check_export_schema.py EXCHANGE_TESTS_EXECUTABLE
Exits 0 when all holds, 1 with every problem listed when not, 2 when jsonschema is missing.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("python3-jsonschema is needed for this check (apt-get install python3-jsonschema)", file=sys.stderr)
    sys.exit(2)

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = ROOT / "docs" / "export-format.schema.json"
DOC_PATH = ROOT / "docs" / "export-format.md"
REGIONS_PATH = ROOT / "resources" / "helplines" / "regions.jsonl"
DATA = ROOT / "tests" / "data"

problems = []


def errors_of(validator, instance):
    return sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))


def where(error):
    path = ""
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top level)"


def schema_key_paths(schema):
    """Every key path the schema defines, lists written as [] ("journal[].tried[].helped")."""
    defs = schema.get("$defs", {})
    paths = set()

    def walk(node, path):
        if "$ref" in node:
            walk(defs[node["$ref"].split("/")[-1]], path)
            return
        for key, sub in node.get("properties", {}).items():
            child = f"{path}.{key}" if path else key
            paths.add(child)
            if isinstance(sub, dict):
                walk(sub, child)
        if isinstance(node.get("items"), dict):
            walk(node["items"], path + "[]")

    walk(schema, "")
    return paths


def instance_key_paths(value, path="", into=None):
    into = set() if into is None else into
    if isinstance(value, dict):
        for key, sub in value.items():
            child = f"{path}.{key}" if path else key
            into.add(child)
            instance_key_paths(sub, child, into)
    elif isinstance(value, list):
        for item in value:
            instance_key_paths(item, path + "[]", into)
    return into


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    exchange_tests = sys.argv[1]
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)

    # Region codes: the data Mooring ships, plus OTHER.
    shipped = [json.loads(line)["code"] for line in REGIONS_PATH.read_text(encoding="utf-8").splitlines() if line]
    if sorted(schema["$defs"]["region"]["enum"]) != sorted(shipped + ["OTHER"]):
        problems.append("the schema's region codes differ from resources/helplines/regions.jsonl plus OTHER")

    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, MOORING_SCHEMA_SAMPLES=folder, QT_QPA_PLATFORM="offscreen",
                   MOORING_INSECURE_FAST_KDF="1")
        run = subprocess.run([exchange_tests, "[schema-samples]"], env=env, capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr, file=sys.stderr)
            problems.append("exchange_tests could not write the real exports")
        samples = sorted(Path(folder).glob("*.json"))
        if len(samples) < 6:
            problems.append(f"expected 6 real exports, found {len(samples)}")
        written = set()
        for path in samples:
            instance = json.loads(path.read_text(encoding="utf-8"))
            written |= instance_key_paths(instance)
            for error in errors_of(validator, instance):
                problems.append(f"real export {path.name}: {where(error)}: {error.message}")
        never = sorted(schema_key_paths(schema) - written)
        if samples and never:
            problems.append("keys the schema defines that no real export holds: " + ", ".join(never))

    example = re.search(r"```json\n(.*?)```", DOC_PATH.read_text(encoding="utf-8"), re.S)
    if not example:
        problems.append("docs/export-format.md has no JSON example")
    else:
        for error in errors_of(validator, json.loads(example.group(1))):
            problems.append(f"the example in docs/export-format.md: {where(error)}: {error.message}")

    malformed = sorted((DATA / "malformed").glob("*.json"))
    if not malformed:
        problems.append("no files in tests/data/malformed")
    for path in malformed:
        if not errors_of(validator, json.loads(path.read_text(encoding="utf-8"))):
            problems.append(f"malformed/{path.name} is valid by the schema, but import refuses it")
    seeds = DATA / "fuzz" / "export_json"
    for name in ("full.json", "plan.json", "minimal.json"):
        for error in errors_of(validator, json.loads((seeds / name).read_text(encoding="utf-8"))):
            problems.append(f"fuzz seed {name}: {where(error)}: {error.message}")
    for name in ("bad-values.json", "newer.json"):
        if not errors_of(validator, json.loads((seeds / name).read_text(encoding="utf-8"))):
            problems.append(f"fuzz seed {name} is valid by the schema, but import refuses it")

    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(f"export schema: {len(samples)} real exports, the example, {len(malformed)} malformed files and "
          "5 fuzz seeds checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
