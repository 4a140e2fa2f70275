// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

// The chart model: the numbers behind every capacity chart, taken from the engine's reports by
// pure functions. Qt-free on purpose (no Qt Charts, no QString), so that the tests can check that
// each chart shows exactly what the engine reported, and so that the drawing layer
// (ChartWidget, Qt Charts today) can be replaced without touching what is drawn.

#include "core/engine/failure_analysis.h"
#include "core/engine/phase_timeline.h"
#include "core/engine/report.h"
#include "core/engine/scenario_compare.h"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace hw::ui {

/** Which chart: decides the title, the unit and how the series are drawn. */
enum class ChartKind
{
    Feeds,            ///< kW: load, worst single failure (or what-if load), capacity line
    Sources,          ///< kW: the same for sources
    LoopHeat,         ///< kW: liquid heat against usable (N+k) capacity
    LoopFlow,         ///< L/min: coolant flow against usable flow
    Air,              ///< kW: air heat against usable air capacity, per hall
    Headroom,         ///< racks of the reference type, by resource; the binding one marked
    Stranded,         ///< kW stranded by resource
    DensityPflops,    ///< PFLOPS/m² per hall and the site, per precision
    DensityKw,        ///< kW/m² per hall and the site
    DensityGpus,      ///< GPUs per MW of IT per hall and the site
    Timeline,         ///< kW by phase: IT, liquid and air load against usable capacity
    ScenarioPower,    ///< MW: IT and facility per scenario
    ScenarioCompute,  ///< PFLOPS per precision per scenario
    ScenarioStranded, ///< kW stranded by resource per scenario
    ScenarioHeadroom, ///< racks of headroom by resource per scenario
    TenantKw,         ///< kW per tenant: IT installed and reserved (stacked)
    TenantShare,      ///< % of each hall's capacity per tenant (stacked by tenant)
};

/**
 * One series: a value per category. `key` names what it is: "load", "worst", "whatif",
 * "capacity", "heat", "flow", "space", "power", "liquid", "air", "it", "facility",
 * "kwPerM2", "gpusPerMw", "itLoad", "liquidLoad", "airLoad", "powerCapacity",
 * "liquidCapacity", "airCapacity", "headroom", "stranded", "installed", "reserved"; or, where the
 * chart has one series per hall, precision or tenant, that id ("H1", "fp8", "T-ACME"). The drawing
 * layer turns known keys into translated legend text and shows other keys as they are (or
 * `label` when set).
 */
struct ChartSeries
{
    ChartSeries() = default;
    ChartSeries(std::string key_, std::vector<double> values_, bool line_ = false,
                std::string label_ = {}, std::string colour_ = {})
        : key(std::move(key_)), values(std::move(values_)), line(line_), label(std::move(label_)),
          colour(std::move(colour_))
    {
    }

    std::string key;
    std::vector<double> values; ///< one per category; NaN: no value there (not modelled)
    bool line = false;          ///< drawn as a line or marks over the bars (capacities)
    std::string label;          ///< legend text for keys that are ids (a tenant's name)
    std::string colour;         ///< "#rrggbb" when the series has its own colour (a tenant's)

    friend bool operator==(const ChartSeries &, const ChartSeries &) = default;
};

struct ChartData
{
    ChartKind kind = ChartKind::Feeds;
    std::string hall;                    ///< the hall shown; empty: the site
    std::vector<std::string> categories; ///< ids (feeds, loops, halls, phases, scenarios, resources)
    std::vector<std::string> notes;      ///< per category, optional: a scenario, a date, a name
    std::vector<ChartSeries> series;
    std::vector<bool> marked;            ///< per category: over capacity, binding, run-out, active
    std::vector<bool> failed;            ///< per category: failed in the what-if
    std::vector<int> binding;            ///< per category: the series that binds (-1: none)
    int siteCategory = -1;               ///< the category that stands for the whole site
    bool stacked = false;                ///< bars stacked (one segment per series)
    bool whatIf = false;                 ///< figures of the what-if, not of normal operation
    int runOut = -1;                     ///< Timeline: the first step that does not fit
    std::size_t totalCategories = 0;     ///< before keeping only the fullest (site feeds)

    bool empty() const { return categories.empty(); }
    const ChartSeries *find(const std::string &key) const;
    friend bool operator==(const ChartData &, const ChartData &) = default;
};

/** Site feeds are many: the site chart keeps this many, the fullest first. */
inline constexpr std::size_t kMaxSiteBars = 24;

/**
 * Feeds of a hall (or of every hall): normal load and worst single failure against capacity,
 * sorted fullest first, those over capacity marked. With `whatIf` holding the hall, the second
 * series is the load under that failure instead, and failed feeds are flagged (site: only the
 * halls the failure touches are shown).
 */
ChartData feedsChart(const core::EvaluationReport &report, const std::string &hall,
                     const core::FailureReport *whatIf = nullptr);
/** Sources with their load and worst case (capacity where rated), as feedsChart(). */
ChartData sourcesChart(const core::EvaluationReport &report, const std::string &hall,
                       const core::FailureReport *whatIf = nullptr);
/** Loops: liquid heat against usable N+k capacity (what-if: against the surviving CDUs). */
ChartData loopHeatChart(const core::EvaluationReport &report, const std::string &hall,
                        const core::FailureReport *whatIf = nullptr);
/** Loops: coolant flow against usable flow. */
ChartData loopFlowChart(const core::EvaluationReport &report, const std::string &hall,
                        const core::FailureReport *whatIf = nullptr);
/** Air: heat against usable capacity, one category per hall that models air. */
ChartData airChart(const core::EvaluationReport &report, const std::string &hall,
                   const core::FailureReport *whatIf = nullptr);
/**
 * Headroom in racks by resource. A hall: one bar per resource, the binding one marked. The site:
 * one group per hall, `binding` naming each hall's binding resource.
 */
ChartData headroomChart(const core::EvaluationReport &report, const std::string &hall);
/** Stranded kW by resource: a hall's, or the site's stacked by hall. */
ChartData strandedChart(const core::EvaluationReport &report, const std::string &hall);
/** Density across halls, the site last: PFLOPS/m² (per precision), kW/m² or GPUs per MW. */
ChartData densityChart(const core::EvaluationReport &report, ChartKind kind);
/** The phase timeline of the site or of one hall; `runOut` and the marked step call it out. */
ChartData timelineChart(const core::PhaseTimeline &timeline, const std::string &hall);
/** One comparison chart of the scenarios (ScenarioPower ... ScenarioHeadroom); active marked. */
ChartData scenarioChart(const core::ScenarioComparison &comparison, ChartKind kind);

/**
 * Tenants (issue 9): IT kW installed and reserved per tenant, stacked; the site's totals or, for a
 * hall, each tenant's installed and reserved kW in that hall (tenants absent from it left out).
 */
ChartData tenantKwChart(const core::EvaluationReport &report, const std::string &hall);
/**
 * Each tenant's share of each hall's capacity in % (TenantHallShare::sharePct), one stacked series
 * per tenant in the tenant's colour; the categories are the halls (or the one hall).
 */
ChartData tenantShareChart(const core::EvaluationReport &report, const std::string &hall);

/** GPUs per MW of IT (0 without IT load): the density chart's third figure. */
double gpusPerMw(const core::Metrics &metrics);

} // namespace hw::ui
