// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/slot_generator.h"

#include "core/geometry/bg.h"
#include "core/geometry/footprint.h"
#include "core/model/resolve.h"
#include "core/model/units.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <tuple>

namespace hw::core {

namespace {

namespace bg = geo::bg;
namespace bgi = geo::bgi;

/** Slack kept inside the 1 mm rule tolerance, so slots never sit on the edge of a violation. */
constexpr double kSlack = 0.0005;

struct Interval
{
    double a, b;
};

/** Union of intervals, sorted and merged. */
std::vector<Interval> merged(std::vector<Interval> v)
{
    std::sort(v.begin(), v.end(), [](const Interval &x, const Interval &y) { return x.a < y.a; });
    std::vector<Interval> out;
    for (const Interval &i : v) {
        if (i.b <= i.a) continue;
        if (!out.empty() && i.a <= out.back().b)
            out.back().b = std::max(out.back().b, i.b);
        else
            out.push_back(i);
    }
    return out;
}

bool isAxisBox(const Polyline &ring, Box &box)
{
    if (ring.size() != 4) return false;
    double minX = ring[0].x, maxX = ring[0].x, minY = ring[0].y, maxY = ring[0].y;
    for (const Vec2 &p : ring) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    for (const Vec2 &p : ring) {
        const bool onX = std::fabs(p.x - minX) < 1e-9 || std::fabs(p.x - maxX) < 1e-9;
        const bool onY = std::fabs(p.y - minY) < 1e-9 || std::fabs(p.y - maxY) < 1e-9;
        if (!onX || !onY) return false;
    }
    box = {minX, minY, maxX, maxY};
    return !box.empty();
}

Vec2 swapped(Vec2 v)
{
    return {v.y, v.x};
}
Box swapped(const Box &b)
{
    return {b.minY, b.minX, b.maxY, b.maxX};
}
Polyline swapped(const Polyline &p)
{
    Polyline out;
    out.reserve(p.size());
    for (const Vec2 &v : p)
        out.push_back(swapped(v));
    return out;
}

/** Frame rotation (rows along frame x) of a real rotation when the frame swaps x and y. */
int frameRotation(int realRotation, bool swap)
{
    if (!swap) return realRotation;
    switch (realRotation) {
    case 0:
        return 270;
    case 90:
        return 180;
    case 180:
        return 90;
    default:
        return 0;
    }
}

/**
 * A blocker in frame coordinates: a box, or (for odd-shaped obstacles) a polygon whose exact
 * shadow on a band is computed with Boost.Geometry.
 */
struct Blocker
{
    Box box;
    int polygon = -1; ///< index into Frame::polygons, or -1 for a plain box
};

/** The hall seen with rows along frame x: the real hall, or the hall with x and y swapped. */
struct Frame
{
    bool swap = false;
    Box bounds;
    bool outlineIsBox = false;
    Box outlineBox, shrunkBox;
    geo::polygon_t outline;
    geo::multi_polygon_t shrunk; ///< outline shrunk by the wall clearance
    std::vector<geo::polygon_t> polygons;
    std::vector<Blocker> fpBlockers, zoneBlockers;
    geo::rtree_t fpTree, zoneTree;
    /** Existing racks standing along frame x, by (frame rotation, front line in 0.1 mm). */
    std::map<std::pair<int, long long>, std::vector<Interval>> lines;
    std::vector<double> alignY; ///< row offsets suggested by existing rows, paths and walls
};

long long lineKey(double y)
{
    return std::llround(y * 10000.0);
}

/**
 * Joins plain boxes that share their y extent and touch or overlap in x (a row of racks, its
 * aisle zones) into one box: the same blocked intervals with a tenth of the R-tree hits.
 */
void mergeRuns(std::vector<Blocker> &blockers)
{
    struct Keyed
    {
        long long lo, hi;
        Blocker b;
    };
    std::vector<Blocker> out;
    std::vector<Keyed> boxes;
    for (const Blocker &b : blockers) {
        if (b.polygon < 0)
            boxes.push_back({lineKey(b.box.minY), lineKey(b.box.maxY), b});
        else
            out.push_back(b);
    }
    std::sort(boxes.begin(), boxes.end(), [](const Keyed &a, const Keyed &b) {
        return std::tie(a.lo, a.hi, a.b.box.minX) < std::tie(b.lo, b.hi, b.b.box.minX);
    });
    const std::size_t firstBox = out.size();
    long long lastLo = 0, lastHi = 0;
    for (const Keyed &k : boxes) {
        if (out.size() > firstBox && lastLo == k.lo && lastHi == k.hi &&
            k.b.box.minX <= out.back().box.maxX + 1e-9) {
            Box &m = out.back().box;
            m.maxX = std::max(m.maxX, k.b.box.maxX);
            continue;
        }
        out.push_back(k.b);
        lastLo = k.lo;
        lastHi = k.hi;
    }
    blockers = std::move(out);
}

} // namespace

struct SlotGenerator::Impl
{
    const Hall &hall;
    const RackType &type;
    RuleValues rules;
    double w, dp, pitch;
    Frame frames[2];
    const Catalog &catalog;
    mutable std::optional<double> usable; ///< computed on first use: only bounds need it

