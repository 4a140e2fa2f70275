// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/report.h"
#include "core/model/catalog.h"
#include "core/model/plan.h"

#include <stop_token>

namespace hw::core {

struct EvaluateOptions
{
    /** Compute space headroom through the placement engine (SPEC §4 `space`). */
    bool spaceHeadroom = true;
};

/**
 * Evaluates a whole plan (SPEC §3, §4, §6): every rule, all failure scenarios, metrics, headroom
 * and stranded capacity. A pure function of its arguments: no globals, no I/O, safe to call on a
 * worker thread with a snapshot. `builtin` is the shipped catalog; the plan's own catalog section
 * is merged over it. The plan must have passed validatePlan().
 *
 * When `stop` is requested the result is incomplete and must be discarded.
 */
EvaluationReport evaluate(const Plan &plan, const Catalog &builtin,
                          const EvaluateOptions &options = {}, std::stop_token stop = {});

/** What the evaluation of one hall needs from the rest of the plan. */
struct HallContext
{
    const Catalog &catalog;                ///< the effective catalog
    Assumptions site;                      ///< the site's energy assumptions
    std::vector<Reservation> reservations; ///< those naming this hall, in plan order
    EvaluateOptions options;
};

/**
 * Evaluates one hall. Its reservations are laid out as ghost racks (reservations.h): they count
 * against headroom and stranded capacity like installed racks, a reservation that does not fit is
 * a `reservation-unfulfillable` error, and every other figure is of the installed racks.
 */
HallReport evaluateHall(const Hall &hall, const HallContext &context);

/** Evaluates one hall with no reservations; `catalog` is the effective catalog, `pue` the site's.
 */
HallReport evaluateHall(const Hall &hall, const Catalog &catalog, double pue,
                        const EvaluateOptions &options = {});

/** The site figures from hall reports (sums; densities over the summed area). */
SiteReport summarizeSite(const std::vector<HallReport> &halls, const Assumptions &site);

} // namespace hw::core
