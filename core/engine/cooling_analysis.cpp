// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/cooling_analysis.h"

#include "core/engine/message_format.h"
#include "core/engine/power_analysis.h"
#include "core/geometry/distance.h"
#include "core/model/defaults.h"
#include "core/model/units.h"

#include <algorithm>
#include <functional>
#include <limits>

namespace hw::core {

using detail::kw;
using detail::lpm;

double usableWithRedundancy(std::vector<double> values, int redundant)
{
    if (static_cast<int>(values.size()) <= redundant)
        return 0.0;
    std::sort(values.begin(), values.end(), std::greater<>());
    double sum = 0;
    for (std::size_t i = static_cast<std::size_t>(std::max(redundant, 0)); i < values.size(); ++i)
        sum += values[i];
    return sum;
}

CoolingAnalysis analyzeCooling(const HallInputs &in)
{
    CoolingAnalysis out;
    out.loops.resize(in.loops.size());
    for (std::size_t l = 0; l < in.loops.size(); ++l) {
        const auto &li = in.loops[l];
        LoopReport &rep = out.loops[l];
        rep.id = li.loop->id;
        rep.coolant = li.values.coolant;
        rep.supplyTempC = li.values.supplyTempC;
        rep.deltaTK = li.values.deltaTK;
        rep.redundantCdus = li.values.redundantCdus;
        rep.cdus = static_cast<int>(li.cdus.size());
        std::vector<double> caps, flows;
        for (int c : li.cdus) {
            const auto &v = in.cdus[static_cast<std::size_t>(c)].values;
            caps.push_back(v.capacityKw.value_or(0.0));
            flows.push_back(v.maxFlowLpm.value_or(0.0));
        }
        rep.capacityKw = usableWithRedundancy(caps, li.values.redundantCdus);
        rep.flowCapacityLpm = usableWithRedundancy(flows, li.values.redundantCdus);
    }
    double airHeat = 0;
    for (const auto &rack : in.racks) {
        const double liquid = rack.planningKw * rack.liquidFraction;
        airHeat += rack.planningKw * (1.0 - rack.liquidFraction);
        if (rack.loop == HallInputs::kNone)
            continue;
        LoopReport &rep = out.loops[static_cast<std::size_t>(rack.loop)];
        rep.loadKw += liquid;
        rep.flowLpm += in.flowLpm(rack.loop, liquid);
        rep.racks += 1;
    }
    for (LoopReport &rep : out.loops) {
        rep.headroomKw = rep.capacityKw - rep.loadKw;
        rep.flowHeadroomLpm = rep.flowCapacityLpm - rep.flowLpm;
        const double heatUse = rep.capacityKw > 0 ? rep.loadKw / rep.capacityKw
                                                  : (rep.loadKw > 0 ? std::numeric_limits<double>::infinity() : 0.0);
        const double flowUse = rep.flowCapacityLpm > 0 ? rep.flowLpm / rep.flowCapacityLpm
                                                       : (rep.flowLpm > 0 ? std::numeric_limits<double>::infinity() : 0.0);
        rep.utilization = std::max(heatUse, flowUse);
    }
    if (const auto &air = in.hall->cooling.air) {
        AirReport a;
        const int redundant = air->redundantUnits.value_or(defaults::kRedundantAirUnits);
        a.capacityKw = std::max(0, air->units - redundant) * air->unitKw;
        a.loadKw = airHeat + air->otherLoadKw.value_or(0.0);
        a.headroomKw = a.capacityKw - a.loadKw;
        a.utilization = a.capacityKw > 0 ? a.loadKw / a.capacityKw : 0.0;
        out.air = a;
    }

    // Violations, in the order SPEC §3 lists the cooling codes.
    auto &v = out.violations;
    for (std::size_t l = 0; l < out.loops.size(); ++l) {
        const LoopReport &rep = out.loops[l];
        const std::string redundancy = "N+" + std::to_string(rep.redundantCdus);
        if (rep.loadKw > rep.capacityKw + kPowerEpsilonKw)
            v.push_back({"loop-overload-n1", Severity::Error, {rep.id},
                         "loop " + rep.id + " must remove " + kw(rep.loadKw) + " of liquid heat; its " +
                             std::to_string(rep.cdus) + " CDUs give " + kw(rep.capacityKw) + " at " + redundancy});
        if (rep.flowLpm > rep.flowCapacityLpm + kPowerEpsilonKw)
            v.push_back({"loop-flow-n1", Severity::Error, {rep.id},
                         "loop " + rep.id + " needs " + lpm(rep.flowLpm) + " of coolant; its " +
                             std::to_string(rep.cdus) + " CDUs give " + lpm(rep.flowCapacityLpm) + " at " +
                             redundancy});
    }
    for (const auto &rack : in.racks) {
        if (rack.liquidFraction > 0 && rack.loop == HallInputs::kNone)
            v.push_back({"rack-no-cooling", Severity::Error, {rack.rack->id},
                         "rack " + rack.rack->id + " is liquid cooled (" +
                             detail::percent(rack.liquidFraction) + " of its heat) but on no loop"});
    }
    for (const auto &rack : in.racks) {
        if (rack.loop == HallInputs::kNone)
            continue;
        const auto &li = in.loops[static_cast<std::size_t>(rack.loop)];
        if (!li.values.maxPipeRunM || li.cdus.empty())
            continue;
        double best = std::numeric_limits<double>::infinity();
        int nearest = HallInputs::kNone;
        for (int c : li.cdus) {
            const double d = manhattan(rack.rack->position, in.cdus[static_cast<std::size_t>(c)].cdu->position);
            if (d < best) {
                best = d;
                nearest = c;
            }
        }
        if (best > *li.values.maxPipeRunM + kToleranceM) {
            const std::string &cdu = in.cdus[static_cast<std::size_t>(nearest)].cdu->id;
            v.push_back({"pipe-run-too-long", Severity::Warning, {rack.rack->id, cdu},
                         "rack " + rack.rack->id + " is " + detail::metres(best) + " of pipe run from CDU " + cdu +
                             ", the nearest of loop " + li.loop->id + "; the loop allows " +
                             detail::metres(*li.values.maxPipeRunM)});
        }
    }
    if (out.air && out.air->loadKw > out.air->capacityKw + kPowerEpsilonKw)
        v.push_back({"air-overload", Severity::Error, {in.hall->id},
                     "the air cooling of hall " + in.hall->id + " must remove " + kw(out.air->loadKw) +
                         "; its usable capacity is " + kw(out.air->capacityKw)});
    return out;
}

} // namespace hw::core
