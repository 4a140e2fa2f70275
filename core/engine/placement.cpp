// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/placement.h"

#include "core/engine/cooling_analysis.h"
#include "core/engine/flow_network.h"
#include "core/engine/hall_inputs.h"
#include "core/engine/load_matrix.h"
#include "core/engine/message_format.h"
#include "core/engine/power_analysis.h"
#include "core/engine/rack_assignment.h"
#include "core/engine/slot_generator.h"
#include "core/geometry/distance.h"
#include "core/model/resolve.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace hw::core {

namespace {

constexpr long kUnlimited = std::numeric_limits<int>::max() / 4;
/** Price steepness of the distributed assignment's fills (RackAssignment::priceGreedy). */
constexpr double kPriceAlphas[] = {10, 20};
/** A class the previous fill left with free slots is priced this much lower in the next one. */
constexpr double kStarvedClassWeight = 0.7;
/** Exact checks the assignment may spend on moves (bounds the time, and deterministically). */
constexpr long kShuffleChecks = 100000;
constexpr long kImproveChecks = 50000;

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
    /** Per feed with a path: the path's bounding box grown by its reach (a quick reach test). */
    std::vector<std::array<double, 4>> reachBox;
    /** Per loop with a pipe-run limit: its CDUs' bounding box grown by the limit. */
    std::vector<std::array<double, 4>> pipeBox;
    /** Feeds whose reach box covers each cell of a grid over the hall (feeds without a path in
     *  every cell); a slot tests only its cell's feeds. */
    struct Grid
    {
        double x0 = 0, y0 = 0, cell = 4;
        int nx = 1, ny = 1;
        std::vector<std::vector<int>> feeds;
        const std::vector<int> &at(Vec2 p) const
        {
            const int i = std::clamp(static_cast<int>(std::floor((p.x - x0) / cell)), 0, nx - 1);
            const int j = std::clamp(static_cast<int>(std::floor((p.y - y0) / cell)), 0, ny - 1);
            return feeds[static_cast<std::size_t>(j) * static_cast<std::size_t>(nx) +
                         static_cast<std::size_t>(i)];
        }
    } grid;
    std::vector<int> pairOfFeed; ///< 2N: the index into `pairs` of each feed's pair, -1 for none
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
    for (const auto &f : in.feeds) {
        std::array<double, 4> box{
            std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(),
            -std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
        for (const Vec2 &v : f.feed->path)
            box = {std::min(box[0], v.x), std::min(box[1], v.y), std::max(box[2], v.x),
                   std::max(box[3], v.y)};
        const double grow = f.reachM + 1e-9;
        c.reachBox.push_back({box[0] - grow, box[1] - grow, box[2] + grow, box[3] + grow});
    }
    for (const auto &l : in.loops) {
        std::array<double, 4> box{
            std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(),
            -std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
        for (int k : l.cdus) {
            const Vec2 &v = in.cdus[static_cast<std::size_t>(k)].cdu->position;
            box = {std::min(box[0], v.x), std::min(box[1], v.y), std::max(box[2], v.x),
                   std::max(box[3], v.y)};
        }
        const double grow =
            l.values.maxPipeRunM.value_or(std::numeric_limits<double>::infinity()) + 1e-9;
        c.pipeBox.push_back({box[0] - grow, box[1] - grow, box[2] + grow, box[3] + grow});
    }
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
    // The reach grid over the outline's bounding box.
    double minX = std::numeric_limits<double>::infinity(), minY = minX, maxX = -minX, maxY = -minX;
    for (const Vec2 &v : in.hall->outline) {
        minX = std::min(minX, v.x);
        minY = std::min(minY, v.y);
        maxX = std::max(maxX, v.x);
        maxY = std::max(maxY, v.y);
    }
    Capacities::Grid &g = c.grid;
    if (std::isfinite(minX)) {
        g.x0 = minX;
        g.y0 = minY;
        g.nx = std::clamp(static_cast<int>(std::ceil((maxX - minX) / g.cell)), 1, 2000);
        g.ny = std::clamp(static_cast<int>(std::ceil((maxY - minY) / g.cell)), 1, 2000);
    }
    g.feeds.assign(static_cast<std::size_t>(g.nx) * static_cast<std::size_t>(g.ny), {});
    for (std::size_t f = 0; f < in.feeds.size(); ++f) {
        int i0 = 0, i1 = g.nx - 1, j0 = 0, j1 = g.ny - 1;
        if (!in.feeds[f].feed->path.empty()) {
            const auto &box = c.reachBox[f];
            i0 = std::clamp(static_cast<int>(std::floor((box[0] - g.x0) / g.cell)), 0, g.nx - 1);
            i1 = std::clamp(static_cast<int>(std::floor((box[2] - g.x0) / g.cell)), 0, g.nx - 1);
            j0 = std::clamp(static_cast<int>(std::floor((box[1] - g.y0) / g.cell)), 0, g.ny - 1);
            j1 = std::clamp(static_cast<int>(std::floor((box[3] - g.y0) / g.cell)), 0, g.ny - 1);
        }
        for (int j = j0; j <= j1; ++j) {
            for (int i = i0; i <= i1; ++i)
                g.feeds[static_cast<std::size_t>(j) * static_cast<std::size_t>(g.nx) +
                        static_cast<std::size_t>(i)]
                    .push_back(static_cast<int>(f));
        }
    }
    c.pairOfFeed.assign(in.feeds.size(), -1);
    for (std::size_t i = 0; i < c.pairs.size(); ++i) {
        c.pairOfFeed[static_cast<std::size_t>(c.pairs[i].first)] = static_cast<int>(i);
        c.pairOfFeed[static_cast<std::size_t>(c.pairs[i].second)] = static_cast<int>(i);
    }
    return c;
}

/** The squared distance from p to a polyline (as distanceToPolyline(), without the root). */
double squaredDistanceToPolyline(Vec2 p, const Polyline &line)
{
    if (line.size() == 1)
        return (p.x - line[0].x) * (p.x - line[0].x) + (p.y - line[0].y) * (p.y - line[0].y);
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        const Vec2 a = line[i], b = line[i + 1];
        const double dx = b.x - a.x, dy = b.y - a.y;
        const double len2 = dx * dx + dy * dy;
        const double t =
            len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
        const double ex = p.x - (a.x + t * dx), ey = p.y - (a.y + t * dy);
        best = std::min(best, ex * ex + ey * ey);
    }
    return best;
}

/** Which feed pairs (2N) or feeds (distributed) and which loops a slot can reach. */
struct Reach
{
    std::vector<int> pairs; ///< 2N: indices into Capacities::pairs; distributed: feed indices
    std::vector<int> loops;
    std::vector<int> scratch; ///< reachInto()'s buffer
};

/** What a slot reaches, into `r`, reusing its buffers (classify() calls it for every slot). */
void reachInto(const HallInputs &in, const Capacities &cap, const Slot &slot, Reach &r)
{
    r.pairs.clear();
    r.loops.clear();
    auto feedReaches = [&](int f) {
        const auto &fi = in.feeds[static_cast<std::size_t>(f)];
        if (fi.feed->path.empty()) return true;
        const auto &box = cap.reachBox[static_cast<std::size_t>(f)];
        if (slot.center.x < box[0] || slot.center.y < box[1] || slot.center.x > box[2] ||
            slot.center.y > box[3])
            return false; // farther than reachM from the path's bounding box, so from the path
        // Squared distances decide all but the borderline cases, which distanceToPolyline() (what
        // the feed-out-of-reach rule uses) decides.
        const double d2 = squaredDistanceToPolyline(slot.center, fi.feed->path);
        const double inner = std::max(0.0, fi.reachM - 1e-7), outer = fi.reachM + 1e-7;
        if (d2 <= inner * inner) return true;
        if (d2 > outer * outer) return false;
        return distanceToPolyline(slot.center, fi.feed->path) <= fi.reachM;
    };
    // The feeds in reach, from those whose reach box covers the slot's grid cell (ascending).
    std::vector<int> &feeds = in.topology == Topology::TwoN ? r.scratch : r.pairs;
    feeds.clear();
    for (int f : cap.grid.at(slot.center)) {
        if (feedReaches(f)) feeds.push_back(f);
    }
    if (in.topology == Topology::TwoN) {
        // Pairs with both feeds in reach, in pair order (each seen at its first feed).
        for (int f : feeds) {
            const int p = cap.pairOfFeed[static_cast<std::size_t>(f)];
            if (p < 0 || cap.pairs[static_cast<std::size_t>(p)].first != f ||
                cap.pairCap[static_cast<std::size_t>(p)] <= 0)
                continue;
            if (std::binary_search(feeds.begin(), feeds.end(),
                                   cap.pairs[static_cast<std::size_t>(p)].second))
                r.pairs.push_back(p);
        }
        std::sort(r.pairs.begin(), r.pairs.end());
    }
    if (cap.liquidKw > 0) {
        for (std::size_t l = 0; l < in.loops.size(); ++l) {
            const auto &li = in.loops[l];
            if (li.cdus.empty() || cap.loopCap[l] <= 0)
                continue;
            const auto &box = cap.pipeBox[l];
            if (slot.center.x < box[0] || slot.center.y < box[1] || slot.center.x > box[2] ||
                slot.center.y > box[3])
                continue; // farther than the pipe-run limit from every CDU in both x and y
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
    struct KeyHash
    {
        std::size_t operator()(const std::vector<int> &v) const
        {
            std::size_t h = v.size();
            for (int x : v)
                h = h * 1000003u ^ static_cast<std::size_t>(x + 2);
            return h;
        }
    };
    std::unordered_map<std::vector<int>, int, KeyHash>
        index; // key: reachable pairs, -1, reachable loops
    Reach r;
    std::vector<int> key;
    for (std::size_t s = 0; s < layout.slots.size(); ++s) {
        reachInto(in, cap, layout.slots[s], r);
        const bool powerOk = in.topology == Topology::TwoN ? !r.pairs.empty() : r.pairs.size() >= 2;
        const bool loopOk = cap.liquidKw <= 0 || !r.loops.empty();
        c.outOfPowerReach += powerOk ? 0 : 1;
        c.outOfLoopReach += loopOk ? 0 : 1;
        if (!powerOk || !loopOk)
            continue;
        ++c.usable;
        key.assign(r.pairs.begin(), r.pairs.end());
        key.push_back(-1);
        key.insert(key.end(), r.loops.begin(), r.loops.end());
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.emplace(key, static_cast<int>(c.reach.size())).first;
            c.reach.push_back(r);
            c.slots.emplace_back();
        }
        c.slots[static_cast<std::size_t>(it->second)].push_back(static_cast<int>(s));
    }
    return c;
}

/**
 * 2N feed pairs grouped by the rated sources they share (a UPS system and its pairs), with the
 * most racks the group's pairs may take together so that every source touching all of them
 * stays within capacity in every scenario it survives: each rack counted at the largest share
 * any of the pairs puts on the source there. Conservative, and exact for the usual A/B system
 * (where the failure of the partner source is the worst case).
 */
struct PowerGroup
{
    std::vector<int> pairs; ///< indices into Capacities::pairs
    long cap = kUnlimited;
};

std::vector<PowerGroup> powerGroups(const HallInputs &in, const Capacities &cap,
                                    const PowerAnalysis &power, const detail::LoadMatrix &m)
{
    const std::size_t n = cap.pairs.size();
    std::vector<int> parent(n);
    for (std::size_t i = 0; i < n; ++i)
        parent[i] = static_cast<int>(i);
    auto root = [&](int i) {
        while (parent[static_cast<std::size_t>(i)] != i)
            i = parent[static_cast<std::size_t>(i)] =
                parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(i)])];
        return i;
    };
    auto touches = [&](std::size_t i, int s) {
        return in.feeds[static_cast<std::size_t>(cap.pairs[i].first)].source == s ||
               in.feeds[static_cast<std::size_t>(cap.pairs[i].second)].source == s;
    };
    for (std::size_t s = 0; s < in.sources.size(); ++s) {
        if (!in.sources[s].source->capacityKw) continue;
        int first = -1;
        for (std::size_t i = 0; i < n; ++i) {
            if (!touches(i, static_cast<int>(s))) continue;
            if (first < 0)
                first = static_cast<int>(i);
            else
                parent[static_cast<std::size_t>(root(static_cast<int>(i)))] = root(first);
        }
    }
    std::map<int, int> groupOf;
    std::vector<PowerGroup> groups;
    for (std::size_t i = 0; i < n; ++i) {
        auto [it, inserted] =
            groupOf.emplace(root(static_cast<int>(i)), static_cast<int>(groups.size()));
        if (inserted) groups.emplace_back();
        groups[static_cast<std::size_t>(it->second)].pairs.push_back(static_cast<int>(i));
    }
    for (PowerGroup &g : groups) {
        for (std::size_t s = 0; s < in.sources.size(); ++s) {
            const auto &rated = in.sources[s].source->capacityKw;
            const bool all = std::all_of(g.pairs.begin(), g.pairs.end(), [&](int i) {
                return touches(static_cast<std::size_t>(i), static_cast<int>(s));
            });
            if (!rated || !all) continue;
            for (int sc = 0; sc < m.scenarioCount(); ++sc) {
                if (sc == power.scenarios.source(static_cast<int>(s))) continue;
                double maxShare = 0;
                for (int i : g.pairs) {
                    const auto [a, b] = cap.pairs[static_cast<std::size_t>(i)];
                    const bool aUp = m.feedUp(a, sc), bUp = m.feedUp(b, sc);
                    const int up = (aUp ? 1 : 0) + (bUp ? 1 : 0);
                    if (up == 0) continue;
                    const bool aOn =
                        in.feeds[static_cast<std::size_t>(a)].source == static_cast<int>(s);
                    const bool bOn =
                        in.feeds[static_cast<std::size_t>(b)].source == static_cast<int>(s);
                    maxShare = std::max(
                        maxShare, cap.rackKw / up * ((aOn && aUp ? 1 : 0) + (bOn && bUp ? 1 : 0)));
                }
                if (maxShare > 0)
                    g.cap =
                        std::min(g.cap, floorRoom(*rated - m.sourceLoad(static_cast<int>(s), sc) +
                                                      kPowerEpsilonKw,
                                                  maxShare));
            }
        }
    }
    return groups;
}

