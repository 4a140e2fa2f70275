// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/geometry_rules.h"

#include "core/geometry/bg.h"
#include "core/geometry/box_polygon.h"
#include "core/geometry/footprint.h"
#include "core/model/resolve.h"
#include "core/model/units.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace hw::core {

namespace {

// Figures in messages: fixed decimals, metres to the centimetre.
std::string fixed(double v, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}
std::string metres(double v)
{
    return fixed(v, 2) + " m";
}

// Codes in the order violations are reported (SPEC §3, §8).
enum Code
{
    OutsideHall,
    WallClearance,
    RackObstacle,
    RackOverlap,
    AisleBlocked,
    RowTooLong,
    CduOutsideHall,
    FloorOverload
};
const char *const kCodeNames[] = {"rack-outside-hall", "rack-wall-clearance", "rack-obstacle",
                                  "rack-overlap",      "aisle-blocked",       "row-too-long",
                                  "cdu-outside-hall",  "floor-overload"};

geo::box_t toBg(const Box &b)
{
    return geo::makeBox(b.minX, b.minY, b.maxX, b.maxY);
}

Box envelope(const Polyline &ring)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    Box b{inf, inf, -inf, -inf};
    for (const Vec2 &v : ring)
        b = {std::min(b.minX, v.x), std::min(b.minY, v.y), std::max(b.maxX, v.x),
             std::max(b.maxY, v.y)};
    return b;
}

Polyline corners(const Box &b)
{
    return {{b.minX, b.minY}, {b.maxX, b.minY}, {b.maxX, b.maxY}, {b.minX, b.maxY}};
}

/** Whether the open interior of `a` meets the closed box `b`. */
bool interiorMeets(const Box &a, const Box &b)
{
    return !a.empty() && a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

/** R-tree queries into a reused buffer, so a query allocates nothing once warm; `f` must not
 * query the same index. */
class BoxIndex
{
public:
    explicit BoxIndex(std::vector<geo::box_index_t> values) : mTree(values.begin(), values.end()) {}

    template <typename F> void query(const Box &b, F &&f) const
    {
        mHits.clear();
        mTree.query(geo::bgi::intersects(toBg(b)), std::back_inserter(mHits));
        for (const geo::box_index_t &hit : mHits)
            f(hit.second);
    }

private:
    geo::rtree_t mTree;
    mutable std::vector<geo::box_index_t> mHits;
};

std::vector<geo::box_index_t> edgeBoxes(const Polyline &ring)
{
    std::vector<geo::box_index_t> values;
    values.reserve(ring.size());
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const Vec2 a = ring[i], b = ring[(i + 1) % ring.size()];
        values.emplace_back(geo::makeBox(std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x),
                                         std::max(a.y, b.y)),
                            i);
    }
    return values;
}

/**
 * The hall outline with its edges in an R-tree, so that covering and distance tests of a box
 * look only at the walls near it, whatever the number of vertices.
 */
class Outline
{
public:
    explicit Outline(const Polyline &ring)
        : mRing(ring), mEdges(edgeBoxes(ring)), mMaxX(envelope(ring).maxX)
    {}

    bool contains(Vec2 p) const
    {
        // Even-odd count over the edges the ray towards +x can cross.
        bool inside = false;
        mEdges.query(Box{p.x, p.y, std::max(p.x, mMaxX) + 1.0, p.y},
                     [&](std::size_t i) { inside ^= edgeCrossesRay(p, a(i), b(i)); });
        return inside;
    }

    /** Whether the closed outline holds the whole box (see ringCoversBox()). */
    bool covers(const Box &box) const
    {
        bool crossed = false;
        mEdges.query(box, [&](std::size_t i) {
            crossed = crossed || segmentMeetsInterior(a(i), b(i), box);
        });
        return !crossed && contains(box.center());
    }

    /** Distance from the box to the outline's boundary; `reach` when it is at least that far. */
    double distance(const Box &box, double reach) const
    {
        double d = reach;
        mEdges.query(box.grown(reach),
                     [&](std::size_t i) { d = std::min(d, segmentBoxDistance(a(i), b(i), box)); });
        return d;
    }

