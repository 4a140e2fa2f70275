// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/catalog.h"
#include "core/model/hall.h"
#include "core/model/vec2.h"

#include <memory>
#include <vector>

namespace hw::core {

/** A place where a new rack can stand without breaking a geometry rule. */
struct Slot
{
    Vec2 center;
    int rotation = 0; ///< 0, 90, 180 or 270
    int line = 0;     ///< row line within its layout (for ordering and row ids)
};

/**
 * One candidate layout: rows of back-to-back pairs sharing a rear aisle and facing pairs sharing
 * the front aisle, all parallel to x (`rowsAlongY` false) or to y, at one row offset.
 */
struct SlotLayout
{
    bool rowsAlongY = false;
    double offset = 0;
    std::vector<Slot> slots;
};

/**
 * Slot generation of the placement engine (issue 4, item 1) for one hall and one rack type.
 *
 * A rack of width w and depth d needs its footprint inside the outline shrunk by the wall
 * clearance, away from obstacles and CDUs by the obstacle clearance, clear of other racks and of
 * their aisle zones; its front and rear zones must stay in the outline and clear of obstacles, CDUs
 * and rack footprints. For every row line of a candidate layout the generator computes the x
 * intervals where all of that holds (Boost.Geometry for the outline, an R-tree of blockers for
 * the rest), fills them left to right in runs of at most maxRowRacks racks separated by cross
 * aisles, and then splits any run that would join an existing run and grow too long. Existing racks
 * never move; layouts aligned with existing rows and busway paths are among the candidates.
 *
 * Every slot of one layout can be filled at once without any geometry violation (1 mm tolerance,
 * with 0.5 mm to spare). Construction precomputes the hall; layouts() is then cheap.
 */
class SlotGenerator
{
public:
    SlotGenerator(const Hall &hall, const Catalog &catalog, const RackType &type);
    ~SlotGenerator();
    SlotGenerator(const SlotGenerator &) = delete;
    SlotGenerator &operator=(const SlotGenerator &) = delete;

    /** Every candidate layout (both orientations, several offsets), duplicates removed. */
    std::vector<SlotLayout> layouts() const;
    /** The candidate with the most slots (ties: the first). */
    SlotLayout best() const;

    /** Floor a rack claims in a row layout: w × (d + (front + rear clearance) / 2). */
    double rackClaimM2() const;
    /**
     * Floor available to new racks' claims: the outline shrunk by what the wall clearance leaves
     * beyond half an aisle, minus obstacles, CDUs and the claims of existing racks.
     */
    double usableAreaM2() const;
    /** floor(usableAreaM2 / rackClaimM2): the space part of the placement bound (SPEC §5). */
    int spaceBound() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/** Space headroom of SPEC §4: the most slots any candidate layout offers around existing racks. */
int spaceHeadroomRacks(const Hall &hall, const Catalog &catalog, const RackType &type);

} // namespace hw::core
