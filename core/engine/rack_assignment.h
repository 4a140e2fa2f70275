// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/load_matrix.h"

#include <memory>
#include <utility>
#include <vector>

namespace hw::core::detail {

/**
 * The placement engine's assignment of new racks to feed pairs and loops over slot classes
 * (slots that reach the same feed pairs and loops are interchangeable), with the exact checks:
 * every rack added goes through LoadMatrix (every feed and source in every scenario of SPEC §3)
 * and an exact class-to-loop matching (N+k heat and flow as whole racks per loop), and the total
 * stays within `totalCap` (air, the request).
 *
 * It starts from a plan (the 2N flow's) or from nothing and fills free slots: greedy() by room
 * left, priceGreedy() by row prices (the distributed topology, where no flow models the
 * scenario rows). Then shuffle() (empty a class, let the others take its room, refill) and
 * improve() (a rack that blocks an empty slot's option makes way) add what single moves can.
 * The work is bounded by budgets of exact checks, not by the clock, so the result is
 * deterministic. Copies are cheap (a placement tries several fills and keeps the best).
 */
class RackAssignment
{
public:
    struct Class
    {
        int size = 0;
        std::vector<std::pair<int, int>> options; ///< feed pairs (a, b) a rack of the class may use
        std::vector<int> loops;                   ///< loops it may use (empty when racks need none)
    };

    /**
     * `matrix` holds the loads of the racks already there; `loopCap` is how many new racks each
     * loop can still take (N+k heat and flow); `needsLoop` whether the rack type needs one.
     */
    RackAssignment(const LoadMatrix &matrix, double rackKw, std::vector<Class> classes,
                   std::vector<long> loopCap, bool needsLoop, long totalCap);

    /** Adds one rack of class c on option o (and a loop, `preferredLoop` if it has room). */
    bool place(int c, int o, int preferredLoop = -1);
    /** Fills free slots, least flexible classes first, one rack per class per round. */
    void greedy();
    /**
     * Fills free slots by prices, after Garg and Könemann's algorithm for packing LPs: every row
     * of the problem (a feed or source in a scenario, with the scenarios that load it alike
     * merged; a loop) has a price exp(alpha · utilization) / capacity, and the next rack goes on
     * the cheapest fitting option of any class (lazily re-priced: prices only rise).
     */
    void priceGreedy(double alpha, const std::vector<double> *bias = nullptr,
                     const std::vector<double> *classWeight = nullptr);
    /** Free slots per class. */
    const std::vector<int> &freeSlots() const { return mFree; }
    /**
     * Utilization (load / capacity) of every priced row now, in the layout priceGreedy() takes as
     * `bias`: a later fill adds it to the rows' utilization, so that it avoids from the start the
     * rows this fill ran out of.
     */
    std::vector<double> rowUtilization();
    /**
     * Relocation: for a class with a free slot, a rack on a feed of one of the options closest
     * to fitting steps aside (to another option of its class, or its room goes to a rack of
     * another class) if the class then fits; until no move helps or `budget` checks are spent.
     */
    void improve(long budget);
    /**
     * Empties each class in turn (most options first), lets the other classes take the room it
     * held, then gives it what is left; keeps the result unless it has fewer racks (racks move
     * to classes with fewer alternatives). Until a pass gains nothing or `budget` checks are spent.
     */
    void shuffle(long budget);

    int total() const { return static_cast<int>(mTotal); }
    long checks() const { return mChecks; }
    const Class &classOf(int c) const { return mClasses[static_cast<std::size_t>(c)]; }
    /** Racks of class c per option. */
    const std::vector<int> &counts(int c) const { return mCount[static_cast<std::size_t>(c)]; }
    /** Racks of class c per loop (indices into the class's `loops`). */
    const std::vector<int> &loopCounts(int c) const
    {
        return mLoopCount[static_cast<std::size_t>(c)];
    }

private:
    bool coolOne(int c, int preferredLoop);
    void uncoolOne(int c);
    void unplace(int c, int o);
    /** The fitting option of class c with the most room left (-1: none fits). */
    int bestOption(int c);
    bool relocateFor(int c, long limit);
    bool fillFrom(int k, int ko);
    bool fillDirect(int skip);
    std::vector<int> closestOptions(int c, std::size_t most);

    struct PriceRows;
    const PriceRows &priceRows();

    LoadMatrix mMatrix;
    double mKw;
    std::vector<Class> mClasses;
    std::vector<long> mLoopCap, mLoopUsed;
    bool mNeedsLoop;
    long mTotalCap, mTotal = 0;
    std::vector<int> mFree;
    std::vector<std::vector<int>> mCount, mLoopCount;
    /** Per feed: the (class, option) pairs whose option uses it. */
    std::vector<std::vector<std::pair<int, int>>> mUsers;
    long mChecks = 0;
    std::shared_ptr<const PriceRows> mPriceRows; ///< built on first use, shared by copies
};

} // namespace hw::core::detail
