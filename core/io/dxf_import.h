// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/hall.h"
#include "core/model/plan.h"
#include "core/model/result.h"

#include <optional>
#include <string>
#include <vector>

namespace hw::core {

/** A layer of a DXF drawing and what it holds, so that a user can pick the right ones. */
struct DxfLayerSummary
{
    std::string name;
    int closedPolylines =
        0; ///< closed LWPOLYLINE / POLYLINE entities (candidate outlines, obstacles)
    int otherEntities = 0; ///< lines, arcs, open polylines, ... (drawn in an underlay only)
    /** Block references (INSERT), texts, splines, ellipses, hatches, points: not read at all, but
     *  counted, so that a layer of columns drawn as blocks does not look empty. */
    int unreadEntities = 0;
};

/** A polyline of a drawing, in drawing units. Arcs (bulges) are already flattened. */
struct DxfPolyline
{
    std::string layer;
    std::vector<Vec2> points;
    bool closed = false;
};

/** A straight piece of a drawing, in drawing units. */
struct DxfSegment
{
    std::string layer;
    Vec2 a, b;
};

/**
 * What Hallwright takes from a DXF file: the units it declares, its layers, its polylines and,
 * for the underlay, everything drawable reduced to line segments. Entities inside block
 * definitions and in paper space are not taken (an INSERT of a block is not expanded).
 */
struct DxfDrawing
{
    std::optional<int> insUnits; ///< $INSUNITS as written; absent or 0: the file does not say
    std::vector<DxfLayerSummary> layers; ///< in the order first seen (layer table, then entities)
    std::vector<DxfPolyline> polylines;
    std::vector<DxfSegment> segments; ///< lines, arcs and circles (flattened); not the polylines
};

/** Reads a DXF file (ASCII, any version dxflib reads). Fails when the file cannot be read. */
Result<DxfDrawing> readDxfFile(const std::string &path);
/** The same from the file's text. */
Result<DxfDrawing> readDxfText(const std::string &text);

/**
 * Metres per drawing unit for a DXF `$INSUNITS` code: 1 in, 2 ft, 4 mm, 5 cm, 6 m, 7 km, 10 yd,
 * 14 dm; nullopt for 0 (unitless) and codes that are no length a hall is drawn in.
 */
std::optional<double> metresPerDxfUnit(int insUnits);

/** Metres per unit for a unit name the user gives: m, mm, cm, dm, km, in, ft, yd. */
std::optional<double> metresPerUnitName(const std::string &name);

/** What to take from a drawing. */
struct DxfImportOptions
{
    std::vector<std::string> outlineLayers; ///< the outline is the largest closed polyline on these
    std::vector<std::string> obstacleLayers; ///< every closed polyline on these is an obstacle
    std::optional<double> metresPerUnit;     ///< overrides $INSUNITS; needed when the file has none
    std::string obstacleIdPrefix = "OBS";    ///< obstacles are named PREFIX-1, PREFIX-2, ...
};

/** A hall outline and obstacles from a drawing, in metres, in the drawing's coordinates. */
struct DxfHallGeometry
{
    Polyline outline; ///< counter-clockwise
    std::vector<Obstacle> obstacles;
    double metresPerUnit = 1;
    std::vector<std::string> notes; ///< what was skipped and why, for the user
};

/**
 * Takes the outline (the largest closed polyline by area on the outline layers) and the obstacles
 * (closed polylines on the obstacle layers, except the one taken as outline) from a drawing. Fails
 * with a message that says what to do when a layer does not exist or holds no closed polyline, or
 * when the units are unknown and not given.
 */
Result<DxfHallGeometry> hallGeometryFromDxf(const DxfDrawing &drawing,
                                            const DxfImportOptions &options);

/** A read-only background for the plan view: line segments in metres, and their extent. */
struct DxfUnderlay
{
    std::vector<std::pair<Vec2, Vec2>> segments;
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
};

/**
 * The drawing's polylines and segments on the given layers (all when empty) as an underlay in
 * metres, in the drawing's coordinates (which a hall drawn from it shares). `metresPerUnit` as in
 * DxfImportOptions; fails like hallGeometryFromDxf() when the units are unknown.
 */
Result<DxfUnderlay> underlayFromDxf(const DxfDrawing &drawing, std::optional<double> metresPerUnit,
                                    const std::vector<std::string> &layers = {});

/**
 * The plan with a new hall `hallId` holding the geometry (racks, power and cooling empty). With
 * `moveToOrigin` the geometry is moved so that the outline's bounding box starts at (0, 0).
 * Obstacle ids are made unique in the plan. The result is not validated here.
 */
Result<Plan> addHallFromDxf(Plan plan, const std::string &hallId, DxfHallGeometry geometry,
                            bool moveToOrigin = false);

/**
 * The plan with hall `hallId`'s outline replaced; its obstacles are replaced too when
 * `replaceObstacles` (the user named obstacle layers). The result is not validated here.
 */
Result<Plan> replaceHallOutlineFromDxf(Plan plan, const std::string &hallId,
                                       DxfHallGeometry geometry, bool replaceObstacles);

} // namespace hw::core
