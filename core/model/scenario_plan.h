// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/plan.h"

#include <cstddef>
#include <string>
#include <vector>

namespace hw::core {

/** The index of scenario `id` in `plan.scenarios`, or -1. */
int scenarioIndex(const Plan &plan, const std::string &id);

/** The index of the active scenario, or -1 when the plan has no scenarios. */
int activeScenarioIndex(const Plan &plan);

/** The halls of scenario `index`: the plan's own `halls` for the active one. */
const std::vector<Hall> &scenarioHalls(const Plan &plan, std::size_t index);

/**
 * Scenario `index` as a plan of its own: the shared parts (name, assumptions, catalog, phases,
 * tenants, reservations) with that scenario's halls and no scenario list. Evaluating it is
 * evaluating the variant alone; scenario comparison and `evaluate --scenario` do exactly that.
 */
Plan scenarioPlan(const Plan &plan, std::size_t index);

/** What to call a scenario: its name, or its id when it has none. */
std::string scenarioLabel(const Scenario &scenario);

} // namespace hw::core
