#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Hallwright developers
"""Export cases (issue 7): each runs hallwright-cli and reads its output back with a reader
Hallwright did not write: pdfinfo/pdftotext (poppler-utils), xmllint (libxml2-utils), ezdxf
(python3-ezdxf), Python's csv module, and a plain PNG chunk reader.

    check_export.py CASE --cli PATH --sample PLAN --data DIR --work DIR

Exits 0 when every check of CASE holds; prints what failed otherwise."""

import argparse
import csv
import io
import json
import math
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
    return condition


def run(args, expect=0, **kwargs):
    proc = subprocess.run(args, capture_output=True, text=True, **kwargs)
    check(proc.returncode == expect,
          f"{' '.join(args)}: exit {proc.returncode}, expected {expect}\nstdout: {proc.stdout}\nstderr: {proc.stderr}")
    return proc


def load_plan(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def rack_count(plan, hall=None):
    return sum(len(h.get("racks", [])) for h in plan["halls"] if hall is None or h["id"] == hall)


# --- PDF ------------------------------------------------------------------------------------------

def pdf_pages(path):
    info = run(["pdfinfo", path]).stdout
    m = re.search(r"^Pages:\s+(\d+)", info, re.M)
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    return (int(m.group(1)) if m else 0), ((float(size.group(1)), float(size.group(2))) if size else None)


def pdf_text(path):
    return run(["pdftotext", "-layout", path, "-"]).stdout


def case_pdf_site(a):
    out = os.path.join(a.work, "campus.pdf")
    run([a.cli, "export", a.sample, "--format", "pdf", "-o", out])
    pages, size = pdf_pages(out)
    plan = load_plan(a.sample)
    halls = [h["id"] for h in plan["halls"]]
    # cover, site plan, site summary, 3 or more pages per hall, assumptions
    check(pages >= 4 + 3 * len(halls), f"only {pages} pages")
    check(size is not None and abs(size[0] - 1190.55) < 2 and abs(size[1] - 841.89) < 2,
          f"expected A3 landscape, got {size}")
    text = pdf_text(out)
    check(f"page {pages} of {pages}" in text, f"the last page does not say 'page {pages} of {pages}'")
    for heading in ["Capacity report", "Plan summary", "Contents", "Site plan", "Site summary",
                    "Halls compared", "Headroom by resource", "Feeds: load against usable capacity",
                    "Cooling: heat against usable capacity", "racks by row", "feeds", "liquid loops and air",
                    "violations", "Assumptions", "Rack types used", "CDUs", "Coolants", "Rules per hall",
                    "Formulas", "Scale 1:", "NVIDIA GB300 NVL72", "PG25"]:
        check(heading in text, f"heading or text '{heading}' missing from the PDF")
    for hall in halls:
        check(f"Hall {hall}" in text, f"no section for hall {hall}")
    # Every rack id of the first hall is somewhere in the drawing (vector text).
    first = plan["halls"][0]
    missing = [r["id"] for r in first["racks"] if r["id"] not in text]
    check(not missing, f"rack ids missing from the floor plan: {missing[:5]}")


def case_pdf_hall_a4(a):
    out = os.path.join(a.work, "h2.pdf")
    run([a.cli, "export", a.sample, "--format", "pdf", "--hall", "H2", "--paper", "a4", "-o", out])
    pages, size = pdf_pages(out)
    check(size is not None and abs(size[0] - 841.89) < 2 and abs(size[1] - 595.28) < 2,
          f"expected A4 landscape, got {size}")
    text = pdf_text(out)
    check(f"page {pages} of {pages}" in text, "page numbers do not match the page count")
    check("Hall H2" in text and "Hall H1" not in text and "Site summary" not in text,
          "a hall report holds that hall only")
    # The feeds table runs over more than one A4 page: its header repeats.
    check(text.count("Worst case when") >= 2, "the feeds table header does not repeat on the next page")
    # A campus of many halls: the contents run over pages, the heading never alone at a page foot,
    # and every entry is listed.
    campus = os.path.join(a.work, "campus.json")
    run([a.cli, "generate", "--it-mw", "300", "-o", campus])
    big = os.path.join(a.work, "campus.pdf")
    run([a.cli, "export", campus, "--paper", "a4", "-o", big])
    pages = pdf_page_texts(big)
    first = next(i for i, t in enumerate(pages) if "Contents" in t.split("\n")[:6] or "\nContents\n" in t)
    entries = [t.count("page ") - 1 for t in pages]  # less the footer's "page N of M"
    check(entries[first] >= 3, f"the Contents heading stands with {entries[first]} entries on its page")
    halls = len(load_plan(campus)["halls"])
    listed = sum(entries[first:first + 4])
    check(listed >= 3 * halls, f"{listed} contents entries for {halls} halls")


def pdf_page_texts(path):
    """The text of each page (pdftotext separates pages with a form feed)."""
    return pdf_text(path).split("\f")


def grouped(value, decimals=0):
    """A number as the report prints it: English grouping, fixed decimals."""
    return f"{value:,.{decimals}f}"


def case_pdf_tenants_energy(a):
    fixture = os.path.join(a.data, os.pardir, os.pardir, "data", "tenants_energy.json")
    out = os.path.join(a.work, "tenants_energy.pdf")
    run([a.cli, "export", fixture, "--format", "pdf", "--paper", "a4", "-o", out])
    report = json.loads(run([a.cli, "evaluate", fixture, "--json"]).stdout)
    pages = pdf_page_texts(out)
    energy = [p for p in pages if re.search(r"^\s*Energy\s*$", p, re.M) and "Annual MWh" in p]
    tenants = [p for p in pages if "Share of each hall" in p]
    check(len(energy) == 1, f"{len(energy)} energy pages")
    check(len(tenants) == 1, f"{len(tenants)} tenant pages")
    if not energy or not tenants:
        return
    e_text, t_text = energy[0], tenants[0]
    for heading in ["PUE", "IT kW", "Annual cost", "t CO2e / year", "Overhead kW", "Pumps kW", "Heat rejection"]:
        check(heading in e_text, f"energy page lacks '{heading}'")
    # One line per hall and one for the site, with the engine's figures.
    lines = [(h["id"], h["energy"]) for h in report["halls"]] + [("Site", report["site"]["energy"])]
    for label, e in lines:
        row = next((l for l in e_text.splitlines() if l.strip().startswith(label)), "")
        expected = [grouped(e["pue"], 2), grouped(e["itKw"]), grouped(e["facilityKw"]),
                    grouped(e["facilityTypicalKw"]), grouped(e["annualMwh"]),
                    f"{grouped(e['annualCost'])} {e['currency']}", grouped(e["annualCo2eTonnes"]),
                    grouped(e["overheadKw"])]
        for figure in expected:
            check(figure in row, f"energy row {label!r} lacks {figure!r}: {row!r}")
    plan = load_plan(fixture)
    pumps = sum(x.get("pumpKw", 0) for h in plan["halls"] for x in h["cooling"]["loops"] + h["cooling"].get("cdus", []))
    rejection = sum(x.get("heatRejectionKw", 0) for h in plan["halls"]
                    for x in h["cooling"]["loops"] + h["cooling"].get("cdus", []))
    check(abs(pumps + rejection - report["site"]["energy"]["coolingOverheadKw"]) < 1e-6,
          "pumps and heat rejection do not add up to the engine's cooling overhead")
    site_row = next((l for l in e_text.splitlines() if l.strip().startswith("Site")), "")
    check(grouped(pumps) in site_row and grouped(rejection) in site_row, f"cooling split in {site_row!r}")
    for t in report["tenants"]:
        row = next((l for l in t_text.splitlines() if f"({t['id']})" in l), "")
        for figure in [grouped(t["racks"]), grouped(t["itKw"]), grouped(t["gpus"]), grouped(t["reservedRacks"]),
                       grouped(t["reservedKw"]), grouped(t["itKw"] + t["reservedKw"])]:
            check(figure in row, f"tenant row {t['id']} lacks {figure!r}: {row!r}")
        for share in t["halls"]:
            check(f"{share['sharePct']:.1f} %" in t_text, f"share {share['sharePct']:.1f} % of {t['id']} missing")
    for res in plan["reservations"]:
        check(res["id"] in t_text, f"reservation {res['id']} missing from the tenant page")

    # A plan without tenants has an energy page and no tenant page; without a price, no cost.
    campus = os.path.join(a.work, "campus.pdf")
    run([a.cli, "export", a.sample, "--format", "pdf", "-o", campus])
    text = pdf_text(campus)
    check("Annual MWh" in text, "the campus report has no energy page")
    check("Share of each hall" not in text, "a plan without tenants has a tenant page")
    sample = load_plan(a.sample)
    if "electricityPricePerMwh" not in sample.get("assumptions", {}):
        check("Annual cost" not in text, "a plan without a price shows a cost")


# --- SVG and PNG ----------------------------------------------------------------------------------

def case_svg(a):
    out = os.path.join(a.work, "h1.svg")
    run([a.cli, "export", a.sample, "--format", "svg", "--hall", "H1", "-o", out])
    run(["xmllint", "--noout", out])
    with open(out, encoding="utf-8") as f:
        svg = f.read()
    check("<svg" in svg and 'viewBox="' in svg, "not an SVG with a viewBox")
    for text in ["H1-R001", "H1-R128", "H1-CDU1", "24.00 m", "20.50 m", "Scale 1:", "Racks by feed pair"]:
        check(text in svg, f"'{text}' missing from the SVG")
    site = os.path.join(a.work, "site.svg")
    run([a.cli, "export", a.sample, "--format", "svg", "-o", site])
    run(["xmllint", "--noout", site])
    # Reservations are drawn as ghost racks named by their reservation, one per reserved rack
    # (RES-1: 3 racks for Acme AI, RES-2: 2 for Beta Labs), with a legend entry per tenant.
    fixture = os.path.join(a.data, os.pardir, os.pardir, "data", "tenants_energy.json")
    tenants = os.path.join(a.work, "tenants.svg")
    run([a.cli, "export", fixture, "--format", "svg", "-o", tenants])
    run(["xmllint", "--noout", tenants])
    with open(tenants, encoding="utf-8") as f:
        svg = f.read()
    check(svg.count(">RES-1<") == 3, f"{svg.count('>RES-1<')} ghost racks of RES-1, not 3")
    check(svg.count(">RES-2<") == 2, f"{svg.count('>RES-2<')} ghost racks of RES-2, not 2")
    for text in ["Reserved capacity", "reserved for Acme AI", "reserved for Beta Labs"]:
        check(text in svg, f"'{text}' missing from the tenants SVG")


def png_info(path):
    with open(path, "rb") as f:
        data = f.read()
    check(data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG")
    pos, info = 8, {}
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]
        check(zlib.crc32(kind + body) & 0xFFFFFFFF == crc, f"bad CRC in chunk {kind}")
        if kind == b"IHDR":
            info["width"], info["height"] = struct.unpack(">II", body[:8])
        elif kind == b"pHYs":
            x, y, unit = struct.unpack(">IIB", body)
            info["ppm"] = (x, y, unit)
        pos += 12 + length
    return info


def case_png(a):
    out = os.path.join(a.work, "h3.png")
    run([a.cli, "export", a.sample, "--format", "png", "--hall", "H3", "--dpi", "100", "-o", out])
    info = png_info(out)
    ppm = round(100 / 0.0254)
    check(info.get("ppm", (0, 0, 0))[0] in (ppm, ppm + 1, ppm - 1), f"pHYs {info.get('ppm')} is not 100 dpi")
    # 22 m × 11.5 m at a standard scale, plus the panel: a few thousand pixels, not a thumbnail.
    check(info.get("width", 0) > 800 and info.get("height", 0) > 400, f"image too small: {info}")
    hi = os.path.join(a.work, "h3-200.png")
    run([a.cli, "export", a.sample, "--format", "png", "--hall", "H3", "--dpi", "200", "-o", hi])
    info2 = png_info(hi)
    check(abs(info2["width"] - 2 * info["width"]) <= 2, "doubling the dpi does not double the width")
    run([a.cli, "export", a.sample, "--format", "png", "--dpi", "5", "-o", os.path.join(a.work, "x.png")], expect=2)


# --- DXF ------------------------------------------------------------------------------------------

LAYERS = {"HALL-OUTLINE", "OBSTACLES", "RACKS", "RACK-IDS", "CDUS", "FEED-A", "FEED-B", "LOOPS", "AISLES"}


def open_dxf(path):
    import ezdxf
    from ezdxf import recover
    doc, auditor = recover.readfile(path)
    check(not auditor.has_errors, f"{path}: recover errors {[e.message for e in auditor.errors]}")
    check(not auditor.fixes, f"{path}: recover had to fix {[e.message for e in auditor.fixes]}")
    audit = doc.audit()
    check(not audit.has_errors and not audit.fixes,
          f"{path}: audit {[e.message for e in list(audit.errors) + list(audit.fixes)]}")
    strict = ezdxf.readfile(path)  # also opens without recovery
    check(strict is not None, "ezdxf.readfile failed")
    return doc


def case_dxf(a):
    plan = load_plan(a.sample)
    out = os.path.join(a.work, "campus.dxf")
    run([a.cli, "export", a.sample, "--format", "dxf", "-o", out])
    doc = open_dxf(out)
    check(doc.header.get("$INSUNITS") == 6, "$INSUNITS is not 6 (metres)")
    names = {layer.dxf.name for layer in doc.layers}
    check(LAYERS <= names, f"layers missing: {LAYERS - names}")
    msp = doc.modelspace()
    inserts = msp.query("INSERT")
    check(len(inserts) == rack_count(plan), f"{len(inserts)} rack inserts for {rack_count(plan)} racks")
    used = {e.dxf.layer for e in msp}
    check(LAYERS <= used | {"RACK-IDS"}, f"layers without entities: {LAYERS - used}")
    by_id = {}
    for ins in inserts:
        attribs = {att.dxf.tag: att.dxf.text for att in ins.attribs}
        by_id[attribs.get("ID")] = (ins, attribs)
        check(ins.dxf.layer == "RACKS", "an INSERT is not on RACKS")
    # Every rack at its place on the site (hall origin added), with its rotation and attributes.
    for hall in plan["halls"]:
        ox, oy = hall.get("origin", [0, 0])
        for rack in hall["racks"]:
            entry = by_id.get(rack["id"])
            if not check(entry is not None, f"no INSERT for {rack['id']}"):
                continue
            ins, attribs = entry
            x, y, _ = ins.dxf.insert
            check(abs(x - (rack["position"][0] + ox)) < 1e-6 and abs(y - (rack["position"][1] + oy)) < 1e-6,
                  f"{rack['id']} inserted at {x}, {y}")
            check(abs((ins.dxf.rotation or 0) - rack.get("rotationDeg", 0) % 360) < 1e-9, f"{rack['id']} rotation")
            check(attribs.get("TYPE") == rack["type"], f"{rack['id']} TYPE attribute")
            check(attribs.get("FEEDS") == ";".join(rack.get("feeds", [])), f"{rack['id']} FEEDS attribute")
            check(attribs.get("LOOP") == rack.get("loop", ""), f"{rack['id']} LOOP attribute")
            check(float(attribs.get("KW", "nan")) == 142.0, f"{rack['id']} KW attribute")
            ids = [att for att in ins.attribs if att.dxf.tag == "ID"]
            check(ids and ids[0].dxf.layer == "RACK-IDS", "the ID attribute is not on RACK-IDS")
    block = doc.blocks.get("RACK_gb300-nvl72")
    check(block is not None, "no block for the rack type")
    if block is not None:
        tags = [d.dxf.tag for d in block.query("ATTDEF")]
        check(tags == ["ID", "TYPE", "KW", "FEEDS", "LOOP"], f"attribute definitions {tags}")
        outline = block.query("LWPOLYLINE")[0]
        xs = [p[0] for p in outline.get_points()]
        ys = [p[1] for p in outline.get_points()]
        check(abs(max(xs) - min(xs) - 0.6) < 1e-9 and abs(max(ys) - min(ys) - 1.068) < 1e-9,
              "the rack block is not 0.6 × 1.068 m (true size)")
    outlines = msp.query('LWPOLYLINE[layer=="HALL-OUTLINE"]')
    check(len(outlines) == len(plan["halls"]), "one outline per hall")

    hall_out = os.path.join(a.work, "h1.dxf")
    run([a.cli, "export", a.sample, "--format", "dxf", "--hall", "H1", "-o", hall_out])
    doc = open_dxf(hall_out)
    check(len(doc.modelspace().query("INSERT")) == rack_count(plan, "H1"), "hall export rack count")


# --- CSV ------------------------------------------------------------------------------------------

SCHEDULE = ["id", "hall", "row", "x_m", "y_m", "rotation_deg", "type", "kw", "feeds", "loop", "phase",
            "tenant"]


def read_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    check(not raw.startswith(b"\xef\xbb\xbf"), "the CSV starts with a byte order mark")
    check(raw.count(b"\r\n") == raw.count(b"\n"), "records do not end with CRLF")
    text = raw.decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), strict=True))


