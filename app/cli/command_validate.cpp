// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "app/cli/cli.h"
#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "app/cli/text_report.h"

#include "core/engine/evaluate.h"
#include "core/io/builtin_catalog.h"
#include "core/io/plan_files.h"

#include <ostream>

namespace hw::cli {

int runValidate(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    Args a({}, {});
    if (auto e = a.parse(args)) {
        err << "error: " << *e << "\nUsage: hallwright-cli validate PLAN\n";
        return BadInput;
    }
    if (a.positionals().size() != 1) {
        err << "error: validate takes one PLAN\nUsage: hallwright-cli validate PLAN\n";
        return BadInput;
    }
    const std::string &path = a.positionals()[0];
    auto plan = core::loadPlan(path, core::builtinCatalog());
    if (!plan) {
        printProblems(err, plan.error().toString());
        return BadInput;
    }
    std::size_t racks = 0, feeds = 0, loops = 0, cdus = 0;
    for (const auto &h : plan->halls) {
        racks += h.racks.size();
        feeds += h.power.feeds.size();
        loops += h.cooling.loops.size();
        cdus += h.cooling.cdus.size();
    }
    out << path << ": valid plan";
    if (!plan->name.empty()) out << " \"" << plan->name << "\"";
    out << ": " << counted(static_cast<long long>(plan->halls.size()), "hall") << ", "
        << counted(racks, "rack") << ", " << counted(feeds, "feed") << ", "
        << counted(loops, "loop") << ", " << counted(cdus, "CDU") << '\n';
    // The file is sound; now the rules (SPEC §7: exit 1 when the plan breaks any).
    core::EvaluateOptions options;
    options.spaceHeadroom = false;
    const auto report = core::evaluate(*plan, core::builtinCatalog(), options);
    out << errorsAndWarnings(report.site.errors, report.site.warnings) << '\n';
    for (const auto &h : report.halls) {
        for (const auto &v : h.violations)
            out << "  " << h.id << ": " << core::severityName(v.severity) << " " << v.code << ": "
                << v.message << '\n';
    }
    return report.site.errors > 0 ? PlanHasErrors : Ok;
}

} // namespace hw::cli
