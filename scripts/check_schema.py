#!/usr/bin/env python3
"""Checks the proposal JSON Schema (rules/proposal/proposal.schema.json).

1. The schema is valid against the JSON Schema draft 2020-12 meta-schema, and its `pattern`s stay inside
   the regex syntax every consumer shares (dglint's linear-time matcher, ECMA-262, Python `re`).
2. The Thai-convention definitions ($defs amount, date, year, number, count) accept and refuse the
   strings they should.
3. Every proposal in fixtures/proposals/*.yaml and both templates (rules/proposal/template.*.yaml) is
   validated; each file's result is printed. A template must also show every field the schema describes
   (waivers and sub-projects may be shown in comments only).

Exits 1 if the schema is invalid, a convention case fails, fixtures/proposals/clean-example.yaml fails,
or a template fails or leaves out a field. The other fixtures are reported only: they exist to trigger other rules.

YAML is read as dglint reads it (YAML 1.2 core schema), not with PyYAML's YAML 1.1 defaults:
`2568-10-01` stays a string (no timestamps), `yes`/`no`/`on`/`off` stay strings (only true/false are
booleans), `07005` is the decimal 7005, `1_000` is a string, and mapping keys are strings (`2569:` is "2569").

Usage: python3 scripts/check_schema.py [--quiet] [FILE.yaml ...]
Needs: PyYAML, jsonschema (>= 4.0).
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys

import jsonschema
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA_PATH = os.path.join(ROOT, "rules", "proposal", "proposal.schema.json")
CLEAN_EXAMPLE = os.path.join(ROOT, "fixtures", "proposals", "clean-example.yaml")
TEMPLATES = sorted(glob.glob(os.path.join(ROOT, "rules", "proposal", "template.*.yaml")))


# --- YAML 1.2 core schema on top of PyYAML ------------------------------------------------------------

class CoreSchemaLoader(yaml.SafeLoader):
    """A SafeLoader whose plain-scalar resolution follows the YAML 1.2 core schema, as dglint's does."""


# Drop every implicit resolver (YAML 1.1: bool yes/no/on/off, timestamps, sexagesimal, octal 0…, 1_000, =, <<)
# and put back only the core schema's.
CoreSchemaLoader.yaml_implicit_resolvers = {}
_CORE = [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", list("~nN") + [""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+.0123456789")),
]
for _tag, _regex, _first in _CORE:
    CoreSchemaLoader.add_implicit_resolver(_tag, re.compile(_regex), _first)


def _core_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)  # "07005" is 7005 in YAML 1.2, not octal


def _core_float(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> float:
    text = loader.construct_scalar(node).lower()
    if text.endswith(".inf"):
        return float("-inf") if text.startswith("-") else float("inf")
    if text == ".nan":
        return float("nan")
    return float(text)


def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
    # dglint's document model (like JSON) has string keys only: `2569:` is the key "2569".
    result = {}
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            key = key_node.value
        else:
            key = json.dumps(loader.construct_object(key_node, deep=True), ensure_ascii=False)
        result[key] = loader.construct_object(value_node, deep=True)
    return result


CoreSchemaLoader.add_constructor("tag:yaml.org,2002:int", _core_int)
CoreSchemaLoader.add_constructor("tag:yaml.org,2002:float", _core_float)
CoreSchemaLoader.add_constructor("tag:yaml.org,2002:map", _mapping)


def load_yaml(path: str):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=CoreSchemaLoader)  # noqa: S506 - a SafeLoader subclass


# --- Checks -------------------------------------------------------------------------------------------