def case_csv(a):
    plan = load_plan(a.sample)
    out = os.path.join(a.work, "schedule.csv")
    run([a.cli, "export", a.sample, "--format", "csv", "-o", out])
    rows = read_csv(out)
    check(rows[0] == SCHEDULE, f"columns {rows[0]}")
    check(len(rows) == rack_count(plan) + 1, f"{len(rows) - 1} rows for {rack_count(plan)} racks")
    check(all(len(r) == len(SCHEDULE) for r in rows), "a row with the wrong number of fields")
    first = dict(zip(rows[0], rows[1]))
    rack = plan["halls"][0]["racks"][0]
    check(first["id"] == rack["id"] and float(first["x_m"]) == rack["position"][0], f"first row {first}")
    check(first["feeds"] == ";".join(rack["feeds"]) and first["row"].startswith("R"), f"first row {first}")
    # Rows: racks sharing a rotation and a front line; the sample's hall H1 has 8 of 16 racks.
    h1 = [dict(zip(rows[0], r)) for r in rows[1:] if r[1] == "H1"]
    labels = {r["row"] for r in h1}
    check(len(labels) == 8, f"hall H1 has {len(labels)} rows: {sorted(labels)}")
    check(all(sum(1 for r in h1 if r["row"] == label) == 16 for label in labels), "rows of 16 racks")

    bom = os.path.join(a.work, "bom.csv")
    run([a.cli, "export", a.sample, "--format", "csv", "--csv", "bom", "--hall", "H1", "-o", bom])
    rows = read_csv(bom)
    check(rows[0][:6] == ["category", "item", "description", "quantity", "unit_kw", "total_kw"], f"bom columns {rows[0]}")
    lines = [dict(zip(rows[0], r)) for r in rows[1:]]
    racks = sum(int(r["quantity"]) for r in lines if r["category"] == "rack")
    check(racks == rack_count(plan, "H1"), f"bom counts {racks} racks")
    cdus = sum(int(r["quantity"]) for r in lines if r["category"] == "cdu")
    check(cdus == len(plan["halls"][0]["cooling"]["cdus"]), "bom CDU count")
    feeds = sum(int(r["quantity"]) for r in lines if r["category"] == "feed")
    check(feeds == len(plan["halls"][0]["power"]["feeds"]), "bom feed count")
    check(sum(1 for r in lines if r["category"] == "source") == 2, "bom sources")
    air = plan["halls"][0]["cooling"]["air"]
    check(sum(int(r["quantity"]) for r in lines if r["category"] == "air") == air["units"],
          "bom air units")
    check(any(r["source"] and r["confidence"] for r in lines if r["category"] == "rack"), "bom provenance")

    # The tenant column (issue 9): each rack's tenant id, empty without one.
    fixture = os.path.join(a.data, os.pardir, os.pardir, "data", "tenants_energy.json")
    tenants_out = os.path.join(a.work, "tenants.csv")
    run([a.cli, "export", fixture, "--format", "csv", "-o", tenants_out])
    rows = read_csv(tenants_out)
    check(rows[0] == SCHEDULE, f"columns {rows[0]}")
    by_id = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
    tenant_plan = load_plan(fixture)
    racks = [r for h in tenant_plan["halls"] for r in h.get("racks", [])]
    check(len(by_id) == len(racks), "tenant fixture rack count")
    for rack in racks:
        got = by_id.get(rack["id"], {}).get("tenant")
        check(got == rack.get("tenant", ""), f"rack {rack['id']}: tenant {got!r}, expected {rack.get('tenant', '')!r}")
    check(any(r.get("tenant") for r in racks), "the fixture has a rack with a tenant")


