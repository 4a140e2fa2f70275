// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/catalog.h"
#include "core/model/plan.h"
#include "core/model/result.h"

#include <string>

namespace hw::core {

/** The layers of a DXF export; CAD users switch them on and off by these names. */
namespace dxf_layers {
inline constexpr const char *kHallOutline = "HALL-OUTLINE";
inline constexpr const char *kObstacles = "OBSTACLES";
inline constexpr const char *kRacks = "RACKS";
inline constexpr const char *kRackIds = "RACK-IDS";
inline constexpr const char *kCdus = "CDUS";
inline constexpr const char *kFeedA = "FEED-A";
inline constexpr const char *kFeedB = "FEED-B";
inline constexpr const char *kLoops = "LOOPS";
inline constexpr const char *kAisles = "AISLES";
} // namespace dxf_layers

/**
 * Which side of a 2N system a feed belongs to, for the FEED-A / FEED-B layers and the renderer's
 * colours: the second feed (in file order) of a pair is B, the first A; a feed without a pair is
 * B when its source is the second, fourth, ... source of the hall, else A.
 */
bool isFeedSideB(const Hall &hall, const Feed &feed);

/**
 * The plan, or one hall, as a DXF drawing (AutoCAD 2000, ASCII) written with dxflib: real-world
 * metres (`$INSUNITS` 6), x east and y north as in the plan, the layers of dxf_layers, one block
 * per rack type (`RACK_<type>`: the footprint at rotation 0 with its front marked, and attribute
 * definitions ID, TYPE, KW, FEEDS, LOOP) inserted once per rack at its position and rotation with
 * the rack's values. With an empty `hallId` every hall is placed at its `origin` (the site
 * drawing); with a hall id that hall alone, in hall coordinates. See docs/EXPORTS.md.
 */
Result<std::string> exportDxf(const Plan &plan, const Catalog &builtin,
                              const std::string &hallId = {});

/** exportDxf() written to `path` atomically. */
Status writeDxfFile(const Plan &plan, const Catalog &builtin, const std::string &path,
                    const std::string &hallId = {});

} // namespace hw::core
