// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/hall_inputs.h"
#include "core/engine/report.h"
#include "core/engine/violation.h"

#include <optional>
#include <vector>

namespace hw::core {

struct CoolingAnalysis
{
    std::vector<LoopReport> loops;
    std::optional<AirReport> air; ///< nullopt: air is not modelled
    std::vector<Violation> violations; ///< cooling codes, in SPEC order
};

/**
 * Usable capacity under N+k: the sum of `values` minus the `redundant` largest; 0 when there are
 * no more values than that (SPEC §8).
 */
double usableWithRedundancy(std::vector<double> values, int redundant);

/** Liquid loops and air of SPEC §3: heat, flow, N+k capacity, and the cooling violations. */
CoolingAnalysis analyzeCooling(const HallInputs &in);

} // namespace hw::core