def case_csv_quoting(a):
    out = os.path.join(a.work, "quoting.csv")
    fixture = os.path.join(a.data, "quoting.json")
    # The lone rack has no feeds and no loop: errors, so exit 1, but the file is written.
    run([a.cli, "export", fixture, "--format", "csv", "-o", out], expect=1)
    rows = read_csv(out)
    plan = load_plan(fixture)
    rack = plan["halls"][0]["racks"][0]
    record = dict(zip(rows[0], rows[1]))
    check(record["id"] == rack["id"], f"id read back as {record['id']!r}")
    check(record["phase"] == rack["phase"], f"phase read back as {record['phase']!r}")
    check(record["hall"] == plan["halls"][0]["id"], "hall")


# --- DXF import -----------------------------------------------------------------------------------

def same_ring(a, b, tol=0.001):
    """The same closed ring, whatever the start vertex and direction, within tol metres."""
    if len(a) != len(b):
        return False
    n = len(a)
    for ring in (b, list(reversed(b))):
        for shift in range(n):
            if all(math.dist(a[i], ring[(i + shift) % n]) <= tol for i in range(n)):
                return True
    return False


def case_import_roundtrip(a):
    plan = load_plan(a.sample)
    dxf = os.path.join(a.work, "h2.dxf")
    run([a.cli, "export", a.sample, "--format", "dxf", "--hall", "H2", "-o", dxf])
    listing = run([a.cli, "import-dxf", dxf, "--list-layers"]).stdout
    check("HALL-OUTLINE\t1\t" in listing and "$INSUNITS 6" in listing, f"layer listing:\n{listing}")
    # Blocks are not read but counted: the 128 rack blocks do not make RACKS look empty.
    racks_layer = next(l for l in listing.splitlines() if l.startswith("RACKS\t")).split("\t")
    check(racks_layer[3] == str(sum(1 for h in plan["halls"] if h["id"] == "H2" for _ in h["racks"])),
          f"RACKS layer: {racks_layer}")
    # A metre drawing read as millimetres makes a hall of centimetres: the import says so.
    tiny = os.path.join(a.work, "tiny.json")
    proc = run([a.cli, "import-dxf", dxf, "--layers-outline", "HALL-OUTLINE", "--units", "mm",
                "--new-hall", "HT", "--plan", a.sample, "-o", tiny])
    check("check the units" in proc.stderr, f"no note on the units:\n{proc.stderr}")
    out = os.path.join(a.work, "with-h2b.json")
    run([a.cli, "import-dxf", dxf, "--layers-outline", "HALL-OUTLINE", "--layers-obstacles", "OBSTACLES",
         "--new-hall", "H2B", "--plan", a.sample, "-o", out])
    result = load_plan(out)
    h2 = next(h for h in plan["halls"] if h["id"] == "H2")
    new = next(h for h in result["halls"] if h["id"] == "H2B")
    check(same_ring(new["outline"], h2["outline"]), f"outline {new['outline']} != {h2['outline']}")
    check(len(new.get("obstacles", [])) == len(h2["obstacles"]), "obstacle count")
    for old in h2["obstacles"]:
        check(any(same_ring(o["polygon"], old["polygon"]) for o in new.get("obstacles", [])),
              f"obstacle {old['id']} not imported")
    ids = [o["id"] for h in result["halls"] for o in h.get("obstacles", [])]
    check(len(ids) == len(set(ids)), "obstacle ids are not unique")
    check(len(result["halls"]) == len(plan["halls"]) + 1, "the plan lost or gained other halls")

    # Replacing an outline keeps the racks.
    out2 = os.path.join(a.work, "replaced.json")
    run([a.cli, "import-dxf", dxf, "--layers-outline", "HALL-OUTLINE", "--replace-outline", "H2",
         "--plan", a.sample, "-o", out2])
    replaced = next(h for h in load_plan(out2)["halls"] if h["id"] == "H2")
    check(same_ring(replaced["outline"], h2["outline"]) and len(replaced["racks"]) == len(h2["racks"]),
          "replace-outline changed more than the outline")


