// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/scenario_compare.h"

#include "core/model/scenario_plan.h"

namespace hw::core {

namespace {
void addTo(std::optional<int> &sum, const std::optional<int> &v)
{
    if (v) sum = sum.value_or(0) + *v;
}
} // namespace

ScenarioSummary summarizeReport(const EvaluationReport &report)
{
    ScenarioSummary s;
    const Metrics &m = report.site.metrics;
    s.rackCount = m.rackCount;
    s.itKw = m.itKw;
    s.facilityKw = m.facilityKw;
    s.gpus = m.gpus;
    s.pflops = m.pflops;
    s.gpuRacks = m.gpuRacks;
    s.pflopsRatedRacks = m.pflopsRatedRacks;
    s.stranded = report.site.stranded;
    s.addableRacks = report.site.addableRacks;
    for (const HallReport &h : report.halls) {
        addTo(s.space, h.headroom.space);
        addTo(s.power, h.headroom.power);
        addTo(s.liquid, h.headroom.liquid);
        addTo(s.air, h.headroom.air);
    }
    s.errors = report.site.errors;
    s.warnings = report.site.warnings;
    return s;
}

ScenarioComparison compareScenarios(const Plan &plan, const Catalog &builtin,
                                    const EvaluateOptions &options, std::stop_token stop)
{
    ScenarioComparison out;
    if (plan.scenarios.empty()) {
        out.reports.push_back(evaluate(plan, builtin, options, stop));
        ScenarioSummary s = summarizeReport(out.reports.back());
        s.name = plan.name;
        s.active = true;
        out.scenarios.push_back(std::move(s));
        return out;
    }
    for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
        if (stop.stop_requested()) break;
        out.reports.push_back(evaluate(scenarioPlan(plan, i), builtin, options, stop));
        ScenarioSummary s = summarizeReport(out.reports.back());
        s.id = plan.scenarios[i].id;
        s.name = scenarioLabel(plan.scenarios[i]);
        s.active = s.id == plan.activeScenario;
        out.scenarios.push_back(std::move(s));
    }
    return out;
}

} // namespace hw::core
