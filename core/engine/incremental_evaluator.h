// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/evaluate.h"
#include "core/engine/report.h"
#include "core/model/catalog.h"
#include "core/model/plan.h"

#include <cstddef>
#include <vector>

namespace hw::core {

/**
 * Keeps an evaluation up to date while a plan is edited. Rules, power scenarios, cooling and
 * headroom never cross a hall boundary (feeds, sources, loops and CDUs belong to one hall), so an
 * edit inside a hall re-evaluates that hall alone and re-sums the site: the result is always
 * identical to a full evaluate() of the same plan, without re-checking the whole campus.
 *
 * Not thread-safe; a worker thread owns one (the GUI hands it plan snapshots).
 */
class IncrementalEvaluator
{
public:
    explicit IncrementalEvaluator(const Catalog &builtin, EvaluateOptions options = {});

    /** Evaluates every hall of `plan` and remembers the results. */
    const EvaluationReport &reset(const Plan &plan);

    /**
     * Re-evaluates the halls at `changedHalls` (indices into plan.halls) after edits that stayed
     * inside them: racks added, moved, removed or reconnected, feeds, loops or CDUs edited. Falls
     * back to reset() when the edit reached beyond halls (the hall list, the catalog, the site
     * assumptions, the reservations or the plan name changed). Tenant figures are recomputed from
     * the plan every time.
     */
    const EvaluationReport &update(const Plan &plan, const std::vector<std::size_t> &changedHalls);

    const EvaluationReport &report() const { return mReport; }
    /** Halls evaluated by the last reset() or update(): for tests and benchmarks. */
    std::size_t lastEvaluatedHalls() const { return mLastEvaluated; }

private:
    bool sameContext(const Plan &plan) const;
    HallContext context(const Plan &plan, const Hall &hall) const;

    const Catalog &mBuiltin;
    EvaluateOptions mOptions;
    Catalog mCatalog;       ///< effective catalog of the last reset
    Catalog mPlanCatalog;   ///< the plan's own section it was made from
    Assumptions mSite;
    std::vector<Reservation> mReservations;
    std::vector<std::string> mHallIds;
    EvaluationReport mReport;
    std::size_t mLastEvaluated = 0;
};

} // namespace hw::core
