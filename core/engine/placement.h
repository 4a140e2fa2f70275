// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/slot_generator.h"
#include "core/model/catalog.h"
#include "core/model/plan.h"
#include "core/model/rack.h"
#include "core/model/result.h"

#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace hw::core {

/** What to place: `count` racks of `rackType` in hall `hallId`, or as many as fit. */
struct PlacementRequest
{
    std::string hallId;
    std::string rackType;
    std::optional<int> count; ///< nullopt: as many as fit (`--max`)
    std::string phase;        ///< phase of the new racks; empty: none
};

/**
 * True upper bounds on the racks of the requested type each resource allows (SPEC §5, §8);
 * nullopt where a resource does not bind. `total` is their minimum.
 */
struct UpperBound
{
    int total = 0;
    std::optional<int> space;
    std::optional<int> power;
    std::optional<int> liquid;
    std::optional<int> air;

    friend bool operator==(const UpperBound &, const UpperBound &) = default;
};

struct PlacementResult
{
    std::vector<Rack> racks; ///< the new racks, connected to feeds and a loop; ids unique plan-wide
    int placed = 0;
    std::optional<int> requested;
    UpperBound upperBound;
    std::string limitedBy;       ///< the resource that bound the placement
    std::optional<double> gapPct; ///< 100 × (bound − placed) / bound, with --max
    double seconds = 0;
    std::string reason; ///< for people: why fewer than requested (or none) were placed
    /** Every slot of the chosen layout, filled or not (previews; the solver benchmark). */
    std::vector<Slot> slots;
};

/** Called with the fraction done (0..1) from the placing thread. */
using PlacementProgress = std::function<void(double)>;

/**
 * The placement engine of SPEC §5: fills a hall with racks of one type around the racks already
 * there (which never move), connects every new rack per the hall's topology within reach of its
 * feeds and to a loop with a CDU in reach, N-1 safe for power and N+k for cooling, most racks
 * first, then balanced utilization. The plan with the new racks has no new error-level
 * violation. Pure and thread-safe; a stop request returns what was found so far.
 */
Result<PlacementResult> place(const Plan &plan, const Catalog &builtin,
                              const PlacementRequest &request, std::stop_token stop = {},
                              const PlacementProgress &progress = {});

} // namespace hw::core