    Impl(const Hall &h, const Catalog &catalog, const RackType &t)
        : hall(h), type(t), rules(resolveRules(h.rules)), w(t.widthM), dp(t.depthM),
          catalog(catalog)
    {
        pitch = 2 * dp + rules.frontClearanceM + rules.rearClearanceM;
        for (int i = 0; i < 2; ++i)
            build(frames[i], i == 1, catalog);
    }

    void build(Frame &f, bool swap, const Catalog &catalog)
    {
        f.swap = swap;
        const Polyline ring = swap ? swapped(hall.outline) : hall.outline;
        f.outline = geo::toPolygon(ring);
        geo::box_t env;
        bg::envelope(f.outline, env);
        f.bounds = {env.min_corner().x(), env.min_corner().y(), env.max_corner().x(),
                    env.max_corner().y()};
        f.outlineIsBox = isAxisBox(ring, f.outlineBox);
        if (f.outlineIsBox) {
            f.shrunkBox = f.outlineBox.grown(-rules.wallClearanceM);
        } else {
            bg::strategy::buffer::distance_symmetric<double> dist(-rules.wallClearanceM);
            bg::strategy::buffer::join_miter join;
            bg::strategy::buffer::end_flat end;
            bg::strategy::buffer::point_square point;
            bg::strategy::buffer::side_straight side;
            if (rules.wallClearanceM > 0)
                bg::buffer(f.outline, f.shrunk, dist, side, join, end, point);
            else
                f.shrunk.push_back(f.outline);
        }

        const double oc = rules.obstacleClearanceM;
        auto addBoth = [&](const Box &b, int polygon, double grow) {
            f.fpBlockers.push_back({b.grown(grow), polygon});
            f.zoneBlockers.push_back({b, polygon});
        };
        for (const Obstacle &o : hall.obstacles) {
            const Polyline poly = swap ? swapped(o.polygon) : o.polygon;
            Box box;
            if (isAxisBox(poly, box)) {
                addBoth(box, -1, oc);
                continue;
            }
            // Odd shapes: the zone blocker is the polygon itself; the footprint blocker is the
            // polygon grown by the clearance with mitred corners (a superset of the true offset).
            const geo::polygon_t p = geo::toPolygon(poly);
            geo::box_t e;
            bg::envelope(p, e);
            const Box pbox{e.min_corner().x(), e.min_corner().y(), e.max_corner().x(),
                           e.max_corner().y()};
            f.polygons.push_back(p);
            f.zoneBlockers.push_back({pbox, static_cast<int>(f.polygons.size()) - 1});
            geo::multi_polygon_t grown;
            bg::strategy::buffer::distance_symmetric<double> dist(oc);
            bg::strategy::buffer::join_miter join;
            bg::strategy::buffer::end_flat end;
            bg::strategy::buffer::point_square point;
            bg::strategy::buffer::side_straight side;
            if (oc > 0)
                bg::buffer(p, grown, dist, side, join, end, point);
            else
                grown.push_back(p);
            for (const geo::polygon_t &g : grown) {
                bg::envelope(g, e);
                f.polygons.push_back(g);
                f.fpBlockers.push_back({Box{e.min_corner().x(), e.min_corner().y(),
                                            e.max_corner().x(), e.max_corner().y()},
                                        static_cast<int>(f.polygons.size()) - 1});
            }
        }
        for (const Cdu &c : hall.cooling.cdus) {
            const CduValues v = resolveCdu(c, catalog);
            Box b = footprint(c.position, c.rotation(), v.widthM.value_or(0), v.depthM.value_or(0));
            addBoth(swap ? swapped(b) : b, -1, oc);
        }
        for (const Rack &r : hall.racks) {
            const RackType *rt = catalog.rackType(r.type);
            if (!rt) continue;
            const int rot = r.rotation();
            Box fp = footprint(r.position, rot, rt->widthM, rt->depthM);
            Box front = frontZone(r.position, rot, rt->widthM, rt->depthM, rules.frontClearanceM);
            Box rear = rearZone(r.position, rot, rt->widthM, rt->depthM, rules.rearClearanceM);
            if (swap) {
                fp = swapped(fp);
                front = swapped(front);
                rear = swapped(rear);
            }
            f.fpBlockers.push_back({fp, -1});
            f.fpBlockers.push_back({front, -1});
            f.fpBlockers.push_back({rear, -1});
            f.zoneBlockers.push_back({fp, -1});
            const int frot = frameRotation(rot, swap);
            if (frot == 0 || frot == 180) {
                const double frontLine = frot == 0 ? fp.maxY : fp.minY;
                f.lines[{frot, lineKey(frontLine)}].push_back({fp.minX, fp.maxX});
                // Offsets that continue this row.
                f.alignY.push_back(frot == 180 ? fp.minY : fp.minY - dp - rules.rearClearanceM);
            }
        }
        for (auto &[key, v] : f.lines)
            std::sort(v.begin(), v.end(),
                      [](const Interval &a, const Interval &b) { return a.a < b.a; });

        mergeRuns(f.fpBlockers);
        mergeRuns(f.zoneBlockers);
        auto indexOf = [](const std::vector<Blocker> &bs) {
            std::vector<geo::box_index_t> items;
            items.reserve(bs.size());
            for (std::size_t i = 0; i < bs.size(); ++i)
                items.push_back(
                    {geo::makeBox(bs[i].box.minX, bs[i].box.minY, bs[i].box.maxX, bs[i].box.maxY),
                     i});
            return geo::rtree_t(items.begin(), items.end());
        };
        f.fpTree = indexOf(f.fpBlockers);
        f.zoneTree = indexOf(f.zoneBlockers);

        // Alignments: busway paths (rows under them), outline vertices (rows against walls).
        const double cf = rules.frontClearanceM, cr = rules.rearClearanceM,
                     wc = rules.wallClearanceM;
        for (const Feed &feed : hall.power.feeds) {
            for (std::size_t i = 0; i + 1 < feed.path.size(); ++i) {
                const Vec2 a = swap ? swapped(feed.path[i]) : feed.path[i];
                const Vec2 b = swap ? swapped(feed.path[i + 1]) : feed.path[i + 1];
                if (std::fabs(a.y - b.y) > 1e-6) continue;
                f.alignY.push_back(a.y - dp / 2);
                f.alignY.push_back(a.y - dp / 2 - dp - cr);
            }
        }
        for (const Vec2 &v0 : hall.outline) {
            const double y = swap ? v0.x : v0.y;
            f.alignY.push_back(y + std::max(wc, cf));
            f.alignY.push_back(y + std::max(wc, cr) - dp - cr);
            f.alignY.push_back(y - std::max(wc, cf) - 2 * dp - cr);
            f.alignY.push_back(y - std::max(wc, cr) - dp);
        }
    }

