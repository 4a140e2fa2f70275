// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "app/cli/cli.h"
#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "app/cli/text_report.h"

#include "core/engine/evaluate.h"
#include "core/engine/plan_validator.h"
#include "core/io/builtin_catalog.h"
#include "core/io/dxf_import.h"
#include "core/io/export_text.h"
#include "core/io/plan_files.h"

#include <ostream>

namespace hw::cli {

namespace {

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> items;
    std::string item;
    for (char c : text) {
        if (c == ',') {
            if (!item.empty()) items.push_back(item);
            item.clear();
        } else {
            item += c;
        }
    }
    if (!item.empty()) items.push_back(item);
    return items;
}

} // namespace

int runImportDxf(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    constexpr const char *usage = "Usage: hallwright-cli import-dxf DXF --list-layers\n"
                                  "       hallwright-cli import-dxf DXF --layers-outline L "
                                  "[--layers-obstacles L1,L2] [--units m|dm|cm|mm|km|in|ft|yd]\n"
                                  "           (--new-hall ID [--move-to-origin] | "
                                  "--replace-outline HALL) --plan PLAN -o OUT\n";
    Args a({"--list-layers", "--move-to-origin"},
           {"--layers-outline", "--layers-obstacles", "--units", "--new-hall", "--replace-outline",
            "--plan", "-o", "--output"});
    if (auto e = a.parse(args)) {
        err << "error: " << *e << '\n' << usage;
        return BadInput;
    }
    if (a.positionals().size() != 1) {
        err << "error: import-dxf takes one DXF file\n" << usage;
        return BadInput;
    }
    std::optional<double> metresPerUnit;
    if (auto units = a.option("--units")) {
        metresPerUnit = core::metresPerUnitName(*units);
        if (!metresPerUnit) {
            err << "error: --units: expected m, cm, mm, dm, km, in, ft or yd, found '" << *units
                << "'\n";
            return BadInput;
        }
    }
    auto drawing = core::readDxfFile(a.positionals()[0]);
    if (!drawing) {
        printProblems(err, drawing.error().toString());
        return BadInput;
    }

    if (a.flag("--list-layers")) {
        out << "units: ";
        if (drawing->insUnits && core::metresPerDxfUnit(*drawing->insUnits))
            out << "$INSUNITS " << *drawing->insUnits << " (1 unit = "
                << core::formatDecimal(*core::metresPerDxfUnit(*drawing->insUnits), 4) << " m)\n";
        else
            out << "not given in the file (use --units)\n";
        out << "layer\tclosed polylines\tother entities\tnot read (blocks, text, ...)\n";
        bool blocks = false;
        for (const auto &l : drawing->layers) {
            out << l.name << '\t' << l.closedPolylines << '\t' << l.otherEntities << '\t'
                << l.unreadEntities << '\n';
            blocks = blocks || (l.unreadEntities > 0 && l.closedPolylines == 0);
        }
        if (blocks)
            out << "note: only closed polylines become outlines and obstacles; explode blocks "
                   "(columns drawn as blocks) in CAD first\n";
        return Ok;
    }

    const auto outline = a.option("--layers-outline");
    const auto planPath = a.option("--plan");
    auto outPath = a.option("-o");
    if (!outPath) outPath = a.option("--output");
    const auto newHall = a.option("--new-hall");
    const auto replace = a.option("--replace-outline");
    if (!outline || !planPath || !outPath) {
        err << "error: import-dxf needs --layers-outline, --plan and -o (or --list-layers)\n"
            << usage;
        return BadInput;
    }
    if (newHall.has_value() == replace.has_value()) {
        err << "error: give either --new-hall ID or --replace-outline HALL\n" << usage;
        return BadInput;
    }
    if (!core::planFormatForPath(*outPath)) {
        err << "error: " << *outPath << ": unknown file type; use .json or .hallplan\n";
        return BadInput;
    }
    if (isTheInput(*planPath, *outPath, "import-dxf", err)) return BadInput;
    auto plan = core::loadPlan(*planPath, core::builtinCatalog());
    if (!plan) {
        printProblems(err, plan.error().toString());
        return BadInput;
    }

    core::DxfImportOptions options;
    options.outlineLayers = splitList(*outline);
    options.obstacleLayers = splitList(a.option("--layers-obstacles").value_or(""));
    options.metresPerUnit = metresPerUnit;
    options.obstacleIdPrefix = (newHall ? *newHall : *replace) + "-OBS";
    auto geometry = core::hallGeometryFromDxf(*drawing, options);
    if (!geometry) {
        printProblems(err, geometry.error().toString());
        return BadInput;
    }
    for (const auto &note : geometry->notes)
        err << "note: " << note << '\n';
    const std::size_t corners = geometry->outline.size();
    const std::size_t obstacles = geometry->obstacles.size();
    auto result =
        newHall ? core::addHallFromDxf(std::move(*plan), *newHall, std::move(*geometry),
                                       a.flag("--move-to-origin"))
                : core::replaceHallOutlineFromDxf(std::move(*plan), *replace, std::move(*geometry),
                                                  !options.obstacleLayers.empty());
    if (!result) {
        printProblems(err, result.error().toString());
        return BadInput;
    }
    // The imported geometry must make a valid plan (no self-intersecting outline, ...).
    if (auto s = core::checkPlan(*result, core::builtinCatalog()); !s) {
        printProblems(err, s.error().toString());
        return BadInput;
    }
    if (auto s = core::writePlanFile(*result, *outPath); !s) {
        printProblems(err, s.error().toString());
        return BadInput;
    }
    core::EvaluateOptions evaluateOptions;
    evaluateOptions.spaceHeadroom = false;
    const auto report = core::evaluate(*result, core::builtinCatalog(), evaluateOptions);
    out << (newHall ? "added hall " + *newHall : "replaced the outline of hall " + *replace) << ": "
        << counted(corners, "corner") << ", " << counted(obstacles, "obstacle") << "; wrote "
        << *outPath << " (" << errorsAndWarnings(report.site.errors, report.site.warnings) << ")\n";
    return report.site.errors > 0 ? PlanHasErrors : Ok;
}

} // namespace hw::cli
