// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <cstddef>

namespace hw::core {

// What a plan may hold at most (docs/RELIABILITY.md). A plan file beyond these is refused with a
// message that says so, before it can take the memory or the time a hostile or broken file
// would ask for. Each is far beyond any real site: a 1 GW campus holds about 7,000 racks.

/** Racks in a whole plan (100,000 GB300 NVL72 racks are 14 GW of IT). */
inline constexpr std::size_t kMaxPlanRacks = 100'000;
/** Bytes of a JSON plan file (a 1 GW campus is about 3 MB). */
inline constexpr std::size_t kMaxPlanJsonBytes = std::size_t(64) << 20;
/** Values (numbers, strings, arrays, objects) in a JSON plan file: about 200,000 racks. */
inline constexpr std::size_t kMaxPlanJsonValues = 2'500'000;
/** Rows of any one table of a .hallplan file (points of outlines and paths included). */
inline constexpr std::size_t kMaxHallplanTableRows = 1'000'000;
/** Bytes of an id (of a hall, rack, feed, ...): ids are names people type. */
inline constexpr std::size_t kMaxIdBytes = 256;
/**
 * Coordinates, sizes, clearances and reaches in metres: at most 100 km (a gigawatt campus spans a
 * few km). Far larger values are no real site, and Boost.Geometry's robust rescaling of polygon
 * operations overflows on them (a fuzz finding: a CDU 5e180 m deep).
 */
inline constexpr double kMaxMetres = 100000.0;

} // namespace hw::core