    double computeUsable() const
    {
        const double cf = rules.frontClearanceM, cr = rules.rearClearanceM;
        const double inset = std::max(0.0, rules.wallClearanceM - std::max(cf, cr) / 2);
        geo::multi_polygon_t region;
        const geo::polygon_t outline = geo::toPolygon(hall.outline);
        if (inset > 0) {
            bg::strategy::buffer::distance_symmetric<double> dist(-inset);
            bg::strategy::buffer::join_miter join;
            bg::strategy::buffer::end_flat end;
            bg::strategy::buffer::point_square point;
            bg::strategy::buffer::side_straight side;
            bg::buffer(outline, region, dist, side, join, end, point);
        } else {
            region.push_back(outline);
        }
        geo::multi_polygon_t blocked;
        auto block = [&](const geo::polygon_t &p) {
            geo::multi_polygon_t out;
            bg::union_(blocked, p, out);
            blocked = std::move(out);
        };
        for (const Obstacle &o : hall.obstacles)
            block(geo::toPolygon(o.polygon));
        for (const Cdu &c : hall.cooling.cdus) {
            const CduValues v = resolveCdu(c, catalog);
            const Box b =
                footprint(c.position, c.rotation(), v.widthM.value_or(0), v.depthM.value_or(0));
            block(geo::toPolygon(
                {{b.minX, b.minY}, {b.maxX, b.minY}, {b.maxX, b.maxY}, {b.minX, b.maxY}}));
        }
        geo::multi_polygon_t free;
        bg::difference(region, blocked, free);
        double area = std::fabs(bg::area(free));
        for (const Rack &r : hall.racks) {
            if (const RackType *rt = catalog.rackType(r.type))
                area -= rt->widthM * (rt->depthM + (cf + cr) / 2);
        }
        return std::max(0.0, area);
    }

