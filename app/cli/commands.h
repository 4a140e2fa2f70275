// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace hw::cli {

// One function per command, each in its own file; `args` excludes the command name.
int runValidate(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int runEvaluate(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int runScenarios(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int runPlace(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int runGenerate(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int runConvert(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int runImportDxf(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
#ifdef HW_WITH_EXPORT
int runExport(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
#endif

/** Prints an Error's problems to `err`, one per line, prefixed with "error: ". */
void printProblems(std::ostream &err, const std::string &text);

/**
 * SPEC §2: nothing is ever written over the input. True (after the message, naming `command`)
 * when `output` is the file `input` (same path, a link or another spelling of it).
 */
bool isTheInput(const std::string &input, const std::string &output, const char *command,
                std::ostream &err);

} // namespace hw::cli