def write_architect_dxf(path, insunits=4, r12=False):
    """A drawing as an architect sends it, in millimetres: walls on A-WALL (with an arc), columns
    on S-COLS, a grid line and a door swing on other layers."""
    import ezdxf
    doc = ezdxf.new("R12" if r12 else "R2010")
    if insunits is not None:
        doc.header["$INSUNITS"] = insunits
    for name in ["A-WALL", "S-COLS", "A-GRID", "A-DOOR", "A-TEXT"]:
        doc.layers.add(name)
    msp = doc.modelspace()
    # 36 m × 24 m with the north-east corner cut by a 45° wall; all in mm, offset in site grid.
    x0, y0 = 100000.0, 50000.0
    walls = [(x0, y0), (x0 + 36000, y0), (x0 + 36000, y0 + 18000), (x0 + 30000, y0 + 24000), (x0, y0 + 24000)]
    if r12:
        msp.add_polyline2d(walls, close=True, dxfattribs={"layer": "A-WALL"})
    else:
        msp.add_lwpolyline(walls, close=True, dxfattribs={"layer": "A-WALL"})
    # A smaller closed polyline on the wall layer too (a lift core drawn by the same architect).
    core = [(x0 + 2000, y0 + 2000), (x0 + 4000, y0 + 2000), (x0 + 4000, y0 + 4000), (x0 + 2000, y0 + 4000)]
    if r12:
        msp.add_polyline2d(core, close=True, dxfattribs={"layer": "A-WALL"})
    else:
        msp.add_lwpolyline(core, close=True, dxfattribs={"layer": "A-WALL"})
    for cx in (12000, 24000):
        for cy in (8000, 16000):
            sq = [(x0 + cx - 300, y0 + cy - 300), (x0 + cx + 300, y0 + cy - 300),
                  (x0 + cx + 300, y0 + cy + 300), (x0 + cx - 300, y0 + cy + 300)]
            if r12:
                msp.add_polyline2d(sq, close=True, dxfattribs={"layer": "S-COLS"})
            else:
                msp.add_lwpolyline(sq, close=True, dxfattribs={"layer": "S-COLS"})
    msp.add_line((x0 - 2000, y0 + 12000), (x0 + 38000, y0 + 12000), dxfattribs={"layer": "A-GRID"})
    msp.add_arc((x0 + 18000, y0), 900, 0, 90, dxfattribs={"layer": "A-DOOR"})
    msp.add_text("HALL 4", dxfattribs={"layer": "A-TEXT", "height": 500}).set_placement((x0 + 15000, y0 + 12000))
    doc.saveas(path)
    return walls


