// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <string>
#include <vector>

namespace hw::core {

enum class Severity { Error, Warning };

inline const char *severityName(Severity s) { return s == Severity::Error ? "error" : "warning"; }

/**
 * A broken rule (SPEC §3): its code (`rack-overlap`), severity, the ids of the objects involved
 * in the order SPEC §8 gives, and a message for people that names them with figures.
 */
struct Violation
{
    std::string code;
    Severity severity = Severity::Error;
    std::vector<std::string> objects;
    std::string message;

    friend bool operator==(const Violation &, const Violation &) = default;
};

} // namespace hw::core
