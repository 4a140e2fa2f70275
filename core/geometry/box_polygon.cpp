// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/geometry/box_polygon.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hw::core {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/**
 * Liang–Barsky: narrows [t0, t1] to the parameters t where lo < a + t·d < hi (open) or
 * lo <= a + t·d <= hi (closed). Returns false when no t is left.
 */
bool clipAxis(double a, double d, double lo, double hi, bool open, double &t0, double &t1)
{
    if (d == 0) {
        return open ? (lo < a && a < hi) : (lo <= a && a <= hi);
    }
    double ta = (lo - a) / d, tb = (hi - a) / d;
    if (ta > tb) std::swap(ta, tb);
    t0 = std::max(t0, ta);
    t1 = std::min(t1, tb);
    return true;
}

bool segmentMeets(Vec2 a, Vec2 b, const Box &box, bool open)
{
    // The t-range allowed by both axes is (t0, t1) when open, [t0, t1] when closed; it must meet
    // the segment's closed range [0, 1].
    double t0 = -kInf, t1 = kInf;
    if (!clipAxis(a.x, b.x - a.x, box.minX, box.maxX, open, t0, t1) ||
        !clipAxis(a.y, b.y - a.y, box.minY, box.maxY, open, t0, t1))
        return false;
    if (open) return t0 < t1 && t0 < 1 && t1 > 0;
    return t0 <= t1 && t0 <= 1 && t1 >= 0;
}

double pointBoxDistance(Vec2 p, const Box &box)
{
    const double dx = std::max({0.0, box.minX - p.x, p.x - box.maxX});
    const double dy = std::max({0.0, box.minY - p.y, p.y - box.maxY});
    return std::hypot(dx, dy);
}

double pointSegmentDistance(Vec2 p, Vec2 a, Vec2 b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    const double t =
        len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

template <typename F> void forEachEdge(const Polyline &ring, F &&f)
{
    const std::size_t n = ring.size();
    for (std::size_t i = 0; i < n; ++i)
        f(ring[i], ring[(i + 1) % n]);
}

} // namespace

bool segmentMeetsInterior(Vec2 a, Vec2 b, const Box &box)
{
    return !box.empty() && segmentMeets(a, b, box, true);
}

bool segmentMeetsBox(Vec2 a, Vec2 b, const Box &box)
{
    return segmentMeets(a, b, box, false);
}

double segmentBoxDistance(Vec2 a, Vec2 b, const Box &box)
{
    if (segmentMeetsBox(a, b, box)) return 0.0;
    // Two disjoint convex polygons are nearest at a vertex of one of them.
    double d = std::min(pointBoxDistance(a, box), pointBoxDistance(b, box));
    for (const Vec2 c : {Vec2{box.minX, box.minY}, Vec2{box.maxX, box.minY},
                         Vec2{box.maxX, box.maxY}, Vec2{box.minX, box.maxY}})
        d = std::min(d, pointSegmentDistance(c, a, b));
    return d;
}

bool edgeCrossesRay(Vec2 p, Vec2 a, Vec2 b)
{
    if ((a.y > p.y) == (b.y > p.y)) return false;
    return p.x < a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
}

bool pointInRing(Vec2 p, const Polyline &ring)
{
    bool inside = false;
    forEachEdge(ring, [&](Vec2 a, Vec2 b) { inside ^= edgeCrossesRay(p, a, b); });
    return inside;
}

bool ringMeetsInterior(const Polyline &ring, const Box &box)
{
    if (box.empty()) return false;
    bool meets = false;
    forEachEdge(ring, [&](Vec2 a, Vec2 b) { meets = meets || segmentMeetsInterior(a, b, box); });
    // No edge inside the box: its interior lies wholly inside or wholly outside the polygon.
    return meets || pointInRing(box.center(), ring);
}

bool ringCoversBox(const Polyline &ring, const Box &box)
{
    bool crossed = false;
    forEachEdge(ring,
                [&](Vec2 a, Vec2 b) { crossed = crossed || segmentMeetsInterior(a, b, box); });
    return !crossed && pointInRing(box.center(), ring);
}

double ringBoxDistance(const Polyline &ring, const Box &box)
{
    if (pointInRing(box.center(), ring)) return 0.0;
    double d = kInf;
    forEachEdge(ring, [&](Vec2 a, Vec2 b) { d = std::min(d, segmentBoxDistance(a, b, box)); });
    return d;
}

double distanceToRing(Vec2 p, const Polyline &ring)
{
    double d = kInf;
    forEachEdge(ring, [&](Vec2 a, Vec2 b) { d = std::min(d, pointSegmentDistance(p, a, b)); });
    return d;
}

} // namespace hw::core
