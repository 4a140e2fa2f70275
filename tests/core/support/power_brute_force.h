// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

// SPEC §3 power by brute force, written for the engine tests and sharing nothing with the
// engine: every scenario in the order of SPEC §8, every rack splitting its planning power over
// its surviving feeds. O(scenarios × racks × feeds): for small halls only.

#include "core/model/hall.h"

#include <string>
#include <utility>
#include <vector>

namespace hw::test {

/** Planning power of a rack, from the catalog figures written here by hand (GB300 142 kW,
 *  GB200 132 kW, net-rack-20 20 kW) unless it sets powerKw. */
double handPlanningKw(const core::Rack &rack);

class PowerBruteForce
{
public:
    explicit PowerBruteForce(const core::Hall &hall);

    std::size_t scenarios() const { return mNames.size(); }
    const std::string &name(std::size_t sc) const { return mNames[sc]; }
    double feedLoad(std::size_t sc, std::size_t feed) const { return mFeedLoad[sc][feed]; }
    bool feedUp(std::size_t sc, std::size_t feed) const { return mFeedUp[sc][feed] != 0; }
    /** Sum of the loads of the source's feeds in scenario `sc`. */
    double sourceLoad(std::size_t sc, const std::string &source) const;
    /** Racks with feeds that have none left in scenario `sc`, in file order, and their power. */
    const std::vector<std::string> &down(std::size_t sc) const { return mDown[sc]; }
    double lostKw(std::size_t sc) const { return mLostKw[sc]; }

    /** Highest load over the scenarios in which the feed survives, and the first scenario
     *  within 1e-9 of it (SPEC §8). */
    std::pair<double, std::string> feedWorst(std::size_t feed) const;
    /** The same for a source, over the scenarios other than its own failure. */
    std::pair<double, std::string> sourceWorst(const std::string &source) const;

    /** No feed, and no source with a capacity, above its capacity (+1e-6) in normal operation
     *  or any single failure: no power overload of SPEC §3. Feeds must give capacityKw. */
    bool withinCapacity() const;

private:
    const core::Hall &mHall;
    std::vector<std::string> mNames;
    std::vector<std::vector<double>> mFeedLoad;
    std::vector<std::vector<char>> mFeedUp;
    std::vector<std::vector<std::string>> mDown;
    std::vector<double> mLostKw;
};

} // namespace hw::test
