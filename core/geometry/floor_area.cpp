// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/geometry/floor_area.h"

#include "core/geometry/bg.h"

#include <cmath>

namespace hw::core {

double floorAreaM2(const Polyline &outline, const std::vector<Polyline> &obstacles)
{
    if (outline.size() < 3)
        return 0.0;
    const geo::polygon_t hall = geo::toPolygon(outline);
    if (obstacles.empty())
        return std::fabs(geo::bg::area(hall));
    geo::multi_polygon_t blocked;
    for (const Polyline &o : obstacles) {
        if (o.size() < 3)
            continue;
        geo::multi_polygon_t merged;
        geo::bg::union_(blocked, geo::toPolygon(o), merged);
        blocked = std::move(merged);
    }
    geo::multi_polygon_t free;
    geo::bg::difference(hall, blocked, free);
    return std::fabs(geo::bg::area(free));
}

} // namespace hw::core