    /** How far the box sticks out: its farthest corner outside; 0 when the wall cuts into it. */
    double protrusion(const Box &box) const
    {
        double worst = 0;
        for (const Vec2 &c : corners(box)) {
            if (!contains(c)) worst = std::max(worst, distanceToRing(c, mRing));
        }
        return worst;
    }

private:
    Vec2 a(std::size_t i) const { return mRing[i]; }
    Vec2 b(std::size_t i) const { return mRing[(i + 1) % mRing.size()]; }

    const Polyline &mRing;
    BoxIndex mEdges;
    double mMaxX;
};

struct RackShape
{
    const RackType *type = nullptr; ///< null: unknown type (the validator refuses it), skipped
    int rotation = 0;
    Box box;
    bool outside = false;
    std::vector<std::size_t> overlaps; ///< racks it overlaps by more than the tolerance
};

/** An obstacle or a CDU footprint: what racks keep clear of and zones must not meet. */
struct Blocker
{
    std::string id;
    std::string label; ///< "column COL-1", "CDU CDU-1"
    Polyline ring;
    Box box;    ///< envelope
    bool isBox; ///< a CDU footprint: ring == corners(box)
};

struct Entry
{
    int code;
    std::size_t first;
    std::size_t second;
    Violation violation;
};

class Checker
{
public:
    Checker(const Hall &hall, const Catalog &catalog)
        : mHall(hall), mRules(resolveRules(hall.rules)), mOutline(hall.outline),
          mRacks(hall.racks.size())
    {
        std::vector<geo::box_index_t> rackBoxes;
        rackBoxes.reserve(hall.racks.size());
        for (std::size_t i = 0; i < hall.racks.size(); ++i) {
            const Rack &r = hall.racks[i];
            RackShape &s = mRacks[i];
            s.type = catalog.rackType(r.type);
            if (!s.type) continue;
            s.rotation = r.rotation();
            s.box = footprint(r.position, s.rotation, s.type->widthM, s.type->depthM);
            rackBoxes.emplace_back(toBg(s.box), i);
        }
        mRackIndex.emplace(std::move(rackBoxes));

        for (const Obstacle &o : hall.obstacles) {
            const std::string kind = o.kind.empty() ? "obstacle" : o.kind;
            mBlockers.push_back({o.id, kind + " " + o.id, o.polygon, envelope(o.polygon), false});
        }
        for (const Cdu &c : hall.cooling.cdus) {
            const CduValues v = resolveCdu(c, catalog);
            mCduBoxes.emplace_back();
            if (!v.widthM || !v.depthM) continue; // no size, no footprint
            const Box box = footprint(c.position, c.rotation(), *v.widthM, *v.depthM);
            mCduBoxes.back() = box;
            mBlockers.push_back({c.id, "CDU " + c.id, corners(box), box, true});
        }
        std::vector<geo::box_index_t> blockerBoxes;
        blockerBoxes.reserve(mBlockers.size());
        for (std::size_t k = 0; k < mBlockers.size(); ++k)
            blockerBoxes.emplace_back(toBg(mBlockers[k].box), k);
        mBlockerIndex.emplace(std::move(blockerBoxes));
    }

    std::vector<Violation> run()
    {
        checkOutline();
        checkObstacles();
        checkOverlaps();
        checkAisles();
        checkRows();
        checkCdus();
        checkFloor();
        std::sort(mEntries.begin(), mEntries.end(), [](const Entry &a, const Entry &b) {
            return std::tie(a.code, a.first, a.second) < std::tie(b.code, b.first, b.second);
        });
        std::vector<Violation> out;
        out.reserve(mEntries.size());
        for (Entry &e : mEntries)
            out.push_back(std::move(e.violation));
        return out;
    }

private:
    const std::string &rackId(std::size_t i) const { return mHall.racks[i].id; }

    void add(Code code, std::size_t first, std::size_t second, std::vector<std::string> objects,
             std::string message)
    {
        mEntries.push_back(
            {code,
             first,
             second,
             {kCodeNames[code], Severity::Error, std::move(objects), std::move(message)}});
    }

    std::string outsideMessage(const std::string &what, const Box &box) const
    {
        const double by = mOutline.protrusion(box);
        if (by > 0 && std::isfinite(by))
            return what + " sticks out of hall " + mHall.id + " by " + metres(by);
        return what + " is not inside hall " + mHall.id + ": a corner of the wall cuts into it";
    }

