// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/extras.h"
#include "core/model/vec2.h"

#include <optional>
#include <string>
#include <vector>

namespace hw::core {

/** An upstream source (a UPS system); all its feeds fail with it. */
struct Source
{
    std::string id;
    std::optional<double> capacityKw; ///< no capacity: no source checks
    Extras extras;

    friend bool operator==(const Source &, const Source &) = default;
};

/**
 * A feed (busway) from a source to racks. Its capacity is `capacityKw`, else the three- or
 * single-phase formula over voltage, current, power factor and derating (SPEC §2, resolve.h).
 * Values not given come from its catalog `type`, then from the SPEC defaults.
 */
struct Feed
{
    std::string id;
    std::string source; ///< empty: no source
    std::string pair;   ///< 2N pair name; a pair names exactly two feeds
    std::string type;   ///< catalog feed type, optional
    std::optional<double> capacityKw;
    std::optional<double> voltageV;
    std::optional<double> currentA;
    std::optional<int> phases; ///< electrical phases, 3 or 1
    std::optional<double> powerFactor;
    std::optional<double> deratePct;
    Polyline path; ///< busway route on the plan; empty: reach is not checked
    std::optional<double> reachM;
    Extras extras;

    friend bool operator==(const Feed &, const Feed &) = default;
};

/** Power distribution of a hall. */
struct PowerSection
{
    std::optional<std::string> topology; ///< "2N" (default) or "distributed"
    std::vector<Source> sources;
    std::vector<Feed> feeds;
    Extras extras;

    friend bool operator==(const PowerSection &, const PowerSection &) = default;
};

} // namespace hw::core
