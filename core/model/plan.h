// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/assumptions.h"
#include "core/model/catalog.h"
#include "core/model/extras.h"
#include "core/model/hall.h"
#include "core/model/scenario.h"

#include <optional>
#include <string>
#include <vector>

namespace hw::core {

/** The plan format this program writes, and the newest one it reads. */
inline constexpr int kPlanFormatVersion = 1;
inline constexpr const char *kPlanFormatName = "hallwright-plan";

/** A customer of the site; racks and reservations name it. */
struct Tenant
{
    std::string id;
    std::string name;
    std::string color; ///< "#RRGGBB"; empty: chosen by the program
    Extras extras;

    friend bool operator==(const Tenant &, const Tenant &) = default;
};

/**
 * Capacity a tenant holds before its racks arrive: `racks` racks of `rackType` in `hall`,
 * optionally only on the given 2N feed pairs and loops, needed by `phase`. Reserved capacity
 * counts against headroom exactly like installed racks (docs/ENGINE.md).
 */
struct Reservation
{
    std::string id;
    std::string tenant;
    std::string hall;
    std::string rackType;
    int racks = 0;
    std::vector<std::string> pairs; ///< feed pair names; empty: any
    std::vector<std::string> loops; ///< loop ids; empty: any
    std::string phase;              ///< needed by this phase; empty: none
    Extras extras;

    friend bool operator==(const Reservation &, const Reservation &) = default;
};

/** A build phase; racks name the phase they arrive in. */
struct Phase
{
    std::string id;
    std::string name;
    std::string date; ///< ISO 8601 date, YYYY-MM-DD
    Extras extras;

    friend bool operator==(const Phase &, const Phase &) = default;
};

/**
 * A whole plan: the site and its halls. A plain value type: copying it is how the GUI hands a
 * snapshot to a worker thread, and two plans compare equal when their documents are the same.
 */
struct Plan
{
    int version = kPlanFormatVersion;
    std::string name;
    Assumptions assumptions;
    Catalog catalog; ///< the plan's own entries; see Catalog::mergedWith()
    std::vector<Phase> phases;
    std::vector<Tenant> tenants;
    std::vector<Reservation> reservations;
    std::vector<Hall> halls;
    /** Named variants of the halls; empty: the plan is one unnamed scenario (see Scenario). */
    std::vector<Scenario> scenarios;
    /** The id of the scenario whose halls are `halls`; empty exactly when there are none. */
    std::string activeScenario;
    Extras extras;

    const Hall *hall(const std::string &id) const;
    Hall *hall(const std::string &id);
    const Tenant *tenant(const std::string &id) const;

    friend bool operator==(const Plan &, const Plan &) = default;
};

} // namespace hw::core
