// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/vec2.h"

namespace hw::core {

enum class PolygonProblem { None, TooFewPoints, NotFinite, SelfIntersecting, ZeroArea };

/** Whether a ring (open, any orientation) is a usable polygon: 3+ points, simple, with area. */
PolygonProblem checkPolygon(const Polyline &ring);
const char *describe(PolygonProblem problem);

/** Area of a simple ring in m², whatever its orientation. */
double polygonArea(const Polyline &ring);

} // namespace hw::core
