// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/cooling_analysis.h"
#include "core/engine/hall_inputs.h"
#include "core/engine/power_analysis.h"
#include "core/engine/report.h"

#include <optional>
#include <string>

namespace hw::core {

/**
 * The reference rack type of a hall (SPEC §4): `referenceRackType`, else the most common type
 * among its racks (ties: the type that appears first); nullptr when neither exists.
 */
const RackType *referenceRackType(const Hall &hall, const Catalog &catalog);

/**
 * Power headroom (SPEC §4, §8): further racks of `type` that can be connected one at a time per
 * the hall's topology (2N: both feeds of one pair; distributed: two feeds of different sources)
 * to the feeds with the most N-1 headroom, until the next one would overload a feed or source in
 * normal operation or in any single failure. Ignores space and reach. A heuristic: never more
 * than the true maximum.
 */
int powerHeadroomRacks(const HallInputs &in, const PowerAnalysis &power, double rackKw);

/** Liquid headroom: sum over loops of floor(min(heat headroom / Q, flow headroom / flow)). */
std::optional<int> liquidHeadroomRacks(const HallInputs &in, const CoolingAnalysis &cooling,
                                       const RackType &type);

/** Air headroom: floor(air headroom / (P × (1 − liquidFraction))); nullopt when not binding. */
std::optional<int> airHeadroomRacks(const CoolingAnalysis &cooling, const RackType &type);

/** Fills addableRacks and limitedBy from the four resources (ties: space, power, liquid, air). */
void bindHeadroom(Headroom &h);

/** Stranded capacity of SPEC §4 for a bound headroom. */
Stranded strandedCapacity(const Headroom &h, const RackType &type);

} // namespace hw::core
