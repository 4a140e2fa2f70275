// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/charts/chart_data.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace hw::ui {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
/** Loads within this of a capacity are not "over" (the engine's own tolerance is smaller). */
constexpr double kOverKw = 1e-6;

/** One category of a load-against-capacity chart before sorting. */
struct Row
{
    std::string id;
    std::string note;
    double first = 0;  ///< normal load
    double second = 0; ///< worst case or what-if load; NaN: not shown
    double capacity = kNaN;
    bool over = false;
    bool failed = false;

    double utilization() const
    {
        const double shown = std::isnan(second) ? first : second;
        if (std::isnan(capacity)) return -1; // unrated: last
        if (capacity <= 0) return shown > 0 ? std::numeric_limits<double>::infinity() : 0;
        return shown / capacity;
    }
};

bool inScope(const core::HallReport &h, const std::string &hall)
{
    return hall.empty() || h.id == hall;
}

const core::HallFailureReport *failureOf(const core::FailureReport *whatIf, const std::string &hall)
{
    if (!whatIf) return nullptr;
    for (const auto &h : whatIf->halls) {
        if (h.id == hall) return &h;
    }
    return nullptr;
}

/**
 * Calls `fn(hall report, its failure or null)` for each hall in scope (`hall`; empty: all). Under
 * a site-wide what-if only the halls the failure touches are shown. Marks `d` as a what-if chart
 * when any hall has a failure.
 */
template <class Fn>
void forHallsInScope(const core::EvaluationReport &report, const std::string &hall,
                     const core::FailureReport *whatIf, ChartData &d, Fn fn)
{
    for (const auto &h : report.halls) {
        if (!inScope(h, hall)) continue;
        const core::HallFailureReport *f = failureOf(whatIf, h.id);
        if (whatIf && hall.empty() && !f) continue; // the site under a what-if: its halls only
        d.whatIf = d.whatIf || f;
        fn(h, f);
    }
}

template <class T> const T *byId(const std::vector<T> &list, const std::string &id)
{
    for (const T &t : list) {
        if (t.id == id) return &t;
    }
    return nullptr;
}

/**
 * Fills `d` from rows: failed objects first (what the user picked), then fullest first; the site
 * keeps the kMaxSiteBars fullest.
 */
void fromRows(ChartData &d, std::vector<Row> rows, const char *firstKey, const char *secondKey,
              bool truncate)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.failed != b.failed) return a.failed;
        return a.utilization() > b.utilization();
    });
    d.totalCategories = rows.size();
    if (truncate && rows.size() > kMaxSiteBars) rows.resize(kMaxSiteBars);
    ChartSeries first{firstKey, {}, false};
    ChartSeries second{secondKey ? secondKey : "", {}, false};
    ChartSeries capacity{"capacity", {}, true};
    for (const Row &r : rows) {
        d.categories.push_back(r.id);
        d.notes.push_back(r.note);
        first.values.push_back(r.first);
        second.values.push_back(r.second);
        capacity.values.push_back(r.capacity);
        d.marked.push_back(r.over);
        d.failed.push_back(r.failed);
    }
    d.series.push_back(std::move(first));
    if (secondKey) d.series.push_back(std::move(second));
    d.series.push_back(std::move(capacity));
}

bool over(double load, double capacity)
{
    return !std::isnan(capacity) && load > capacity + kOverKw;
}

std::string joined(const std::vector<std::string> &ids)
{
    std::string s;
    for (const auto &id : ids)
        s += (s.empty() ? "" : ", ") + id;
    return s;
}

