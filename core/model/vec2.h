// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <vector>

namespace hw::core {

/** A point or vector in plan coordinates: metres, x east, y north (SPEC §1). */
struct Vec2
{
    double x = 0.0;
    double y = 0.0;

    friend bool operator==(const Vec2 &, const Vec2 &) = default;
};

inline Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
inline Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }

/** A closed ring or an open polyline; the first point is not repeated at the end. */
using Polyline = std::vector<Vec2>;

} // namespace hw::core
