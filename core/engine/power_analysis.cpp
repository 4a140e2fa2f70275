// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/power_analysis.h"

#include "core/engine/message_format.h"
#include "core/geometry/distance.h"
#include "core/model/units.h"

#include <algorithm>
#include <set>

namespace hw::core {

using detail::kw;

std::string Scenarios::name(const HallInputs &in, int scenario) const
{
    if (scenario == normal())
        return "normal";
    if (scenario <= feeds)
        return "feed:" + in.feeds[static_cast<std::size_t>(scenario - 1)].feed->id;
    return "source:" + in.sources[static_cast<std::size_t>(scenario - 1 - feeds)].source->id;
}

namespace {

/** Sorts (scenario, kW) pairs and merges equal scenarios, summing in insertion order. */
void mergeByScenario(std::vector<std::pair<int, double>> &v)
{
    std::stable_sort(v.begin(), v.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::size_t out = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (out > 0 && v[out - 1].first == v[i].first)
            v[out - 1].second += v[i].second;
        else
            v[out++] = v[i];
    }
    v.resize(out);
}

/** Worst load over the given scenario deltas: the first scenario reaching the maximum wins. */
std::pair<double, int> worstOf(double normal, const std::vector<std::pair<int, double>> &deltas)
{
    double worst = normal;
    int scenario = Scenarios::normal();
    for (const auto &[s, d] : deltas) {
        if (normal + d > worst) {
            worst = normal + d;
            scenario = s;
        }
    }
    return {worst, scenario};
}

} // namespace

PowerAnalysis analyzePower(const HallInputs &in)
{
    PowerAnalysis out;
    Scenarios &sc = out.scenarios;
    sc.feeds = static_cast<int>(in.feeds.size());
    sc.sources = static_cast<int>(in.sources.size());
    out.feedLoads.resize(in.feeds.size());

    // Racks down per scenario, to report outages in scenario order.
    std::vector<std::vector<int>> down(static_cast<std::size_t>(sc.count()));

    std::vector<int> survivors;
    for (std::size_t r = 0; r < in.racks.size(); ++r) {
        const auto &rack = in.racks[r];
        const auto &fs = rack.feeds;
        const double p = rack.planningKw;
        const double k = static_cast<double>(fs.size());
        if (fs.empty())
            continue;
        for (int f : fs) {
            out.feedLoads[static_cast<std::size_t>(f)].normalKw += p / k;
            out.feedLoads[static_cast<std::size_t>(f)].racks += 1;
        }
        // Feed scenarios: each of the rack's feeds failing alone.
        for (int g : fs) {
            if (fs.size() == 1) {
                down[static_cast<std::size_t>(sc.feed(g))].push_back(static_cast<int>(r));
                continue;
            }
            const double extra = p / (k - 1) - p / k;
            for (int f : fs) {
                if (f != g)
                    out.feedLoads[static_cast<std::size_t>(f)].extras.push_back({sc.feed(g), extra});
            }
        }
        // Source scenarios: every source feeding the rack failing with all its feeds.
        std::set<int> rackSources;
        for (int f : fs) {
            const int s = in.feeds[static_cast<std::size_t>(f)].source;
            if (s != HallInputs::kNone)
                rackSources.insert(s);
        }
        for (int s : rackSources) {
            survivors.clear();
            for (int f : fs) {
                if (in.feeds[static_cast<std::size_t>(f)].source != s)
                    survivors.push_back(f);
            }
            if (survivors.empty()) {
                down[static_cast<std::size_t>(sc.source(s))].push_back(static_cast<int>(r));
                continue;
            }
            const double extra = p / static_cast<double>(survivors.size()) - p / k;
            for (int f : survivors)
                out.feedLoads[static_cast<std::size_t>(f)].extras.push_back({sc.source(s), extra});
        }
    }

    // Feeds.
    out.feeds.reserve(in.feeds.size());
    for (std::size_t f = 0; f < in.feeds.size(); ++f) {
        FeedLoads &loads = out.feedLoads[f];
        mergeByScenario(loads.extras);
        const auto [worst, scenario] = worstOf(loads.normalKw, loads.extras);
        const auto &fi = in.feeds[f];
        FeedReport rep;
        rep.id = fi.feed->id;
        rep.source = fi.feed->source;
        rep.pair = fi.feed->pair;
        rep.capacityKw = fi.capacityKw;
        rep.loadKw = loads.normalKw;
        rep.worstCaseKw = worst;
        rep.worstCaseScenario = sc.name(in, scenario);
        rep.headroomKw = fi.capacityKw - worst;
        rep.utilization = fi.capacityKw > 0 ? worst / fi.capacityKw : 0.0;
        rep.racks = loads.racks;
        out.feeds.push_back(rep);
    }

    // Sources: the sum of their surviving feeds per scenario.
    out.sources.reserve(in.sources.size());
    std::vector<std::pair<int, double>> deltas;
    for (std::size_t s = 0; s < in.sources.size(); ++s) {
        const auto &si = in.sources[s];
        double normal = 0;
        deltas.clear();
        for (int f : si.feeds) {
            const FeedLoads &loads = out.feedLoads[static_cast<std::size_t>(f)];
            normal += loads.normalKw;
            for (const auto &e : loads.extras)
                deltas.push_back(e);
            deltas.push_back({sc.feed(f), -loads.normalKw});
        }
        mergeByScenario(deltas);
        const auto [worst, scenario] = worstOf(normal, deltas);
        SourceReport rep;
        rep.id = si.source->id;
        rep.capacityKw = si.source->capacityKw;
        rep.loadKw = normal;
        rep.worstCaseKw = worst;
        rep.worstCaseScenario = sc.name(in, scenario);
        if (rep.capacityKw) {
            rep.headroomKw = *rep.capacityKw - worst;
            rep.utilization = *rep.capacityKw > 0 ? worst / *rep.capacityKw : 0.0;
        }
        out.sources.push_back(rep);
    }

    // Outages.
    for (int s = 1; s < sc.count(); ++s) {
        const auto &racks = down[static_cast<std::size_t>(s)];
        if (racks.empty())
            continue;
        ScenarioOutage o;
        o.scenario = sc.name(in, s);
        for (int r : racks) {
            o.racks.push_back(in.racks[static_cast<std::size_t>(r)].rack->id);
            o.lostKw += in.racks[static_cast<std::size_t>(r)].planningKw;
        }
        out.outages.push_back(std::move(o));
    }

    // Violations, in the order SPEC §3 lists the power codes.
    auto &v = out.violations;
    for (const FeedReport &f : out.feeds) {
        if (f.loadKw > f.capacityKw + kPowerEpsilonKw)
            v.push_back({"feed-overload", Severity::Error, {f.id},
                         "feed " + f.id + " carries " + kw(f.loadKw) + " in normal operation; its capacity is " +
                             kw(f.capacityKw)});
        else if (f.worstCaseKw > f.capacityKw + kPowerEpsilonKw)
            v.push_back({"feed-overload-n1", Severity::Error, {f.id},
                         "feed " + f.id + " would carry " + kw(f.worstCaseKw) + " when " +
                             f.worstCaseScenario.substr(f.worstCaseScenario.find(':') + 1) +
                             " fails (" + f.worstCaseScenario + "); its capacity is " + kw(f.capacityKw)});
    }
    for (const SourceReport &s : out.sources) {
        if (!s.capacityKw)
            continue;
        if (s.loadKw > *s.capacityKw + kPowerEpsilonKw)
            v.push_back({"source-overload", Severity::Error, {s.id},
                         "source " + s.id + " carries " + kw(s.loadKw) + " in normal operation; its capacity is " +
                             kw(*s.capacityKw)});
        else if (s.worstCaseKw > *s.capacityKw + kPowerEpsilonKw)
            v.push_back({"source-overload-n1", Severity::Error, {s.id},
                         "source " + s.id + " would carry " + kw(s.worstCaseKw) + " when " +
                             s.worstCaseScenario.substr(s.worstCaseScenario.find(':') + 1) +
                             " fails (" + s.worstCaseScenario + "); its capacity is " + kw(*s.capacityKw)});
    }
    for (const auto &rack : in.racks) {
        for (int f : rack.feeds) {
            const auto &fi = in.feeds[static_cast<std::size_t>(f)];
            if (fi.feed->path.empty())
                continue;
            const double d = distanceToPolyline(rack.rack->position, fi.feed->path);
            if (d > fi.reachM + kToleranceM)
                v.push_back({"feed-out-of-reach", Severity::Error, {rack.rack->id, fi.feed->id},
                             "rack " + rack.rack->id + " is " + detail::metres(d) + " from the path of feed " +
                                 fi.feed->id + "; its reach is " + detail::metres(fi.reachM)});
        }
    }
    for (const auto &rack : in.racks) {
        if (rack.feeds.empty())
            v.push_back({"rack-unpowered", Severity::Error, {rack.rack->id},
                         "rack " + rack.rack->id + " is connected to no feed"});
    }
    for (const auto &rack : in.racks) {
        if (rack.feeds.empty())
            continue;
        std::set<int> sources;
        bool sourceless = false;
        for (int f : rack.feeds) {
            const int s = in.feeds[static_cast<std::size_t>(f)].source;
            if (s == HallInputs::kNone)
                sourceless = true;
            else
                sources.insert(s);
        }
        if (rack.feeds.size() == 1)
            v.push_back({"rack-no-redundancy", Severity::Warning, {rack.rack->id},
                         "rack " + rack.rack->id + " has a single feed (" +
                             in.feeds[static_cast<std::size_t>(rack.feeds[0])].feed->id +
                             "); one failure takes it down"});
        else if (!sourceless && sources.size() == 1)
            v.push_back({"rack-no-redundancy", Severity::Warning, {rack.rack->id},
                         "all feeds of rack " + rack.rack->id + " come from source " +
                             in.sources[static_cast<std::size_t>(*sources.begin())].source->id +
                             "; its failure takes the rack down"});
    }
    return out;
}

} // namespace hw::core