# Amount, date, year, number and count cases of the Thai conventions: (definition, value, should it match).
CONVENTION_CASES = [
    ("amount", 45000000, True),
    ("amount", 0, True),
    ("amount", 1250000.5, True),
    ("amount", "1,250,000", True),
    ("amount", "45,000,000.50 บาท", True),
    ("amount", "12.5 ล้านบาท", True),
    ("amount", "๑,๐๐๐,๐๐๐ บาท", True),
    ("amount", "3.2 แสนบาท", True),
    ("amount", "3 แสนบาท", True),
    ("amount", "1.5 พันล้านบาท", True),
    ("amount", "2 หมื่น", True),
    ("amount", "850,000 บาท", True),
    ("amount", "฿1,200", True),
    ("amount", "THB 500", True),
    ("amount", "500 baht", True),
    ("amount", "๒๕๐๐๐", True),
    ("amount", "abc", True),   # THVAL-05 reports text that is not an amount
    ("amount", "1,25", True),   # THVAL-05 reports text that is not an amount
    ("amount", "12..5", True),   # THVAL-05 reports text that is not an amount
    ("amount", "", False),
    ("amount", "บาท", True),   # THVAL-05 reports text that is not an amount
    ("amount", "1,2345", True),   # THVAL-05 reports text that is not an amount
    ("amount", ",100", True),   # THVAL-05 reports text that is not an amount
    ("amount", "12.", True),   # THVAL-05 reports text that is not an amount
    ("amount", "-500", True),   # THVAL-05 reports text that is not an amount
    ("amount", -1, False),
    ("amount", "5 ล้าน ล้าน", True),   # THVAL-05 reports text that is not an amount
    ("amount", "ประมาณ 5 ล้านบาท", True),   # THVAL-05 reports text that is not an amount
    ("amount", True, False),
    ("date", "2569-03-31", True),
    ("date", "๒๕๖๙-๐๓-๓๑", True),
    ("date", "2026-03-31", True),     # a CE year is THVAL-03's finding, not the schema's
    ("date", "2569-02-30", True),     # an impossible day is THVAL-04's finding
    ("date", "2569-3-31", False),
    ("date", "31/03/2569", False),
    ("date", "2569-03-31T10:00", False),
    ("year", 2569, True),
    ("year", "2569", True),
    ("year", "๒๕๖๙", True),
    ("year", 2026, True),   # a CE-looking year is THVAL-03's finding
    ("year", 25690, True),  # an integer; THVAL-03 judges it
    ("year", "พ.ศ. 2569", False),
    ("year", 2569.5, False),
    ("number", 34.25, True),
    ("number", "๓๔.๒๕", True),
    ("number", "1,200", True),
    ("number", "สามสิบ", False),
    ("count", 72, True),
    ("count", "๗๒", True),
    ("count", -1, False),
    ("count", "7.5", False),
]

# Regex syntax that is not portable between dglint's linear-time matcher, ECMA-262 and Python `re`:
# lookaround and backreferences (refused by dglint), and \d \w \b (ASCII in dglint/ECMA, Unicode in Python).
UNPORTABLE = re.compile(r"\(\?[=!<]|\\[1-9]|\\k<|\\[dDwWbB]")


