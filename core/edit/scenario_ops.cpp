// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/edit/scenario_ops.h"

#include "core/model/scenario_plan.h"

#include <utility>

namespace hw::core {

namespace {
Error unknownScenario(const std::string &id)
{
    return Error("there is no scenario \"" + id + "\"");
}
} // namespace

Status activateScenario(Plan &plan, const std::string &id)
{
    const int to = scenarioIndex(plan, id);
    if (to < 0)
        return unknownScenario(id);
    if (id == plan.activeScenario)
        return Done{};
    const int from = activeScenarioIndex(plan);
    if (from < 0)
        return Error("the plan names no active scenario");
    Scenario &leaving = plan.scenarios[static_cast<std::size_t>(from)];
    Scenario &coming = plan.scenarios[static_cast<std::size_t>(to)];
    leaving.halls = std::move(plan.halls);
    plan.halls = std::move(coming.halls);
    coming.halls.clear();
    plan.activeScenario = id;
    return Done{};
}

Status insertScenario(Plan &plan, const Indexed<Scenario> &scenario)
{
    const Scenario &s = scenario.value;
    if (s.id.empty())
        return Error("a scenario needs an id");
    if (scenarioIndex(plan, s.id) >= 0)
        return Error("the scenario id \"" + s.id + "\" is already in use");
    if (scenario.index > plan.scenarios.size())
        return Error("index " + std::to_string(scenario.index) + " is past the end of the list");
    if (plan.scenarios.empty() && !s.halls.empty())
        return Error("the first scenario names the plan's own halls and holds none of its own");
    if (plan.scenarios.empty())
        plan.activeScenario = s.id;
    plan.scenarios.insert(plan.scenarios.begin() + static_cast<std::ptrdiff_t>(scenario.index), s);
    return Done{};
}

Result<Indexed<Scenario>> removeScenario(Plan &plan, const std::string &id)
{
    const int i = scenarioIndex(plan, id);
    if (i < 0)
        return unknownScenario(id);
    if (id == plan.activeScenario && plan.scenarios.size() > 1)
        return Error("the active scenario \"" + id +
                     "\" cannot be removed while others exist; switch to another one first");
    const auto index = static_cast<std::size_t>(i);
    Indexed<Scenario> removed{index, std::move(plan.scenarios[index])};
    plan.scenarios.erase(plan.scenarios.begin() + i);
    if (plan.scenarios.empty())
        plan.activeScenario.clear();
    return removed;
}

Result<std::string> renameScenario(Plan &plan, const std::string &id, std::string name)
{
    const int i = scenarioIndex(plan, id);
    if (i < 0)
        return unknownScenario(id);
    std::swap(plan.scenarios[static_cast<std::size_t>(i)].name, name);
    return name;
}

std::string freshScenarioId(const Plan &plan, const std::string &base)
{
    const std::string stem = base.empty() ? std::string("scenario") : base;
    if (scenarioIndex(plan, stem) < 0)
        return stem;
    for (int n = 2;; ++n) {
        std::string candidate = stem + "-" + std::to_string(n);
        if (scenarioIndex(plan, candidate) < 0)
            return candidate;
    }
}

} // namespace hw::core
