// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/hall_inputs.h"
#include "core/engine/power_analysis.h"

#include <vector>

namespace hw::core::detail {

/**
 * Dense loads of every feed and source of a hall in every scenario of SPEC §3, so that adding a
 * rack on two feeds is O(scenarios) and so is checking it. Used by power headroom and placement,
 * which add racks one at a time and must never add one that overloads anything in normal
 * operation or in any single failure.
 */
class LoadMatrix
{
public:
    LoadMatrix(const HallInputs &in, const PowerAnalysis &power);

    int scenarioCount() const { return static_cast<int>(mCount); }
    /** Load of feed f in scenario s (0 in scenarios in which f has failed). */
    double feedLoad(int f, int s) const { return feedRow(f)[s]; }
    double sourceLoad(int src, int s) const { return sourceRow(src)[s]; }
    /** Whether feed f carries power in scenario s. */
    bool feedUp(int f, int s) const;

    /** Worst load of feed f over the scenarios in which it survives. */
    double feedWorst(int f) const;
    /** Worst load of source s over the scenarios in which it survives. */
    double sourceWorst(int s) const;

    /**
     * The most racks of `kw` that the pair (a, b) alone can take: for every scenario, each feed's
     * load plus its share per rack (kw/2 with both up, kw when the other is down) within capacity.
     */
    long pairCapacity(int a, int b, double kw) const;

    /** Adds a rack of `kw` split over feeds a and b (distinct) if no feed or source would exceed
     *  its capacity in any scenario; returns whether it was added. */
    bool tryAdd(int a, int b, double kw);

private:
    double *feedRow(int f) { return mFeed.data() + static_cast<std::size_t>(f) * mCount; }
    const double *feedRow(int f) const { return mFeed.data() + static_cast<std::size_t>(f) * mCount; }
    double *sourceRow(int s) { return mSource.data() + static_cast<std::size_t>(s) * mCount; }
    const double *sourceRow(int s) const { return mSource.data() + static_cast<std::size_t>(s) * mCount; }
    void deltas(int a, int b, double kw);

    const HallInputs &mIn;
    Scenarios mSc;
    std::size_t mCount;
    std::vector<double> mFeed, mSource;
    std::vector<double> mDeltaA, mDeltaB, mDeltaS;
};

} // namespace hw::core::detail
