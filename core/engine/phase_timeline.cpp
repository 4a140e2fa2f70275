// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/phase_timeline.h"

#include "core/engine/evaluate.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace hw::core {

UsableCapacity usableCapacity(const HallReport &hall)
{
    UsableCapacity c;
    // Feeds: a pair carries its smaller feed (all of the pair's load lands on one side when the
    // other fails); feeds outside pairs lose the largest of them.
    std::map<std::string, std::vector<double>> pairs;
    std::vector<double> single;
    for (const FeedReport &f : hall.feeds) {
        if (f.pair.empty())
            single.push_back(f.capacityKw);
        else
            pairs[f.pair].push_back(f.capacityKw);
    }
    for (auto &[pair, caps] : pairs) {
        if (caps.size() == 2)
            c.powerKw += std::min(caps[0], caps[1]);
        else
            single.insert(single.end(), caps.begin(), caps.end());
    }
    if (!single.empty())
        c.powerKw += std::accumulate(single.begin(), single.end(), 0.0) -
                     *std::max_element(single.begin(), single.end());
    // Sources: when each has a capacity, one of them can fail.
    const bool allRated = !hall.sources.empty() &&
                          std::all_of(hall.sources.begin(), hall.sources.end(),
                                      [](const SourceReport &s) { return s.capacityKw.has_value(); });
    if (allRated) {
        double sum = 0, largest = 0;
        for (const SourceReport &s : hall.sources) {
            sum += *s.capacityKw;
            largest = std::max(largest, *s.capacityKw);
        }
        c.powerKw = std::min(c.powerKw, sum - largest);
    }
    for (const LoopReport &l : hall.loops)
        c.liquidKw += l.capacityKw;
    if (hall.air)
        c.airKw = hall.air->capacityKw;
    return c;
}

UsableCapacity usableCapacity(const EvaluationReport &report)
{
    UsableCapacity site;
    for (const HallReport &h : report.halls) {
        const UsableCapacity c = usableCapacity(h);
        site.powerKw += c.powerKw;
        site.liquidKw += c.liquidKw;
        if (c.airKw)
            site.airKw = site.airKw.value_or(0.0) + *c.airKw;
    }
    return site;
}

bool isCapacityError(const Violation &v)
{
    static const std::set<std::string> kCodes = {"feed-overload",     "feed-overload-n1",
                                                  "source-overload",   "source-overload-n1",
                                                  "loop-overload-n1",  "loop-flow-n1",
                                                  "air-overload"};
    return v.severity == Severity::Error && kCodes.count(v.code) > 0;
}

Plan planUpToPhases(const Plan &plan, const std::vector<std::string> &phases, bool withoutPhase)
{
    const std::set<std::string> keep(phases.begin(), phases.end());
    auto kept = [&](const std::string &phase) { return phase.empty() ? withoutPhase : keep.count(phase) > 0; };
    // A whole copy keeps every shared part; then only the racks and reservations due.
    Plan out = plan;
    out.scenarios.clear();
    out.activeScenario.clear();
    out.reservations.clear();
    out.halls.clear();
    for (const Reservation &r : plan.reservations) {
        if (kept(r.phase))
            out.reservations.push_back(r);
    }
    out.halls.reserve(plan.halls.size());
    for (const Hall &h : plan.halls) {
        Hall copy = h;
        copy.racks.clear();
        for (const Rack &r : h.racks) {
            if (kept(r.phase))
                copy.racks.push_back(r);
        }
        out.halls.push_back(std::move(copy));
    }
    return out;
}

PhaseTimeline phaseTimeline(const Plan &plan, const Catalog &builtin, std::stop_token stop)
{
    PhaseTimeline timeline;
    if (plan.phases.empty())
        return timeline;
    std::vector<const Phase *> order;
    for (const Phase &p : plan.phases)
        order.push_back(&p);
    std::stable_sort(order.begin(), order.end(), [](const Phase *a, const Phase *b) {
        if (a->date.empty() != b->date.empty())
            return b->date.empty(); // dated phases first
        return a->date < b->date;
    });
    bool unphased = false;
    for (const Hall &h : plan.halls) {
        unphased = unphased || std::any_of(h.racks.begin(), h.racks.end(),
                                           [](const Rack &r) { return r.phase.empty(); });
    }

    EvaluateOptions options;
    options.spaceHeadroom = false;
    std::vector<std::string> due;
    auto step = [&](const Phase *phase) {
        if (phase)
            due.push_back(phase->id);
        const EvaluationReport report = evaluate(planUpToPhases(plan, due), builtin, options, stop);
        TimelineStep s;
        if (phase) {
            s.phase = phase->id;
            s.name = phase->name;
            s.date = phase->date;
        }
        s.rackCount = report.site.metrics.rackCount;
        s.itKw = report.site.metrics.itKw;
        s.facilityKw = report.site.metrics.facilityKw;
        s.capacity = usableCapacity(report);
        for (const HallReport &h : report.halls) {
            TimelineHall th;
            th.id = h.id;
            th.rackCount = h.metrics.rackCount;
            th.itKw = h.metrics.itKw;
            for (const LoopReport &l : h.loops)
                th.liquidLoadKw += l.loadKw;
            if (h.air)
                th.airLoadKw = h.air->loadKw;
            th.capacity = usableCapacity(h);
            for (const Violation &v : h.violations) {
                if (isCapacityError(v)) {
                    th.fits = false;
                    s.capacityErrors.push_back(v);
                }
            }
            s.liquidLoadKw += th.liquidLoadKw;
            s.airLoadKw += th.airLoadKw;
            s.fits = s.fits && th.fits;
            s.halls.push_back(std::move(th));
        }
        if (!s.fits && timeline.runOut < 0)
            timeline.runOut = static_cast<int>(timeline.steps.size());
        timeline.steps.push_back(std::move(s));
    };
    if (unphased)
        step(nullptr);
    for (const Phase *p : order) {
        if (stop.stop_requested())
            break;
        step(p);
    }
    return timeline;
}

} // namespace hw::core
