// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/failure_analysis.h"

#include "core/engine/hall_inputs.h"
#include "core/engine/power_analysis.h"

#include <algorithm>
#include <limits>
#include <set>

namespace hw::core {

namespace {

struct Limit
{
    double factor = 1.0;
    std::string by;

    void consider(double f, const std::string &id)
    {
        if (f < factor) {
            factor = f;
            by = id;
        }
    }
};

double factorOf(double load, double capacity)
{
    if (load <= capacity + kPowerEpsilonKw)
        return 1.0;
    return capacity > 0 ? capacity / load : 0.0;
}

HallFailureReport analyzeHall(const HallInputs &in, const std::set<std::string> &failed)
{
    HallFailureReport rep;
    rep.id = in.hall->id;
    std::vector<char> feedDown(in.feeds.size(), 0), sourceDown(in.sources.size(), 0),
        cduDown(in.cdus.size(), 0);
    for (std::size_t s = 0; s < in.sources.size(); ++s)
        sourceDown[s] = failed.count(in.sources[s].source->id) > 0;
    for (std::size_t f = 0; f < in.feeds.size(); ++f) {
        const int s = in.feeds[f].source;
        feedDown[f] = failed.count(in.feeds[f].feed->id) > 0 ||
                      (s != HallInputs::kNone && sourceDown[static_cast<std::size_t>(s)]);
    }
    for (std::size_t c = 0; c < in.cdus.size(); ++c)
        cduDown[c] = failed.count(in.cdus[c].cdu->id) > 0;

    // Power: each rack splits its power over its surviving feeds.
    std::vector<double> feedLoad(in.feeds.size(), 0.0);
    std::vector<std::vector<int>> alive(in.racks.size());
    std::vector<char> powered(in.racks.size(), 0);
    for (std::size_t r = 0; r < in.racks.size(); ++r) {
        const auto &rack = in.racks[r];
        for (int f : rack.feeds) {
            if (!feedDown[static_cast<std::size_t>(f)])
                alive[r].push_back(f);
        }
        if (alive[r].empty()) {
            if (!rack.feeds.empty()) {
                rep.racksDown.push_back(rack.rack->id);
                rep.lostKw += rack.planningKw;
            }
            continue;
        }
        powered[r] = 1;
        for (int f : alive[r])
            feedLoad[static_cast<std::size_t>(f)] += rack.planningKw / static_cast<double>(alive[r].size());
    }
    std::vector<double> feedFactor(in.feeds.size(), 1.0), sourceFactor(in.sources.size(), 1.0);
    for (std::size_t f = 0; f < in.feeds.size(); ++f) {
        PowerUnderFailure p;
        p.id = in.feeds[f].feed->id;
        p.failed = feedDown[f];
        p.capacityKw = in.feeds[f].capacityKw;
        p.loadKw = feedLoad[f];
        p.overKw = std::max(0.0, p.loadKw - *p.capacityKw);
        feedFactor[f] = factorOf(p.loadKw, *p.capacityKw);
        rep.feeds.push_back(p);
    }
    for (std::size_t s = 0; s < in.sources.size(); ++s) {
        PowerUnderFailure p;
        p.id = in.sources[s].source->id;
        p.failed = sourceDown[s];
        p.capacityKw = in.sources[s].source->capacityKw;
        for (int f : in.sources[s].feeds)
            p.loadKw += feedLoad[static_cast<std::size_t>(f)];
        if (p.capacityKw) {
            p.overKw = std::max(0.0, p.loadKw - *p.capacityKw);
            sourceFactor[s] = factorOf(p.loadKw, *p.capacityKw);
        }
        rep.sources.push_back(p);
    }

    // Liquid: the surviving CDUs against the heat and flow of powered racks.
    std::vector<double> loopHeat(in.loops.size(), 0.0), loopFlow(in.loops.size(), 0.0);
    double airHeat = 0;
    for (std::size_t r = 0; r < in.racks.size(); ++r) {
        if (!powered[r])
            continue;
        const auto &rack = in.racks[r];
        const double liquid = rack.planningKw * rack.liquidFraction;
        airHeat += rack.planningKw - liquid;
        if (rack.loop != HallInputs::kNone) {
            loopHeat[static_cast<std::size_t>(rack.loop)] += liquid;
            loopFlow[static_cast<std::size_t>(rack.loop)] += in.flowLpm(rack.loop, liquid);
        }
    }
    std::vector<double> loopFactor(in.loops.size(), 1.0);
    std::vector<std::string> loopBy(in.loops.size());
    for (std::size_t l = 0; l < in.loops.size(); ++l) {
        LoopUnderFailure lr;
        lr.id = in.loops[l].loop->id;
        for (int c : in.loops[l].cdus) {
            const auto &cdu = in.cdus[static_cast<std::size_t>(c)];
            if (cduDown[static_cast<std::size_t>(c)]) {
                lr.failedCdus.push_back(cdu.cdu->id);
                continue;
            }
            lr.capacityKw += cdu.values.capacityKw.value_or(0.0);
            lr.flowCapacityLpm += cdu.values.maxFlowLpm.value_or(0.0);
        }
        lr.loadKw = loopHeat[l];
        lr.flowLpm = loopFlow[l];
        lr.shortKw = std::max(0.0, lr.loadKw - lr.capacityKw);
        lr.shortLpm = std::max(0.0, lr.flowLpm - lr.flowCapacityLpm);
        const double heatF = factorOf(lr.loadKw, lr.capacityKw);
        const double flowF = factorOf(lr.flowLpm, lr.flowCapacityLpm);
        loopFactor[l] = std::min(heatF, flowF);
        loopBy[l] = lr.id;
        rep.loops.push_back(lr);
    }
    double airFactor = 1.0;
    if (const auto &air = in.hall->cooling.air) {
        PowerUnderFailure a;
        a.id = "air";
        a.capacityKw = air->units * air->unitKw;
        a.loadKw = airHeat + air->otherLoadKw.value_or(0.0);
        a.overKw = std::max(0.0, a.loadKw - *a.capacityKw);
        // Other (non-rack) air load cannot throttle: only the racks' share is scaled.
        const double room = *a.capacityKw - air->otherLoadKw.value_or(0.0);
        airFactor = a.overKw > 0 ? (airHeat > 0 ? std::max(0.0, room) / airHeat : 1.0) : 1.0;
        airFactor = std::min(airFactor, 1.0);
        rep.air = a;
    }

    // Throttling: the deepest cut over every resource a powered rack uses.
    for (std::size_t r = 0; r < in.racks.size(); ++r) {
        if (!powered[r])
            continue;
        const auto &rack = in.racks[r];
        Limit limit;
        for (int f : alive[r]) {
            limit.consider(feedFactor[static_cast<std::size_t>(f)], in.feeds[static_cast<std::size_t>(f)].feed->id);
            const int s = in.feeds[static_cast<std::size_t>(f)].source;
            if (s != HallInputs::kNone)
                limit.consider(sourceFactor[static_cast<std::size_t>(s)],
                               in.sources[static_cast<std::size_t>(s)].source->id);
        }
        if (rack.liquidFraction > 0 && rack.loop != HallInputs::kNone)
            limit.consider(loopFactor[static_cast<std::size_t>(rack.loop)],
                           loopBy[static_cast<std::size_t>(rack.loop)]);
        if (rack.liquidFraction < 1 && rep.air)
            limit.consider(airFactor, "air");
        if (limit.factor < 1.0) {
            ThrottledRack t;
            t.rack = rack.rack->id;
            t.planningKw = rack.planningKw;
            t.allowedKw = rack.planningKw * limit.factor;
            t.throttleKw = t.planningKw - t.allowedKw;
            t.limitedBy = limit.by;
            rep.throttleKw += t.throttleKw;
            rep.throttled.push_back(t);
        }
    }
    std::stable_sort(rep.throttled.begin(), rep.throttled.end(),
                     [](const ThrottledRack &a, const ThrottledRack &b) { return a.throttleKw > b.throttleKw; });
    return rep;
}

} // namespace

Result<FailureReport> analyzeFailure(const Plan &plan, const Catalog &builtin,
                                     const std::vector<std::string> &failedIds)
{
    const Catalog catalog = effectiveCatalog(builtin, plan);
    std::set<std::string> failed(failedIds.begin(), failedIds.end());
    std::set<std::string> known;
    std::vector<const Hall *> affected;
    for (const Hall &h : plan.halls) {
        bool touches = false;
        auto mark = [&](const std::string &id) {
            if (failed.count(id)) {
                known.insert(id);
                touches = true;
            }
        };
        for (const Feed &f : h.power.feeds)
            mark(f.id);
        for (const Source &s : h.power.sources)
            mark(s.id);
        for (const Cdu &c : h.cooling.cdus)
            mark(c.id);
        if (touches)
            affected.push_back(&h);
    }
    for (const std::string &id : failedIds) {
        if (!known.count(id))
            return Error("--fail", "unknown feed, source or CDU \"" + id + "\"");
    }
    FailureReport rep;
    rep.failed = failedIds;
    for (const Hall *h : affected) {
        const HallInputs in = HallInputs::build(*h, catalog);
        HallFailureReport hr = analyzeHall(in, failed);
        rep.racksDown += static_cast<int>(hr.racksDown.size());
        rep.lostKw += hr.lostKw;
        rep.racksThrottled += static_cast<int>(hr.throttled.size());
        rep.throttleKw += hr.throttleKw;
        rep.halls.push_back(std::move(hr));
    }
    return rep;
}

} // namespace hw::core
