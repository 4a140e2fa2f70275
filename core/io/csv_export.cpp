// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/io/csv_export.h"

#include "core/geometry/footprint.h"
#include "core/io/export_text.h"
#include "core/io/plan_files.h"
#include "core/model/resolve.h"
#include "core/model/units.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <tuple>

namespace hw::core {

namespace {

/** The coordinate of a footprint's front edge along the axis the front faces. */
double frontLine(const Box &box, int rotation)
{
    switch (rotation) {
    case 90:
        return box.minX;
    case 180:
        return box.minY;
    case 270:
        return box.maxX;
    default:
        return box.maxY;
    }
}

std::string joined(const std::vector<std::string> &parts, const char *separator)
{
    std::string s;
    for (const auto &p : parts) {
        if (!s.empty()) s += separator;
        s += p;
    }
    return s;
}

class CsvWriter
{
public:
    void record(const std::vector<std::string> &fields)
    {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0) mText += ',';
            mText += csvField(fields[i]);
        }
        mText += "\r\n";
    }
    std::string take() { return std::move(mText); }

private:
    std::string mText;
};

std::vector<const Hall *> selectedHalls(const Plan &plan, const std::string &hallId, Error &error)
{
    std::vector<const Hall *> halls;
    for (const auto &h : plan.halls) {
        if (hallId.empty() || h.id == hallId) halls.push_back(&h);
    }
    if (!hallId.empty() && halls.empty())
        error = Error("--hall", "no hall \"" + hallId + "\" in the plan");
    return halls;
}

std::string scheduleCsv(const std::vector<RackScheduleRow> &rows)
{
    CsvWriter csv;
    csv.record({"id", "hall", "row", "x_m", "y_m", "rotation_deg", "type", "kw", "feeds", "loop",
                "phase", "tenant"});
    for (const auto &r : rows) {
        csv.record({r.id, r.hall, r.row, formatDecimal(r.x), formatDecimal(r.y),
                    std::to_string(r.rotationDeg), r.type, formatDecimal(r.kw),
                    joined(r.feeds, ";"), r.loop, r.phase, r.tenant});
    }
    return csv.take();
}

/** One line of the bill of materials, keyed by category and item. */
struct BomLine
{
    std::string category;
    std::string item;
    std::string description;
    int quantity = 0;
    double unitKw = 0;
    double totalKw = 0;
    std::vector<std::string> halls;
    Provenance provenance;

    void add(const std::string &hall, double kw)
    {
        ++quantity;
        totalKw += kw;
        if (std::find(halls.begin(), halls.end(), hall) == halls.end()) halls.push_back(hall);
    }
};

std::string feedRating(const FeedValues &v)
{
    if (v.capacityKw) return "rated " + formatDecimal(*v.capacityKw, 1) + " kW";
    if (v.voltageV && v.currentA) {
        return formatDecimal(*v.voltageV) + " V " + formatDecimal(*v.currentA) + " A " +
               std::to_string(v.phases) + "-phase, PF " + formatDecimal(v.powerFactor, 3) +
               ", derated to " + formatDecimal(v.deratePct, 1) + " %";
    }
    return "unrated";
}

