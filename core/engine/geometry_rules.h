// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/violation.h"
#include "core/model/catalog.h"
#include "core/model/hall.h"

#include <vector>

namespace hw::core {

/**
 * The geometry and floor rules of SPEC §3 for one hall: rack-outside-hall, rack-wall-clearance,
 * rack-obstacle (CDUs are obstacles), rack-overlap, aisle-blocked, row-too-long,
 * cdu-outside-hall, floor-overload. Uses R-trees, so it scales with the number of racks: it runs
 * after every edit in the GUI (about 0.05 ms per 100 racks).
 *
 * `catalog` is the effective catalog (built-in merged with the plan's). The hall must have passed
 * validatePlan(); racks of an unknown type and CDUs without a size are skipped. Violations come
 * ordered by code in that order, then by the file order of the first object, then of the second;
 * `objects` follows SPEC §8. For aisle-blocked the blockers of one rack come as other racks (file
 * order), obstacles, CDUs, then the hall (its wall).
 *
 * The 1 mm tolerance (kToleranceM) reads the same everywhere: something sticks out of the outline
 * when the footprint shrunk by 1 mm on every side is not inside it; two things overlap when one
 * meets the interior of the other shrunk by 1 mm; a clearance is broken when the Euclidean
 * distance is short of it by more than 1 mm, or when the other reaches more than 1 mm into the
 * footprint (so an overlap counts even where no clearance is asked). Row runs join fronts within
 * 1 mm and side gaps short of crossAisleM by more than 1 mm.
 */
std::vector<Violation> checkHallGeometry(const Hall &hall, const Catalog &catalog);

} // namespace hw::core
