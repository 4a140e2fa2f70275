// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/catalog.h"
#include "core/model/hall.h"
#include "core/model/resolve.h"

#include <optional>
#include <string>
#include <vector>

namespace hw::core {

/**
 * A hall with every reference resolved to an index and every default applied: what the power,
 * cooling and headroom analyses work on. Built once per evaluation of a hall; holds pointers into
 * the hall and the catalog, which must outlive it.
 */
struct HallInputs
{
    static constexpr int kNone = -1;

    struct RackIn
    {
        const Rack *rack = nullptr;
        const RackType *type = nullptr;
        double planningKw = 0;
        double typicalKw = 0;
        double liquidFraction = 0;
        std::vector<int> feeds; ///< indices into feeds
        int loop = kNone;       ///< index into loops
    };
    struct FeedIn
    {
        const Feed *feed = nullptr;
        double capacityKw = 0;
        int source = kNone; ///< index into sources
        int partner = kNone; ///< the other feed of its 2N pair
        double reachM = 0;
    };
    struct SourceIn
    {
        const Source *source = nullptr;
        std::vector<int> feeds;
    };
    struct CoolantIn
    {
        double densityKgPerL = 1;
        double cpKjPerKgK = 4.18;
    };
    struct LoopIn
    {
        const Loop *loop = nullptr;
        LoopValues values;
        CoolantIn coolant;
        std::vector<int> cdus; ///< indices into cdus
    };
    struct CduIn
    {
        const Cdu *cdu = nullptr;
        CduValues values;
        int loop = kNone;
    };

    const Hall *hall = nullptr;
    Topology topology = Topology::TwoN;
    std::vector<RackIn> racks;
    std::vector<FeedIn> feeds;
    std::vector<SourceIn> sources;
    std::vector<LoopIn> loops;
    std::vector<CduIn> cdus;

    /** Builds the inputs; `catalog` is the effective catalog. The hall must be valid. */
    static HallInputs build(const Hall &hall, const Catalog &catalog);

    int feedIndex(const std::string &id) const;
    int sourceIndex(const std::string &id) const;
    int loopIndex(const std::string &id) const;
    int cduIndex(const std::string &id) const;

    /** Liquid flow (L/min) that `liquidKw` of heat needs in loop `loop` (SPEC §3). */
    double flowLpm(int loop, double liquidKw) const;
};

} // namespace hw::core
