// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/report.h"

#include <QtGlobal>

#include <memory>

namespace hw::ui {

/** An evaluation of one revision of a plan, delivered to the UI thread by AnalysisRunner. */
struct AnalysisResult
{
    quint64 revision = 0;
    core::EvaluationReport report;
    double milliseconds = 0;
    int evaluatedHalls = 0; ///< halls evaluated for this result (incremental: usually 1)
};

using AnalysisResultPtr = std::shared_ptr<const AnalysisResult>;

} // namespace hw::ui
