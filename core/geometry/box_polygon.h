// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/geometry/footprint.h"
#include "core/model/vec2.h"

namespace hw::core {

/**
 * Exact tests between axis-aligned boxes (rack, zone and CDU footprints) and simple polygons
 * (hall outlines, obstacles) given as open rings in any orientation. The geometry rules build their
 * 1 mm tolerance on these: "sticks out by more than 1 mm" is "the box shrunk by 1 mm is not
 * covered", "overlaps by more than 1 mm" is "meets the interior of the box shrunk by 1 mm". The
 * edge-level functions let callers feed only the edges an R-tree returns.
 */

/** Whether segment ab meets the open interior of `box` (running along its boundary does not). */
bool segmentMeetsInterior(Vec2 a, Vec2 b, const Box &box);
/** Whether segment ab meets the closed `box`. */
bool segmentMeetsBox(Vec2 a, Vec2 b, const Box &box);
/** Euclidean distance from segment ab to the closed `box` (0 when they meet). */
double segmentBoxDistance(Vec2 a, Vec2 b, const Box &box);
/**
 * Whether edge ab crosses the ray from `p` towards +x, counted with the half-open rule so that a
 * ray through a vertex is counted once: summing this over a ring's edges is the even-odd test.
 */
bool edgeCrossesRay(Vec2 p, Vec2 a, Vec2 b);

/** Even-odd point-in-polygon test; a point exactly on the boundary may go either way. */
bool pointInRing(Vec2 p, const Polyline &ring);
/** Whether the polygon meets the open interior of `box` (false for an empty box). */
bool ringMeetsInterior(const Polyline &ring, const Box &box);
/** Whether the closed polygon contains the whole closed `box` (touching the boundary is inside). */
bool ringCoversBox(const Polyline &ring, const Box &box);
/** Euclidean distance between the polygon (as a region) and `box`: 0 when they meet. */
double ringBoxDistance(const Polyline &ring, const Box &box);
/** Euclidean distance from `p` to the boundary of the polygon. */
double distanceToRing(Vec2 p, const Polyline &ring);

} // namespace hw::core
