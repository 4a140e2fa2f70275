// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/catalog.h"
#include "core/model/plan.h"
#include "core/model/result.h"

#include <vector>

namespace hw::core {

/**
 * The checks that make a plan usable at all (SPEC §2 "Bad input" and §8): sizes and capacities
 * finite and positive, polygons simple, ids unique plan-wide per kind, pairs of exactly two feeds,
 * every reference resolving, rotations in 90° steps. Each problem names its place in the JSON
 * document (`halls[0].racks[12].type`). An empty result means the engine may run on the plan;
 * rule violations (overloads, clearances) are not problems here but findings of evaluate().
 *
 * `builtin` is the shipped catalog; the plan's own catalog section is merged over it.
 */
std::vector<Problem> validatePlan(const Plan &plan, const Catalog &builtin);

/** validatePlan() as a Status: the first problems joined into one Error. */
Status checkPlan(const Plan &plan, const Catalog &builtin);

} // namespace hw::core
