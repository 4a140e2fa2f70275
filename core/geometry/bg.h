// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

// The only header that includes Boost.Geometry (STYLE: dependency rule 3). Included by
// core/geometry .cpp files and by engine internals that need R-trees; never by public headers of
// other folders.

#include "core/model/vec2.h"

// Boost.Geometry's robustness policy trips GCC's -Wmaybe-uninitialized inside its own headers.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/linestring.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <boost/geometry/index/rtree.hpp>
#pragma GCC diagnostic pop

namespace hw::core::geo {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

using point_t = bg::model::d2::point_xy<double>;
using box_t = bg::model::box<point_t>;
using polygon_t = bg::model::polygon<point_t>; // clockwise, closed
using multi_polygon_t = bg::model::multi_polygon<polygon_t>;
using linestring_t = bg::model::linestring<point_t>;
using ring_t = polygon_t::ring_type;

/** An R-tree over boxes with an index payload (the R* variant: best query speed). */
using box_index_t = std::pair<box_t, std::size_t>;
using rtree_t = bgi::rtree<box_index_t, bgi::rstar<16>>;

inline point_t toPoint(Vec2 v) { return {v.x, v.y}; }
inline Vec2 toVec(const point_t &p) { return {p.x(), p.y()}; }

/** A polygon from an open ring in any orientation (closed and oriented by bg::correct). */
polygon_t toPolygon(const Polyline &ring);
linestring_t toLinestring(const Polyline &line);
inline box_t makeBox(double minX, double minY, double maxX, double maxY)
{
    return box_t{point_t{minX, minY}, point_t{maxX, maxY}};
}

} // namespace hw::core::geo
