// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "app/cli/cli.h"
#include "app/cli/cli_args.h"
#include "app/cli/commands.h"

#include "core/io/builtin_catalog.h"
#include "core/io/plan_files.h"

#include <ostream>

namespace hw::cli {

int runConvert(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    constexpr const char *usage = "Usage: hallwright-cli convert IN OUT\n";
    Args a({}, {});
    if (auto e = a.parse(args)) {
        err << "error: " << *e << '\n' << usage;
        return BadInput;
    }
    if (a.positionals().size() != 2) {
        err << "error: convert takes IN and OUT\n" << usage;
        return BadInput;
    }
    const std::string &in = a.positionals()[0];
    const std::string &outPath = a.positionals()[1];
    if (!core::planFormatForPath(outPath)) {
        err << "error: " << outPath << ": unknown file type; use .json or .hallplan\n";
        return BadInput;
    }
    // SPEC §2: nothing is ever written over the input, not even a converted copy of it.
    if (isTheInput(in, outPath, "convert", err)) return BadInput;
    auto plan = core::loadPlan(in, core::builtinCatalog());
    if (!plan) {
        printProblems(err, plan.error().toString());
        return BadInput;
    }
    if (auto s = core::writePlanFile(*plan, outPath); !s) {
        printProblems(err, s.error().toString());
        return BadInput;
    }
    out << "wrote " << outPath << '\n';
    return Ok;
}

} // namespace hw::cli