/** The 2N assignment network: power groups → pairs → slot classes → loops, with a global cap. */
struct Network
{
    detail::FlowNetwork net{2};
    int source = 0, sink = 1;
    std::vector<std::vector<std::pair<int, int>>> pairEdges; ///< per class: (pair, edge id)
    std::vector<std::vector<std::pair<int, int>>> loopEdges; ///< per class: (loop, edge id)
    std::vector<int> pairCapEdge; ///< per pair: the edge carrying its cap
    std::vector<int> loopCapEdge; ///< per loop (liquid racks only)
};

Network buildNetwork(const HallInputs &in, const Capacities &cap,
                     const std::vector<PowerGroup> &groups, const Classes &cls, long globalCap)
{
    const int nPairs = static_cast<int>(cap.pairs.size());
    const int nClasses = static_cast<int>(cls.reach.size());
    const int nLoops = static_cast<int>(in.loops.size());
    const int nGroups = static_cast<int>(groups.size());
    // Nodes: 0 super source, 1 sink, 2 source, pairs, class in, class out, loops, power groups.
    const int src = 2, pair0 = 3, classIn0 = pair0 + nPairs, classOut0 = classIn0 + nClasses,
              loop0 = classOut0 + nClasses, group0 = loop0 + nLoops;
    Network n;
    n.net = detail::FlowNetwork(group0 + nGroups);
    n.source = 0;
    n.sink = 1;
    n.net.addEdge(0, src, globalCap);
    std::vector<int> groupOf(static_cast<std::size_t>(nPairs), -1);
    for (int g = 0; g < nGroups; ++g) {
        n.net.addEdge(src, group0 + g, groups[static_cast<std::size_t>(g)].cap);
        for (int i : groups[static_cast<std::size_t>(g)].pairs)
            groupOf[static_cast<std::size_t>(i)] = g;
    }
    for (int i = 0; i < nPairs; ++i) {
        const int from = groupOf[static_cast<std::size_t>(i)] >= 0
                             ? group0 + groupOf[static_cast<std::size_t>(i)]
                             : src;
        n.pairCapEdge.push_back(
            n.net.addEdge(from, pair0 + i, cap.pairCap[static_cast<std::size_t>(i)]));
    }
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
        for (int l = 0; l < nLoops; ++l)
            n.loopCapEdge.push_back(
                n.net.addEdge(loop0 + l, n.sink, cap.loopCap[static_cast<std::size_t>(l)]));
    }
    return n;
}

