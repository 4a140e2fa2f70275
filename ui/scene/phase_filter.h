// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/plan.h"

#include <string>
#include <vector>

namespace hw::ui {

/**
 * Which racks the plan view shows by build phase (issue 6 item 3). A view setting only: it never
 * changes the plan, and the analysis keeps evaluating every rack.
 */
struct PhaseFilter
{
    enum class Mode
    {
        All,  ///< every rack
        UpTo, ///< built up to `phase`: core::planUpToPhases() (racks without a phase stand already)
        Only, ///< only the racks of `phase`
    };
    Mode mode = Mode::All;
    std::string phase;

    /** Whether the filter hides anything at all (a mode other than All naming a phase). */
    bool active() const { return mode != Mode::All && !phase.empty(); }

    friend bool operator==(const PhaseFilter &, const PhaseFilter &) = default;
};

/** The phase ids in build order: by date, phases without a date last in file order. */
std::vector<std::string> phasesInBuildOrder(const core::Plan &plan);

/** What a filter keeps, as the arguments of core::planUpToPhases(). */
struct PhaseSelection
{
    std::vector<std::string> phases;
    bool withoutPhase = true;
};

/**
 * The phases a filter keeps. UpTo: `phase` and every phase before it in build order, plus racks
 * without a phase; Only: `phase` alone. A filter naming a phase the plan lacks keeps everything.
 */
PhaseSelection phaseSelection(const core::Plan &plan, const PhaseFilter &filter);

} // namespace hw::ui