/** Loads against capacity for loops (heat or flow). */
ChartData loopChart(ChartKind kind, const core::EvaluationReport &report, const std::string &hall,
                    const core::FailureReport *whatIf)
{
    const bool heat = kind == ChartKind::LoopHeat;
    ChartData d;
    d.kind = kind;
    d.hall = hall;
    std::vector<Row> rows;
    forHallsInScope(report, hall, whatIf, d,
                    [&](const core::HallReport &h, const core::HallFailureReport *f) {
                        for (const auto &l : h.loops) {
                            Row r;
                            r.id = l.id;
                            r.first = heat ? l.loadKw : l.flowLpm;
                            r.second = kNaN;
                            r.capacity = heat ? l.capacityKw : l.flowCapacityLpm;
                            if (f) {
                                if (const auto *u = byId(f->loops, l.id)) {
                                    r.second = heat ? u->loadKw : u->flowLpm;
                                    r.capacity = heat ? u->capacityKw : u->flowCapacityLpm;
                                    r.failed = !u->failedCdus.empty();
                                    r.note = joined(u->failedCdus);
                                }
                            }
                            r.over = over(std::isnan(r.second) ? r.first : r.second, r.capacity);
                            rows.push_back(std::move(r));
                        }
                    });
    fromRows(d, std::move(rows), heat ? "heat" : "flow", d.whatIf ? "whatif" : nullptr, false);
    return d;
}

} // namespace

const ChartSeries *ChartData::find(const std::string &key) const
{
    for (const ChartSeries &s : series) {
        if (s.key == key) return &s;
    }
    return nullptr;
}

ChartData feedsChart(const core::EvaluationReport &report, const std::string &hall,
                     const core::FailureReport *whatIf)
{
    ChartData d;
    d.kind = ChartKind::Feeds;
    d.hall = hall;
    std::vector<Row> rows;
    forHallsInScope(report, hall, whatIf, d,
                    [&](const core::HallReport &h, const core::HallFailureReport *f) {
                        for (const auto &feed : h.feeds) {
                            Row r;
                            r.id = feed.id;
                            r.first = feed.loadKw;
                            r.capacity = feed.capacityKw;
                            r.second = feed.worstCaseKw;
                            r.note = feed.worstCaseScenario;
                            if (f) {
                                const auto *p = byId(f->feeds, feed.id);
                                r.failed = p && p->failed;
                                r.second = p && !p->failed ? p->loadKw : 0.0;
                                r.note.clear();
                            }
                            r.over = over(r.first, r.capacity) || over(r.second, r.capacity);
                            rows.push_back(std::move(r));
                        }
                    });
    fromRows(d, std::move(rows), "load", d.whatIf ? "whatif" : "worst", hall.empty());
    return d;
}

ChartData sourcesChart(const core::EvaluationReport &report, const std::string &hall,
                       const core::FailureReport *whatIf)
{
    ChartData d;
    d.kind = ChartKind::Sources;
    d.hall = hall;
    std::vector<Row> rows;
    forHallsInScope(report, hall, whatIf, d,
                    [&](const core::HallReport &h, const core::HallFailureReport *f) {
                        for (const auto &s : h.sources) {
                            Row r;
                            r.id = s.id;
                            r.note = s.worstCaseScenario;
                            r.first = s.loadKw;
                            r.second = s.worstCaseKw;
                            if (s.capacityKw) r.capacity = *s.capacityKw;
                            if (f) {
                                const auto *p = byId(f->sources, s.id);
                                r.failed = p && p->failed;
                                r.second = p && !p->failed ? p->loadKw : 0.0;
                                r.note.clear();
                            }
                            r.over = over(r.first, r.capacity) || over(r.second, r.capacity);
                            rows.push_back(std::move(r));
                        }
                    });
    fromRows(d, std::move(rows), "load", d.whatIf ? "whatif" : "worst", false);
    return d;
}

ChartData loopHeatChart(const core::EvaluationReport &report, const std::string &hall,
                        const core::FailureReport *whatIf)
{
    return loopChart(ChartKind::LoopHeat, report, hall, whatIf);
}

ChartData loopFlowChart(const core::EvaluationReport &report, const std::string &hall,
                        const core::FailureReport *whatIf)
{
    return loopChart(ChartKind::LoopFlow, report, hall, whatIf);
}

