// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/assumptions.h"
#include "core/model/cooling.h"
#include "core/model/extras.h"
#include "core/model/power.h"
#include "core/model/rack.h"
#include "core/model/vec2.h"

#include <optional>
#include <string>
#include <vector>

namespace hw::core {

/** A fixed obstruction on the floor: a column, a shaft, a keep-out zone. */
struct Obstacle
{
    std::string id;
    std::string kind; ///< "column", "keepout", ... free text
    Polyline polygon;
    Extras extras;

    friend bool operator==(const Obstacle &, const Obstacle &) = default;
};

/** Layout rules as written in the plan; HallRules::resolved() applies the SPEC §3 defaults. */
struct HallRules
{
    std::optional<double> wallClearanceM;
    std::optional<double> obstacleClearanceM;
    std::optional<double> frontClearanceM;
    std::optional<double> rearClearanceM;
    std::optional<int> maxRowRacks;
    std::optional<double> crossAisleM;
    Extras extras;

    bool empty() const
    {
        return !wallClearanceM && !obstacleClearanceM && !frontClearanceM && !rearClearanceM &&
               !maxRowRacks && !crossAisleM && extras.empty();
    }
    friend bool operator==(const HallRules &, const HallRules &) = default;
};

/**
 * A data hall: its outline in hall coordinates, what stands on the floor, its power and cooling.
 * `origin` places the hall on the site plan.
 */
struct Hall
{
    std::string id;
    std::string name;
    std::optional<Vec2> origin;
    Polyline outline;
    std::vector<Obstacle> obstacles;
    std::optional<double> floorLoadKgPerM2; ///< no rating: no floor check
    Assumptions assumptions;                ///< overrides the site's, field by field
    std::string referenceRackType;          ///< empty: the most common type in the hall
    HallRules rules;
    PowerSection power;
    CoolingSection cooling;
    std::vector<Rack> racks;
    Extras extras;

    Vec2 originOrZero() const { return origin.value_or(Vec2{}); }
    friend bool operator==(const Hall &, const Hall &) = default;
};

} // namespace hw::core
