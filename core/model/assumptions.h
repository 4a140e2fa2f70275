// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/extras.h"

#include <optional>
#include <string>

namespace hw::core {

/**
 * Energy assumptions: site-wide in `Plan::assumptions`, overridden field by field per hall in
 * `Hall::assumptions` (docs/FILE-FORMATS.md).
 */
struct Assumptions
{
    std::optional<double> pue;                    ///< default 1.15
    std::optional<double> electricityPricePerMwh; ///< in `currency`; no price: no cost figures
    std::optional<double> carbonKgPerMwh;         ///< grid intensity, kg CO2e per MWh
    std::optional<std::string> currency;          ///< shown with prices, e.g. "EUR"; default "USD"
    Extras extras;

    bool empty() const
    {
        return !pue && !electricityPricePerMwh && !carbonKgPerMwh && !currency && extras.empty();
    }
    friend bool operator==(const Assumptions &, const Assumptions &) = default;
};

} // namespace hw::core
