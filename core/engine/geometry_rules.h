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
 * cdu-outside-hall, floor-overload. Uses R-trees, so it scales with the number of racks.
 *
 * `catalog` is the effective catalog (built-in merged with the plan's). The hall must have passed
 * validatePlan(). Violations come ordered by code in that order, then by the file order of the
 * first object; `objects` follows SPEC §8.
 */
std::vector<Violation> checkHallGeometry(const Hall &hall, const Catalog &catalog);

} // namespace hw::core