def walk_patterns(node, path="#"):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                yield path, value
            yield from walk_patterns(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk_patterns(value, f"{path}/{i}")


def walk_properties(node):
    """Every property schema, for counting and for checking that each is described in both languages."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    yield name, sub
            yield from walk_properties(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk_properties(value)


def check_schema(schema) -> list[str]:
    problems = []
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as e:
        problems.append(f"not a valid draft 2020-12 schema: {e.message} at {'/'.join(map(str, e.path))}")
    if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
        problems.append("$schema is not draft 2020-12")
    for path, pattern in walk_patterns(schema):
        if UNPORTABLE.search(pattern):
            problems.append(f"{path}: pattern {pattern!r} uses unportable syntax (lookaround, backreference, \\d \\w \\b)")
        try:
            re.compile(pattern)
        except re.error as e:
            problems.append(f"{path}: pattern {pattern!r} does not compile: {e}")
    for name, sub in walk_properties(schema):
        if not isinstance(sub, dict):
            continue
        for key in ("description", "x-description-th", "x-description-en"):
            if not sub.get(key):
                problems.append(f"property {name!r} has no {key}")
    return problems


def check_conventions(schema) -> list[str]:
    problems = []
    for definition, value, expected in CONVENTION_CASES:
        sub = {"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]}
        valid = jsonschema.Draft202012Validator(sub).is_valid(value)
        if valid != expected:
            verb = "accept" if expected else "refuse"
            problems.append(f"$defs/{definition} should {verb} {value!r}")
    return problems


# Schema fields a template may leave out: shown in its comments instead, because a placeholder value there
# would itself draw a finding (an example waiver names a rule; a sub-project counts toward PROC-03).
TEMPLATE_OPTIONAL = ("waivers[].", "procurement.sub_projects[].", "privacy.dpo.phone", "privacy.dpo.position")


def schema_fields(schema, node=None, prefix="", depth=0):
    """The dotted paths of every field the schema describes (`[]` for array items; texts are leaves)."""
    node = schema if node is None else node
    if depth > 16 or not isinstance(node, dict):
        return
    ref = node.get("$ref", "")
    if ref in ("#/$defs/text", "#/$defs/texts"):
        return
    if ref.startswith("#/$defs/"):
        yield from schema_fields(schema, schema["$defs"][ref.split("/")[-1]], prefix, depth + 1)
    for branch in node.get("anyOf", []):
        yield from schema_fields(schema, branch, prefix, depth + 1)
    if isinstance(node.get("items"), dict):
        yield from schema_fields(schema, node["items"], prefix + "[]", depth + 1)
    for name, sub in node.get("properties", {}).items():
        path = f"{prefix}.{name}" if prefix else name
        yield path
        yield from schema_fields(schema, sub, path, depth + 1)


def document_fields(node, prefix=""):
    if isinstance(node, dict):
        for name, value in node.items():
            path = f"{prefix}.{name}" if prefix else name
            yield path
            yield from document_fields(value, path)
    elif isinstance(node, list):
        for value in node:
            yield from document_fields(value, prefix + "[]")


def missing_template_fields(schema, path: str) -> list[str]:
    present = set(document_fields(load_yaml(path)))
    return sorted(f for f in set(schema_fields(schema)) - present if not f.startswith(TEMPLATE_OPTIONAL))


def error_path(error: jsonschema.ValidationError) -> str:
    path = "$"
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def validate_file(validator, path: str) -> list[str]:
    try:
        document = load_yaml(path)
    except yaml.YAMLError as e:
        return [f"not readable YAML: {e}"]
    errors = sorted(validator.iter_errors(document), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    messages = []
    for error in errors:
        # anyOf failures: show the deepest reasons, which say what was expected
        detail = ""
        if error.context:
            reasons = sorted({c.message for c in error.context})
            detail = " (" + "; ".join(reasons[:3]) + ")"
        messages.append(f"{error_path(error)}: {error.message}{detail}")
    return messages


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    files = [a for a in argv if not a.startswith("--")]
    failed = False

    with open(SCHEMA_PATH, encoding="utf-8") as f:
        schema = json.load(f)

    problems = check_schema(schema)
    described = sum(1 for _ in walk_properties(schema))
    print(f"schema {os.path.relpath(SCHEMA_PATH, ROOT)}: {'INVALID' if problems else 'valid'} "
          f"(draft 2020-12, {described} properties described)")
    for p in problems:
        print(f"  - {p}")
    if problems:
        return 1

    problems = check_conventions(schema)
    print(f"Thai conventions: {len(CONVENTION_CASES) - len(problems)}/{len(CONVENTION_CASES)} cases as expected")
    for p in problems:
        print(f"  - {p}")
    failed |= bool(problems)

    validator = jsonschema.Draft202012Validator(schema)
    if not files:
        files = sorted(glob.glob(os.path.join(ROOT, "fixtures", "proposals", "*.yaml"))) + TEMPLATES
    must_pass = {os.path.abspath(CLEAN_EXAMPLE)} | {os.path.abspath(t) for t in TEMPLATES}
    for path in files:
        messages = validate_file(validator, path)
        required = os.path.abspath(path) in must_pass
        status = "valid" if not messages else f"{len(messages)} error(s)"
        mark = " (must be valid)" if required else ""
        print(f"{os.path.relpath(path, ROOT)}: {status}{mark}")
        if not quiet:
            for m in messages:
                print(f"  - {m}")
        if messages and required:
            failed = True
        if os.path.abspath(path) in {os.path.abspath(t) for t in TEMPLATES} and not messages:
            missing = missing_template_fields(schema, path)
            if missing:
                print(f"  - the template leaves out {len(missing)} schema field(s): {', '.join(missing)}")
                failed = True

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
