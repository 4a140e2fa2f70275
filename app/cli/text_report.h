// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/failure_analysis.h"
#include "core/engine/report.h"
#include "core/engine/scenario_compare.h"

#include <iosfwd>
#include <string>
#include <string_view>

namespace hw::cli {

/** "1 rack", "2 racks", "0 racks": the count and the noun, plural unless the count is 1. */
std::string counted(long long n, std::string_view noun);
/** "0 errors, 1 warning". */
std::string errorsAndWarnings(long long errors, long long warnings);

/** The readable report of `evaluate`: site summary, then per hall tables of feeds, sources,
 *  loops, air, headroom and violations. */
void printTextReport(std::ostream &out, const core::EvaluationReport &report);

/** Tenants: installed and reserved racks, and each hall's share. Nothing without tenants. */
void printTenantReport(std::ostream &out, const core::EvaluationReport &report);

/** `scenarios`: one column per scenario, the active one marked with *. */
void printScenarioComparison(std::ostream &out, const core::ScenarioComparison &comparison);

/** The joint-failure section of `evaluate --fail`. */
void printFailureReport(std::ostream &out, const core::FailureReport &failure);

} // namespace hw::cli
