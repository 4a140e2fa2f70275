// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/hall_inputs.h"
#include "core/engine/report.h"
#include "core/engine/violation.h"

#include <string>
#include <utility>
#include <vector>

namespace hw::core {

/**
 * The scenarios of SPEC §3 for a hall, numbered: 0 is `normal`, 1..F are `feed:<id>` in file order,
 * F+1..F+S are `source:<id>` in file order. That numbering is also the tie-break order of
 * worstCaseScenario (SPEC §8).
 */
struct Scenarios
{
    int feeds = 0;
    int sources = 0;

    int count() const { return 1 + feeds + sources; }
    static int normal() { return 0; }
    int feed(int f) const { return 1 + f; }
    int source(int s) const { return 1 + feeds + s; }
    std::string name(const HallInputs &in, int scenario) const;
};

/**
 * Loads of every feed in every scenario, kept sparse: a feed's load in scenario σ is its normal
 * load plus the extra its racks shift onto it when σ fails their other feeds. Extras are >= 0 and
 * only recorded for scenarios in which the feed survives.
 */
struct FeedLoads
{
    double normalKw = 0;
    std::vector<std::pair<int, double>> extras; ///< (scenario, extra kW), sorted by scenario
    int racks = 0;
};

struct PowerAnalysis
{
    Scenarios scenarios;
    std::vector<FeedLoads> feedLoads;
    std::vector<FeedReport> feeds;
    std::vector<SourceReport> sources;
    std::vector<ScenarioOutage> outages; ///< in scenario order
    std::vector<Violation> violations; ///< power codes, in SPEC order
};

/** Runs the scenario engine of SPEC §3 over a hall. */
PowerAnalysis analyzePower(const HallInputs &in);

/** Loads above capacity by less than this (kW) are rounding noise, not overloads. */
inline constexpr double kPowerEpsilonKw = 1e-6;

} // namespace hw::core
