// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/geometry/footprint.h"

#include <cmath>

namespace hw::core {

double boxDistance(const Box &a, const Box &b)
{
    const double dx = std::max({0.0, a.minX - b.maxX, b.minX - a.maxX});
    const double dy = std::max({0.0, a.minY - b.maxY, b.minY - a.maxY});
    return std::hypot(dx, dy);
}

Vec2 frontDirection(int rotation)
{
    switch (rotation) {
    case 90: return {-1, 0};
    case 180: return {0, -1};
    case 270: return {1, 0};
    default: return {0, 1};
    }
}

Box footprint(Vec2 c, int rotation, double w, double d)
{
    const bool alongX = rotation == 0 || rotation == 180;
    const double hx = (alongX ? w : d) / 2, hy = (alongX ? d : w) / 2;
    return {c.x - hx, c.y - hy, c.x + hx, c.y + hy};
}

namespace {

Box zone(Vec2 c, int rotation, double w, double d, double clearance, double sign)
{
    const Box f = footprint(c, rotation, w, d);
    const Vec2 dir = frontDirection(rotation);
    const double dx = dir.x * sign, dy = dir.y * sign;
    if (dy > 0)
        return {f.minX, f.maxY, f.maxX, f.maxY + clearance};
    if (dy < 0)
        return {f.minX, f.minY - clearance, f.maxX, f.minY};
    if (dx > 0)
        return {f.maxX, f.minY, f.maxX + clearance, f.maxY};
    return {f.minX - clearance, f.minY, f.minX, f.maxY};
}

} // namespace

Box frontZone(Vec2 c, int rotation, double w, double d, double clearance)
{
    return zone(c, rotation, w, d, clearance, 1.0);
}

Box rearZone(Vec2 c, int rotation, double w, double d, double clearance)
{
    return zone(c, rotation, w, d, clearance, -1.0);
}

} // namespace hw::core
