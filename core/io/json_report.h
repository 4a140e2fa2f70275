// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/failure_analysis.h"
#include "core/engine/report.h"

#include <string>

namespace hw::core {

/**
 * The report of SPEC §6 as JSON text, with the extra fields Hallwright adds (docs/REPORT.md).
 * With `failure`, a "failure" section holds the joint-failure state.
 */
std::string reportToJson(const EvaluationReport &report, const FailureReport *failure = nullptr,
                         int indent = 2);

} // namespace hw::core
