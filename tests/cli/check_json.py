# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Hallwright developers
"""Runs one command that must print only JSON (SPEC §7 `--json`) and checks what it prints.

usage: check_json.py EXIT_STATUS [CHECK ...] -- COMMAND [ARGUMENT ...]
Checks the exit status, that stderr is empty, that stdout is one JSON document and nothing else
(read by Python's own json module, independently of the program), and every CHECK:
PATH=VALUE, count:PATH=LENGTH, or !PATH (the path is absent). PATH is keys and array indices
joined by '/', where @ID picks the element of an array whose "id" is ID
(failure/halls/0/feeds/@A1/loadKw). VALUE is a number (compared within 1e-6), true, false,
null, or else a string.
"""
import json
import subprocess
import sys


class Missing(Exception):
    pass


def fail(message):
    sys.exit("check_json.py: " + message)


def lookup(doc, path):
    node = doc
    for part in path.split("/"):
        if isinstance(node, list) and part.startswith("@"):
            matches = [e for e in node if isinstance(e, dict) and e.get("id") == part[1:]]
            if len(matches) != 1:
                raise Missing(f"{path}: {len(matches)} elements with id {part[1:]!r}")
            node = matches[0]
        elif isinstance(node, list):
            if not -len(node) <= int(part) < len(node):
                raise Missing(f"{path}: no element {part}")
            node = node[int(part)]
        elif isinstance(node, dict):
            if part not in node:
                raise Missing(f"{path}: no key {part!r}")
            node = node[part]
        else:
            fail(f"{path}: {part!r} inside a {type(node).__name__}")
    return node


def matches(value, expected):
    if expected in ("true", "false", "null"):
        return value == json.loads(expected)
    try:
        number = float(expected)
    except ValueError:
        return value == expected
    return isinstance(value, (int, float)) and not isinstance(value, bool) and \
        abs(value - number) <= 1e-6


def check(doc, what):
    if what.startswith("!"):
        try:
            lookup(doc, what[1:])
        except Missing:
            return
        fail(f"{what[1:]} should be absent")
    if what.startswith("count:"):
        path, length = what[len("count:"):].split("=", 1)
        value = lookup(doc, path)
        if len(value) != int(length):
            fail(f"{path} has {len(value)} elements, expected {length}")
        return
    path, expected = what.split("=", 1)
    value = lookup(doc, path)
    if not matches(value, expected):
        fail(f"{path} is {json.dumps(value)}, expected {expected}")


def main():
    if "--" not in sys.argv[2:]:
        fail("usage: check_json.py EXIT_STATUS [CHECK ...] -- COMMAND [ARGUMENT ...]")
    split = sys.argv.index("--", 2)
    status, checks, command = int(sys.argv[1]), sys.argv[2:split], sys.argv[split + 1:]
    run = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
    shown = " ".join(command)
    if run.returncode != status:
        fail(f"{shown}: exit status {run.returncode}, expected {status}\n{run.stderr}")
    if run.stderr:
        fail(f"{shown}: stderr should be empty:\n{run.stderr}")
    try:
        doc = json.loads(run.stdout)  # refuses anything after the document
    except json.JSONDecodeError as e:
        fail(f"{shown}: stdout is not a single JSON document: {e}\n{run.stdout[:2000]}")
    for what in checks:
        try:
            check(doc, what)
        except Missing as e:
            fail(f"{shown}: {e}")
        except SystemExit as e:
            sys.exit(f"{e.code} ({shown})")


main()
