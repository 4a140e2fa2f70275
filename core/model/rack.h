// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/extras.h"
#include "core/model/vec2.h"

#include <optional>
#include <string>
#include <vector>

namespace hw::core {

/**
 * A rack standing in a hall. `position` is the footprint's centre; at rotation 0 the width runs
 * along x and the front (cold side) faces +y (SPEC §1). References (type, feeds, loop, phase) are
 * ids; the validator guarantees they resolve before the engine sees the plan.
 */
struct Rack
{
    std::string id;
    std::string type;
    Vec2 position;
    std::optional<int> rotationDeg; ///< as written (absent: 0); a multiple of 90, read modulo 360
    std::vector<std::string> feeds;
    std::string loop;              ///< empty: not connected to a loop
    std::string phase;             ///< empty: no phase
    std::string tenant;            ///< empty: no tenant
    std::optional<double> powerKw; ///< planning power; overrides the type's maxKw
    Extras extras;

    /** Rotation in [0, 360). */
    int rotation() const { return ((rotationDeg.value_or(0) % 360) + 360) % 360; }

    friend bool operator==(const Rack &, const Rack &) = default;
};

} // namespace hw::core
