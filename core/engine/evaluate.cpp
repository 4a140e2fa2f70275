// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/evaluate.h"

#include "core/engine/cooling_analysis.h"
#include "core/engine/energy.h"
#include "core/engine/geometry_rules.h"
#include "core/engine/hall_inputs.h"
#include "core/engine/headroom.h"
#include "core/engine/metrics.h"
#include "core/engine/power_analysis.h"
#include "core/engine/reservations.h"
#include "core/engine/slot_generator.h"
#include "core/engine/tenants.h"
#include "core/model/resolve.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace hw::core {

namespace {

Violation unfulfillable(const Hall &hall, const ReservationFit &f)
{
    std::string message = "reservation " + f.id + " of tenant " + f.tenant + " holds " +
                          std::to_string(f.racks) + " " + f.rackType + " racks in hall " + hall.id +
                          "; only " + std::to_string(f.fitted) + " fit";
    if (!f.reason.empty()) message += " (" + f.reason + ")";
    return {"reservation-unfulfillable", Severity::Error, {f.id, hall.id}, std::move(message)};
}

} // namespace

HallReport evaluateHall(const Hall &hall, const HallContext &ctx)
{
    const Catalog &catalog = ctx.catalog;
    const EnergyValues energy = resolveEnergy(ctx.site, hall.assumptions);
    const HallInputs in = HallInputs::build(hall, catalog);
    HallReport rep;
    rep.id = hall.id;
    rep.name = hall.name;
    rep.metrics = hallMetrics(in, energy.pue);
    rep.energy = hallEnergy(hall, rep.metrics, energy);

    PowerAnalysis power = analyzePower(in);
    CoolingAnalysis cooling = analyzeCooling(in);

    rep.violations = checkHallGeometry(hall, catalog);
    rep.violations.insert(rep.violations.end(), power.violations.begin(), power.violations.end());
    rep.violations.insert(rep.violations.end(), cooling.violations.begin(),
                          cooling.violations.end());

    // Reservations: ghost racks that count against headroom like installed ones.
    if (!ctx.reservations.empty()) {
        ReservedLayout reserved = placeReservations(hall, catalog, ctx.reservations);
        for (const ReservationFit &f : reserved.fits) {
            if (f.fitted < f.racks) rep.violations.push_back(unfulfillable(hall, f));
        }
        rep.reservations = std::move(reserved.fits);
        rep.ghosts = std::move(reserved.ghosts);
    }
    for (const Violation &v : rep.violations)
        (v.severity == Severity::Error ? rep.errors : rep.warnings) += 1;

    if (const RackType *ref = referenceRackType(hall, catalog)) {
        Headroom &h = rep.headroom;
        h.referenceRackType = ref->id;
        auto measure = [&](const Hall &target, const HallInputs &tin, const PowerAnalysis &tpower,
                           const CoolingAnalysis &tcooling) {
            if (ctx.options.spaceHeadroom) h.space = spaceHeadroomRacks(target, catalog, *ref);
            h.power = powerHeadroomRacks(tin, tpower, ref->maxKw);
            h.liquid = liquidHeadroomRacks(tin, tcooling, *ref);
            h.air = airHeadroomRacks(tcooling, *ref);
        };
        if (rep.ghosts.empty()) {
            measure(hall, in, power, cooling);
        } else {
            const Hall reservedHall = withGhosts(hall, rep.ghosts);
            const HallInputs rin = HallInputs::build(reservedHall, catalog);
            measure(reservedHall, rin, analyzePower(rin), analyzeCooling(rin));
        }
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

HallReport evaluateHall(const Hall &hall, const Catalog &catalog, double pue,
                        const EvaluateOptions &options)
{
    HallContext ctx{catalog, {}, {}, options};
    ctx.site.pue = pue;
    return evaluateHall(hall, ctx);
}

SiteReport summarizeSite(const std::vector<HallReport> &halls, const Assumptions &siteAssumptions)
{
    SiteReport site;
    const double pue = resolvePue(siteAssumptions);
    std::vector<const Metrics *> metrics;
    std::vector<const EnergyReport *> energy;
    metrics.reserve(halls.size());
    energy.reserve(halls.size());
    for (const HallReport &h : halls) {
        metrics.push_back(&h.metrics);
        energy.push_back(&h.energy);
        site.errors += h.errors;
        site.warnings += h.warnings;
        site.addableRacks += h.headroom.addableRacks;
        site.stranded.powerKw += h.stranded.powerKw;
        site.stranded.liquidKw += h.stranded.liquidKw;
        site.stranded.airKw += h.stranded.airKw;
        site.stranded.slots += h.stranded.slots;
    }
    site.metrics = siteMetrics(metrics, pue);
    site.energy = siteEnergy(energy, resolveEnergy(siteAssumptions, {}).currency, pue);
    return site;
}

EvaluationReport evaluate(const Plan &plan, const Catalog &builtin, const EvaluateOptions &options,
                          std::stop_token stop)
{
    EvaluationReport report;
    report.plan = plan.name;
    const Catalog catalog = effectiveCatalog(builtin, plan);
    report.halls.resize(plan.halls.size());
    // Halls are independent: evaluate them on the machine's cores. Each worker takes the next
    // hall; results land in their own slots, so the report is the same whatever the order.
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < plan.halls.size();) {
            if (stop.stop_requested()) return;
            const HallContext ctx{catalog, plan.assumptions, reservationsOf(plan, plan.halls[i].id),
                                  options};
            report.halls[i] = evaluateHall(plan.halls[i], ctx);
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
    if (stop.stop_requested()) return report;
    report.site = summarizeSite(report.halls, plan.assumptions);
    report.tenants = tenantReports(plan, catalog, report.halls);
    return report;
}

} // namespace hw::core