    /** X intervals a band [ya, yb] may not use, in frame coordinates. */
    void blockedOnBand(const Frame &f, double ya, double yb, bool footprintBand,
                       std::vector<Interval> &out) const
    {
        const double lo = ya + kSlack, hi = yb - kSlack;
        constexpr double far = 1e9;
        // Outside the (shrunk) outline.
        if (f.outlineIsBox) {
            const Box &b = footprintBand ? f.shrunkBox : f.outlineBox;
            if (b.empty() || lo < b.minY - 1e-12 || hi > b.maxY + 1e-12) {
                out.push_back({-far, far});
                return;
            }
            out.push_back({-far, b.minX + kSlack});
            out.push_back({b.maxX - kSlack, far});
        } else {
            const geo::box_t band = geo::makeBox(f.bounds.minX - 1, lo, f.bounds.maxX + 1, hi);
            geo::multi_polygon_t outside;
            if (footprintBand)
                bg::difference(band, f.shrunk, outside);
            else
                bg::difference(band, f.outline, outside);
            for (const geo::polygon_t &p : outside) {
                geo::box_t e;
                bg::envelope(p, e);
                if (e.max_corner().y() - e.min_corner().y() < 1e-7) continue;
                out.push_back({e.min_corner().x() + kSlack, e.max_corner().x() - kSlack});
            }
            out.push_back({-far, f.bounds.minX});
            out.push_back({f.bounds.maxX, far});
        }
        const auto &blockers = footprintBand ? f.fpBlockers : f.zoneBlockers;
        const auto &tree = footprintBand ? f.fpTree : f.zoneTree;
        const geo::box_t query = geo::makeBox(-far, lo, far, hi);
        for (auto it = tree.qbegin(bgi::intersects(query)); it != tree.qend(); ++it) {
            const Blocker &b = blockers[it->second];
            if (b.box.maxY <= lo || b.box.minY >= hi) continue;
            if (b.polygon < 0) {
                out.push_back({b.box.minX + kSlack, b.box.maxX - kSlack});
                continue;
            }
            geo::multi_polygon_t part;
            bg::intersection(geo::makeBox(b.box.minX - 1, lo, b.box.maxX + 1, hi),
                             f.polygons[static_cast<std::size_t>(b.polygon)], part);
            for (const geo::polygon_t &p : part) {
                geo::box_t e;
                bg::envelope(p, e);
                out.push_back({e.min_corner().x() + kSlack, e.max_corner().x() - kSlack});
            }
        }
    }

