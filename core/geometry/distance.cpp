// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/geometry/distance.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hw::core {

double distanceToPolyline(Vec2 p, const Polyline &line)
{
    if (line.empty())
        return std::numeric_limits<double>::infinity();
    if (line.size() == 1)
        return std::hypot(p.x - line[0].x, p.y - line[0].y);
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        const Vec2 a = line[i], b = line[i + 1];
        const double dx = b.x - a.x, dy = b.y - a.y;
        const double len2 = dx * dx + dy * dy;
        double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0;
        t = std::clamp(t, 0.0, 1.0);
        best = std::min(best, std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy)));
    }
    return best;
}

double manhattan(Vec2 a, Vec2 b) { return std::fabs(a.x - b.x) + std::fabs(a.y - b.y); }

} // namespace hw::core
