// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/hall_inputs.h"
#include "core/engine/report.h"

#include <vector>

namespace hw::core {

/** Compute and density figures of a hall (SPEC §4); `pue` turns IT kW into facility kW. */
Metrics hallMetrics(const HallInputs &in, double pue);

/**
 * Site figures: sums of the halls' figures, densities over the summed area; facility kW is
 * IT kW × `pue` (SPEC §4), or the sum of the halls' where a hall has its own PUE.
 */
Metrics siteMetrics(const std::vector<const Metrics *> &halls, double pue);

} // namespace hw::core