ChartData airChart(const core::EvaluationReport &report, const std::string &hall,
                   const core::FailureReport *whatIf)
{
    ChartData d;
    d.kind = ChartKind::Air;
    d.hall = hall;
    ChartSeries heat{"heat", {}, false}, under{"whatif", {}, false}, capacity{"capacity", {}, true};
    for (const auto &h : report.halls) {
        if (!inScope(h, hall) || !h.air) continue;
        const core::HallFailureReport *f = failureOf(whatIf, h.id);
        if (whatIf && hall.empty() && !f) continue;
        d.whatIf = d.whatIf || (f && f->air);
        d.categories.push_back(h.id);
        d.notes.push_back(h.name);
        heat.values.push_back(h.air->loadKw);
        double shown = h.air->loadKw;
        double cap = h.air->capacityKw;
        if (f && f->air) {
            // Under a failure the redundant units run too: all units against the powered racks.
            shown = f->air->loadKw;
            cap = f->air->capacityKw.value_or(kNaN);
            under.values.push_back(shown);
        } else {
            under.values.push_back(kNaN);
        }
        capacity.values.push_back(cap);
        d.marked.push_back(over(shown, cap));
        d.failed.push_back(false);
    }
    d.totalCategories = d.categories.size();
    d.series.push_back(std::move(heat));
    if (d.whatIf) d.series.push_back(std::move(under));
    d.series.push_back(std::move(capacity));
    return d;
}

namespace {
const char *const kResources[] = {"space", "power", "liquid", "air"};

double value(const std::optional<int> &v)
{
    return v ? double(*v) : kNaN;
}
} // namespace

ChartData headroomChart(const core::EvaluationReport &report, const std::string &hall)
{
    ChartData d;
    d.kind = ChartKind::Headroom;
    d.hall = hall;
    if (!hall.empty()) {
        for (const auto &h : report.halls) {
            if (h.id != hall) continue;
            const core::Headroom &r = h.headroom;
            ChartSeries s{
                "headroom", {value(r.space), value(r.power), value(r.liquid), value(r.air)}, false};
            for (const char *k : kResources) {
                d.categories.push_back(k);
                d.notes.push_back(r.referenceRackType);
                d.marked.push_back(r.limitedBy == k);
                d.failed.push_back(false);
                d.binding.push_back(r.limitedBy == k ? 0 : -1);
            }
            d.series.push_back(std::move(s));
        }
        d.totalCategories = d.categories.size();
        return d;
    }
    std::vector<ChartSeries> series;
    for (const char *k : kResources)
        series.push_back({k, {}, false});
    for (const auto &h : report.halls) {
        const core::Headroom &r = h.headroom;
        d.categories.push_back(h.id);
        d.notes.push_back(r.referenceRackType);
        series[0].values.push_back(value(r.space));
        series[1].values.push_back(value(r.power));
        series[2].values.push_back(value(r.liquid));
        series[3].values.push_back(value(r.air));
        int binding = -1;
        for (int i = 0; i < 4; ++i) {
            if (r.limitedBy == kResources[i]) binding = i;
        }
        d.binding.push_back(binding);
        d.marked.push_back(false);
        d.failed.push_back(false);
    }
    d.series = std::move(series);
    d.totalCategories = d.categories.size();
    return d;
}

ChartData strandedChart(const core::EvaluationReport &report, const std::string &hall)
{
    ChartData d;
    d.kind = ChartKind::Stranded;
    d.hall = hall;
    for (const char *k : {"power", "liquid", "air"}) {
        d.categories.push_back(k);
        d.notes.emplace_back();
        d.marked.push_back(false);
        d.failed.push_back(false);
    }
    d.totalCategories = d.categories.size();
    auto values = [](const core::Stranded &s) {
        return std::vector<double>{s.powerKw, s.liquidKw, s.airKw};
    };
    if (!hall.empty()) {
        for (const auto &h : report.halls) {
            if (h.id == hall) d.series.push_back({"stranded", values(h.stranded), false});
        }
        return d;
    }
    d.stacked = true;
    for (const auto &h : report.halls)
        d.series.push_back({h.id, values(h.stranded), false});
    return d;
}

