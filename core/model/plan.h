// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/catalog.h"
#include "core/model/extras.h"
#include "core/model/hall.h"

#include <optional>
#include <string>
#include <vector>

namespace hw::core {

/** The plan format this program writes, and the newest one it reads. */
inline constexpr int kPlanFormatVersion = 1;
inline constexpr const char *kPlanFormatName = "hallwright-plan";

/** Site-wide assumptions. */
struct Assumptions
{
    std::optional<double> pue; ///< default 1.15
    Extras extras;

    bool empty() const { return !pue && extras.empty(); }
    friend bool operator==(const Assumptions &, const Assumptions &) = default;
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
    std::vector<Hall> halls;
    Extras extras;

    const Hall *hall(const std::string &id) const;
    Hall *hall(const std::string &id);

    friend bool operator==(const Plan &, const Plan &) = default;
};

} // namespace hw::core
