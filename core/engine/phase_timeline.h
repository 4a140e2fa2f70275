// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/report.h"
#include "core/engine/violation.h"
#include "core/model/catalog.h"
#include "core/model/plan.h"

#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace hw::core {

/**
 * What a hall (or the site, summed) can carry with its redundancy spent, in kW
 * (docs/ENGINE.md "Phase timeline"). A planning line for charts, independent of how racks are
 * connected; whether a plan fits is judged by the engine's own N-1 and N+k checks.
 */
struct UsableCapacity
{
    /**
     * IT kW the feeds carry with any one feed or source failed: each 2N pair its smaller feed,
     * feeds outside pairs their sum minus the largest, and no more than the sources' sum minus
     * the largest when every source has a capacity.
     */
    double powerKw = 0;
    double liquidKw = 0;         ///< heat kW: the loops' usable (N+k) capacity, summed
    std::optional<double> airKw; ///< heat kW: (units − redundant) × unitKw; none: air not modelled

    friend bool operator==(const UsableCapacity &, const UsableCapacity &) = default;
};

/** The usable capacity of one hall, from its report. */
UsableCapacity usableCapacity(const HallReport &hall);
/** The site's: the halls' summed (air only over halls that model it). */
UsableCapacity usableCapacity(const EvaluationReport &report);

/** Whether a violation is an error-level power or cooling capacity finding (run-out). */
bool isCapacityError(const Violation &violation);

/** One hall at one step of the timeline. */
struct TimelineHall
{
    std::string id;
    int rackCount = 0;
    double itKw = 0;
    double liquidLoadKw = 0;
    double airLoadKw = 0; ///< 0 when air is not modelled
    UsableCapacity capacity;
    bool fits = true;

    friend bool operator==(const TimelineHall &, const TimelineHall &) = default;
};

/**
 * The plan as built up to one phase: the racks of that phase and of every earlier one, and the
 * racks without a phase (already there). Figures are the site's.
 */
struct TimelineStep
{
    std::string phase; ///< phase id; empty: the racks without a phase, before the first phase
    std::string name;
    std::string date; ///< YYYY-MM-DD; empty: the phase has no date
    int rackCount = 0;
    double itKw = 0;
    double facilityKw = 0;
    double liquidLoadKw = 0;
    double airLoadKw = 0;
    UsableCapacity capacity;
    bool fits = true;                    ///< no error-level power or cooling violation
    std::vector<Violation> capacityErrors; ///< why it does not fit
    std::vector<TimelineHall> halls;     ///< in plan order

    friend bool operator==(const TimelineStep &, const TimelineStep &) = default;
};

struct PhaseTimeline
{
    std::vector<TimelineStep> steps; ///< in date order; empty when the plan has no phases
    int runOut = -1;                 ///< the first step that does not fit; -1: all fit

    friend bool operator==(const PhaseTimeline &, const PhaseTimeline &) = default;
};

/**
 * The build-out by phase date (docs/ENGINE.md "Phase timeline"): phases ordered by date (phases
 * without a date last, in file order), and for each the plan restricted to the racks that stand
 * by then, evaluated without space headroom. The run-out is the first step with an error-level
 * power or cooling violation. Reservations are kept when their phase is due by that step. Pure;
 * when `stop` is requested the result is incomplete and must be discarded.
 */
PhaseTimeline phaseTimeline(const Plan &plan, const Catalog &builtin, std::stop_token stop = {});

/**
 * The plan with only the racks of the given phases (and those without a phase when
 * `withoutPhase`), and the reservations due by then. The scenario list is dropped.
 */
Plan planUpToPhases(const Plan &plan, const std::vector<std::string> &phases, bool withoutPhase = true);

} // namespace hw::core
