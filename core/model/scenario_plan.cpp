// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/model/scenario_plan.h"

namespace hw::core {

int scenarioIndex(const Plan &plan, const std::string &id)
{
    for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
        if (plan.scenarios[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int activeScenarioIndex(const Plan &plan)
{
    return plan.activeScenario.empty() ? -1 : scenarioIndex(plan, plan.activeScenario);
}

const std::vector<Hall> &scenarioHalls(const Plan &plan, std::size_t index)
{
    const Scenario &s = plan.scenarios.at(index);
    return s.id == plan.activeScenario ? plan.halls : s.halls;
}

Plan scenarioPlan(const Plan &plan, std::size_t index)
{
    // A whole copy keeps every shared part, present and future; then the variant's halls.
    Plan out = plan;
    out.halls = scenarioHalls(plan, index);
    out.scenarios.clear();
    out.activeScenario.clear();
    return out;
}

std::string scenarioLabel(const Scenario &scenario)
{
    return scenario.name.empty() ? scenario.id : scenario.name;
}

} // namespace hw::core
