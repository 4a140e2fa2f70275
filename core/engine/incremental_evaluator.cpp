// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/incremental_evaluator.h"

#include "core/engine/reservations.h"
#include "core/engine/tenants.h"
#include "core/model/resolve.h"

namespace hw::core {

IncrementalEvaluator::IncrementalEvaluator(const Catalog &builtin, EvaluateOptions options)
    : mBuiltin(builtin), mOptions(options)
{}

HallContext IncrementalEvaluator::context(const Plan &plan, const Hall &hall) const
{
    return {mCatalog, mSite, reservationsOf(plan, hall.id), mOptions};
}

const EvaluationReport &IncrementalEvaluator::reset(const Plan &plan)
{
    mPlanCatalog = plan.catalog;
    mCatalog = effectiveCatalog(mBuiltin, plan);
    mSite = plan.assumptions;
    mReservations = plan.reservations;
    mHallIds.clear();
    mReport = {};
    mReport.plan = plan.name;
    for (const Hall &h : plan.halls) {
        mHallIds.push_back(h.id);
        mReport.halls.push_back(evaluateHall(h, context(plan, h)));
    }
    mReport.site = summarizeSite(mReport.halls, mSite);
    mReport.tenants = tenantReports(plan, mCatalog, mReport.halls);
    mLastEvaluated = plan.halls.size();
    return mReport;
}

bool IncrementalEvaluator::sameContext(const Plan &plan) const
{
    if (plan.halls.size() != mHallIds.size() || plan.name != mReport.plan ||
        !(plan.assumptions == mSite) || !(plan.reservations == mReservations) ||
        !(plan.catalog == mPlanCatalog))
        return false;
    for (std::size_t i = 0; i < plan.halls.size(); ++i) {
        if (plan.halls[i].id != mHallIds[i])
            return false;
    }
    return true;
}

const EvaluationReport &IncrementalEvaluator::update(const Plan &plan,
                                                     const std::vector<std::size_t> &changedHalls)
{
    if (!sameContext(plan))
        return reset(plan);
    mLastEvaluated = 0;
    for (std::size_t i : changedHalls) {
        if (i >= plan.halls.size())
            return reset(plan);
        mReport.halls[i] = evaluateHall(plan.halls[i], context(plan, plan.halls[i]));
        ++mLastEvaluated;
    }
    mReport.site = summarizeSite(mReport.halls, mSite);
    mReport.tenants = tenantReports(plan, mCatalog, mReport.halls);
    return mReport;
}

} // namespace hw::core