    void checkOutline()
    {
        const double wall = mRules.wallClearanceM;
        for (std::size_t i = 0; i < mRacks.size(); ++i) {
            RackShape &s = mRacks[i];
            if (!s.type) continue;
            s.outside = !mOutline.covers(s.box.grown(-kToleranceM));
            if (s.outside) {
                add(OutsideHall, i, 0, {rackId(i)}, outsideMessage("rack " + rackId(i), s.box));
                continue;
            }
            const double d = mOutline.distance(s.box, wall);
            if (d < wall - kToleranceM)
                add(WallClearance, i, 0, {rackId(i)},
                    "rack " + rackId(i) + " is " + metres(d) + " from the wall; the hall asks " +
                        metres(wall));
        }
    }

    void checkObstacles()
    {
        const double clearance = mRules.obstacleClearanceM;
        std::vector<std::size_t> hits;
        for (std::size_t i = 0; i < mRacks.size(); ++i) {
            const RackShape &s = mRacks[i];
            if (!s.type) continue;
            const Box inner = s.box.grown(-kToleranceM);
            hits.clear();
            mBlockerIndex->query(s.box.grown(std::max(clearance, 0.0)),
                                 [&](std::size_t k) { hits.push_back(k); });
            for (const std::size_t k : hits) {
                const Blocker &b = mBlockers[k];
                const bool overlaps = ringMeetsInterior(b.ring, inner);
                const double d = overlaps ? 0.0 : ringBoxDistance(b.ring, s.box);
                if (!overlaps && !(d < clearance - kToleranceM)) continue;
                add(RackObstacle, i, k, {rackId(i), b.id},
                    overlaps ? "rack " + rackId(i) + " overlaps " + b.label
                             : "rack " + rackId(i) + " is " + metres(d) + " from " + b.label +
                                   "; the hall asks " + metres(clearance));
            }
        }
    }

    void checkOverlaps()
    {
        for (std::size_t i = 0; i < mRacks.size(); ++i) {
            if (!mRacks[i].type) continue;
            const Box &box = mRacks[i].box;
            mRackIndex->query(box.grown(-kToleranceM), [&](std::size_t j) {
                if (j <= i) return;
                const double depth = overlapDepth(box, mRacks[j].box);
                if (!(depth > kToleranceM)) return;
                mRacks[i].overlaps.push_back(j);
                mRacks[j].overlaps.push_back(i);
                add(RackOverlap, i, j, {rackId(i), rackId(j)},
                    "racks " + rackId(i) + " and " + rackId(j) + " overlap by " + metres(depth));
            });
        }
    }

    // -- aisle-blocked ------------------------------------------------------------------------

    /** A rack's front (0) or rear (1) zone `depth` deep. */
    Box zone(std::size_t i, int which, double depth) const
    {
        const Rack &r = mHall.racks[i];
        const RackShape &s = mRacks[i];
        return which == 0 ? frontZone(r.position, s.rotation, s.type->widthM, s.type->depthM, depth)
                          : rearZone(r.position, s.rotation, s.type->widthM, s.type->depthM, depth);
    }

    double zoneDepth(int which) const
    {
        return which == 0 ? mRules.frontClearanceM : mRules.rearClearanceM;
    }

    /** Whether blocker `key` (racks, then obstacles and CDUs, then the wall) blocks the zone. */
    bool blocks(std::size_t key, const Box &zoneBox) const
    {
        const Box inner = zoneBox.grown(-kToleranceM);
        const std::size_t n = mRacks.size();
        if (key < n) return interiorMeets(inner, mRacks[key].box);
        if (key < n + mBlockers.size()) return ringMeetsInterior(mBlockers[key - n].ring, inner);
        return !inner.empty() && !mOutline.covers(inner);
    }

