// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "app/cli/cli.h"
#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "app/cli/text_report.h"

#include "core/engine/campus_generator.h"
#include "core/engine/evaluate.h"
#include "core/io/builtin_catalog.h"
#include "core/io/plan_files.h"

#include <chrono>
#include <cstdio>
#include <ostream>

namespace hw::cli {

int runGenerate(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    constexpr const char *usage = "Usage: hallwright-cli generate --it-mw N [--halls N] "
                                  "[--rack-type ID] [--name TEXT] -o OUT\n";
    Args a({}, {"--it-mw", "--halls", "--rack-type", "--name", "-o", "--output"});
    if (auto e = a.parse(args)) {
        err << "error: " << *e << '\n' << usage;
        return BadInput;
    }
    if (!a.positionals().empty()) {
        err << "error: generate takes no PLAN (unexpected '" << a.positionals()[0] << "')\n"
            << usage;
        return BadInput;
    }
    auto outPath = a.option("-o");
    if (!outPath) outPath = a.option("--output");
    const auto mwText = a.option("--it-mw");
    if (!mwText || !outPath) {
        err << "error: generate needs --it-mw and -o\n" << usage;
        return BadInput;
    }
    core::CampusSpec spec;
    const auto mw = parseNumber(*mwText, 0.001, 20000);
    if (!mw) {
        err << "error: --it-mw: expected a number of MW above 0 and up to 20000, found '" << *mwText
            << "'\n";
        return BadInput;
    }
    spec.itMw = *mw;
    if (auto h = a.option("--halls")) {
        const auto n = parseInteger(*h, 1, 1000);
        if (!n) {
            err << "error: --halls: expected a whole number from 1 to 1000, found '" << *h << "'\n";
            return BadInput;
        }
        spec.halls = static_cast<int>(*n);
    }
    if (auto t = a.option("--rack-type")) spec.rackType = *t;
    if (auto n = a.option("--name")) spec.name = *n;
    if (!core::planFormatForPath(*outPath)) {
        err << "error: " << *outPath << ": unknown file type; use .json or .hallplan\n";
        return BadInput;
    }
    const auto started = std::chrono::steady_clock::now();
    auto plan = core::generateCampus(spec, core::builtinCatalog());
    if (!plan) {
        printProblems(err, plan.error().toString());
        return BadInput;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (auto s = core::writePlanFile(*plan, *outPath); !s) {
        printProblems(err, s.error().toString());
        return BadInput;
    }
    core::EvaluateOptions options;
    options.spaceHeadroom = false;
    const auto report = core::evaluate(*plan, core::builtinCatalog(), options);
    std::size_t feeds = 0, cdus = 0;
    for (const auto &h : plan->halls) {
        feeds += h.power.feeds.size();
        cdus += h.cooling.cdus.size();
    }
    char line[256];
    std::snprintf(line, sizeof line,
                  "generated \"%s\": %zu halls, %d racks, IT %.1f MW (facility %.1f MW), %zu "
                  "feeds, %zu CDUs in %.2f s\n",
                  plan->name.c_str(), plan->halls.size(), report.site.metrics.rackCount,
                  report.site.metrics.itKw / 1000, report.site.metrics.facilityKw / 1000, feeds,
                  cdus, seconds);
    out << line << "wrote " << *outPath << " ("
        << errorsAndWarnings(report.site.errors, report.site.warnings) << ")\n";
    return report.site.errors > 0 ? PlanHasErrors : Ok;
}

} // namespace hw::cli