def case_import_foreign(a):
    dxf = os.path.join(a.work, "architect.dxf")
    walls = write_architect_dxf(dxf)
    listing = run([a.cli, "import-dxf", dxf, "--list-layers"]).stdout
    for layer, closed in [("A-WALL", 2), ("S-COLS", 4), ("A-GRID", 0)]:
        check(re.search(rf"^{layer}\t{closed}\t", listing, re.M), f"listing for {layer}:\n{listing}")
    check("$INSUNITS 4" in listing, "units not listed")
    out = os.path.join(a.work, "with-hall4.json")
    run([a.cli, "import-dxf", dxf, "--layers-outline", "A-WALL", "--layers-obstacles", "S-COLS,A-WALL",
         "--new-hall", "H4", "--move-to-origin", "--plan", a.sample, "-o", out])
    hall = next(h for h in load_plan(out)["halls"] if h["id"] == "H4")
    expected = [((x - 100000.0) / 1000.0, (y - 50000.0) / 1000.0) for x, y in walls]
    check(same_ring(hall["outline"], expected), f"outline {hall['outline']}")
    obstacles = hall.get("obstacles", [])
    check(len(obstacles) == 5, f"{len(obstacles)} obstacles (4 columns and the core expected)")
    columns = [o for o in obstacles if o.get("kind") == "S-COLS"]
    check(len(columns) == 4, "columns keep their layer as kind")
    for o in columns:
        xs = [p[0] for p in o["polygon"]]
        check(abs(max(xs) - min(xs) - 0.6) < 1e-6, "a column is not 600 mm wide in metres")
    check(len(hall.get("racks", [])) == 0, "a new hall has no racks")
    check(hall.get("origin", [0, 0])[0] > 80, "the new hall is placed east of the others")

    # Old-style POLYLINE entities (DXF R12) read the same way.
    r12 = os.path.join(a.work, "architect-r12.dxf")
    write_architect_dxf(r12, insunits=None, r12=True)
    out12 = os.path.join(a.work, "with-r12.json")
    proc = run([a.cli, "import-dxf", r12, "--layers-outline", "A-WALL", "--new-hall", "H5", "--plan", a.sample,
                "-o", out12], expect=2)
    check("--units" in proc.stderr, f"no hint to give the units: {proc.stderr}")
    check(not os.path.exists(out12), "a failed import wrote its output")
    run([a.cli, "import-dxf", r12, "--layers-outline", "A-WALL", "--units", "mm", "--new-hall", "H5",
         "--move-to-origin", "--plan", a.sample, "-o", out12])
    hall = next(h for h in load_plan(out12)["halls"] if h["id"] == "H5")
    check(same_ring(hall["outline"], expected), f"R12 outline {hall['outline']}")

    # Clear refusals.
    proc = run([a.cli, "import-dxf", dxf, "--layers-outline", "A-GRID", "--new-hall", "H6", "--plan", a.sample,
                "-o", os.path.join(a.work, "x.json")], expect=2)
    check("no closed polyline" in proc.stderr, f"message for a layer without closed polylines: {proc.stderr}")
    proc = run([a.cli, "import-dxf", dxf, "--layers-outline", "NOPE", "--new-hall", "H6", "--plan", a.sample,
                "-o", os.path.join(a.work, "x.json")], expect=2)
    check("no such layer" in proc.stderr and "A-WALL" in proc.stderr, f"message for an unknown layer: {proc.stderr}")
    proc = run([a.cli, "import-dxf", dxf, "--layers-outline", "A-WALL", "--new-hall", "H1", "--plan", a.sample,
                "-o", os.path.join(a.work, "x.json")], expect=2)
    check("already has a hall" in proc.stderr, f"message for a hall id in use: {proc.stderr}")


