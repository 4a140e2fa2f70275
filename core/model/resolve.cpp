// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/model/resolve.h"

#include "core/model/defaults.h"

#include <cmath>

namespace hw::core {

RuleValues resolveRules(const HallRules &r)
{
    return {r.wallClearanceM.value_or(defaults::kWallClearanceM),
            r.obstacleClearanceM.value_or(defaults::kObstacleClearanceM),
            r.frontClearanceM.value_or(defaults::kFrontClearanceM),
            r.rearClearanceM.value_or(defaults::kRearClearanceM),
            r.maxRowRacks.value_or(defaults::kMaxRowRacks),
            r.crossAisleM.value_or(defaults::kCrossAisleM)};
}

std::optional<Topology> parseTopology(const std::string &text)
{
    if (text == "2N")
        return Topology::TwoN;
    if (text == "distributed")
        return Topology::Distributed;
    return std::nullopt;
}

const char *topologyName(Topology t) { return t == Topology::TwoN ? "2N" : "distributed"; }

Topology resolveTopology(const PowerSection &power)
{
    if (!power.topology)
        return Topology::TwoN;
    return parseTopology(*power.topology).value_or(Topology::TwoN);
}

std::optional<double> FeedValues::usableKw() const
{
    if (capacityKw)
        return capacityKw;
    if (!voltageV || !currentA)
        return std::nullopt;
    const double factor = phases == 1 ? 1.0 : std::sqrt(3.0);
    return factor * *voltageV * *currentA * powerFactor * deratePct / 100.0 / 1000.0;
}

FeedValues resolveFeed(const Feed &f, const Catalog &catalog)
{
    const FeedType *t = f.type.empty() ? nullptr : catalog.feedType(f.type);
    auto pick = [&](const std::optional<double> &own, std::optional<double> FeedType::*member) {
        if (own)
            return own;
        return t ? t->*member : std::nullopt;
    };
    FeedValues v;
    // A plan that gives V and I overrides a type's capacity: the plan's fields win as a set.
    const bool ownElectrical = f.voltageV || f.currentA;
    v.capacityKw = f.capacityKw ? f.capacityKw
                                : (ownElectrical ? std::nullopt : (t ? t->capacityKw : std::nullopt));
    v.voltageV = pick(f.voltageV, &FeedType::voltageV);
    v.currentA = pick(f.currentA, &FeedType::currentA);
    v.phases = f.phases.value_or(t && t->phases ? *t->phases : defaults::kFeedPhases);
    v.powerFactor = pick(f.powerFactor, &FeedType::powerFactor).value_or(defaults::kPowerFactor);
    v.deratePct = pick(f.deratePct, &FeedType::deratePct).value_or(defaults::kDeratePct);
    v.reachM = f.reachM.value_or(defaults::kReachM);
    return v;
}

CduValues resolveCdu(const Cdu &c, const Catalog &catalog)
{
    const CduType *t = c.type.empty() ? nullptr : catalog.cduType(c.type);
    auto pick = [&](const std::optional<double> &own, std::optional<double> CduType::*member) {
        if (own)
            return own;
        return t ? t->*member : std::nullopt;
    };
    return {pick(c.widthM, &CduType::widthM), pick(c.depthM, &CduType::depthM),
            pick(c.capacityKw, &CduType::capacityKw), pick(c.maxFlowLpm, &CduType::maxFlowLpm)};
}

LoopValues resolveLoop(const Loop &l)
{
    return {l.coolant.value_or(defaults::kCoolant), l.supplyTempC.value_or(defaults::kSupplyTempC),
            l.deltaTK.value_or(defaults::kDeltaTK), l.redundantCdus.value_or(defaults::kRedundantCdus),
            l.maxPipeRunM};
}

double planningKw(const Rack &rack, const RackType &type) { return rack.powerKw.value_or(type.maxKw); }

double typicalKw(const Rack &rack, const RackType &type)
{
    if (!rack.powerKw || type.maxKw <= 0)
        return type.typical();
    return type.typical() * *rack.powerKw / type.maxKw;
}

double resolvePue(const Assumptions &a) { return a.pue.value_or(defaults::kPue); }

EnergyValues resolveEnergy(const Assumptions &site, const Assumptions &hall)
{
    EnergyValues v;
    v.pue = hall.pue.value_or(site.pue.value_or(defaults::kPue));
    v.electricityPricePerMwh = hall.electricityPricePerMwh ? hall.electricityPricePerMwh : site.electricityPricePerMwh;
    v.carbonKgPerMwh = hall.carbonKgPerMwh ? hall.carbonKgPerMwh : site.carbonKgPerMwh;
    v.currency = hall.currency.value_or(site.currency.value_or(defaults::kCurrency));
    return v;
}

Catalog effectiveCatalog(const Catalog &builtin, const Plan &plan)
{
    return builtin.mergedWith(plan.catalog);
}

} // namespace hw::core
