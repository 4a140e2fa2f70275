// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/placement.h"

#include "core/engine/cooling_analysis.h"
#include "core/engine/flow_network.h"
#include "core/engine/hall_inputs.h"
#include "core/engine/load_matrix.h"
#include "core/engine/message_format.h"
#include "core/engine/power_analysis.h"
#include "core/engine/slot_generator.h"
#include "core/geometry/distance.h"
#include "core/model/resolve.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <unordered_set>

namespace hw::core {

namespace {

constexpr long kUnlimited = std::numeric_limits<int>::max() / 4;

/** The resources a new rack of the requested type can use in a hall, with their capacities. */
struct Capacities
{
    double rackKw = 0, liquidKw = 0, airKw = 0;
    std::vector<std::pair<int, int>> pairs; ///< 2N feed pairs (a < b)
    std::vector<long> pairCap;              ///< racks each pair alone can take
    long sourceCap = kUnlimited;            ///< racks the sources allow in total (exact for A/B)
    std::vector<long> loopCap;              ///< racks each loop can take (N+k heat and flow)
    long airCap = kUnlimited;
    std::optional<int> powerBound, liquidBound, airBound;
};

/** floor(x) for a non-negative room, 0 for a negative one. */
long floorRoom(double room, double per)
{
    if (!(per > 0))
        return kUnlimited;
    if (room <= 0)
        return 0;
    return static_cast<long>(std::min(std::floor(room / per + 1e-9), static_cast<double>(kUnlimited)));
}

Capacities capacities(const HallInputs &in, const PowerAnalysis &power, const CoolingAnalysis &cooling,
                      const detail::LoadMatrix &m, const RackType &type)
{
    Capacities c;
    c.rackKw = type.maxKw;
    c.liquidKw = type.maxKw * type.liquidShare();
    c.airKw = type.maxKw - c.liquidKw;
    const double p = c.rackKw;

    // Power: exact per 2N pair; sources bound the total (exact when every pair spans them).
    long pairSum = 0;
    if (in.topology == Topology::TwoN) {
        for (std::size_t f = 0; f < in.feeds.size(); ++f) {
            const int partner = in.feeds[f].partner;
            if (partner != HallInputs::kNone && static_cast<int>(f) < partner) {
                c.pairs.push_back({static_cast<int>(f), partner});
                const long n = m.pairCapacity(static_cast<int>(f), partner, p);
                c.pairCap.push_back(n);
                pairSum = std::min(kUnlimited, pairSum + n);
            }
        }
    }
    // A source s bounds the racks on pairs touching it: in each scenario it survives, each such
    // rack adds at least the smallest share it can carry there.
    std::vector<long> touchingBound(in.sources.size(), kUnlimited);
    for (std::size_t s = 0; s < in.sources.size(); ++s) {
        const auto &cap = in.sources[s].source->capacityKw;
        if (!cap)
            continue;
        std::vector<std::pair<int, int>> touching;
        const auto candidates = in.topology == Topology::TwoN ? c.pairs : std::vector<std::pair<int, int>>{};
        for (const auto &pr : candidates) {
            if (in.feeds[static_cast<std::size_t>(pr.first)].source == static_cast<int>(s) ||
                in.feeds[static_cast<std::size_t>(pr.second)].source == static_cast<int>(s))
                touching.push_back(pr);
        }
        if (in.topology == Topology::Distributed) {
            // Any rack may touch any source: the normal scenario share P/2 bounds it.
            double worstRoom = *cap - m.sourceLoad(static_cast<int>(s), Scenarios::normal());
            touchingBound[s] = floorRoom(worstRoom, p / 2);
            continue;
        }
        if (touching.empty())
            continue;
        long bound = kUnlimited;
        for (int sc = 0; sc < m.scenarioCount(); ++sc) {
            if (sc == power.scenarios.source(static_cast<int>(s)))
                continue;
            double minShare = std::numeric_limits<double>::infinity();
            for (const auto &[a, b] : touching) {
                double share = 0;
                const bool aOn = in.feeds[static_cast<std::size_t>(a)].source == static_cast<int>(s);
                const bool bOn = in.feeds[static_cast<std::size_t>(b)].source == static_cast<int>(s);
                const bool aUp = m.feedUp(a, sc), bUp = m.feedUp(b, sc);
                const int up = (aUp ? 1 : 0) + (bUp ? 1 : 0);
                if (up > 0)
                    share = p / up * ((aOn && aUp ? 1 : 0) + (bOn && bUp ? 1 : 0));
                minShare = std::min(minShare, share);
            }
            if (minShare > 0)
                bound = std::min(bound, floorRoom(*cap - m.sourceLoad(static_cast<int>(s), sc), minShare));
        }
        touchingBound[s] = bound;
        if (touching.size() == c.pairs.size())
            c.sourceCap = std::min(c.sourceCap, bound);
    }
    auto bounded = [&](int s) {
        return s != HallInputs::kNone && touchingBound[static_cast<std::size_t>(s)] < kUnlimited;
    };
    if (in.topology == Topology::TwoN) {
        long powerBound = std::min(pairSum, c.sourceCap);
        // A rack counts against every bounded source its pair touches: twice in the sum of the
        // per-source bounds when the pair spans two bounded sources, once when both feeds share a
        // source or the other one has no rating. A pair touching no bounded source is not bound.
        long sumTouching = 0;
        for (long b : touchingBound) {
            if (b < kUnlimited)
                sumTouching += b;
        }
        bool spansTwo = !c.pairs.empty(), touchesOne = !c.pairs.empty();
        for (const auto &[a, b] : c.pairs) {
            const int sa = in.feeds[static_cast<std::size_t>(a)].source;
            const int sb = in.feeds[static_cast<std::size_t>(b)].source;
            if (!(bounded(sa) && bounded(sb) && sa != sb))
                spansTwo = false;
            if (!bounded(sa) && !bounded(sb))
                touchesOne = false;
        }
        if (spansTwo)
            powerBound = std::min(powerBound, sumTouching / 2);
        else if (touchesOne)
            powerBound = std::min(powerBound, sumTouching);
        c.powerBound = static_cast<int>(std::min<long>(powerBound, kUnlimited));
    } else {
        // Distributed: every rack adds its power to the hall's feeds in every scenario; when feed g
        // fails the others carry all of it.
        long bound = kUnlimited;
        for (int sc = 0; sc < m.scenarioCount(); ++sc) {
            double room = 0;
            for (std::size_t f = 0; f < in.feeds.size(); ++f) {
                if (m.feedUp(static_cast<int>(f), sc))
                    room += std::max(0.0, in.feeds[f].capacityKw - m.feedLoad(static_cast<int>(f), sc));
            }
            bound = std::min(bound, floorRoom(room, p));
        }
        // Every rack touches two different sources, or one source and a feed without one. With no
        // unbounded group of feeds (an unrated source, the feeds without a source) every rack
        // counts twice in the sum of the per-source bounds; with one, at least once.
        long sumTouching = 0;
        int unboundedGroups = 0;
        for (std::size_t s = 0; s < in.sources.size(); ++s) {
            if (in.sources[s].feeds.empty())
                continue;
            if (bounded(static_cast<int>(s)))
                sumTouching += touchingBound[s];
            else
                ++unboundedGroups;
        }
        if (std::any_of(in.feeds.begin(), in.feeds.end(),
                        [](const HallInputs::FeedIn &f) { return f.source == HallInputs::kNone; }))
            ++unboundedGroups;
        if (unboundedGroups == 0)
            bound = std::min(bound, sumTouching / 2);
        else if (unboundedGroups == 1)
            bound = std::min(bound, sumTouching);
        if (in.feeds.size() < 2)
            bound = 0;
        c.powerBound = static_cast<int>(std::min<long>(bound, kUnlimited));
    }

    // Liquid and air.
    long liquidSum = 0;
    for (std::size_t l = 0; l < cooling.loops.size(); ++l) {
        const LoopReport &rep = cooling.loops[l];
        long n = kUnlimited;
        if (c.liquidKw > 0) {
            n = std::min(floorRoom(rep.headroomKw + kPowerEpsilonKw, c.liquidKw),
                         floorRoom(rep.flowHeadroomLpm + kPowerEpsilonKw, in.flowLpm(static_cast<int>(l), c.liquidKw)));
            liquidSum = std::min(kUnlimited, liquidSum + n);
        }
        c.loopCap.push_back(n);
    }
    if (c.liquidKw > 0)
        c.liquidBound = static_cast<int>(liquidSum);
    if (cooling.air && c.airKw > 0) {
        c.airCap = floorRoom(cooling.air->headroomKw + kPowerEpsilonKw, c.airKw);
        c.airBound = static_cast<int>(c.airCap);
    }
    return c;
}

/** Which feed pairs (2N) or feeds (distributed) and which loops a slot can reach. */
struct Reach
{
    std::vector<int> pairs; ///< 2N: indices into Capacities::pairs; distributed: feed indices
    std::vector<int> loops;
};

Reach reachOf(const HallInputs &in, const Capacities &cap, const Slot &slot)
{
    Reach r;
    auto feedReaches = [&](int f) {
        const auto &fi = in.feeds[static_cast<std::size_t>(f)];
        return fi.feed->path.empty() || distanceToPolyline(slot.center, fi.feed->path) <= fi.reachM;
    };
    if (in.topology == Topology::TwoN) {
        for (std::size_t i = 0; i < cap.pairs.size(); ++i) {
            if (cap.pairCap[i] > 0 && feedReaches(cap.pairs[i].first) && feedReaches(cap.pairs[i].second))
                r.pairs.push_back(static_cast<int>(i));
        }
    } else {
        for (std::size_t f = 0; f < in.feeds.size(); ++f) {
            if (feedReaches(static_cast<int>(f)))
                r.pairs.push_back(static_cast<int>(f));
        }
    }
    if (cap.liquidKw > 0) {
        for (std::size_t l = 0; l < in.loops.size(); ++l) {
            const auto &li = in.loops[l];
            if (li.cdus.empty() || cap.loopCap[l] <= 0)
                continue;
            bool ok = !li.values.maxPipeRunM;
            for (int c : li.cdus) {
                if (ok)
                    break;
                ok = manhattan(slot.center, in.cdus[static_cast<std::size_t>(c)].cdu->position) <= *li.values.maxPipeRunM;
            }
            if (ok)
                r.loops.push_back(static_cast<int>(l));
        }
    }
    return r;
}

/** Slots of one layout grouped by what they reach: identical slots are interchangeable. */
struct Classes
{
    std::vector<Reach> reach;
    std::vector<std::vector<int>> slots; ///< slot indices per class, in layout order
    int usable = 0;                      ///< slots that reach power (and a loop when needed)
    int outOfPowerReach = 0, outOfLoopReach = 0; ///< each counted on its own
};

Classes classify(const HallInputs &in, const Capacities &cap, const SlotLayout &layout)
{
    Classes c;
    std::map<std::pair<std::vector<int>, std::vector<int>>, int> index;
    for (std::size_t s = 0; s < layout.slots.size(); ++s) {
        Reach r = reachOf(in, cap, layout.slots[s]);
        const bool powerOk = in.topology == Topology::TwoN ? !r.pairs.empty() : r.pairs.size() >= 2;
        const bool loopOk = cap.liquidKw <= 0 || !r.loops.empty();
        c.outOfPowerReach += powerOk ? 0 : 1;
        c.outOfLoopReach += loopOk ? 0 : 1;
        if (!powerOk || !loopOk)
            continue;
        ++c.usable;
        auto key = std::make_pair(r.pairs, r.loops);
        auto [it, inserted] = index.emplace(key, static_cast<int>(c.reach.size()));
        if (inserted) {
            c.reach.push_back(std::move(r));
            c.slots.emplace_back();
        }
        c.slots[static_cast<std::size_t>(it->second)].push_back(static_cast<int>(s));
    }
    return c;
}

/** The 2N assignment network: pairs → slot classes → loops, with a global cap. */
struct Network
{
    detail::FlowNetwork net{2};
    int source = 0, sink = 1;
    std::vector<std::vector<std::pair<int, int>>> pairEdges; ///< per class: (pair, edge id)
    std::vector<std::vector<std::pair<int, int>>> loopEdges; ///< per class: (loop, edge id)
};

Network buildNetwork(const HallInputs &in, const Capacities &cap, const Classes &cls, long globalCap,
                     const PowerAnalysis &power, const CoolingAnalysis &cooling, const detail::LoadMatrix &m)
{
    const int nPairs = static_cast<int>(cap.pairs.size());
    const int nClasses = static_cast<int>(cls.reach.size());
    const int nLoops = static_cast<int>(in.loops.size());
    // Nodes: 0 super source, 1 sink, 2 source, pairs, class in, class out, loops.
    const int src = 2, pair0 = 3, classIn0 = pair0 + nPairs, classOut0 = classIn0 + nClasses,
              loop0 = classOut0 + nClasses;
    Network n;
    n.net = detail::FlowNetwork(loop0 + nLoops);
    n.source = 0;
    n.sink = 1;
    n.net.addEdge(0, src, globalCap);
    for (int i = 0; i < nPairs; ++i) {
        // Cost of the u-th new rack on a pair: the pair's worst-case utilization after it, squared.
        const auto [a, b] = cap.pairs[static_cast<std::size_t>(i)];
        const double ca = in.feeds[static_cast<std::size_t>(a)].capacityKw;
        const double cb = in.feeds[static_cast<std::size_t>(b)].capacityKw;
        const double u0 = std::max(m.feedWorst(a) / ca, m.feedWorst(b) / cb);
        const double r = std::max(cap.rackKw / ca, cap.rackKw / cb);
        n.net.addEdge(src, pair0 + i, cap.pairCap[static_cast<std::size_t>(i)], (u0 + r) * (u0 + r),
                      2 * (u0 + r) * r, r * r);
    }
    (void)power;
    n.pairEdges.resize(static_cast<std::size_t>(nClasses));
    n.loopEdges.resize(static_cast<std::size_t>(nClasses));
    for (int j = 0; j < nClasses; ++j) {
        const Reach &r = cls.reach[static_cast<std::size_t>(j)];
        for (int i : r.pairs)
            n.pairEdges[static_cast<std::size_t>(j)].push_back({i, n.net.addEdge(pair0 + i, classIn0 + j, kUnlimited)});
        n.net.addEdge(classIn0 + j, classOut0 + j, static_cast<long>(cls.slots[static_cast<std::size_t>(j)].size()));
        if (cap.liquidKw > 0) {
            for (int l : r.loops)
                n.loopEdges[static_cast<std::size_t>(j)].push_back({l, n.net.addEdge(classOut0 + j, loop0 + l, kUnlimited)});
        } else {
            n.net.addEdge(classOut0 + j, n.sink, kUnlimited);
        }
    }
    if (cap.liquidKw > 0) {
        for (int l = 0; l < nLoops; ++l) {
            const LoopReport &rep = cooling.loops[static_cast<std::size_t>(l)];
            const double flow = in.flowLpm(l, cap.liquidKw);
            double u0 = 0, r = 0;
            if (rep.capacityKw > 0) {
                u0 = rep.loadKw / rep.capacityKw;
                r = cap.liquidKw / rep.capacityKw;
            }
            if (rep.flowCapacityLpm > 0) {
                u0 = std::max(u0, rep.flowLpm / rep.flowCapacityLpm);
                r = std::max(r, flow / rep.flowCapacityLpm);
            }
            n.net.addEdge(loop0 + l, n.sink, cap.loopCap[static_cast<std::size_t>(l)], (u0 + r) * (u0 + r),
                          2 * (u0 + r) * r, r * r);
        }
    }
    return n;
}

/** A new rack before it gets an id: where it stands and what it connects to. */
struct Planned
{
    int slot;
    int feedA, feedB;
    int loop;
};

std::string nextRackId(const std::string &hallId, const std::unordered_set<std::string> &used, int &counter)
{
    while (true) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "-R%04d", ++counter);
        std::string id = hallId + buf;
        if (!used.count(id))
            return id;
    }
}

} // namespace