/**
 * The most racks the network carries, with the lowest worst-case utilization of the feed pairs
 * and then of the loops that still carries that many: each is a ceiling on the pairs' (loops')
 * utilization found by bisection, each step a max flow with every pair (loop) capped at what
 * keeps it under the ceiling in every scenario (heat and flow for loops). Leaves that flow in
 * `n`; returns its value.
 */
long balancedMaxFlow(Network &n, const HallInputs &in, const Capacities &cap,
                     const CoolingAnalysis &cooling, const detail::LoadMatrix &m)
{
    const long most = n.net.maxFlow(n.source, n.sink);
    if (most <= 0) return most;
    auto setPairs = [&](double u) {
        for (std::size_t i = 0; i < cap.pairs.size(); ++i) {
            const long c = u >= 1 ? cap.pairCap[i]
                                  : std::min(cap.pairCap[i],
                                             m.pairCapacity(cap.pairs[i].first, cap.pairs[i].second,
                                                            cap.rackKw, u));
            n.net.setCapacity(n.pairCapEdge[i], c);
        }
    };
    auto setLoops = [&](double u) {
        for (std::size_t l = 0; l < n.loopCapEdge.size(); ++l) {
            const LoopReport &rep = cooling.loops[l];
            long c = cap.loopCap[l];
            if (u < 1)
                c = std::min(
                    {c, floorRoom(u * rep.capacityKw - rep.loadKw + kPowerEpsilonKw, cap.liquidKw),
                     floorRoom(u * rep.flowCapacityLpm - rep.flowLpm + kPowerEpsilonKw,
                               in.flowLpm(static_cast<int>(l), cap.liquidKw))});
            n.net.setCapacity(n.loopCapEdge[l], c);
        }
    };
    auto carries = [&]() {
        n.net.clearFlow();
        return n.net.maxFlow(n.source, n.sink) >= most;
    };
    constexpr int kSteps = 9; // ceilings to 1/512 of capacity
    auto bisect = [&](const auto &set) {
        double lo = 0, hi = 1;
        for (int step = 0; step < kSteps; ++step) {
            const double mid = (lo + hi) / 2;
            set(mid);
            (carries() ? hi : lo) = mid;
        }
        set(hi);
    };
    bisect(setPairs);
    if (!n.loopCapEdge.empty()) bisect(setLoops);
    n.net.clearFlow();
    return n.net.maxFlow(n.source, n.sink);
}

