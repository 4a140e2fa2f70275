// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/vec2.h"

#include <vector>

namespace hw::core {

/**
 * Floor area of a hall (SPEC §4, §8): the outline's area minus the part of the obstacles inside
 * it, overlapping obstacles counted once. CDU footprints are not subtracted.
 */
double floorAreaM2(const Polyline &outline, const std::vector<Polyline> &obstacles);

} // namespace hw::core
