// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "app/cli/cli.h"

#include "app/cli/commands.h"

#include <exception>
#include <functional>
#include <map>
#include <ostream>
#include <sstream>

namespace hw::cli {

namespace {

constexpr const char *kUsage = R"(Usage: hallwright-cli COMMAND [ARGS]

Capacity planning for liquid-cooled AI halls, without a screen.

Commands:
  validate PLAN               check a plan file; prints a summary
  convert IN OUT              convert between .json and .hallplan (by extension)

PLAN is a .json or .hallplan file. Run 'hallwright-cli COMMAND --help' for a command's options.

Exit status: 0 done and no error-level violation; 1 done but the plan has
error-level violations; 2 bad input or usage (the message is on stderr).

Options:
  -h, --help      show this help
  -V, --version   show the version
)";

struct Command
{
    std::function<int(const std::vector<std::string> &, std::ostream &, std::ostream &)> run;
    const char *help;
};

const std::map<std::string, Command> &commands()
{
    static const std::map<std::string, Command> table = {
        {"validate", {runValidate, R"(Usage: hallwright-cli validate PLAN

Reads PLAN (.json or .hallplan) and checks that it is a valid plan: syntax, types, required
fields, sizes and capacities, polygons, unique ids and references. Prints a summary.
Exit status 0 when valid, 2 when not (each problem is printed with its place).
)"}},
        {"convert", {runConvert, R"(Usage: hallwright-cli convert IN OUT

Converts a plan between the interchange format (.json) and the project file (.hallplan); the
formats are chosen by extension. The plan is checked first; OUT is replaced atomically.
)"}},
    };
    return table;
}

} // namespace

void printProblems(std::ostream &err, const std::string &text)
{
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);)
        err << "error: " << line << '\n';
}

int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    try {
        if (args.empty()) {
            err << kUsage;
            return BadInput;
        }
        const std::string &first = args.front();
        if (first == "-h" || first == "--help" || first == "help") {
            out << kUsage;
            return Ok;
        }
        if (first == "-V" || first == "--version") {
            out << "hallwright-cli " << HW_VERSION << '\n';
            return Ok;
        }
        auto it = commands().find(first);
        if (it == commands().end()) {
            err << "error: unknown command '" << first << "'\n\n" << kUsage;
            return BadInput;
        }
        std::vector<std::string> rest(args.begin() + 1, args.end());
        for (const auto &a : rest) {
            if (a == "-h" || a == "--help") {
                out << it->second.help;
                return Ok;
            }
        }
        return it->second.run(rest, out, err);
    } catch (const std::bad_alloc &) {
        err << "error: out of memory\n";
        return BadInput;
    } catch (const std::exception &e) {
        err << "error: " << e.what() << '\n';
        return BadInput;
    }
}

} // namespace hw::cli
