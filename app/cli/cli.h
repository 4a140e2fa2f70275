// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace hw::cli {

/** Exit statuses of SPEC §7. */
enum ExitCode : int
{
    Ok = 0,
    PlanHasErrors = 1,
    BadInput = 2
};

/**
 * Runs `hallwright-cli` with `args` (without the program name), writing results to `out` and
 * messages to `err`. Returns the exit status. Never throws.
 */
int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace hw::cli
