// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Entry point of hallwright-cli: everything lives in app/cli so tests can call it.
#include "app/cli/cli.h"

#include <iostream>

int main(int argc, char **argv)
{
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    return hw::cli::run(args, std::cout, std::cerr);
}
