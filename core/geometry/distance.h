// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/vec2.h"

namespace hw::core {

/** Euclidean distance from `p` to an open polyline (a single point when it has one vertex). */
double distanceToPolyline(Vec2 p, const Polyline &line);

/** Manhattan (pipe-run) distance between two points. */
double manhattan(Vec2 a, Vec2 b);

} // namespace hw::core
