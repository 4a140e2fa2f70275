// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "app/cli/cli.h"
#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "app/cli/text_report.h"

#include "core/engine/evaluate.h"
#include "core/engine/failure_analysis.h"
#include "core/io/builtin_catalog.h"
#include "core/io/json_report.h"
#include "core/io/plan_files.h"
#include "core/model/scenario_plan.h"

#include <ostream>
#include <sstream>

namespace hw::cli {

namespace {

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> out;
    std::stringstream ss(text);
    for (std::string item; std::getline(ss, item, ',');) {
        if (!item.empty()) out.push_back(item);
    }
    return out;
}

} // namespace

int runEvaluate(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    constexpr const char *usage =
        "Usage: hallwright-cli evaluate PLAN [--json] [--fail ID[,ID...]] [--scenario ID]\n";
    Args a({"--json"}, {"--fail", "--scenario"});
    if (auto e = a.parse(args)) {
        err << "error: " << *e << '\n' << usage;
        return BadInput;
    }
    if (a.positionals().size() != 1) {
        err << "error: evaluate takes one PLAN\n" << usage;
        return BadInput;
    }
    std::vector<std::string> failed;
    if (auto f = a.option("--fail")) {
        failed = splitList(*f);
        if (failed.empty()) {
            err << "error: --fail: give the ids of feeds, sources or CDUs, separated by commas\n";
            return BadInput;
        }
    }
    auto plan = core::loadPlan(a.positionals()[0], core::builtinCatalog());
    if (!plan) {
        printProblems(err, plan.error().toString());
        return BadInput;
    }
    if (auto id = a.option("--scenario")) {
        const int index = core::scenarioIndex(*plan, *id);
        if (index < 0) {
            err << "error: --scenario: the plan has no scenario \"" << *id << "\"";
            if (plan->scenarios.empty())
                err << " (it has no scenarios)";
            else {
                err << "; it has";
                for (const core::Scenario &s : plan->scenarios)
                    err << " " << s.id;
            }
            err << '\n';
            return BadInput;
        }
        *plan = core::scenarioPlan(*plan, static_cast<std::size_t>(index));
    }
    std::optional<core::FailureReport> failure;
    if (!failed.empty()) {
        auto f = core::analyzeFailure(*plan, core::builtinCatalog(), failed);
        if (!f) {
            printProblems(err, f.error().toString());
            return BadInput;
        }
        failure = std::move(*f);
    }
    const core::EvaluationReport report = core::evaluate(*plan, core::builtinCatalog());
    if (a.flag("--json")) {
        out << core::reportToJson(report, failure ? &*failure : nullptr);
    } else {
        printTextReport(out, report);
        printTenantReport(out, report);
        if (failure) printFailureReport(out, *failure);
    }
    return report.site.errors > 0 ? PlanHasErrors : Ok;
}

} // namespace hw::cli