ChartData tenantKwChart(const core::EvaluationReport &report, const std::string &hall)
{
    ChartData d;
    d.kind = ChartKind::TenantKw;
    d.hall = hall;
    d.stacked = true;
    ChartSeries installed{"installed", {}}, reserved{"reserved", {}};
    for (const core::TenantReport &t : report.tenants) {
        double it = t.itKw, kw = t.reservedKw;
        if (!hall.empty()) {
            const core::TenantHallShare *share = nullptr;
            for (const auto &s : t.halls) {
                if (s.hall == hall) share = &s;
            }
            if (!share) continue;
            it = share->itKw;
            kw = share->reservedKw;
        }
        d.categories.push_back(t.id);
        d.notes.push_back(t.name);
        installed.values.push_back(it);
        reserved.values.push_back(kw);
        d.marked.push_back(false);
        d.failed.push_back(false);
    }
    d.totalCategories = d.categories.size();
    d.series = {std::move(installed), std::move(reserved)};
    return d;
}

ChartData tenantShareChart(const core::EvaluationReport &report, const std::string &hall)
{
    ChartData d;
    d.kind = ChartKind::TenantShare;
    d.hall = hall;
    d.stacked = true;
    for (const auto &h : report.halls) {
        if (!inScope(h, hall)) continue;
        d.categories.push_back(h.id);
        d.notes.push_back(h.name);
        d.marked.push_back(false);
        d.failed.push_back(false);
    }
    d.totalCategories = d.categories.size();
    for (const core::TenantReport &t : report.tenants) {
        ChartSeries s{t.id, {}, false, t.name, t.color};
        bool any = false;
        for (const std::string &h : d.categories) {
            double pct = 0;
            for (const auto &share : t.halls) {
                if (share.hall == h) pct = share.sharePct;
            }
            any = any || pct > 0;
            s.values.push_back(pct);
        }
        if (any) d.series.push_back(std::move(s));
    }
    return d;
}

double gpusPerMw(const core::Metrics &m)
{
    return m.itKw > 0 ? m.gpus / (m.itKw / 1000.0) : 0.0;
}

ChartData densityChart(const core::EvaluationReport &report, ChartKind kind)
{
    ChartData d;
    d.kind = kind;
    std::vector<const core::Metrics *> metrics;
    for (const auto &h : report.halls) {
        d.categories.push_back(h.id);
        d.notes.push_back(h.name);
        metrics.push_back(&h.metrics);
    }
    d.siteCategory = int(d.categories.size());
    d.categories.push_back("site");
    d.notes.push_back(report.plan);
    metrics.push_back(&report.site.metrics);
    d.marked.assign(d.categories.size(), false);
    d.failed.assign(d.categories.size(), false);
    d.totalCategories = d.categories.size();
    if (kind == ChartKind::DensityPflops) {
        std::set<std::string> precisions;
        for (const core::Metrics *m : metrics) {
            for (const auto &[p, v] : m->pflopsPerM2)
                precisions.insert(p);
        }
        for (const std::string &p : precisions) {
            ChartSeries s{p, {}, false};
            for (const core::Metrics *m : metrics) {
                auto it = m->pflopsPerM2.find(p);
                s.values.push_back(it == m->pflopsPerM2.end() ? 0.0 : it->second);
            }
            d.series.push_back(std::move(s));
        }
    } else if (kind == ChartKind::DensityKw) {
        ChartSeries s{"kwPerM2", {}, false};
        for (const core::Metrics *m : metrics)
            s.values.push_back(m->kwPerM2);
        d.series.push_back(std::move(s));
    } else {
        ChartSeries s{"gpusPerMw", {}, false};
        for (const core::Metrics *m : metrics)
            s.values.push_back(gpusPerMw(*m));
        d.series.push_back(std::move(s));
    }
    return d;
}

