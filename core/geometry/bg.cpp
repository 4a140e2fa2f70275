// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/geometry/bg.h"

namespace hw::core::geo {

polygon_t toPolygon(const Polyline &ring)
{
    polygon_t poly;
    for (const Vec2 &v : ring)
        bg::append(poly.outer(), toPoint(v));
    bg::correct(poly);
    return poly;
}

linestring_t toLinestring(const Polyline &line)
{
    linestring_t ls;
    for (const Vec2 &v : line)
        bg::append(ls, toPoint(v));
    return ls;
}

} // namespace hw::core::geo
