// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/catalog.h"
#include "core/model/plan.h"
#include "core/model/result.h"

#include <optional>
#include <string>
#include <vector>

namespace hw::core {

/** A feed or source under the failure: what it must carry against what it can. */
struct PowerUnderFailure
{
    std::string id;
    bool failed = false;
    std::optional<double> capacityKw;
    double loadKw = 0;
    double overKw = 0; ///< load above capacity, 0 when it fits

    friend bool operator==(const PowerUnderFailure &, const PowerUnderFailure &) = default;
};

/** A loop under the failure: the surviving CDUs against the heat and flow of powered racks. */
struct LoopUnderFailure
{
    std::string id;
    std::vector<std::string> failedCdus;
    double capacityKw = 0; ///< sum of the surviving CDUs (the failure uses up the redundancy)
    double loadKw = 0;
    double shortKw = 0;
    double flowCapacityLpm = 0;
    double flowLpm = 0;
    double shortLpm = 0;

    friend bool operator==(const LoopUnderFailure &, const LoopUnderFailure &) = default;
};

/** A rack that must reduce its power to stay within what is left. */
struct ThrottledRack
{
    std::string rack;
    double planningKw = 0;
    double allowedKw = 0;
    double throttleKw = 0; ///< planningKw − allowedKw
    std::string limitedBy; ///< the feed, source, loop or "air" that binds it

    friend bool operator==(const ThrottledRack &, const ThrottledRack &) = default;
};

struct HallFailureReport
{
    std::string id;
    std::vector<std::string> racksDown; ///< racks whose every feed failed
    double lostKw = 0;
    std::vector<PowerUnderFailure> feeds;
    std::vector<PowerUnderFailure> sources;
    std::vector<LoopUnderFailure> loops;
    std::optional<PowerUnderFailure> air; ///< air cooling: capacity of all units vs air heat
    std::vector<ThrottledRack> throttled; ///< largest throttle first
    double throttleKw = 0;

    friend bool operator==(const HallFailureReport &, const HallFailureReport &) = default;
};

/** The state of a plan with any mix of feeds, sources and CDUs failed together. */
struct FailureReport
{
    std::vector<std::string> failed; ///< as asked, e.g. "A1", "CDU-3"
    std::vector<HallFailureReport> halls; ///< halls holding a failed object, in plan order
    int racksDown = 0;
    double lostKw = 0;
    int racksThrottled = 0;
    double throttleKw = 0;

    friend bool operator==(const FailureReport &, const FailureReport &) = default;
};

/**
 * Joint failure what-if: fails every listed feed, source and CDU at once and reports the racks
 * that lose power, the feeds, sources and loops short of capacity or flow and by how much, and the
 * racks that must throttle. Throttling is proportional: every rack on an over-committed resource
 * is cut by the same fraction (capacity / load), and a rack on several takes the deepest cut, so
 * every resource ends within its capacity. Unknown ids are refused. Pure; thread-safe.
 */
Result<FailureReport> analyzeFailure(const Plan &plan, const Catalog &builtin,
                                     const std::vector<std::string> &failedIds);

} // namespace hw::core