std::string bomCsv(const Catalog &catalog, const std::vector<const Hall *> &halls)
{
    // Lines keep first-seen order within a category; categories in the order below.
    std::vector<BomLine> racks, cdus, air, feeds, sources;
    auto line = [](std::vector<BomLine> &lines, const std::string &item) -> BomLine & {
        for (auto &l : lines) {
            if (l.item == item) return l;
        }
        lines.push_back({});
        lines.back().item = item;
        return lines.back();
    };
    for (const Hall *hall : halls) {
        for (const auto &rack : hall->racks) {
            const RackType *type = catalog.rackType(rack.type);
            BomLine &l = line(racks, rack.type);
            l.category = "rack";
            if (type) {
                l.description = type->name;
                l.unitKw = type->maxKw;
                l.provenance = type->provenance;
            }
            l.add(hall->id, type ? planningKw(rack, *type) : rack.powerKw.value_or(0));
        }
        for (const auto &cdu : hall->cooling.cdus) {
            const CduValues v = resolveCdu(cdu, catalog);
            const CduType *type = cdu.type.empty() ? nullptr : catalog.cduType(cdu.type);
            const std::string size = formatDecimal(v.widthM.value_or(0), 2) + " x " +
                                     formatDecimal(v.depthM.value_or(0), 2) + " m, " +
                                     formatDecimal(v.capacityKw.value_or(0), 1) + " kW, " +
                                     formatDecimal(v.maxFlowLpm.value_or(0), 0) + " L/min";
            // CDUs of one type but with plan overrides are different items.
            const std::string item =
                (cdu.type.empty() ? std::string("CDU") : cdu.type) + " (" + size + ")";
            BomLine &l = line(cdus, item);
            l.category = "cdu";
            l.description = type ? type->name : std::string("CDU given in the plan");
            l.unitKw = v.capacityKw.value_or(0);
            if (type) l.provenance = type->provenance;
            l.add(hall->id, v.capacityKw.value_or(0));
        }
        if (const auto &units = hall->cooling.air; units && units->units > 0) {
            // Air units (CRAH/fan walls) of one rating are one item; each unit counts once.
            const std::string item = "air unit (" + formatDecimal(units->unitKw, 1) + " kW)";
            BomLine &l = line(air, item);
            l.category = "air";
            l.description = "air cooling unit (CRAH or fan wall)";
            l.unitKw = units->unitKw;
            for (int u = 0; u < units->units; ++u)
                l.add(hall->id, units->unitKw);
        }
        for (const auto &feed : hall->power.feeds) {
            const FeedValues v = resolveFeed(feed, catalog);
            const FeedType *type = feed.type.empty() ? nullptr : catalog.feedType(feed.type);
            const std::string item =
                (feed.type.empty() ? std::string("feed") : feed.type) + " (" + feedRating(v) + ")";
            BomLine &l = line(feeds, item);
            l.category = "feed";
            l.description = type ? type->name : std::string("busway feed given in the plan");
            l.unitKw = v.usableKw().value_or(0);
            if (type) l.provenance = type->provenance;
            l.add(hall->id, v.usableKw().value_or(0));
        }
        for (const auto &source : hall->power.sources) {
            BomLine &l = line(sources, source.id);
            l.category = "source";
            l.description = "upstream source (UPS system)";
            l.unitKw = source.capacityKw.value_or(0);
            l.add(hall->id, source.capacityKw.value_or(0));
        }
    }

    CsvWriter csv;
    csv.record({"category", "item", "description", "quantity", "unit_kw", "total_kw", "halls",
                "source", "confidence"});
    for (const auto *lines : {&racks, &cdus, &air, &feeds, &sources}) {
        for (const auto &l : *lines) {
            csv.record({l.category, l.item, l.description, std::to_string(l.quantity),
                        formatDecimal(l.unitKw, 1), formatDecimal(l.totalKw, 1),
                        joined(l.halls, ";"), l.provenance.source, l.provenance.confidence});
        }
    }
    return csv.take();
}

} // namespace

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::map<std::string, std::string> rackRowLabels(const Hall &hall, const Catalog &catalog)
{
    struct Entry
    {
        int rotation;
        double line;
        std::size_t rack;
    };
    std::vector<Entry> entries;
    for (std::size_t i = 0; i < hall.racks.size(); ++i) {
        const Rack &rack = hall.racks[i];
        const RackType *type = catalog.rackType(rack.type);
        if (!type) continue;
        const Box box = footprint(rack.position, rack.rotation(), type->widthM, type->depthM);
        entries.push_back({rack.rotation(), frontLine(box, rack.rotation()), i});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.rotation, a.line) < std::tie(b.rotation, b.line);
    });

    struct Row
    {
        std::vector<std::size_t> racks;
        double meanX = 0, meanY = 0;
    };
    std::vector<Row> rows;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const bool sameLine = i > 0 && entries[i].rotation == entries[i - 1].rotation &&
                              entries[i].line - entries[i - 1].line <= kToleranceM;
        if (!sameLine) rows.push_back({});
        rows.back().racks.push_back(entries[i].rack);
    }
    for (auto &row : rows) {
        for (std::size_t r : row.racks) {
            row.meanX += hall.racks[r].position.x;
            row.meanY += hall.racks[r].position.y;
        }
        // Rounded to the millimetre so that rows level within tolerance order by x.
        row.meanX = std::round(row.meanX / double(row.racks.size()) / kToleranceM);
        row.meanY = std::round(row.meanY / double(row.racks.size()) / kToleranceM);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.meanY, a.meanX) < std::tie(b.meanY, b.meanX);
    });

    const int digits = rows.size() >= 100 ? int(std::to_string(rows.size()).size()) : 2;
    std::map<std::string, std::string> labels;
    for (std::size_t n = 0; n < rows.size(); ++n) {
        char label[32];
        std::snprintf(label, sizeof label, "R%0*zu", digits, n + 1);
        for (std::size_t r : rows[n].racks)
            labels[hall.racks[r].id] = label;
    }
    return labels;
}

Result<std::vector<RackScheduleRow>> rackSchedule(const Plan &plan, const Catalog &builtin,
                                                  const std::string &hallId)
{
    Error error;
    const auto halls = selectedHalls(plan, hallId, error);
    if (!error.problems.empty()) return error;
    const Catalog catalog = effectiveCatalog(builtin, plan);
    std::vector<RackScheduleRow> rows;
    for (const Hall *hall : halls) {
        const auto labels = rackRowLabels(*hall, catalog);
        for (const auto &rack : hall->racks) {
            RackScheduleRow row;
            row.id = rack.id;
            row.hall = hall->id;
            if (auto it = labels.find(rack.id); it != labels.end()) row.row = it->second;
            row.x = rack.position.x;
            row.y = rack.position.y;
            row.rotationDeg = rack.rotation();
            row.type = rack.type;
            const RackType *type = catalog.rackType(rack.type);
            row.kw = type ? planningKw(rack, *type) : rack.powerKw.value_or(0);
            row.feeds = rack.feeds;
            row.loop = rack.loop;
            row.phase = rack.phase;
            row.tenant = rack.tenant;
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

Result<std::string> exportCsv(const Plan &plan, const Catalog &builtin, CsvKind kind,
                              const std::string &hallId)
{
    if (kind == CsvKind::RackSchedule) {
        auto rows = rackSchedule(plan, builtin, hallId);
        if (!rows) return rows.error();
        return scheduleCsv(*rows);
    }
    Error error;
    const auto halls = selectedHalls(plan, hallId, error);
    if (!error.problems.empty()) return error;
    return bomCsv(effectiveCatalog(builtin, plan), halls);
}

Status writeCsvFile(const Plan &plan, const Catalog &builtin, CsvKind kind, const std::string &path,
                    const std::string &hallId)
{
    auto text = exportCsv(plan, builtin, kind, hallId);
    if (!text) return text.error();
    return writeFileAtomically(path, *text);
}

} // namespace hw::core