    /**
     * Fills one row line (frame rotation 0 or 180, footprint y from ya) and appends its slots;
     * `footprint`, `front` and `rear` are the blocked intervals of its three bands.
     */
    void fillLine(const Frame &f, double ya, int frot, int lineNo,
                  const std::vector<Interval> &footprint, const std::vector<Interval> &front,
                  const std::vector<Interval> &rear, std::vector<Slot> &slots,
                  std::vector<Interval> &scratch) const
    {
        const double yb = ya + dp;
        scratch.assign(footprint.begin(), footprint.end());
        scratch.insert(scratch.end(), front.begin(), front.end());
        scratch.insert(scratch.end(), rear.begin(), rear.end());
        const std::vector<Interval> blocked = merged(scratch);

        // Free intervals between blocked ones, filled left to right in runs of maxRowRacks.
        std::vector<double> xs; // left edges of the new racks on this line
        const double ca = rules.crossAisleM;
        const int maxRun = rules.maxRowRacks;
        double lastRight = -std::numeric_limits<double>::infinity();
        int run = 0;
        for (std::size_t i = 0; i + 1 < blocked.size(); ++i) {
            const double a = blocked[i].b, b = blocked[i + 1].a;
            double x = a;
            while (x + w <= b + 1e-9) {
                if (x - lastRight < ca - 1e-9) {
                    if (run >= maxRun) {
                        x = lastRight + ca;
                        continue;
                    }
                    ++run;
                } else {
                    run = 1;
                }
                xs.push_back(x);
                lastRight = x + w;
                x += w;
            }
        }
        if (xs.empty()) return;

        // Existing racks on the same line (fronts within the 1 mm tolerance) join runs: drop new
        // racks until no run is longer than maxRowRacks. Each drop next to an existing rack widens
        // the gap to it by a rack width, so the run splits with the fewest drops.
        const double frontLine = frot == 0 ? yb : ya;
        const long long key = lineKey(frontLine);
        struct Item
        {
            double a, b;
            bool fresh;
        };
        std::vector<Item> items;
        for (auto it = f.lines.lower_bound({frot, key - 10});
             it != f.lines.end() && it->first.first == frot && it->first.second <= key + 10; ++it) {
            for (const Interval &e : it->second)
                items.push_back({e.a, e.b, false});
        }
        if (!items.empty()) {
            for (double x : xs)
                items.push_back({x, x + w, true});
            std::sort(items.begin(), items.end(),
                      [](const Item &p, const Item &q) { return p.a < q.a; });
            for (bool dropped = true; dropped;) {
                dropped = false;
                std::size_t start = 0;
                for (std::size_t i = 1; i <= items.size() && !dropped; ++i) {
                    if (i < items.size() && items[i].a - items[i - 1].b < ca - 1e-9) continue;
                    // The run [start, i): if too long, drop the first new rack beside an existing
                    // one (else its last new rack; a run of existing racks only stays as it is).
                    if (i - start > static_cast<std::size_t>(maxRun)) {
                        std::optional<std::size_t> drop;
                        for (std::size_t j = start; j < i; ++j) {
                            if (!items[j].fresh) continue;
                            if ((j > start && !items[j - 1].fresh) ||
                                (j + 1 < i && !items[j + 1].fresh)) {
                                drop = j;
                                break;
                            }
                            drop = j;
                        }
                        if (drop) {
                            items.erase(items.begin() + static_cast<std::ptrdiff_t>(*drop));
                            dropped = true;
                        }
                    }
                    start = i;
                }
            }
            xs.clear();
            for (const Item &it : items) {
                if (it.fresh) xs.push_back(it.a);
            }
        }
        for (double x : xs) {
            Vec2 c{x + w / 2, ya + dp / 2};
            int rot = frot;
            if (f.swap) {
                c = swapped(c);
                rot = frot == 0 ? 270 : 90;
            }
            // Micrometres: the centre without binary noise (2.8019999999999996) in the files a
            // planner reads; far below the rules' 1 mm tolerance.
            c = {std::round(c.x * 1e6) / 1e6, std::round(c.y * 1e6) / 1e6};
            slots.push_back({c, rot, lineNo});
        }
    }