def case_cli_errors(a):
    work = a.work
    proc = run([a.cli, "export", a.sample, "--format", "gif", "-o", os.path.join(work, "x.gif")], expect=2)
    check("--format" in proc.stderr, proc.stderr)
    proc = run([a.cli, "export", a.sample, "--format", "pdf", "--hall", "NOPE", "-o", os.path.join(work, "x.pdf")],
               expect=2)
    check("NOPE" in proc.stderr and not os.path.exists(os.path.join(work, "x.pdf")), proc.stderr)
    proc = run([a.cli, "export", a.sample, "--format", "pdf", "-o", os.path.join(work, "no-such-dir", "x.pdf")],
               expect=2)
    check(proc.stderr.startswith("error: "), proc.stderr)
    # An extension naming another format, and options of another format, are refused.
    proc = run([a.cli, "export", a.sample, "--format", "pdf", "-o", os.path.join(work, "wrong.png")],
               expect=2)
    check("extension" in proc.stderr and not os.path.exists(os.path.join(work, "wrong.png")),
          proc.stderr)
    for args, option in [(["--format", "svg", "--paper", "a4"], "--paper"), (["--dpi", "100"], "--dpi"),
                         (["--csv", "bom"], "--csv")]:
        out = os.path.join(work, "opt.svg" if "svg" in args else "opt.dxf")
        proc = run([a.cli, "export", a.sample, *args, "-o", out], expect=2)
        check(proc.stderr.startswith("error: " + option) and not os.path.exists(out), proc.stderr)
    run([a.cli, "export", "--help"])
    run([a.cli, "import-dxf", "--help"])
    # Exit 1: written, but the plan breaks rules.
    bad = os.path.join(a.data, "..", "..", "data", "engine", "feed_overload.json")
    if os.path.exists(bad):
        run([a.cli, "export", bad, "--format", "csv", "-o", os.path.join(work, "over.csv")], expect=1)
        check(os.path.exists(os.path.join(work, "over.csv")), "export with errors still writes the file")


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("case", choices=sorted(CASES))
    p.add_argument("--cli", required=True)
    p.add_argument("--sample", required=True)
    p.add_argument("--data", required=True)
    p.add_argument("--work", required=True)
    a = p.parse_args()
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    os.environ.pop("DISPLAY", None)  # the command line must not need a display
    CASES[a.case](a)
    if FAILURES:
        print(f"{len(FAILURES)} checks failed:")
        for f in FAILURES:
            print(" -", f)
        return 1
    print(f"{a.case}: all checks hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
