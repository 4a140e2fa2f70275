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
    /** The scenario in which feed f fails, and the one in which source s fails. */
    int feedScenario(int f) const { return mSc.feed(f); }
    int sourceScenario(int s) const { return mSc.source(s); }
    const HallInputs &inputs() const { return *mIn; }
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
     * load plus its share per rack (kw/2 with both up, kw when the other is down) within
     * `fraction` of its capacity (1: the capacity itself; less: a utilization ceiling).
     */
    long pairCapacity(int a, int b, double kw, double fraction = 1.0) const;

    /** Adds a rack of `kw` split over feeds a and b (distinct) if no feed or source would exceed
     *  its capacity in any scenario; returns whether it was added. */
    bool tryAdd(int a, int b, double kw);

    /**
     * The least room (kW) any feed or source would have left, over all scenarios, after adding a
     * rack of `kw` on feeds a and b; rows the rack does not load are not looked at. The rack fits
     * (tryAdd() would add it) exactly when the result is >= -kPowerEpsilonKw.
     *
     * O(1) from each row's few heaviest scenarios (cached, refreshed after a change): a rack
     * loads a row alike in all scenarios but the two or three in which one of its feeds fails.
     */
    double slackAfter(int a, int b, double kw) const;
    /** slackAfter() by a scan of every scenario (the reference it must agree with). */
    double slackAfterScan(int a, int b, double kw) const;
    /** Adds a rack of `kw` on feeds a and b without checking (after slackAfter() said it fits). */
    void add(int a, int b, double kw) { apply(a, b, kw, 1.0); }
    /** Takes away a rack of `kw` on feeds a and b that was added before (no check). */
    void remove(int a, int b, double kw) { apply(a, b, kw, -1.0); }

private:
    double *feedRow(int f) { return mFeed.data() + static_cast<std::size_t>(f) * mCount; }
    const double *feedRow(int f) const { return mFeed.data() + static_cast<std::size_t>(f) * mCount; }
    double *sourceRow(int s) { return mSource.data() + static_cast<std::size_t>(s) * mCount; }
    const double *sourceRow(int s) const { return mSource.data() + static_cast<std::size_t>(s) * mCount; }
    void deltas(int a, int b, double kw);
    void apply(int a, int b, double kw, double sign);
    void touched(int a, int b);

    /** The heaviest scenarios of a row (feeds, then sources), among those in which it is up. */
    struct Top
    {
        static constexpr int kSize = 4;
        double load[kSize];
        int scenario[kSize];
        int size = 0;
    };
    const Top &top(int entity) const;
    /** The heaviest load of a row over its scenarios other than x, y and z. */
    double heaviestExcept(int entity, int x, int y, int z) const;

    const HallInputs *mIn; ///< a pointer, so that the matrix can be assigned
    Scenarios mSc;
    std::size_t mCount;
    std::vector<double> mFeed, mSource;
    std::vector<double> mDeltaA, mDeltaB, mDeltaS;
    mutable std::vector<Top> mTop;
    mutable std::vector<char> mTopStale;
};

} // namespace hw::core::detail
