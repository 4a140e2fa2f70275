// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/violation.h"
#include "core/model/rack.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hw::core {

/** Power figures of one feed over all scenarios (SPEC §3, §6). */
struct FeedReport
{
    std::string id;
    std::string source;
    std::string pair;
    double capacityKw = 0;  ///< usable capacity
    double loadKw = 0;      ///< in normal operation
    double worstCaseKw = 0; ///< highest load over the scenarios in which the feed survives
    std::string worstCaseScenario = "normal";
    double headroomKw = 0;  ///< capacity − worst case
    double utilization = 0; ///< worst case / capacity
    int racks = 0;          ///< racks connected to it

    friend bool operator==(const FeedReport &, const FeedReport &) = default;
};

/** Power figures of one source: the sums of its feeds per scenario. */
struct SourceReport
{
    std::string id;
    std::optional<double> capacityKw; ///< no capacity: not checked
    double loadKw = 0;
    double worstCaseKw = 0;
    std::string worstCaseScenario = "normal";
    std::optional<double> headroomKw;
    std::optional<double> utilization;

    friend bool operator==(const SourceReport &, const SourceReport &) = default;
};

/** A liquid loop under N+k: usable capacity and flow against its racks' heat and flow. */
struct LoopReport
{
    std::string id;
    std::string coolant;
    double supplyTempC = 0;
    double deltaTK = 0;
    int cdus = 0;
    int redundantCdus = 0;
    int racks = 0;
    double capacityKw = 0;      ///< usable: sum of CDU capacities minus the redundant largest
    double loadKw = 0;          ///< liquid heat
    double flowLpm = 0;         ///< coolant flow the racks need
    double flowCapacityLpm = 0; ///< usable flow
    double headroomKw = 0;      ///< capacity − load
    double flowHeadroomLpm = 0; ///< flow capacity − flow
    double utilization = 0;     ///< the larger of heat and flow utilization

    friend bool operator==(const LoopReport &, const LoopReport &) = default;
};

struct AirReport
{
    double capacityKw = 0; ///< (units − redundant) × unitKw
    double loadKw = 0;     ///< racks' air heat + otherLoadKw
    double headroomKw = 0;
    double utilization = 0;

    friend bool operator==(const AirReport &, const AirReport &) = default;
};

/** Compute and density figures (SPEC §4). */
struct Metrics
{
    int rackCount = 0;
    double itKw = 0; ///< sum of planning power
    double typicalKw = 0;
    int gpus = 0;
    std::map<std::string, double> pflops; ///< dense, per precision
    /** Racks with GPUs, and per precision those whose type gives a figure for it: the others
     *  add nothing to `pflops`, so a total is partial when the two differ (pflopsUnrated()). */
    int gpuRacks = 0;
    std::map<std::string, int> pflopsRatedRacks;
    double areaM2 = 0; ///< outline minus obstacles
    double kwPerM2 = 0;
    double gpusPerM2 = 0;
    std::map<std::string, double> pflopsPerM2;
    double pue = 0;
    double facilityKw = 0; ///< itKw × PUE

    /** Racks with GPUs whose type has no figure for `precision` (0: the total is complete). */
    int pflopsUnrated(const std::string &precision) const
    {
        const auto it = pflopsRatedRacks.find(precision);
        return gpuRacks - (it == pflopsRatedRacks.end() ? 0 : it->second);
    }

    friend bool operator==(const Metrics &, const Metrics &) = default;
};

/**
 * Further racks of the reference type each resource allows (SPEC §4). A resource the reference
 * type does not use, or that is not modelled, is nullopt and does not bind.
 */
struct Headroom
{
    std::string referenceRackType; ///< empty: the hall has no reference type (no racks, none set)
    std::optional<int> space;
    std::optional<int> power;
    std::optional<int> liquid;
    std::optional<int> air;
    int addableRacks = 0;
    std::string limitedBy; ///< "space", "power", "liquid", "air"; empty when nothing binds

    friend bool operator==(const Headroom &, const Headroom &) = default;
};

/** What the binding resource leaves unusable in the others (SPEC §4). */
struct Stranded
{
    double powerKw = 0;
    double liquidKw = 0;
    double airKw = 0;
    int slots = 0;

    friend bool operator==(const Stranded &, const Stranded &) = default;
};

