// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace hw::cli {

/**
 * The arguments of one command: positionals, `--flag`s and `--option value`s (also
 * `--option=value`). Knows which names the command accepts so that a typo is an error, not a
 * silently ignored option.
 */
class Args
{
public:
    Args(std::set<std::string> flags, std::set<std::string> options)
        : mFlags(std::move(flags)), mOptions(std::move(options))
    {}

    /** Parses `args`; on failure returns the message for stderr. */
    std::optional<std::string> parse(const std::vector<std::string> &args);

    const std::vector<std::string> &positionals() const { return mPositionals; }
    bool flag(const std::string &name) const { return mSetFlags.count(name) > 0; }
    std::optional<std::string> option(const std::string &name) const;

private:
    std::set<std::string> mFlags, mOptions;
    std::vector<std::string> mPositionals;
    std::set<std::string> mSetFlags;
    std::map<std::string, std::string> mValues;
};

/** Parses a whole number in [min, max]; nullopt when `text` is not one. */
std::optional<long> parseInteger(const std::string &text, long min, long max);
/** Parses a finite number in [min, max]. */
std::optional<double> parseNumber(const std::string &text, double min, double max);

} // namespace hw::cli
