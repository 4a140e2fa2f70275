// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/hall_objects.h"
#include "core/model/hall.h"
#include "core/model/plan.h"
#include "core/model/result.h"

#include <optional>
#include <string>
#include <vector>

namespace hw::core {

/**
 * The attributes of a hall that are not lists of objects: what the property editor edits as one
 * value. Swapping it in and out of a hall is an exact, cheap undo for any of these fields.
 */
struct HallProperties
{
    std::string name;
    std::optional<Vec2> origin;
    Polyline outline;
    std::optional<double> floorLoadKgPerM2;
    std::string referenceRackType;
    HallRules rules;
    std::optional<std::string> topology;
    std::optional<Air> air;

    friend bool operator==(const HallProperties &, const HallProperties &) = default;
};

HallProperties hallProperties(const Hall &hall);
/** Writes the properties into the hall and returns the ones it had. */
HallProperties swapHallProperties(Hall &hall, HallProperties properties);

/** Site-wide attributes of a plan. */
struct PlanProperties
{
    std::string name;
    std::optional<double> pue;

    friend bool operator==(const PlanProperties &, const PlanProperties &) = default;
};
PlanProperties planProperties(const Plan &plan);
PlanProperties swapPlanProperties(Plan &plan, PlanProperties properties);

/** Inserts a whole hall at `index`; refuses a hall id in use and any object id in use. */
Status insertHall(Plan &plan, const Indexed<Hall> &hall);
/** Removes a hall and returns it with its index. */
Result<Indexed<Hall>> removeHall(Plan &plan, const std::string &hallId);

/** The polygon with vertex `index` moved to `to`. */
Polyline movedVertex(const Polyline &polygon, std::size_t index, Vec2 to);
/** The polygon with a vertex inserted before `index` (== size: at the end). */
Polyline insertedVertex(const Polyline &polygon, std::size_t index, Vec2 at);
/** The polygon without vertex `index`; refuses to go below three vertices. */
Result<Polyline> removedVertex(const Polyline &polygon, std::size_t index);
/** The polygon moved by `delta`. */
Polyline movedPolyline(const Polyline &polygon, Vec2 delta);

/** A rectangle `widthM` × `depthM` with its lower-left corner at `origin`, counter-clockwise. */
Polyline rectangle(Vec2 origin, double widthM, double depthM);

/**
 * What removing objects leaves dangling, and the edits that keep the plan valid: racks to
 * disconnect from removed feeds and loops, feeds to unhook from removed sources (and the partner
 * of a removed feed dropped from its pair, since a pair names exactly two feeds), and CDUs of a
 * removed loop, which go too.
 */
struct Dependents
{
    std::vector<Rack> racks;       ///< new values of racks that referenced removed objects
    std::vector<Feed> feeds;       ///< new values of surviving feeds
    std::vector<std::string> cdus; ///< CDUs to remove with their loop
};

Dependents dependentsOfRemoval(const Hall &hall, const std::vector<std::string> &feeds,
                               const std::vector<std::string> &sources,
                               const std::vector<std::string> &loops);

} // namespace hw::core
