// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/failure_analysis.h"
#include "core/engine/report.h"
#include "core/engine/scenario_compare.h"

#include <string>

namespace hw::core {

/**
 * The report of SPEC §6 as JSON text, with the extra fields Hallwright adds (docs/REPORT.md).
 * With `failure`, a "failure" section holds the joint-failure state.
 */
std::string reportToJson(const EvaluationReport &report, const FailureReport *failure = nullptr,
                         int indent = 2);

/**
 * `hallwright-cli scenarios --json`: {"plan", "activeScenario", "scenarios": [{id, name, active,
 * racks, itKw, facilityKw, gpus, pflops, headroom {space, power, liquid, air, addableRacks},
 * stranded {powerKw, liquidKw, airKw, slots}, errors, warnings}]} (docs/ENGINE.md "Scenarios").
 */
std::string scenarioComparisonToJson(const std::string &planName, const std::string &activeScenario,
                                     const ScenarioComparison &comparison, int indent = 2);

} // namespace hw::core
