// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "app/cli/cli.h"
#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "app/cli/text_report.h"

#include "core/io/builtin_catalog.h"
#include "core/io/plan_files.h"
#include "ui/report/export_job.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>
#include <ostream>
#include <tuple>

namespace hw::cli {

namespace {

/**
 * A QGuiApplication on the offscreen platform for as long as the export paints, so that the
 * command works without a display; none when the process already has an application (tests,
 * the GUI).
 */
class HeadlessGui
{
public:
    HeadlessGui()
    {
        if (QCoreApplication::instance()) return;
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt complains about a missing XDG_RUNTIME_DIR, which an export does not use; other
        // messages still reach stderr.
        sPrevious = qInstallMessageHandler(&HeadlessGui::filter);
        mApp = std::make_unique<QGuiApplication>(sArgc, sArgv);
    }
    ~HeadlessGui()
    {
        if (mApp) {
            mApp.reset();
            qInstallMessageHandler(sPrevious);
        }
    }
    HeadlessGui(const HeadlessGui &) = delete;
    HeadlessGui &operator=(const HeadlessGui &) = delete;

private:
    static void filter(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (message.contains(QLatin1String("XDG_RUNTIME_DIR"))) return;
        if (sPrevious)
            sPrevious(type, context, message);
        else
            std::fputs((message + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
    }

    static inline QtMessageHandler sPrevious = nullptr;
    static inline char sName[] = "hallwright-cli";
    static inline char *sArgv[] = {sName, nullptr};
    static inline int sArgc = 1;
    std::unique_ptr<QGuiApplication> mApp;
};

} // namespace

int runExport(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    constexpr const char *usage =
        "Usage: hallwright-cli export PLAN --format pdf|svg|png|dxf|csv [--hall ID] -o OUT\n"
        "       [--paper a3|a4] [--csv schedule|bom] [--dpi N]\n";
    Args a({}, {"--format", "--hall", "-o", "--output", "--paper", "--csv", "--dpi"});
    if (auto e = a.parse(args)) {
        err << "error: " << *e << '\n' << usage;
        return BadInput;
    }
    if (a.positionals().size() != 1) {
        err << "error: export takes one PLAN\n" << usage;
        return BadInput;
    }
    auto outPath = a.option("-o");
    if (!outPath) outPath = a.option("--output");
    if (!outPath) {
        err << "error: export needs -o OUT\n" << usage;
        return BadInput;
    }
    ui::ExportRequest request;
    request.path = *outPath;
    request.hallId = a.option("--hall").value_or("");
    if (auto name = a.option("--format")) {
        auto format = ui::exportFormatFromName(*name);
        if (!format) {
            err << "error: --format: expected pdf, svg, png, dxf or csv, found '" << *name << "'\n";
            return BadInput;
        }
        request.format = *format;
        // An extension that names another format would hand a reader the wrong file.
        if (auto named = ui::exportFormatForPath(*outPath); named && *named != *format) {
            err << "error: " << *outPath << ": the extension is that of "
                << ui::exportFormatName(*named) << " but --format is " << *name
                << "; name the file after its format or leave --format out\n";
            return BadInput;
        }
    } else if (auto format = ui::exportFormatForPath(*outPath)) {
        request.format = *format;
    } else {
        err << "error: give --format pdf|svg|png|dxf|csv (the extension of " << *outPath
            << " names none)\n";
        return BadInput;
    }
    if (auto paper = a.option("--paper")) {
        if (*paper == "a3" || *paper == "A3") {
            request.paper = ui::PaperSize::A3;
        } else if (*paper == "a4" || *paper == "A4") {
            request.paper = ui::PaperSize::A4;
        } else {
            err << "error: --paper: expected a3 or a4, found '" << *paper << "'\n";
            return BadInput;
        }
    }
    if (auto kind = a.option("--csv")) {
        if (*kind == "schedule") {
            request.csv = core::CsvKind::RackSchedule;
        } else if (*kind == "bom") {
            request.csv = core::CsvKind::BillOfMaterials;
        } else {
            err << "error: --csv: expected schedule or bom, found '" << *kind << "'\n";
            return BadInput;
        }
    }
    if (auto dpi = a.option("--dpi")) {
        const auto n = parseInteger(*dpi, 30, 1200);
        if (!n) {
            err << "error: --dpi: expected a whole number from 30 to 1200, found '" << *dpi
                << "'\n";
            return BadInput;
        }
        request.dpi = int(*n);
    }
    // Options for another format are a mistake worth saying, not silently ignored.
    const bool paper = request.format == ui::ExportFormat::Pdf;
    const bool raster = request.format == ui::ExportFormat::Png;
    const bool csv = request.format == ui::ExportFormat::Csv;
    for (const auto &[option, applies, format] :
         {std::tuple{"--paper", paper, "pdf"}, std::tuple{"--dpi", raster, "png"},
          std::tuple{"--csv", csv, "csv"}}) {
        if (a.option(option) && !applies) {
            err << "error: " << option << " applies to --format " << format << " only, not to "
                << ui::exportFormatName(request.format) << "\n";
            return BadInput;
        }
    }
    if (isTheInput(a.positionals()[0], *outPath, "export", err)) return BadInput;

    auto plan = core::loadPlan(a.positionals()[0], core::builtinCatalog());
    if (!plan) {
        printProblems(err, plan.error().toString());
        return BadInput;
    }
    const bool paints = request.format == ui::ExportFormat::Pdf ||
                        request.format == ui::ExportFormat::Svg ||
                        request.format == ui::ExportFormat::Png;
    std::unique_ptr<HeadlessGui> gui;
    if (paints) gui = std::make_unique<HeadlessGui>();
    auto summary = ui::runExport(*plan, core::builtinCatalog(), request);
    if (!summary) {
        printProblems(err, summary.error().toString());
        return BadInput;
    }
    out << "wrote " << request.path << " (" << ui::exportFormatName(request.format);
    if (summary->pages > 0) out << ", " << counted(summary->pages, "page");
    out << "; the plan has " << errorsAndWarnings(summary->errors, summary->warnings) << ")\n";
    return summary->errors > 0 ? PlanHasErrors : Ok;
}

} // namespace hw::cli