    SlotLayout layout(int frameIndex, double offset) const
    {
        const Frame &f = frames[frameIndex];
        SlotLayout out;
        out.rowsAlongY = f.swap;
        out.offset = offset;
        const double cf = rules.frontClearanceM, cr = rules.rearClearanceM;
        const long k0 = static_cast<long>(std::floor((f.bounds.minY - offset) / pitch)) - 1;
        const long k1 = static_cast<long>(std::ceil((f.bounds.maxY - offset) / pitch)) + 1;
        std::vector<Interval> scratch, below, fpA, rear, fpB, above;
        scratch.reserve(256);
        auto band = [&](double lo, double hi, bool footprintBand, std::vector<Interval> &out) {
            out.clear();
            if (hi > lo) blockedOnBand(f, lo, hi, footprintBand, out);
        };
        // A period: front aisle, row A facing −y (rotation 180), the shared rear aisle, row B
        // facing +y; row B's front aisle is the next period's first band.
        band(offset + k0 * pitch - cf, offset + k0 * pitch, false, above);
        int line = 0;
        for (long k = k0; k <= k1; ++k, line += 2) {
            const double base = offset + static_cast<double>(k) * pitch;
            std::swap(below, above);
            const bool rowA = base + dp > f.bounds.minY && base < f.bounds.maxY;
            const double yb = base + dp + cr;
            const bool rowB = yb + dp > f.bounds.minY && yb < f.bounds.maxY;
            band(yb + dp, yb + dp + cf, false, above);
            if (!rowA && !rowB) continue;
            band(base + dp, yb, false, rear);
            if (rowA) {
                band(base, base + dp, true, fpA);
                fillLine(f, base, 180, line, fpA, below, rear, out.slots, scratch);
            }
            if (rowB) {
                band(yb, yb + dp, true, fpB);
                fillLine(f, yb, 0, line + 1, fpB, above, rear, out.slots, scratch);
            }
        }
        return out;
    }

    std::vector<double> offsets(int frameIndex) const
    {
        const Frame &f = frames[frameIndex];
        std::vector<double> raw = f.alignY;
        const double base = f.bounds.minY + std::max(rules.wallClearanceM, rules.frontClearanceM);
        for (int j = 0; j < 8; ++j)
            raw.push_back(base + j * pitch / 8);
        // Normalise into [0, pitch) and drop near duplicates (1 mm).
        std::vector<double> norm;
        for (double o : raw) {
            double m = std::fmod(o - f.bounds.minY, pitch);
            if (m < 0) m += pitch;
            norm.push_back(m);
        }
        std::sort(norm.begin(), norm.end());
        std::vector<double> out;
        for (double m : norm) {
            if (out.empty() || m - (out.back() - f.bounds.minY) > kToleranceM)
                out.push_back(f.bounds.minY + m);
        }
        if (out.size() > 1 &&
            (out.front() - f.bounds.minY) + pitch - (out.back() - f.bounds.minY) <= kToleranceM)
            out.pop_back();
        return out;
    }
};

SlotGenerator::SlotGenerator(const Hall &hall, const Catalog &catalog, const RackType &type)
    : d(std::make_unique<Impl>(hall, catalog, type))
{}

SlotGenerator::~SlotGenerator() = default;

std::vector<SlotLayout> SlotGenerator::layouts() const
{
    std::vector<SlotLayout> out;
    if (d->hall.outline.size() < 3 || !(d->w > 0) || !(d->dp > 0)) return out;
    for (int frame = 0; frame < 2; ++frame) {
        for (double o : d->offsets(frame))
            out.push_back(d->layout(frame, o));
    }
    return out;
}

SlotLayout SlotGenerator::best() const
{
    SlotLayout best;
    bool any = false;
    for (SlotLayout &l : layouts()) {
        if (!any || l.slots.size() > best.slots.size()) {
            best = std::move(l);
            any = true;
        }
    }
    return best;
}

double SlotGenerator::rackClaimM2() const
{
    return d->w * (d->dp + (d->rules.frontClearanceM + d->rules.rearClearanceM) / 2);
}

double SlotGenerator::usableAreaM2() const
{
    if (!d->usable) d->usable = d->computeUsable();
    return *d->usable;
}

int SlotGenerator::spaceBound() const
{
    const double claim = rackClaimM2();
    if (!(claim > 0)) return 0;
    return static_cast<int>(std::floor(usableAreaM2() / claim + 1e-9));
}

int spaceHeadroomRacks(const Hall &hall, const Catalog &catalog, const RackType &type)
{
    SlotGenerator gen(hall, catalog, type);
    return static_cast<int>(gen.best().slots.size());
}

} // namespace hw::core
