// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <string>

namespace hw::core {

/**
 * A number as text for files other programs read (CSV, DXF attributes): a dot as the decimal
 * separator whatever the process locale (the GUI runs with the user's), no thousands separator,
 * at most `maxDecimals` decimals with trailing zeros dropped ("142", "1.834", "-0.5").
 */
std::string formatDecimal(double value, int maxDecimals = 3);

} // namespace hw::core
