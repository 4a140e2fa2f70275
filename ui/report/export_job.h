// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/io/csv_export.h"
#include "core/model/catalog.h"
#include "core/model/plan.h"
#include "core/model/result.h"

#include <functional>
#include <string>

namespace hw::ui {

enum class ExportFormat
{
    Pdf,
    Svg,
    Png,
    Dxf,
    Csv
};
enum class PaperSize
{
    A3,
    A4
};

/** The format a name (`pdf`, `svg`, ...) or a path's extension names. */
std::optional<ExportFormat> exportFormatFromName(const std::string &name);
std::optional<ExportFormat> exportFormatForPath(const std::string &path);
const char *exportFormatName(ExportFormat format);

/** One export: what, of which hall (empty: the whole site), where. */
struct ExportRequest
{
    ExportFormat format = ExportFormat::Pdf;
    std::string path;
    std::string hallId;
    PaperSize paper = PaperSize::A3;                 ///< PDF
    int dpi = 150;                                   ///< PNG
    core::CsvKind csv = core::CsvKind::RackSchedule; ///< CSV
};

struct ExportSummary
{
    int errors = 0; ///< error-level violations of the plan (the exit status of the command line)
    int warnings = 0;
    int pages = 0; ///< PDF pages written
};

/**
 * Called as an export goes on, with the share done (0..100) and the step in words; returns false
 * to cancel. Called on the thread that runs the export.
 */
using ExportProgress = std::function<bool(int percent, const std::string &step)>;

/**
 * Runs one export from a plan snapshot: evaluates the plan, then writes the file atomically (a
 * cancelled or failed export leaves the target as it was). A pure function of its arguments, so
 * the GUI runs it on a worker thread. PDF, SVG and PNG paint with QtGui and need a
 * QGuiApplication (the command line creates an offscreen one); DXF and CSV do not.
 * `builtin` is the shipped catalog. The plan must have passed validation.
 */
core::Result<ExportSummary> runExport(const core::Plan &plan, const core::Catalog &builtin,
                                      const ExportRequest &request,
                                      const ExportProgress &progress = {});

} // namespace hw::ui
