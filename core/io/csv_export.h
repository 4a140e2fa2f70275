// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/catalog.h"
#include "core/model/plan.h"
#include "core/model/result.h"

#include <map>
#include <string>
#include <vector>

namespace hw::core {

/**
 * One line of the rack schedule: where a rack stands and what it is connected to. Positions are
 * hall coordinates (metres, y north), as in the plan file; the hall's `origin` is not added.
 */
struct RackScheduleRow
{
    std::string id;
    std::string hall;
    std::string row; ///< see rackRowLabels()
    double x = 0;
    double y = 0;
    int rotationDeg = 0;
    std::string type;
    double kw = 0; ///< planning power (the rack's powerKw, else its type's maxKw)
    std::vector<std::string> feeds;
    std::string loop;
    std::string phase;
    std::string tenant; ///< the tenant's id; empty: none
};

/**
 * Row labels of a hall's racks, by rack id: "R01", "R02", ... A row is the set of racks that share
 * a rotation and a front line (their front edges on one line, within 1 mm), the same line SPEC §8
 * uses for row runs, but not split at cross aisles: a planner's row crosses the hall. Rows are
 * numbered per hall from south to north, then west to east, by the mean centre of their racks.
 * Racks whose type is unknown to `catalog` get no label.
 */
std::map<std::string, std::string> rackRowLabels(const Hall &hall, const Catalog &catalog);

/**
 * The rack schedule of one hall (`hallId`) or of every hall (empty), in plan order within a hall.
 * `builtin` is the shipped catalog; the plan's own section is merged over it. Fails when
 * `hallId` names no hall.
 */
Result<std::vector<RackScheduleRow>> rackSchedule(const Plan &plan, const Catalog &builtin,
                                                  const std::string &hallId = {});

/** What a CSV export holds. */
enum class CsvKind
{
    RackSchedule,    ///< one line per rack: id, hall, row, x, y, rotation, type, kW, feeds, loop,
                     ///< phase, tenant
    BillOfMaterials, ///< counts: racks by type, CDUs by type, feeds by type and rating, sources
};

/**
 * The CSV text of an export (RFC 4180): a header line, comma-separated fields, fields with a
 * comma, a double quote, CR or LF quoted (quotes doubled), CRLF after every record, UTF-8 without
 * a byte order mark. Numbers use a dot and no thousands separator. A rack's feeds are joined with
 * ";" in one field. See docs/EXPORTS.md for the columns.
 */
Result<std::string> exportCsv(const Plan &plan, const Catalog &builtin, CsvKind kind,
                              const std::string &hallId = {});

/** exportCsv() written to `path` atomically. */
Status writeCsvFile(const Plan &plan, const Catalog &builtin, CsvKind kind, const std::string &path,
                    const std::string &hallId = {});

/** One field quoted per RFC 4180 when it needs to be (comma, quote, CR or LF). */
std::string csvField(const std::string &text);

} // namespace hw::core