Result<PlacementResult> place(const Plan &plan, const Catalog &builtin, const PlacementRequest &request,
                              std::stop_token stop, const PlacementProgress &progress)
{
    const auto started = std::chrono::steady_clock::now();
    const Hall *hall = plan.hall(request.hallId);
    if (!hall)
        return Error("--hall", "unknown hall \"" + request.hallId + "\"");
    const Catalog catalog = effectiveCatalog(builtin, plan);
    const RackType *type = catalog.rackType(request.rackType);
    if (!type)
        return Error("--rack-type", "unknown rack type \"" + request.rackType + "\"");
    if (request.count && *request.count < 0)
        return Error("--count", "must not be negative");
    if (!request.phase.empty()) {
        const bool known = std::any_of(plan.phases.begin(), plan.phases.end(),
                                       [&](const Phase &p) { return p.id == request.phase; });
        if (!known)
            return Error("--phase", "unknown phase \"" + request.phase + "\"");
    }

    PlacementResult result;
    result.requested = request.count;
    auto finish = [&](PlacementResult &r) {
        r.placed = static_cast<int>(r.racks.size());
        if (!request.count && r.upperBound.total > 0)
            r.gapPct = 100.0 * (r.upperBound.total - r.placed) / r.upperBound.total;
        else if (!request.count)
            r.gapPct = 0.0;
        r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (progress)
            progress(1.0);
        return r;
    };

    const HallInputs in = HallInputs::build(*hall, catalog);
    const PowerAnalysis power = analyzePower(in);
    const CoolingAnalysis cooling = analyzeCooling(in);
    detail::LoadMatrix matrix(in, power);
    const Capacities cap = capacities(in, power, cooling, matrix, *type);

    SlotGenerator gen(*hall, catalog, *type);
    UpperBound &bound = result.upperBound;
    bound.space = gen.spaceBound();
    bound.power = cap.powerBound;
    bound.liquid = cap.liquidBound;
    bound.air = cap.airBound;
    bound.total = *bound.space;
    for (const auto &part : {bound.power, bound.liquid, bound.air}) {
        if (part)
            bound.total = std::min(bound.total, *part);
    }
    if (hall->floorLoadKgPerM2 && type->weightKg) {
        const double load = *type->weightKg / (type->widthM * type->depthM);
        if (load > *hall->floorLoadKgPerM2) {
            // No floor of this hall carries the type: no space for it (total is the smallest part).
            bound.space = 0;
            bound.total = 0;
            result.limitedBy = "space";
            result.reason = "the floor of hall " + hall->id + " is rated " +
                            detail::fixed(*hall->floorLoadKgPerM2, 0) + " kg/m²; a " + type->id + " rack loads it with " +
                            detail::fixed(load, 0) + " kg/m²";
            return finish(result);
        }
    }
    if (progress)
        progress(0.05);

    // Choose the layout that lets the most racks be connected.
    long globalCap = std::min({cap.sourceCap, cap.airCap, request.count ? static_cast<long>(*request.count) : kUnlimited});
    const std::vector<SlotLayout> layouts = gen.layouts();
    int bestLayout = -1;
    long bestCount = -1;
    Classes bestClasses;
    for (std::size_t i = 0; i < layouts.size(); ++i) {
        if (stop.stop_requested())
            break;
        Classes cls = classify(in, cap, layouts[i]);
        long count = 0;
        if (in.topology == Topology::TwoN) {
            Network n = buildNetwork(in, cap, cls, globalCap, power, cooling, matrix);
            count = n.net.maxFlow(n.source, n.sink);
        } else {
            count = std::min<long>(cls.usable, globalCap);
            if (cap.powerBound)
                count = std::min<long>(count, *cap.powerBound);
            if (cap.liquidBound)
                count = std::min<long>(count, *cap.liquidBound);
        }
        if (count > bestCount ||
            (count == bestCount && layouts[i].slots.size() > layouts[static_cast<std::size_t>(bestLayout)].slots.size())) {
            bestCount = count;
            bestLayout = static_cast<int>(i);
            bestClasses = std::move(cls);
        }
        if (progress)
            progress(0.05 + 0.6 * static_cast<double>(i + 1) / static_cast<double>(layouts.size()));
    }
    if (bestLayout < 0) {
        result.limitedBy = "space";
        result.reason = "no free floor in hall " + hall->id + " for a " + type->id + " rack with its aisles";
        return finish(result);
    }
    const SlotLayout &layout = layouts[static_cast<std::size_t>(bestLayout)];
    const Classes &cls = bestClasses;
    result.slots = layout.slots;

    // Assign: balanced min-cost max flow (2N) or greedy pairs of different sources (distributed).
    std::vector<Planned> planned;
    if (in.topology == Topology::TwoN && bestCount > 0) {
        Network n = buildNetwork(in, cap, cls, globalCap, power, cooling, matrix);
        n.net.minCostMaxFlow(n.source, n.sink);
        for (std::size_t j = 0; j < cls.reach.size(); ++j) {
            std::vector<int> pairOf, loopOf;
            for (const auto &[pairIndex, edge] : n.pairEdges[j])
                pairOf.insert(pairOf.end(), static_cast<std::size_t>(n.net.flowOn(edge)), pairIndex);
            for (const auto &[loopIndex, edge] : n.loopEdges[j])
                loopOf.insert(loopOf.end(), static_cast<std::size_t>(n.net.flowOn(edge)), loopIndex);
            for (std::size_t k = 0; k < pairOf.size() && k < cls.slots[j].size(); ++k) {
                const auto [a, b] = cap.pairs[static_cast<std::size_t>(pairOf[k])];
                planned.push_back({cls.slots[j][k], a, b, k < loopOf.size() ? loopOf[k] : HallInputs::kNone});
            }
        }
    } else if (bestCount > 0) {
        for (std::size_t j = 0; j < cls.reach.size(); ++j) {
            for (int s : cls.slots[j])
                planned.push_back({s, HallInputs::kNone, HallInputs::kNone, HallInputs::kNone});
        }
    }
    std::sort(planned.begin(), planned.end(), [](const Planned &x, const Planned &y) { return x.slot < y.slot; });
    // Commit the first rack of every pair, then the second of every pair, and so on: sources
    // shared by pairs then fill evenly, so the exact checks below refuse as few racks as they can.
    {
        std::map<std::pair<int, int>, int> perPair;
        std::vector<std::pair<int, Planned>> ranked;
        for (const Planned &pl : planned)
            ranked.push_back({perPair[{pl.feedA, pl.feedB}]++, pl});
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto &x, const auto &y) { return x.first < y.first; });
        for (std::size_t i = 0; i < ranked.size(); ++i)
            planned[i] = ranked[i].second;
    }
    if (progress)
        progress(0.8);

    // Commit rack by rack with the exact checks: N-1 on feeds and sources, N+k loops, air.
    std::vector<double> loopHeat(in.loops.size()), loopFlow(in.loops.size());
    for (std::size_t l = 0; l < in.loops.size(); ++l) {
        loopHeat[l] = cooling.loops[l].loadKw;
        loopFlow[l] = cooling.loops[l].flowLpm;
    }
    double airLoad = cooling.air ? cooling.air->loadKw : 0.0;
    auto loopFits = [&](int l) {
        if (cap.liquidKw <= 0)
            return true;
        const LoopReport &rep = cooling.loops[static_cast<std::size_t>(l)];
        return loopHeat[static_cast<std::size_t>(l)] + cap.liquidKw <= rep.capacityKw + kPowerEpsilonKw &&
               loopFlow[static_cast<std::size_t>(l)] + in.flowLpm(l, cap.liquidKw) <=
                   rep.flowCapacityLpm + kPowerEpsilonKw;
    };
    std::unordered_set<std::string> usedIds;
    int maxCounter = 0;
    for (const Hall &h : plan.halls) {
        for (const Rack &r : h.racks) {
            usedIds.insert(r.id);
            const std::string prefix = hall->id + "-R";
            if (r.id.rfind(prefix, 0) == 0) {
                const std::string tail = r.id.substr(prefix.size());
                if (!tail.empty() && tail.size() < 9 && std::all_of(tail.begin(), tail.end(), ::isdigit))
                    maxCounter = std::max(maxCounter, std::stoi(tail));
            }
        }
    }
    const long want = request.count ? *request.count : kUnlimited;
    std::vector<std::pair<int, Rack>> committed; ///< (slot, rack)
    int droppedPower = 0, droppedCooling = 0;
    for (const Planned &pl : planned) {
        if (static_cast<long>(committed.size()) >= want || stop.stop_requested())
            break;
        const Slot &slot = layout.slots[static_cast<std::size_t>(pl.slot)];
        int a = pl.feedA, b = pl.feedB, loop = pl.loop;
        if (cooling.air && cap.airKw > 0 && airLoad + cap.airKw > cooling.air->capacityKw + kPowerEpsilonKw) {
            ++droppedCooling;
            continue;
        }
        Reach reach;
        if (in.topology == Topology::Distributed) {
            reach = reachOf(in, cap, slot);
            const Reach &r = reach;
            loop = HallInputs::kNone;
            double most = -std::numeric_limits<double>::infinity();
            for (int l : r.loops) {
                const LoopReport &rep = cooling.loops[static_cast<std::size_t>(l)];
                const double room = rep.capacityKw - loopHeat[static_cast<std::size_t>(l)];
                if (loopFits(l) && room > most) {
                    most = room;
                    loop = l;
                }
            }
            if (cap.liquidKw > 0 && loop == HallInputs::kNone) {
                ++droppedCooling;
                continue;
            }
        }
        if (cap.liquidKw > 0 && (loop == HallInputs::kNone || !loopFits(loop))) {
            ++droppedCooling;
            continue;
        }
        if (in.topology == Topology::Distributed) {
            // The reachable pairs of feeds of different sources, most N-1 headroom first; the
            // first one that passes the exact checks (a source may refuse what its feeds allow).
            struct Option
            {
                double headroom;
                int a, b;
            };
            std::vector<Option> options;
            for (std::size_t x = 0; x < reach.pairs.size(); ++x) {
                for (std::size_t y = x + 1; y < reach.pairs.size(); ++y) {
                    const int fx = reach.pairs[x], fy = reach.pairs[y];
                    const auto &ix = in.feeds[static_cast<std::size_t>(fx)];
                    const auto &iy = in.feeds[static_cast<std::size_t>(fy)];
                    if (ix.source == iy.source)
                        continue;
                    options.push_back({std::min(ix.capacityKw - matrix.feedWorst(fx), iy.capacityKw - matrix.feedWorst(fy)),
                                       fx, fy});
                }
            }
            std::stable_sort(options.begin(), options.end(),
                             [](const Option &x, const Option &y) { return x.headroom > y.headroom; });
            a = b = HallInputs::kNone;
            for (const Option &o : options) {
                if (matrix.tryAdd(o.a, o.b, cap.rackKw)) {
                    a = o.a;
                    b = o.b;
                    break;
                }
            }
            if (a == HallInputs::kNone) {
                ++droppedPower;
                continue;
            }
        } else if (a == HallInputs::kNone || b == HallInputs::kNone || !matrix.tryAdd(a, b, cap.rackKw)) {
            ++droppedPower;
            continue;
        }
        if (cap.liquidKw > 0) {
            loopHeat[static_cast<std::size_t>(loop)] += cap.liquidKw;
            loopFlow[static_cast<std::size_t>(loop)] += in.flowLpm(loop, cap.liquidKw);
        }
        airLoad += cap.airKw;
        Rack rack;
        rack.type = type->id;
        rack.position = slot.center;
        rack.rotationDeg = slot.rotation;
        rack.feeds = {in.feeds[static_cast<std::size_t>(a)].feed->id, in.feeds[static_cast<std::size_t>(b)].feed->id};
        if (loop != HallInputs::kNone)
            rack.loop = in.loops[static_cast<std::size_t>(loop)].loop->id;
        rack.phase = request.phase;
        committed.push_back({pl.slot, std::move(rack)});
    }
    // Ids in the layout's order, whatever order the racks were committed in.
    std::sort(committed.begin(), committed.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    for (auto &[slot, rack] : committed) {
        rack.id = nextRackId(hall->id, usedIds, maxCounter);
        usedIds.insert(rack.id);
        result.racks.push_back(std::move(rack));
    }

    // What bound the result, and why, for people.
    const int placed = static_cast<int>(result.racks.size());
    if (!request.count || placed < *request.count) {
        struct Part
        {
            const char *name;
            long value;
        };
        long powerReach = 0;
        const long slotsTotal = static_cast<long>(layout.slots.size());
        std::vector<Part> parts = {{"space", slotsTotal}};
        long powerAvail = cap.powerBound ? *cap.powerBound : kUnlimited;
        powerReach = slotsTotal - cls.outOfPowerReach;
        parts.push_back({"power", std::min(powerAvail, powerReach)});
        if (cap.liquidBound)
            parts.push_back({"liquid", std::min<long>(*cap.liquidBound, slotsTotal - cls.outOfLoopReach)});
        if (cap.airBound)
            parts.push_back({"air", *cap.airBound});
        const Part *binding = &parts[0];
        for (const Part &p : parts) {
            if (p.value < binding->value)
                binding = &p;
        }
        // Slots may each reach a feed pair and a loop, only not the same slots.
        const bool jointReach = cls.usable < binding->value;
        if (jointReach)
            result.limitedBy = cls.outOfLoopReach > cls.outOfPowerReach ? "liquid" : "power";
        else
            result.limitedBy = binding->name;
        std::string why = result.limitedBy + " binds: ";
        if (jointReach)
            why += "only " + std::to_string(cls.usable) + " of " + std::to_string(slotsTotal) +
                   " slots are in reach of both a feed pair's busways and a CDU of a loop";
        else if (result.limitedBy == "space")
            why += std::to_string(slotsTotal) + " slots fit the free floor of hall " + hall->id;
        else if (result.limitedBy == "power")
            why += cls.outOfPowerReach > 0 && powerReach < powerAvail
                       ? std::to_string(cls.outOfPowerReach) + " of " + std::to_string(slotsTotal) +
                             " slots are out of reach of a feed pair's busway"
                       : "the feeds and sources have N-1 room for " + std::to_string(powerAvail) + " more racks";
        else if (result.limitedBy == "liquid")
            why += cls.outOfLoopReach > 0 && slotsTotal - cls.outOfLoopReach < *cap.liquidBound
                       ? std::to_string(cls.outOfLoopReach) + " of " + std::to_string(slotsTotal) +
                             " slots are beyond the pipe run of every loop"
                       : "the loops have N+k room for " + std::to_string(*cap.liquidBound) + " more racks";
        else
            why += "the air cooling has room for " + std::to_string(*cap.airBound) + " more racks";
        if (droppedPower + droppedCooling > 0)
            why += "; " + std::to_string(droppedPower + droppedCooling) +
                   " planned racks failed the exact N-1 checks and were left out";
        result.reason = placed == 0 ? "nothing fits: " + why : why;
    }
    return finish(result);
}

} // namespace hw::core