    /** How deep the zone stays clear of the blocker, for the message. */
    double clearDepth(std::size_t i, int which, std::size_t key) const
    {
        const double full = zoneDepth(which);
        const std::size_t n = mRacks.size();
        const Box *other = key < n ? &mRacks[key].box
                           : key < n + mBlockers.size() && mBlockers[key - n].isBox
                               ? &mBlockers[key - n].box
                               : nullptr;
        if (other) {
            // A box: the gap between the rack's face and the blocker's near side.
            const Box &f = mRacks[i].box;
            Vec2 dir = frontDirection(mRacks[i].rotation);
            if (which == 1) dir = {-dir.x, -dir.y};
            const double gap = dir.y > 0   ? other->minY - f.maxY
                               : dir.y < 0 ? f.minY - other->maxY
                               : dir.x > 0 ? other->minX - f.maxX
                                           : f.minX - other->maxX;
            return std::clamp(gap, 0.0, full);
        }
        double lo = 0, hi = full; // blocks(zone(hi)) holds
        for (int step = 0; step < 16; ++step) {
            const double mid = (lo + hi) / 2;
            if (blocks(key, zone(i, which, mid)))
                hi = mid;
            else
                lo = mid;
        }
        return lo;
    }

    std::string blockerLabel(std::size_t key) const
    {
        const std::size_t n = mRacks.size();
        if (key < n) return "rack " + rackId(key);
        if (key < n + mBlockers.size()) return mBlockers[key - n].label;
        return "the wall of hall " + mHall.id;
    }

    std::string blockerId(std::size_t key) const
    {
        const std::size_t n = mRacks.size();
        if (key < n) return rackId(key);
        if (key < n + mBlockers.size()) return mBlockers[key - n].id;
        return mHall.id;
    }

    void checkAisles()
    {
        const std::size_t n = mRacks.size();
        const std::size_t wallKey = n + mBlockers.size();
        std::vector<std::pair<std::size_t, int>> hits; // (blocker key, zone)
        for (std::size_t i = 0; i < n; ++i) {
            const RackShape &s = mRacks[i];
            if (!s.type) continue;
            hits.clear();
            for (int which = 0; which < 2; ++which) {
                const Box z = zone(i, which, zoneDepth(which));
                const Box inner = z.grown(-kToleranceM);
                if (inner.empty()) continue;
                mRackIndex->query(inner, [&](std::size_t j) {
                    if (j != i && interiorMeets(inner, mRacks[j].box) &&
                        std::find(s.overlaps.begin(), s.overlaps.end(), j) == s.overlaps.end())
                        hits.emplace_back(j, which);
                });
                mBlockerIndex->query(inner, [&](std::size_t k) {
                    if (ringMeetsInterior(mBlockers[k].ring, inner))
                        hits.emplace_back(n + k, which);
                });
                if (!s.outside && !mOutline.covers(inner)) hits.emplace_back(wallKey, which);
            }
            std::sort(hits.begin(), hits.end());
            for (std::size_t h = 0; h < hits.size();) {
                const std::size_t key = hits[h].first;
                bool zones[2] = {false, false};
                for (; h < hits.size() && hits[h].first == key; ++h)
                    zones[hits[h].second] = true;
                add(AisleBlocked, i, key, {rackId(i), blockerId(key)}, aisleMessage(i, key, zones));
            }
        }
    }

    std::string aisleMessage(std::size_t i, std::size_t key, const bool zones[2]) const
    {
        std::string what, clear, asks;
        for (int which = 0; which < 2; ++which) {
            if (!zones[which]) continue;
            const bool second = !what.empty();
            what += second ? " and rear" : (which == 0 ? "front" : "rear");
            clear += (second ? " and " : "") + metres(clearDepth(i, which, key));
            asks += (second ? " and " : "") + metres(zoneDepth(which));
        }
        const bool both = zones[0] && zones[1];
        return "rack " + rackId(i) + "'s " + what + (both ? " aisles are" : " aisle is") +
               " blocked by " + blockerLabel(key) + ": " + clear + " clear, the hall asks " + asks;
    }

    // -- row-too-long -------------------------------------------------------------------------

