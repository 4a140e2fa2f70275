// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/geometry/polygon_checks.h"

#include "core/geometry/bg.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace hw::core {

PolygonProblem checkPolygon(const Polyline &ring)
{
    if (ring.size() < 3)
        return PolygonProblem::TooFewPoints;
    for (const Vec2 &v : ring) {
        if (!std::isfinite(v.x) || !std::isfinite(v.y))
            return PolygonProblem::NotFinite;
    }
    std::vector<Vec2> distinct;
    for (const Vec2 &v : ring) {
        if (std::find(distinct.begin(), distinct.end(), v) == distinct.end())
            distinct.push_back(v);
    }
    if (distinct.size() < 3)
        return PolygonProblem::TooFewPoints;
    // All points on one line: no area (Boost would call the back-and-forth a self-intersection).
    bool collinear = true;
    for (std::size_t i = 2; i < ring.size() && collinear; ++i) {
        const Vec2 a = ring[0], b = ring[1], c = ring[i];
        const double cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
        const double scale = std::max({1.0, std::fabs(b.x - a.x) + std::fabs(b.y - a.y),
                                       std::fabs(c.x - a.x) + std::fabs(c.y - a.y)});
        collinear = std::fabs(cross) <= 1e-12 * scale * scale;
    }
    if (collinear)
        return PolygonProblem::ZeroArea;
    const geo::polygon_t poly = geo::toPolygon(ring);
    geo::bg::validity_failure_type failure;
    if (!geo::bg::is_valid(poly, failure)) {
        switch (failure) {
        case geo::bg::failure_few_points: return PolygonProblem::TooFewPoints;
        case geo::bg::failure_wrong_topological_dimension: return PolygonProblem::ZeroArea;
        case geo::bg::failure_invalid_coordinate: return PolygonProblem::NotFinite;
        case geo::bg::failure_duplicate_points: break; // a repeated vertex is harmless
        default: return PolygonProblem::SelfIntersecting;
        }
    }
    if (std::fabs(geo::bg::area(poly)) < 1e-9)
        return PolygonProblem::ZeroArea;
    return PolygonProblem::None;
}

const char *describe(PolygonProblem problem)
{
    switch (problem) {
    case PolygonProblem::None: return "valid";
    case PolygonProblem::TooFewPoints: return "a polygon needs at least 3 distinct points";
    case PolygonProblem::NotFinite: return "a coordinate is not a finite number";
    case PolygonProblem::SelfIntersecting: return "the polygon intersects itself";
    case PolygonProblem::ZeroArea: return "the polygon has no area (its points are in a line)";
    }
    return "invalid";
}

double polygonArea(const Polyline &ring)
{
    if (ring.size() < 3)
        return 0.0;
    return std::fabs(geo::bg::area(geo::toPolygon(ring)));
}

} // namespace hw::core