/** A new rack before it gets an id: where it stands and what it connects to. */
struct Planned
{
    int slot;
    int feedA, feedB;
    int loop;
};

/** The next free "<hall>-R<number>", padded to `digits` (as the hall's existing ids are). */
std::string nextRackId(const std::string &hallId, const std::unordered_set<std::string> &used, int &counter,
                       int digits)
{
    while (true) {
        std::string number = std::to_string(++counter);
        if (static_cast<int>(number.size()) < digits)
            number.insert(0, static_cast<std::size_t>(digits) - number.size(), '0');
        std::string id = hallId + "-R" + number;
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
    const std::vector<PowerGroup> groups = in.topology == Topology::TwoN
                                               ? powerGroups(in, cap, power, matrix)
                                               : std::vector<PowerGroup>{};
    int bestLayout = -1;
    long bestCount = -1;
    Classes bestClasses;
    // Most slots first: a layout with no more slots than the best count so far cannot win.
    std::vector<std::size_t> order(layouts.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return layouts[x].slots.size() > layouts[y].slots.size();
    });
    for (std::size_t done = 0; done < order.size(); ++done) {
        const std::size_t i = order[done];
        if (stop.stop_requested() || static_cast<long>(layouts[i].slots.size()) <= bestCount) break;
        Classes cls = classify(in, cap, layouts[i]);
        long count = 0;
        long cheap = std::min<long>(cls.usable, globalCap);
        for (const auto &part : {cap.powerBound, cap.liquidBound}) {
            if (part) cheap = std::min<long>(cheap, *part);
        }
        if (cheap <= bestCount) continue; // cannot carry more racks than the best so far
        if (in.topology == Topology::TwoN) {
            Network n = buildNetwork(in, cap, groups, cls, globalCap);
            count = n.net.maxFlow(n.source, n.sink);
        } else {
            count = std::min<long>(cls.usable, globalCap);
            if (cap.powerBound)
                count = std::min<long>(count, *cap.powerBound);
            if (cap.liquidBound)
                count = std::min<long>(count, *cap.liquidBound);
        }
        if (count > bestCount) {
            bestCount = count;
            bestLayout = static_cast<int>(i);
            bestClasses = std::move(cls);
        }
        if (progress)
            progress(0.05 +
                     0.6 * static_cast<double>(done + 1) / static_cast<double>(layouts.size()));
    }
    if (bestLayout < 0) {
        result.limitedBy = "space";
        result.reason = "no free floor in hall " + hall->id + " for a " + type->id + " rack with its aisles";
        return finish(result);
    }
    const SlotLayout &layout = layouts[static_cast<std::size_t>(bestLayout)];
    const Classes &cls = bestClasses;
    result.slots = layout.slots;

    // Assign: for 2N the balanced min-cost max flow plans it; the exact assignment then fills
    // what the flow could not see (sources shared across systems, distributed feeds) and improves
    // it by relocation. Every rack it adds passes the exact checks.
    std::vector<Planned> planned;
    if (bestCount > 0) {
        std::vector<detail::RackAssignment::Class> classes(cls.reach.size());
        for (std::size_t j = 0; j < cls.reach.size(); ++j) {
            detail::RackAssignment::Class &c = classes[j];
            const Reach &r = cls.reach[j];
            c.size = static_cast<int>(cls.slots[j].size());
            if (in.topology == Topology::TwoN) {
                for (int i : r.pairs)
                    c.options.push_back(cap.pairs[static_cast<std::size_t>(i)]);
            } else {
                for (std::size_t x = 0; x < r.pairs.size(); ++x) {
                    for (std::size_t y = x + 1; y < r.pairs.size(); ++y) {
                        if (in.feeds[static_cast<std::size_t>(r.pairs[x])].source !=
                            in.feeds[static_cast<std::size_t>(r.pairs[y])].source)
                            c.options.push_back({r.pairs[x], r.pairs[y]});
                    }
                }
            }
            if (cap.liquidKw > 0) c.loops = r.loops;
        }
        detail::RackAssignment assign(matrix, cap.rackKw, std::move(classes), cap.loopCap,
                                      cap.liquidKw > 0, globalCap);
        if (in.topology == Topology::TwoN) {
            // The flow's plan; the assignment adds what the exact checks still allow.
            Network n = buildNetwork(in, cap, groups, cls, globalCap);
            balancedMaxFlow(n, in, cap, cooling, matrix);
            for (std::size_t j = 0; j < cls.reach.size(); ++j) {
                std::vector<int> optionOf, loopOf;
                for (std::size_t k = 0; k < n.pairEdges[j].size(); ++k)
                    optionOf.insert(
                        optionOf.end(),
                        static_cast<std::size_t>(n.net.flowOn(n.pairEdges[j][k].second)),
                        static_cast<int>(k));
                for (const auto &[loopIndex, edge] : n.loopEdges[j])
                    loopOf.insert(loopOf.end(), static_cast<std::size_t>(n.net.flowOn(edge)),
                                  loopIndex);
                for (std::size_t k = 0; k < optionOf.size(); ++k)
                    assign.place(static_cast<int>(j), optionOf[k],
                                 k < loopOf.size() ? loopOf[k] : HallInputs::kNone);
            }
            assign.greedy();
            assign.improve(kImproveChecks / 10);
        } else {
            // Distributed: price-guided fills, each steepness twice (the second learning from
            // what the first ran out of); the best is shuffled and improved.
            const detail::RackAssignment start = assign;
            bool first = true;
            for (double alpha : kPriceAlphas) {
                std::vector<double> bias, weight(cls.reach.size(), 1.0);
                for (int pass = 0; pass < 2; ++pass) {
                    detail::RackAssignment fill = start;
                    fill.priceGreedy(alpha, pass > 0 ? &bias : nullptr, &weight);
                    bias = fill.rowUtilization();
                    for (std::size_t j = 0; j < weight.size(); ++j) {
                        if (fill.freeSlots()[j] > 0) weight[j] *= kStarvedClassWeight;
                    }
                    if (first || fill.total() > assign.total()) assign = std::move(fill);
                    first = false;
                }
            }
            assign.shuffle(kShuffleChecks);
            assign.improve(kImproveChecks);
        }
        for (std::size_t j = 0; j < cls.reach.size(); ++j) {
            const detail::RackAssignment::Class &c = assign.classOf(static_cast<int>(j));
            std::vector<int> loopOf;
            for (std::size_t k = 0; k < c.loops.size(); ++k)
                loopOf.insert(loopOf.end(),
                              static_cast<std::size_t>(assign.loopCounts(static_cast<int>(j))[k]),
                              c.loops[k]);
            std::size_t next = 0;
            for (std::size_t o = 0; o < c.options.size(); ++o) {
                for (int u = 0; u < assign.counts(static_cast<int>(j))[o]; ++u, ++next) {
                    planned.push_back({cls.slots[j][next], c.options[o].first, c.options[o].second,
                                       next < loopOf.size() ? loopOf[next] : HallInputs::kNone});
                }
            }
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
    int maxCounter = 0, idDigits = 0;
    for (const Hall &h : plan.halls) {
        for (const Rack &r : h.racks) {
            usedIds.insert(r.id);
            const std::string prefix = hall->id + "-R";
            if (r.id.rfind(prefix, 0) == 0) {
                const std::string tail = r.id.substr(prefix.size());
                if (!tail.empty() && tail.size() < 9 && std::all_of(tail.begin(), tail.end(), ::isdigit)) {
                    maxCounter = std::max(maxCounter, std::stoi(tail));
                    idDigits = std::max(idDigits, static_cast<int>(tail.size()));
                }
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
        if (cap.liquidKw > 0 && (loop == HallInputs::kNone || !loopFits(loop))) {
            ++droppedCooling;
            continue;
        }
        if (a == HallInputs::kNone || b == HallInputs::kNone || !matrix.tryAdd(a, b, cap.rackKw)) {
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
        rack.id = nextRackId(hall->id, usedIds, maxCounter, idDigits > 0 ? idDigits : 4);
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
