// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/plan.h"

namespace hw::bench {

/**
 * A regular synthetic campus for benchmarks: `halls` halls of `pairs` back-to-back row pairs,
 * rows of two runs of `runRacks` GB300 NVL72 racks, each run on its own 2N busway pair, loops per
 * row pair with N+1 floor CDUs, air for the residual heat. With the defaults: 40 halls × 176
 * racks = 7,040 racks ≈ 1 GW of IT. Valid and free of error-level violations by construction.
 */
core::Plan buildCampus(int halls = 40, int pairs = 4, int runRacks = 11);

} // namespace hw::bench
