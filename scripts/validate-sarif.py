#!/usr/bin/env python3
"""Validates SARIF logs against the official SARIF 2.1.0 schema (JSON Schema Draft 4).

Usage: scripts/validate-sarif.py SCHEMA LOG...
Prints one line per problem and exits 1 if any log is invalid, 0 otherwise.
"""
import json
import sys

import jsonschema


def main(arguments):
    if len(arguments) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(arguments[0], encoding="utf-8") as schema_file:
        schema = json.load(schema_file)
    jsonschema.Draft4Validator.check_schema(schema)
    validator = jsonschema.Draft4Validator(schema)
    invalid = 0
    for path in arguments[1:]:
        with open(path, encoding="utf-8") as log_file:
            log = json.load(log_file)
        errors = sorted(validator.iter_errors(log), key=lambda error: list(error.absolute_path))
        for error in errors:
            location = "/".join(str(part) for part in error.absolute_path) or "(root)"
            print(f"{path}: {location}: {error.message}")
        if errors:
            invalid += 1
            continue
        results = sum(len(run.get("results", [])) for run in log["runs"])
        rules = sum(len(run["tool"]["driver"].get("rules", [])) for run in log["runs"])
        print(f"{path}: valid SARIF 2.1.0 ({rules} rules, {results} results)")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