    void checkRows()
    {
        struct Slot
        {
            int rotation;
            double front;  ///< coordinate of the front edge's line
            double lo, hi; ///< extent along the line
            std::size_t index;
        };
        std::vector<Slot> slots;
        slots.reserve(mRacks.size());
        for (std::size_t i = 0; i < mRacks.size(); ++i) {
            const RackShape &s = mRacks[i];
            if (!s.type) continue;
            const Box &b = s.box;
            switch (s.rotation) {
            case 90:
                slots.push_back({90, b.minX, b.minY, b.maxY, i});
                break;
            case 180:
                slots.push_back({180, b.minY, b.minX, b.maxX, i});
                break;
            case 270:
                slots.push_back({270, b.maxX, b.minY, b.maxY, i});
                break;
            default:
                slots.push_back({0, b.maxY, b.minX, b.maxX, i});
                break;
            }
        }
        std::sort(slots.begin(), slots.end(), [](const Slot &a, const Slot &b) {
            return std::tie(a.rotation, a.front) < std::tie(b.rotation, b.front);
        });
        const double joinBelow = mRules.crossAisleM - kToleranceM;
        std::vector<std::size_t> run;
        for (std::size_t first = 0; first < slots.size();) {
            // One line: same rotation, front edges chained within the tolerance.
            std::size_t last = first + 1;
            while (last < slots.size() && slots[last].rotation == slots[first].rotation &&
                   slots[last].front - slots[last - 1].front <= kToleranceM)
                ++last;
            std::sort(slots.begin() + first, slots.begin() + last,
                      [](const Slot &a, const Slot &b) { return a.lo < b.lo; });
            for (std::size_t k = first; k < last;) {
                double reach = slots[k].hi;
                std::size_t end = k + 1;
                while (end < last && slots[end].lo - reach < joinBelow)
                    reach = std::max(reach, slots[end++].hi);
                if (static_cast<int>(end - k) > mRules.maxRowRacks) addRow(slots, k, end, reach);
                k = end;
            }
            first = last;
        }
    }

    template <typename Slots>
    void addRow(const Slots &slots, std::size_t k, std::size_t end, double reach)
    {
        std::vector<std::size_t> members;
        for (std::size_t m = k; m < end; ++m)
            members.push_back(slots[m].index);
        std::sort(members.begin(), members.end());
        std::vector<std::string> ids;
        for (const std::size_t m : members)
            ids.push_back(rackId(m));
        add(RowTooLong, members.front(), 0, std::move(ids),
            "a row of " + std::to_string(end - k) + " racks runs " + metres(reach - slots[k].lo) +
                " from rack " + rackId(slots[k].index) + " to rack " +
                rackId(slots[end - 1].index) + " without a cross aisle of " +
                metres(mRules.crossAisleM) + "; the hall allows " +
                std::to_string(mRules.maxRowRacks) + " racks in a row");
    }

    // -- CDUs and floor -----------------------------------------------------------------------

    void checkCdus()
    {
        for (std::size_t c = 0; c < mCduBoxes.size(); ++c) {
            const std::optional<Box> &box = mCduBoxes[c];
            if (box && !mOutline.covers(box->grown(-kToleranceM))) {
                const std::string &id = mHall.cooling.cdus[c].id;
                add(CduOutsideHall, c, 0, {id}, outsideMessage("CDU " + id, *box));
            }
        }
    }

    void checkFloor()
    {
        if (!mHall.floorLoadKgPerM2) return;
        const double limit = *mHall.floorLoadKgPerM2;
        for (std::size_t i = 0; i < mRacks.size(); ++i) {
            const RackType *t = mRacks[i].type;
            if (!t || !t->weightKg) continue;
            const double area = t->widthM * t->depthM;
            const double load = *t->weightKg / area;
            if (load > limit)
                add(FloorOverload, i, 0, {rackId(i)},
                    "rack " + rackId(i) + " loads the floor with " + fixed(load, 0) + " kg/m² (" +
                        fixed(*t->weightKg, 0) + " kg on " + fixed(area, 2) +
                        " m²); the floor takes " + fixed(limit, 0) + " kg/m²");
        }
    }

    const Hall &mHall;
    const RuleValues mRules;
    Outline mOutline;
    std::vector<RackShape> mRacks;
    std::optional<BoxIndex> mRackIndex;
    std::optional<BoxIndex> mBlockerIndex;
    std::vector<Blocker> mBlockers; ///< obstacles in file order, then CDUs with a footprint
    std::vector<std::optional<Box>> mCduBoxes; ///< per CDU of the hall; none without a size
    std::vector<Entry> mEntries;
};

} // namespace

std::vector<Violation> checkHallGeometry(const Hall &hall, const Catalog &catalog)
{
    return Checker(hall, catalog).run();
}

} // namespace hw::core
