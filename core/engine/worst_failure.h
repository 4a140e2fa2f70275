// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/failure_analysis.h"
#include "core/model/catalog.h"
#include "core/model/plan.h"
#include "core/model/result.h"

#include <stop_token>
#include <string>
#include <vector>

namespace hw::core {

/** One feed, source or CDU failed alone, and what it costs. */
struct SingleFailure
{
    std::string id;
    std::string kind;       ///< "feed", "source" or "cdu"
    double lostKw = 0;      ///< IT kW of racks that lose power
    double throttleKw = 0;  ///< IT kW the surviving racks must shed
    int racksDown = 0;
    int racksThrottled = 0;
    double peakUtilization = 0; ///< the fullest surviving feed, source, loop or air (load / capacity)

    double impactKw() const { return lostKw + throttleKw; }
    friend bool operator==(const SingleFailure &, const SingleFailure &) = default;
};

/**
 * The worst single failure of a hall: every feed, source and CDU of the hall failed alone with
 * analyzeFailure(); the worst is the one that costs the most IT kW (down plus throttled), then the
 * one that leaves a resource fullest, then the first in the order feeds, sources, CDUs (file
 * order). `ranked` holds every candidate, worst first. Unknown hall: refused. Pure; when `stop` is
 * requested the result is incomplete and must be discarded.
 */
struct WorstFailure
{
    std::string hall;
    std::vector<SingleFailure> ranked;
};

Result<WorstFailure> worstSingleFailure(const Plan &plan, const Catalog &builtin,
                                        const std::string &hallId, std::stop_token stop = {});

/** The highest load / capacity over the surviving feeds, sources, loops and air of a hall. */
double peakUtilization(const HallFailureReport &hall);

} // namespace hw::core
