// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/catalog.h"
#include "core/model/plan.h"
#include "core/model/result.h"

#include <stop_token>
#include <string>

namespace hw::core {

/** What `hallwright-cli generate` builds. */
struct CampusSpec
{
    double itMw = 0;        ///< IT load to plan for, in MW of racks' planning power
    int halls = 0;          ///< 0: about 25 MW per hall
    std::string rackType = "gb300-nvl72";
    std::string name;       ///< empty: "Generated campus, N MW"
};

/**
 * A realistic synthetic campus sized to `itMw` of IT (issue 4, item 6): halls of rows of
 * back-to-back pairs, two runs per row each under a 2N busway pair (415 V, sized with the 80 %
 * rule and margin for N-1), two UPS sources per hall sized so either carries the hall at 80 %,
 * one loop per row pair with N+1 CDUs from the catalog, air units (N+1) for the residual heat;
 * then the racks are placed and connected by the placement engine. The result evaluates without
 * error-level violations. Deterministic: the same spec gives the same plan.
 */
Result<Plan> generateCampus(const CampusSpec &spec, const Catalog &builtin, std::stop_token stop = {});

} // namespace hw::core
