// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/hall_objects.h"
#include "core/model/plan.h"
#include "core/model/result.h"

#include <string>

namespace hw::core {

/**
 * Makes scenario `id` the active one: its halls become the plan's `halls` and the halls the plan
 * had go back into the entry of the scenario that was active. An exact swap, so activating the
 * previous scenario undoes it. Refuses an unknown id; activating the active one changes nothing.
 */
Status activateScenario(Plan &plan, const std::string &id);

/**
 * Inserts a scenario at `index`. Into a plan without scenarios the entry names the plan's
 * current halls: its own halls must be empty and it becomes the active scenario. Otherwise it is
 * an inactive variant holding its halls. Refuses an empty or used id and an index past the end.
 */
Status insertScenario(Plan &plan, const Indexed<Scenario> &scenario);

/**
 * Removes a scenario and returns it with its index (insertScenario() puts it back). The active
 * scenario can be removed only when it is the last one: the plan then has no scenarios and its
 * halls stay as they are.
 */
Result<Indexed<Scenario>> removeScenario(Plan &plan, const std::string &id);

/** Renames a scenario; returns the name it had. */
Result<std::string> renameScenario(Plan &plan, const std::string &id, std::string name);

/** A scenario id not yet used in the plan: `base`, else `base-2`, `base-3`, ... */
std::string freshScenarioId(const Plan &plan, const std::string &base);

} // namespace hw::core
