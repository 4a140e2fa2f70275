// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/failure_analysis.h"
#include "core/engine/report.h"
#include "core/engine/scenario_compare.h"

#include <iosfwd>

namespace hw::cli {

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