ChartData timelineChart(const core::PhaseTimeline &timeline, const std::string &hall)
{
    ChartData d;
    d.kind = ChartKind::Timeline;
    d.hall = hall;
    ChartSeries it{"itLoad", {}, false}, liquid{"liquidLoad", {}, false}, air{"airLoad", {}, false};
    ChartSeries powerCap{"powerCapacity", {}, true}, liquidCap{"liquidCapacity", {}, true},
        airCap{"airCapacity", {}, true};
    bool anyAir = false;
    for (const core::TimelineStep &s : timeline.steps) {
        const core::TimelineHall *th = nullptr;
        if (!hall.empty()) {
            for (const auto &h : s.halls) {
                if (h.id == hall) th = &h;
            }
            if (!th) continue;
        }
        const double itKw = th ? th->itKw : s.itKw;
        const double liquidKw = th ? th->liquidLoadKw : s.liquidLoadKw;
        const double airKw = th ? th->airLoadKw : s.airLoadKw;
        const core::UsableCapacity &cap = th ? th->capacity : s.capacity;
        const bool fits = th ? th->fits : s.fits;
        d.categories.push_back(s.phase);
        d.notes.push_back(s.date);
        it.values.push_back(itKw);
        liquid.values.push_back(liquidKw);
        powerCap.values.push_back(cap.powerKw);
        liquidCap.values.push_back(cap.liquidKw);
        anyAir = anyAir || cap.airKw.has_value();
        air.values.push_back(cap.airKw ? airKw : kNaN);
        airCap.values.push_back(cap.airKw.value_or(kNaN));
        if (!fits && d.runOut < 0) d.runOut = int(d.categories.size()) - 1;
        d.failed.push_back(false);
    }
    d.marked.assign(d.categories.size(), false);
    if (d.runOut >= 0) d.marked[std::size_t(d.runOut)] = true;
    d.totalCategories = d.categories.size();
    d.series = {std::move(it), std::move(liquid)};
    if (anyAir) d.series.push_back(std::move(air));
    d.series.push_back(std::move(powerCap));
    d.series.push_back(std::move(liquidCap));
    if (anyAir) d.series.push_back(std::move(airCap));
    return d;
}

ChartData scenarioChart(const core::ScenarioComparison &comparison, ChartKind kind)
{
    ChartData d;
    d.kind = kind;
    for (const core::ScenarioSummary &s : comparison.scenarios) {
        d.categories.push_back(s.id);
        d.notes.push_back(s.name);
        d.marked.push_back(s.active);
        d.failed.push_back(false);
    }
    d.totalCategories = d.categories.size();
    auto series = [&](const std::string &key, auto get) {
        ChartSeries out{key, {}, false};
        for (const core::ScenarioSummary &s : comparison.scenarios)
            out.values.push_back(get(s));
        d.series.push_back(std::move(out));
    };
    using S = core::ScenarioSummary;
    switch (kind) {
    case ChartKind::ScenarioPower:
        series("it", [](const S &s) { return s.itKw / 1000.0; });
        series("facility", [](const S &s) { return s.facilityKw / 1000.0; });
        break;
    case ChartKind::ScenarioCompute: {
        std::set<std::string> precisions;
        for (const S &s : comparison.scenarios) {
            for (const auto &[p, v] : s.pflops)
                precisions.insert(p);
        }
        for (const std::string &p : precisions) {
            series(p, [&p](const S &s) {
                auto it = s.pflops.find(p);
                return it == s.pflops.end() ? 0.0 : it->second;
            });
        }
        break;
    }
    case ChartKind::ScenarioStranded:
        series("power", [](const S &s) { return s.stranded.powerKw; });
        series("liquid", [](const S &s) { return s.stranded.liquidKw; });
        series("air", [](const S &s) { return s.stranded.airKw; });
        break;
    case ChartKind::ScenarioHeadroom:
        series("addable", [](const S &s) { return double(s.addableRacks); });
        series("space", [](const S &s) { return value(s.space); });
        series("power", [](const S &s) { return value(s.power); });
        series("liquid", [](const S &s) { return value(s.liquid); });
        series("air", [](const S &s) { return value(s.air); });
        break;
    default:
        break;
    }
    return d;
}

} // namespace hw::ui
