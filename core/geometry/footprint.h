// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/vec2.h"

#include <algorithm>

namespace hw::core {

/** An axis-aligned rectangle in plan metres. Racks and CDUs stand in 90° steps, so they are boxes. */
struct Box
{
    double minX = 0, minY = 0, maxX = 0, maxY = 0;

    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
    double area() const { return width() * height(); }
    Vec2 center() const { return {(minX + maxX) / 2, (minY + maxY) / 2}; }
    bool empty() const { return !(maxX > minX && maxY > minY); }
    /** Grown by `d` on every side (shrunk for negative d). */
    Box grown(double d) const { return {minX - d, minY - d, maxX + d, maxY + d}; }
    friend bool operator==(const Box &, const Box &) = default;
};

/** Depth of the overlap of two boxes: the smaller of the x and y overlaps (<= 0: apart). */
inline double overlapDepth(const Box &a, const Box &b)
{
    const double ox = std::min(a.maxX, b.maxX) - std::max(a.minX, b.minX);
    const double oy = std::min(a.maxY, b.maxY) - std::max(a.minY, b.minY);
    return std::min(ox, oy);
}

/** Euclidean distance between two boxes (0 when they touch or overlap). */
double boxDistance(const Box &a, const Box &b);

/**
 * The direction a rack's front faces for a rotation (SPEC §1: at 0 the width runs along x and the
 * front faces +y; rotation is counter-clockwise): 0 → +y, 90 → −x, 180 → −y, 270 → +x.
 * `rotation` must be in [0, 360) and a multiple of 90.
 */
Vec2 frontDirection(int rotation);

/** Footprint of a `widthM` × `depthM` object centred at `center`, rotated by `rotation`. */
Box footprint(Vec2 center, int rotation, double widthM, double depthM);

/** The zone `clearanceM` deep in front of a footprint, as wide as the object (SPEC §3). */
Box frontZone(Vec2 center, int rotation, double widthM, double depthM, double clearanceM);
/** The zone `clearanceM` deep behind a footprint, as wide as the object. */
Box rearZone(Vec2 center, int rotation, double widthM, double depthM, double clearanceM);

} // namespace hw::core
