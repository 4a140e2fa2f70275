// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/worst_failure.h"

#include <algorithm>
#include <limits>

namespace hw::core {

namespace {
double ratio(double load, double capacity)
{
    if (capacity > 0)
        return load / capacity;
    return load > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}
} // namespace

double peakUtilization(const HallFailureReport &hall)
{
    double peak = 0;
    auto power = [&](const PowerUnderFailure &p) {
        if (!p.failed && p.capacityKw)
            peak = std::max(peak, ratio(p.loadKw, *p.capacityKw));
    };
    std::for_each(hall.feeds.begin(), hall.feeds.end(), power);
    std::for_each(hall.sources.begin(), hall.sources.end(), power);
    for (const LoopUnderFailure &l : hall.loops)
        peak = std::max({peak, ratio(l.loadKw, l.capacityKw), ratio(l.flowLpm, l.flowCapacityLpm)});
    if (hall.air)
        power(*hall.air);
    return peak;
}

Result<WorstFailure> worstSingleFailure(const Plan &plan, const Catalog &builtin,
                                        const std::string &hallId, std::stop_token stop)
{
    const Hall *hall = plan.hall(hallId);
    if (!hall)
        return Error("there is no hall \"" + hallId + "\"");
    // The hall alone: the failure stays inside it, and the other halls need not be looked at.
    Plan alone = plan;
    alone.scenarios.clear();
    alone.activeScenario.clear();
    alone.halls = {*hall};

    std::vector<std::pair<std::string, const char *>> candidates;
    for (const Feed &f : hall->power.feeds)
        candidates.push_back({f.id, "feed"});
    for (const Source &s : hall->power.sources)
        candidates.push_back({s.id, "source"});
    for (const Cdu &c : hall->cooling.cdus)
        candidates.push_back({c.id, "cdu"});

    WorstFailure out;
    out.hall = hallId;
    for (const auto &[id, kind] : candidates) {
        if (stop.stop_requested())
            break;
        auto r = analyzeFailure(alone, builtin, {id});
        if (!r)
            return r.error();
        SingleFailure f;
        f.id = id;
        f.kind = kind;
        f.lostKw = r->lostKw;
        f.throttleKw = r->throttleKw;
        f.racksDown = r->racksDown;
        f.racksThrottled = r->racksThrottled;
        for (const HallFailureReport &h : r->halls)
            f.peakUtilization = std::max(f.peakUtilization, peakUtilization(h));
        out.ranked.push_back(std::move(f));
    }
    std::stable_sort(out.ranked.begin(), out.ranked.end(), [](const SingleFailure &a, const SingleFailure &b) {
        if (a.impactKw() != b.impactKw())
            return a.impactKw() > b.impactKw();
        return a.peakUtilization > b.peakUtilization;
    });
    return out;
}

} // namespace hw::core
