// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "app/cli/cli_args.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace hw::cli {

std::optional<std::string> Args::parse(const std::vector<std::string> &args)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a.size() > 1 && a[0] == '-' && a != "-") {
            std::string name = a, value;
            bool hasValue = false;
            if (auto eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
                name = a.substr(0, eq);
                value = a.substr(eq + 1);
                hasValue = true;
            }
            if (mFlags.count(name)) {
                if (hasValue) return "option " + name + " takes no value";
                mSetFlags.insert(name);
            } else if (mOptions.count(name)) {
                if (!hasValue) {
                    if (i + 1 >= args.size()) return "option " + name + " needs a value";
                    value = args[++i];
                }
                if (mValues.count(name)) return "option " + name + " is given twice";
                mValues[name] = value;
            } else {
                return "unknown option " + name;
            }
        } else {
            mPositionals.push_back(a);
        }
    }
    return std::nullopt;
}

std::optional<std::string> Args::option(const std::string &name) const
{
    auto it = mValues.find(name);
    if (it == mValues.end()) return std::nullopt;
    return it->second;
}

std::optional<long> parseInteger(const std::string &text, long min, long max)
{
    if (text.empty()) return std::nullopt;
    errno = 0;
    char *end = nullptr;
    const long v = std::strtol(text.c_str(), &end, 10);
    if (errno != 0 || *end != '\0' || v < min || v > max) return std::nullopt;
    return v;
}

std::optional<double> parseNumber(const std::string &text, double min, double max)
{
    if (text.empty()) return std::nullopt;
    errno = 0;
    char *end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (errno != 0 || *end != '\0' || !std::isfinite(v) || v < min || v > max) return std::nullopt;
    return v;
}

} // namespace hw::cli
