#!/usr/bin/python3
"""Validates Damu bundle files against data/damu-bundle.schema.json with the jsonschema package.

Usage: validate-bundle.py SCHEMA FILE...   Prints one line per problem; exits 1 if any file fails."""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failed = False
for name in sys.argv[2:]:
    with open(name, encoding="utf-8") as file:
        document = json.load(file)
    for error in validator.iter_errors(document):
        failed = True
        print(f"{name}: {error.json_path}: {error.message[:200]}")
    if not failed:
        print(f"{name}: valid")
sys.exit(1 if failed else 0)
