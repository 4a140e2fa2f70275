// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/extras.h"
#include "core/model/vec2.h"

#include <optional>
#include <string>
#include <vector>

namespace hw::core {

/** A liquid loop (technology cooling system) served by its CDUs with N+k redundancy. */
struct Loop
{
    std::string id;
    std::optional<std::string> coolant; ///< catalog coolant id; default "water"
    std::optional<double> supplyTempC;  ///< recorded and shown; default 30
    std::optional<double> deltaTK;      ///< default 10
    std::optional<int> redundantCdus;   ///< default 1
    std::optional<double> maxPipeRunM;  ///< no pipe-run check when absent
    std::optional<double> pumpKw;          ///< secondary pumps, when the plan gives them
    std::optional<double> heatRejectionKw; ///< dry coolers / chillers serving the loop
    Extras extras;

    friend bool operator==(const Loop &, const Loop &) = default;
};

/** A coolant distribution unit on the floor; an obstacle for racks. */
struct Cdu
{
    std::string id;
    std::string loop;
    std::string type;               ///< catalog CDU type, optional
    Vec2 position;                  ///< footprint centre
    std::optional<int> rotationDeg; ///< as written (absent: 0); a multiple of 90
    std::optional<double> widthM;
    std::optional<double> depthM;
    std::optional<double> capacityKw;
    std::optional<double> maxFlowLpm;
    std::optional<double> pumpKw;          ///< the CDU's own pumps, when the plan gives them
    std::optional<double> heatRejectionKw; ///< heat rejection attributed to this CDU
    Extras extras;

    int rotation() const { return ((rotationDeg.value_or(0) % 360) + 360) % 360; }
    friend bool operator==(const Cdu &, const Cdu &) = default;
};

/** Air cooling of a hall: identical units with N+k redundancy. */
struct Air
{
    double unitKw = 0;
    int units = 0;
    std::optional<int> redundantUnits; ///< default 1
    std::optional<double> otherLoadKw; ///< default 0: heat from non-rack equipment
    Extras extras;

    friend bool operator==(const Air &, const Air &) = default;
};

/** Cooling of a hall. No `air`: air is not modelled (no check, headroom null). */
struct CoolingSection
{
    std::vector<Loop> loops;
    std::vector<Cdu> cdus;
    std::optional<Air> air;
    Extras extras;

    friend bool operator==(const CoolingSection &, const CoolingSection &) = default;
};

} // namespace hw::core
