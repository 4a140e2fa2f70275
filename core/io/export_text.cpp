// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/io/export_text.h"

#include <charconv>
#include <cmath>

namespace hw::core {

std::string formatDecimal(double value, int maxDecimals)
{
    if (!std::isfinite(value)) return {};
    char buf[64];
    auto [end, ec] =
        std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, maxDecimals);
    if (ec != std::errc()) return {};
    std::string text(buf, end);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    if (text == "-0") text = "0";
    return text;
}

} // namespace hw::core
