// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/evaluate.h"

#include "core/engine/cooling_analysis.h"
#include "core/engine/geometry_rules.h"
#include "core/engine/hall_inputs.h"
#include "core/engine/headroom.h"
#include "core/engine/metrics.h"
#include "core/engine/power_analysis.h"
#include "core/engine/slot_generator.h"
#include "core/model/resolve.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace hw::core {

HallReport evaluateHall(const Hall &hall, const Catalog &catalog, double pue,
                        const EvaluateOptions &options)
{
    const HallInputs in = HallInputs::build(hall, catalog);
    HallReport rep;
    rep.id = hall.id;
    rep.name = hall.name;
    rep.metrics = hallMetrics(in, pue);

    PowerAnalysis power = analyzePower(in);
    CoolingAnalysis cooling = analyzeCooling(in);

    rep.violations = checkHallGeometry(hall, catalog);
    rep.violations.insert(rep.violations.end(), power.violations.begin(), power.violations.end());
    rep.violations.insert(rep.violations.end(), cooling.violations.begin(), cooling.violations.end());
    for (const Violation &v : rep.violations)
        (v.severity == Severity::Error ? rep.errors : rep.warnings) += 1;

    if (const RackType *ref = referenceRackType(hall, catalog)) {
        Headroom &h = rep.headroom;
        h.referenceRackType = ref->id;
        if (options.spaceHeadroom)
            h.space = spaceHeadroomRacks(hall, catalog, *ref);
        h.power = powerHeadroomRacks(in, power, ref->maxKw);
        h.liquid = liquidHeadroomRacks(in, cooling, *ref);
        h.air = airHeadroomRacks(cooling, *ref);
        bindHeadroom(h);
        rep.stranded = strandedCapacity(h, *ref);
    }

    rep.feeds = std::move(power.feeds);
    rep.sources = std::move(power.sources);
    rep.outages = std::move(power.outages);
    rep.loops = std::move(cooling.loops);
    rep.air = cooling.air;
    return rep;
}

SiteReport summarizeSite(const std::vector<HallReport> &halls, double pue)
{
    SiteReport site;
    std::vector<const Metrics *> metrics;
    metrics.reserve(halls.size());
    for (const HallReport &h : halls) {
        metrics.push_back(&h.metrics);
        site.errors += h.errors;
        site.warnings += h.warnings;
        site.addableRacks += h.headroom.addableRacks;
        site.stranded.powerKw += h.stranded.powerKw;
        site.stranded.liquidKw += h.stranded.liquidKw;
        site.stranded.airKw += h.stranded.airKw;
        site.stranded.slots += h.stranded.slots;
    }
    site.metrics = siteMetrics(metrics, pue);
    return site;
}

EvaluationReport evaluate(const Plan &plan, const Catalog &builtin, const EvaluateOptions &options,
                          std::stop_token stop)
{
    EvaluationReport report;
    report.plan = plan.name;
    const Catalog catalog = effectiveCatalog(builtin, plan);
    const double pue = resolvePue(plan.assumptions);
    report.halls.resize(plan.halls.size());
    // Halls are independent: evaluate them on the machine's cores. Each worker takes the next
    // hall; results land in their own slots, so the report is the same whatever the order.
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < plan.halls.size();) {
            if (stop.stop_requested())
                return;
            report.halls[i] = evaluateHall(plan.halls[i], catalog, pue, options);
        }
    };
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t workers = std::min<std::size_t>({cores, plan.halls.size(), 8});
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < workers; ++t)
        threads.emplace_back(work);
    work();
    for (std::thread &t : threads)
        t.join();
    report.site = summarizeSite(report.halls, pue);
    return report;
}

} // namespace hw::core
