// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/evaluate.h"
#include "core/engine/report.h"
#include "core/model/catalog.h"
#include "core/model/plan.h"

#include <map>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace hw::core {

/** The figures scenarios are compared by: the site report of each variant, condensed. */
struct ScenarioSummary
{
    std::string id;   ///< empty for a plan without scenarios
    std::string name; ///< as shown: the name, else the id
    bool active = false;
    int rackCount = 0;
    double itKw = 0;
    double facilityKw = 0;
    int gpus = 0;
    std::map<std::string, double> pflops; ///< dense, per precision
    /** Racks with GPUs, and per precision those whose type gives a figure (Metrics). */
    int gpuRacks = 0;
    std::map<std::string, int> pflopsRatedRacks;
    Stranded stranded; ///< summed over halls
    int addableRacks = 0;                 ///< summed over halls
    /** Headroom in racks by resource, summed over the halls where the resource binds at all. */
    std::optional<int> space, power, liquid, air;
    int errors = 0;
    int warnings = 0;

    /** Racks with GPUs left out of the `precision` total for want of a figure (0: complete). */
    int pflopsUnrated(const std::string &precision) const
    {
        const auto it = pflopsRatedRacks.find(precision);
        return gpuRacks - (it == pflopsRatedRacks.end() ? 0 : it->second);
    }

    friend bool operator==(const ScenarioSummary &, const ScenarioSummary &) = default;
};

/** Condenses one evaluation. */
ScenarioSummary summarizeReport(const EvaluationReport &report);

struct ScenarioComparison
{
    std::vector<ScenarioSummary> scenarios; ///< in the plan's order
    std::vector<EvaluationReport> reports;  ///< the full evaluation of each, same order
};

/**
 * Evaluates every scenario of the plan on its own (scenarioPlan()) and condenses each; a plan
 * without scenarios gives one entry for itself. Pure; when `stop` is requested the result is
 * incomplete and must be discarded.
 */
ScenarioComparison compareScenarios(const Plan &plan, const Catalog &builtin,
                                    const EvaluateOptions &options = {}, std::stop_token stop = {});

} // namespace hw::core
