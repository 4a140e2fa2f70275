// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/catalog.h"
#include "core/model/plan.h"
#include "core/model/result.h"

#include <string>
#include <string_view>

namespace hw::core {

/**
 * Parses the JSON plan format of SPEC §2. Checks syntax, types and required fields and reports
 * every problem with its place; the meaning (ranges, references, geometry) is checked by
 * validatePlan(). Unknown keys are kept in each object's Extras.
 */
Result<Plan> readPlanJson(std::string_view text);

/** Serialises a plan as SPEC §2 JSON (indent < 0: compact). */
std::string writePlanJson(const Plan &plan, int indent = 2);

/** Parses a catalog file (format "hallwright-catalog"), as shipped in resources/catalog.json. */
Result<Catalog> readCatalogJson(std::string_view text);

} // namespace hw::core
