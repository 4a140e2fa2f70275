// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "app/cli/cli.h"
#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "app/cli/text_report.h"

#include "core/engine/evaluate.h"
#include "core/engine/placement.h"
#include "core/engine/reservations.h"
#include "core/io/builtin_catalog.h"
#include "core/io/plan_files.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ostream>

namespace hw::cli {

namespace {

nlohmann::ordered_json optJson(const std::optional<int> &v)
{
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

} // namespace

int runPlace(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    constexpr const char *usage = "Usage: hallwright-cli place PLAN --hall ID --rack-type ID "
                                  "(--count N | --max) -o OUT [--json]\n";
    Args a({"--max", "--json"},
           {"--hall", "--rack-type", "--count", "-o", "--output", "--phase", "--tenant"});
    if (auto e = a.parse(args)) {
        err << "error: " << *e << '\n' << usage;
        return BadInput;
    }
    if (a.positionals().size() != 1) {
        err << "error: place takes one PLAN\n" << usage;
        return BadInput;
    }
    const auto hall = a.option("--hall");
    const auto type = a.option("--rack-type");
    auto outPath = a.option("-o");
    if (!outPath) outPath = a.option("--output");
    if (!hall || !type || !outPath) {
        err << "error: place needs --hall, --rack-type and -o\n" << usage;
        return BadInput;
    }
    if (isTheInput(a.positionals()[0], *outPath, "place", err)) return BadInput;
    const auto countText = a.option("--count");
    if (countText.has_value() == a.flag("--max")) {
        err << "error: give either --count N or --max\n" << usage;
        return BadInput;
    }
    core::PlacementRequest request;
    request.hallId = *hall;
    request.rackType = *type;
    request.phase = a.option("--phase").value_or("");
    if (countText) {
        const auto n = parseInteger(*countText, 0, 1000000);
        if (!n) {
            err << "error: --count: expected a whole number from 0 to 1000000, found '"
                << *countText << "'\n";
            return BadInput;
        }
        request.count = static_cast<int>(*n);
    }
    if (!core::planFormatForPath(*outPath)) {
        err << "error: " << *outPath << ": unknown file type; use .json or .hallplan\n";
        return BadInput;
    }
    auto plan = core::loadPlan(a.positionals()[0], core::builtinCatalog());
    if (!plan) {
        printProblems(err, plan.error().toString());
        return BadInput;
    }
    const std::string tenant = a.option("--tenant").value_or("");
    auto placed = core::placeHonouringReservations(*plan, core::builtinCatalog(), request, tenant);
    if (!placed) {
        printProblems(err, placed.error().toString());
        return BadInput;
    }
    const core::Plan result = core::applyPlacement(*plan, request.hallId, placed->racks);
    if (auto s = core::writePlanFile(result, *outPath); !s) {
        printProblems(err, s.error().toString());
        return BadInput;
    }
    core::EvaluateOptions options;
    options.spaceHeadroom = false;
    const auto report = core::evaluate(result, core::builtinCatalog(), options);

    const auto &b = placed->upperBound;
    if (a.flag("--json")) {
        nlohmann::ordered_json j;
        j["placed"] = placed->placed;
        j["requested"] = placed->requested ? nlohmann::ordered_json(*placed->requested)
                                           : nlohmann::ordered_json(nullptr);
        j["upperBound"] = {{"total", b.total},
                           {"space", optJson(b.space)},
                           {"power", optJson(b.power)},
                           {"liquid", optJson(b.liquid)},
                           {"air", optJson(b.air)}};
        j["limitedBy"] = placed->limitedBy.empty() ? nlohmann::ordered_json(nullptr)
                                                   : nlohmann::ordered_json(placed->limitedBy);
        j["gapPct"] = placed->gapPct ? nlohmann::ordered_json(*placed->gapPct)
                                     : nlohmann::ordered_json(nullptr);
        j["seconds"] = placed->seconds;
        j["reason"] = placed->reason;
        j["errors"] = report.site.errors;
        out << j.dump(2) << '\n';
    } else {
        auto part = [](const std::optional<int> &v) {
            return v ? std::to_string(*v) : std::string("-");
        };
        out << "placed " << counted(placed->placed, request.rackType + " rack") << " in hall "
            << request.hallId;
        if (placed->requested) out << " (requested " << *placed->requested << ")";
        out << '\n';
        out << "upper bound " << b.total << " (space " << part(b.space) << ", power "
            << part(b.power) << ", liquid " << part(b.liquid) << ", air " << part(b.air) << ")\n";
        if (placed->gapPct) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.1f", *placed->gapPct);
            out << "gap to the bound " << buf << " %\n";
        }
        if (!placed->limitedBy.empty()) {
            // The engine's reason names the binding resource itself ("nothing fits: power binds:
            // ..."); say it once.
            std::string reason = placed->reason;
            const std::string nothing = "nothing fits: ", binds = placed->limitedBy + " binds: ";
            const bool none = reason.rfind(nothing, 0) == 0;
            if (none) reason.erase(0, nothing.size());
            if (reason.rfind(binds, 0) == 0) reason.erase(0, binds.size());
            out << (none ? "nothing fits, limited by " : "limited by ") << placed->limitedBy << ": "
                << reason << '\n';
        }
        char secs[32];
        std::snprintf(secs, sizeof secs, "%.3f", placed->seconds);
        out << "in " << secs << " s; wrote " << *outPath << " ("
            << errorsAndWarnings(report.site.errors, report.site.warnings) << ")\n";
    }
    return report.site.errors > 0 ? PlanHasErrors : Ok;
}

} // namespace hw::cli
