// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/slot_generator.h"
#include "core/model/catalog.h"
#include "core/model/hall.h"
#include "core/model/rack.h"

#include <map>
#include <string>
#include <vector>

namespace hw::bench {

/**
 * Loads of every feed and source of a hall in every scenario of SPEC §3, computed here from the
 * SPEC text alone (not with the engine's power analysis), so that the solver benchmark checks
 * the engine against an independent reading of the rules.
 *
 * Scenario 0 is `normal`, 1..F fail one feed (file order), F+1..F+S fail one source.
 */
class ScenarioLoads
{
public:
    ScenarioLoads(const core::Hall &hall, const core::Catalog &catalog);

    int scenarios() const { return 1 + feedCount() + sourceCount(); }
    int feedCount() const { return static_cast<int>(mFeedCap.size()); }
    int sourceCount() const { return static_cast<int>(mSourceCap.size()); }
    /** Whether feed f survives scenario s. */
    bool feedUp(int f, int s) const;
    /** Whether source k survives scenario s (only its own failure takes it down). */
    bool sourceUp(int k, int s) const { return s != 1 + feedCount() + k; }
    double feedLoad(int f, int s) const
    {
        return mFeedLoad[static_cast<std::size_t>(f)][static_cast<std::size_t>(s)];
    }
    double sourceLoad(int k, int s) const;
    double feedCapacity(int f) const { return mFeedCap[static_cast<std::size_t>(f)]; }
    /** < 0: the source has no capacity (no source checks). */
    double sourceCapacity(int k) const { return mSourceCap[static_cast<std::size_t>(k)]; }
    /** Index of a feed's source, -1 for none. */
    int sourceOf(int f) const { return mFeedSource[static_cast<std::size_t>(f)]; }
    int feedIndex(const std::string &id) const;
    /** The highest load over the scenarios in which the feed survives. */
    double feedWorst(int f) const;

private:
    const core::Hall &mHall;
    std::vector<double> mFeedCap, mSourceCap;
    std::vector<int> mFeedSource;
    std::vector<std::vector<double>> mFeedLoad;
    std::map<std::string, int> mFeedIndex;
};

/**
 * The placement problem over a fixed set of slots as a mixed-integer programme, written from
 * SPEC §3 (issue 4, item 7).
 *
 * Slots with the same reachable feed pairs and loops form a class; slots of a class are
 * interchangeable. Integer variables count racks: y(c, p) new racks of class c on feed pair p
 * and z(c, l) new racks of class c on loop l, with sum_p y(c, p) = sum_l z(c, l) <= |c|. This is
 * exactly the model with counts x(c, p, l) (any integer marginals split into integer x(c, p, l),
 * north-west corner rule; fractional ones likewise), with far fewer variables. Aggregates
 * n(p) = sum_c y(c, p) and m(l) = sum_c z(c, l) carry the capacity rows: every feed and every
 * source in every scenario in which it survives (each rack splits its power over its surviving
 * feeds), every loop's heat and flow against its N+k usable capacity, air against N+k units.
 * Feed and source rows with identical coefficients are merged (the tightest right-hand side
 * kept). All variables are integer, so capacity rows are divided by their smallest coefficient
 * and their right-hand sides rounded down (the same integer solutions; a tighter LP relaxation).
 * Objective: maximise the racks placed.
 */
class PlacementMip
{
public:
    struct Var
    {
        std::string name;
        double upper; ///< lower bound is 0
        bool integer;
        double objective; ///< coefficient in the maximised objective
    };
    struct Row
    {
        std::string name;
        char sense; ///< 'L' (<=) or 'E' (=)
        double rhs;
        std::vector<std::pair<int, double>> terms;
        std::string group; ///< "class", "link", "feed", "source", "loop-heat", "loop-flow", "air"
    };

    PlacementMip(const core::Hall &hall, const core::Catalog &catalog, const core::RackType &type,
                 const std::vector<core::Slot> &slots);

    int slotCount() const { return static_cast<int>(mSlotClass.size()); }
    int classCount() const { return static_cast<int>(mClassSize.size()); }
    int pairCount() const { return static_cast<int>(mPairs.size()); }
    int unreachableSlots() const { return mUnreachable; }
    const std::vector<Var> &vars() const { return mVars; }
    const std::vector<Row> &rows() const { return mRows; }
    int integerVars() const;

    /** CPLEX LP format (maximise), as CBC and HiGHS read it. */
    std::string lpText() const;
    /** Free MPS (minimises the negated objective: no OBJSENSE section needed). */
    std::string mpsText() const;

    struct Check
    {
        bool feasible = true;
        int racks = 0;
        std::string problem;            ///< the first violated row, or why a rack does not map
        std::vector<std::string> tight; ///< groups with a row within one rack of its limit
        std::string values;             ///< the non-zero variables, "name=value ..."
    };
    /** Maps new racks (as the engine placed them) to the variables and checks every row. */
    Check check(const std::vector<core::Rack> &racks) const;
    /**
     * A solver's solution (variable name -> value, integers) as new racks of `type` on the
     * slots: each class's racks take its slots in order, with the class's pairs and loops as
     * the y and z variables give them. So the engine's own evaluation can check a solver.
     */
    std::vector<core::Rack> realise(const std::map<std::string, double> &values,
                                    const std::string &type) const;

private:
    void build(const core::Hall &hall, const core::Catalog &catalog, const core::RackType &type,
               const std::vector<core::Slot> &slots);
    int addVar(std::string name, double upper, bool integer, double objective);
    double rowSlackInRacks(const Row &row, const std::vector<double> &x) const;

    std::vector<Var> mVars;
    std::vector<Row> mRows;
    std::vector<std::pair<int, int>> mPairs; ///< feed indices of each pair variable
    std::vector<int> mSlotClass;             ///< -1: unreachable
    std::vector<int> mClassSize;
    std::vector<std::map<int, int>> mClassPairVar; ///< class -> pair -> y variable
    std::vector<std::map<int, int>> mClassLoopVar; ///< class -> loop -> z variable
    std::vector<core::Slot> mSlots;
    std::vector<std::string> mFeedIds, mLoopIds;
    double mRackKw = 0;
    int mUnreachable = 0;
};

} // namespace hw::bench
