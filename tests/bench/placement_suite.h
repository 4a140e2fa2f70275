// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/catalog.h"
#include "core/model/plan.h"

#include <string>
#include <vector>

namespace hw::bench {

/** One hall of the placement benchmark suite: fill hall `H1` with gb300-nvl72 racks. */
struct SuiteInstance
{
    std::string name;     ///< e.g. "m200-dist-feeds"
    int sizeClass = 0;    ///< 50, 200 or 1000: rack positions of the row grid
    std::string topology; ///< "2N" or "distributed"
    std::string design;   ///< for people: what was made scarce
    core::Plan plan;
};

/**
 * The seeded suite of the solver benchmark (issue 4, item 7): four halls of each size class
 * (about 50, 200 and 1,000 rack positions), each a rectangle with rows of back-to-back pairs, a
 * CDU at both ends of every row (one loop per row pair, N+1, pipe-run limits), busways over the
 * rows or along the rear aisles with 3 m reach, and racks already standing: GB200 NVL72 with
 * their own planning powers and a row of air-cooled network racks, connected to the feeds and
 * loops. The designs vary the topology (2N with one or two UPS systems, distributed over three or
 * four UPS) and make a different resource scarce in each (space, feeds, UPS, liquid, air, reach),
 * with per-feed and per-loop jitter from the seed. Every plan is free of error-level violations
 * before placement. Same seed, same suite.
 */
std::vector<SuiteInstance> placementSuite(unsigned seed = 20261126);

} // namespace hw::bench
