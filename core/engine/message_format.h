// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <cstdio>
#include <string>

namespace hw::core::detail {

/** Figures in violation messages, always with their unit and a fixed number of decimals. */
inline std::string fixed(double v, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}
inline std::string kw(double v) { return fixed(v, 1) + " kW"; }
inline std::string metres(double v) { return fixed(v, 2) + " m"; }
inline std::string lpm(double v) { return fixed(v, 0) + " L/min"; }
inline std::string percent(double fraction) { return fixed(fraction * 100.0, 1) + " %"; }

} // namespace hw::core::detail
