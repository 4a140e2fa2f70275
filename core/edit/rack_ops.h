// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/hall.h"
#include "core/model/rack.h"
#include "core/model/vec2.h"

#include <string>
#include <vector>

namespace hw::core {

/**
 * Rack edits as pure functions from the current racks to their new values. The commands store
 * both and swap them with replaceObjects(), so every rack edit undoes exactly, whatever it
 * changed. None of these touch a plan.
 */

/** The racks moved by `delta`. */
std::vector<Rack> movedRacks(const std::vector<Rack> &racks, Vec2 delta);

/**
 * The racks turned by 90° counter-clockwise times `quarterTurns` (negative: clockwise) as a
 * group about the centre of their positions' bounding box: one rack turns in place, a row turns
 * as a row. Rotations stay multiples of 90 in [0, 360).
 */
std::vector<Rack> rotatedRacks(const std::vector<Rack> &racks, int quarterTurns);

/**
 * The racks connected to `feeds` (in that order; replacing the old feeds) and to `loop` (empty:
 * keep each rack's loop). Pass `clearLoop` to disconnect them from any loop.
 */
std::vector<Rack> connectedRacks(const std::vector<Rack> &racks,
                                 const std::vector<std::string> &feeds, const std::string &loop,
                                 bool clearLoop = false);

/** Centre of the bounding box of the racks' positions. */
Vec2 racksCenter(const std::vector<Rack> &racks);

/**
 * Positions of a straight row of `count` racks of `widthM` standing side by side, the first
 * centred at `first`, running along the width direction of `rotation` (at 0: east).
 */
std::vector<Vec2> rowPositions(Vec2 first, int rotation, double widthM, int count);

/**
 * Copies of racks for pasting into `hall` with the given fresh ids: moved by `delta`, and with
 * references the target hall cannot satisfy dropped (feeds and the loop it does not have, a
 * phase not in `phaseIds`).
 */
std::vector<Rack> racksForPaste(const std::vector<Rack> &racks,
                                const std::vector<std::string> &newIds, Vec2 delta,
                                const Hall &hall, const std::vector<std::string> &phaseIds);

} // namespace hw::core
