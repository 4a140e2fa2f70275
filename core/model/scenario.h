// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/extras.h"
#include "core/model/hall.h"

#include <string>
#include <vector>

namespace hw::core {

/**
 * A named variant of a plan's halls ("all GB300", "half Vera Rubin"). A scenario holds whole
 * halls — racks, power, cooling, obstacles — while everything else of the plan (name,
 * assumptions, catalog, phases, tenants, reservations) is shared by all scenarios.
 *
 * Invariant (checked by validatePlan): the active scenario's halls are the plan's own `halls`, so
 * its entry holds only an id and a name and its `halls` stay empty; every other entry holds its
 * own halls. A reader that knows nothing of scenarios therefore sees the active one
 * (docs/FILE-FORMATS.md "Scenarios").
 */
struct Scenario
{
    std::string id;
    std::string name;
    std::vector<Hall> halls; ///< empty for the active scenario: its halls are Plan::halls
    Extras extras;

    friend bool operator==(const Scenario &, const Scenario &) = default;
};

} // namespace hw::core