/**
 * Energy of a hall or the site (issue 9): facility power at planning and typical load, annual
 * energy at typical load over 8,760 h, its cost and emissions, and where the overhead comes from.
 */
struct EnergyReport
{
    double pue = 0;  ///< the hall's (its own, else the site's); site: facility / IT
    double itKw = 0; ///< planning power
    double typicalItKw = 0;
    double facilityKw = 0;            ///< itKw × PUE
    double facilityTypicalKw = 0;     ///< typicalItKw × PUE
    double annualMwh = 0;             ///< facilityTypicalKw × 8,760 h / 1,000
    std::optional<double> annualCost; ///< annualMwh × price; no price: null
    std::string currency;
    std::optional<double> annualCo2eTonnes; ///< annualMwh × carbon kg/MWh / 1,000; no carbon: null
    double overheadKw = 0;                  ///< facilityKw − itKw
    std::optional<double> coolingOverheadKw; ///< pumps and heat rejection the plan gives
    std::optional<double> otherOverheadKw;   ///< overheadKw − coolingOverheadKw

    friend bool operator==(const EnergyReport &, const EnergyReport &) = default;
};

/** A failure scenario in which racks lose all their feeds. */
struct ScenarioOutage
{
    std::string scenario; ///< "feed:A1", "source:UPS-A"
    std::vector<std::string> racks;
    double lostKw = 0;

    friend bool operator==(const ScenarioOutage &, const ScenarioOutage &) = default;
};

/** A reservation of the hall and how much of it fits (SPEC extension, docs/ENGINE.md). */
struct ReservationFit
{
    std::string id;
    std::string tenant;
    std::string rackType;
    int racks = 0;         ///< reserved
    int fitted = 0;        ///< placed as ghost racks; fewer: reservation-unfulfillable
    double reservedKw = 0; ///< racks × the type's maxKw
    std::string reason;    ///< why not all fit

    friend bool operator==(const ReservationFit &, const ReservationFit &) = default;
};

/** A rack that is reserved, not installed: where the placement engine keeps room for it. */
struct GhostRack
{
    Rack rack; ///< id "<reservation>-G01"…, connected like a placed rack
    std::string reservation;

    friend bool operator==(const GhostRack &, const GhostRack &) = default;
};

struct HallReport
{
    std::string id;
    std::string name;
    Metrics metrics;
    EnergyReport energy;
    std::vector<FeedReport> feeds;
    std::vector<SourceReport> sources;
    std::vector<ScenarioOutage> outages; ///< single failures that take racks down
    std::vector<LoopReport> loops;
    std::optional<AirReport> air;
    Headroom headroom; ///< after installed racks and reservations
    Stranded stranded;
    std::vector<ReservationFit> reservations;
    std::vector<GhostRack> ghosts;
    std::vector<Violation> violations;
    int errors = 0;
    int warnings = 0;

    friend bool operator==(const HallReport &, const HallReport &) = default;
};

struct SiteReport
{
    Metrics metrics; ///< sums over halls; densities over the summed area
    EnergyReport energy;
    Stranded stranded;
    int addableRacks = 0;
    int errors = 0;
    int warnings = 0;

    friend bool operator==(const SiteReport &, const SiteReport &) = default;
};

/** A tenant's share of one hall. */
struct TenantHallShare
{
    std::string hall;
    int racks = 0;
    double itKw = 0;
    int reservedRacks = 0;
    double reservedKw = 0;
    /** (itKw + reservedKw) / the hall's capacity: installed + reserved + addable racks' kW. */
    double sharePct = 0;

    friend bool operator==(const TenantHallShare &, const TenantHallShare &) = default;
};

/** What a tenant holds across the site: installed racks and reserved capacity. */
struct TenantReport
{
    std::string id;
    std::string name;
    std::string color;
    int racks = 0;
    double itKw = 0;
    int gpus = 0;
    std::map<std::string, double> pflops;
    int reservedRacks = 0;
    double reservedKw = 0;
    std::vector<TenantHallShare> halls; ///< halls where it has racks or reservations, plan order

    friend bool operator==(const TenantReport &, const TenantReport &) = default;
};

/** The result of evaluate(): SPEC §6 and more. */
struct EvaluationReport
{
    std::string plan;
    SiteReport site;
    std::vector<HallReport> halls;
    std::vector<TenantReport> tenants;

    friend bool operator==(const EvaluationReport &, const EvaluationReport &) = default;
};

} // namespace hw::core
