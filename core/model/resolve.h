// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/catalog.h"
#include "core/model/hall.h"
#include "core/model/plan.h"

#include <optional>
#include <string>

namespace hw::core {

/**
 * Effective values of plan objects: what was written, else what the catalog type supplies, else
 * the SPEC defaults. The one place defaults are applied, shared by the validator, the engine and
 * the GUI's property editor.
 */

struct RuleValues
{
    double wallClearanceM;
    double obstacleClearanceM;
    double frontClearanceM;
    double rearClearanceM;
    int maxRowRacks;
    double crossAisleM;
};
RuleValues resolveRules(const HallRules &rules);

enum class Topology { TwoN, Distributed };
/** The hall's topology; unknown strings are refused by the validator. */
Topology resolveTopology(const PowerSection &power);
std::optional<Topology> parseTopology(const std::string &text);
const char *topologyName(Topology t);

struct FeedValues
{
    std::optional<double> capacityKw; ///< given directly (plan or type)
    std::optional<double> voltageV;
    std::optional<double> currentA;
    int phases;
    double powerFactor;
    double deratePct;
    double reachM;

    /** Usable capacity per SPEC §2/§8; nullopt when neither capacityKw nor V and I are known. */
    std::optional<double> usableKw() const;
};
/** `catalog` must already include the plan's own entries (Catalog::mergedWith). */
FeedValues resolveFeed(const Feed &feed, const Catalog &catalog);

struct CduValues
{
    std::optional<double> widthM;
    std::optional<double> depthM;
    std::optional<double> capacityKw;
    std::optional<double> maxFlowLpm;
};
CduValues resolveCdu(const Cdu &cdu, const Catalog &catalog);

struct LoopValues
{
    std::string coolant;
    double supplyTempC;
    double deltaTK;
    int redundantCdus;
    std::optional<double> maxPipeRunM;
};
LoopValues resolveLoop(const Loop &loop);

/** Planning power of a rack: its `powerKw`, else its type's `maxKw`. */
double planningKw(const Rack &rack, const RackType &type);
/** Typical power, scaled by powerKw / maxKw when the rack overrides its power (SPEC §8). */
double typicalKw(const Rack &rack, const RackType &type);

double resolvePue(const Assumptions &assumptions);

/** Energy assumptions of a hall: its own fields, else the site's, else the defaults. */
struct EnergyValues
{
    double pue;
    std::optional<double> electricityPricePerMwh;
    std::optional<double> carbonKgPerMwh;
    std::string currency;
};
EnergyValues resolveEnergy(const Assumptions &site, const Assumptions &hall);

/** The built-in catalog merged with the plan's own section. */
Catalog effectiveCatalog(const Catalog &builtin, const Plan &plan);

} // namespace hw::core
