# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Hallwright developers
"""Makes the foreign, newer and damaged .hallplan files the command-line tests refuse.

usage: tamper_hallplan.py HALLWRIGHT_CLI PLAN.json OUT_DIR
Converts PLAN.json with the real program, then changes copies with Python's own sqlite3 module:
another program writing SQLite, as in the wild.
"""
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

cli, plan, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
shutil.rmtree(out, ignore_errors=True)
out.mkdir(parents=True)
good = out / "good.hallplan"
subprocess.run([cli, "convert", plan, str(good)], check=True)


def tampered(name, *statements):
    target = out / name
    shutil.copyfile(good, target)
    db = sqlite3.connect(target)
    for statement in statements:
        db.execute(statement)
    db.commit()
    db.close()


tampered("foreign.hallplan", "PRAGMA application_id = 0")
tampered("newer_schema.hallplan", "PRAGMA user_version = 99")
tampered("newer_plan.hallplan", "UPDATE plan SET version = 2")
tampered("extra_table.hallplan", "CREATE TABLE notes (text TEXT)")
tampered("trigger.hallplan",
         "CREATE TRIGGER wipe AFTER INSERT ON racks BEGIN DELETE FROM racks; END")
tampered("bad_value.hallplan", "UPDATE racks SET x = 'by the door'")

other = out / "other_program.hallplan"
other.unlink(missing_ok=True)
db = sqlite3.connect(other)
db.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
db.commit()
db.close()

data = good.read_bytes()
(out / "truncated.hallplan").write_bytes(data[: len(data) // 2])
(out / "empty.hallplan").write_bytes(b"")
damaged = bytearray(data)
page = 4096
for at in range(page, len(damaged), page):  # garbage over every b-tree page header
    damaged[at:at + 8] = b"\xa5\x5a\xa5\x5a\xa5\x5a\xa5\x5a"
(out / "damaged.hallplan").write_bytes(bytes(damaged))
