// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "app/cli/cli.h"
#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "app/cli/text_report.h"

#include "core/engine/scenario_compare.h"
#include "core/io/builtin_catalog.h"
#include "core/io/json_report.h"
#include "core/io/plan_files.h"

#include <ostream>

namespace hw::cli {

int runScenarios(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    constexpr const char *usage = "Usage: hallwright-cli scenarios PLAN [--json]\n";
    Args a({"--json"}, {});
    if (auto e = a.parse(args)) {
        err << "error: " << *e << '\n' << usage;
        return BadInput;
    }
    if (a.positionals().size() != 1) {
        err << "error: scenarios takes one PLAN\n" << usage;
        return BadInput;
    }
    auto plan = core::loadPlan(a.positionals()[0], core::builtinCatalog());
    if (!plan) {
        printProblems(err, plan.error().toString());
        return BadInput;
    }
    const core::ScenarioComparison comparison =
        core::compareScenarios(*plan, core::builtinCatalog());
    if (a.flag("--json")) {
        out << core::scenarioComparisonToJson(plan->name, plan->activeScenario, comparison);
    } else {
        out << "Plan \"" << plan->name << "\": "
            << (plan->scenarios.empty() ? std::string("no scenarios, the plan as it is")
                                        : std::to_string(plan->scenarios.size()) + " scenarios")
            << "\n\n";
        printScenarioComparison(out, comparison);
    }
    for (const core::ScenarioSummary &v : comparison.scenarios) {
        if (v.errors > 0) return PlanHasErrors;
    }
    return Ok;
}

} // namespace hw::cli
