// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/energy.h"

#include "core/model/units.h"

namespace hw::core {

namespace {
/**
 * The cooling overhead the plan gives, and the rest of the PUE's overhead. When the given pumps
 * and heat rejection draw more than the PUE's overhead (a PUE too low for them, or figures at a
 * design load far above this one), there is no "rest": otherOverheadKw stays unset and the
 * report says so rather than showing a negative overhead.
 */
void setCoolingOverhead(EnergyReport &e, double coolingKw)
{
    e.coolingOverheadKw = coolingKw;
    if (coolingKw <= e.overheadKw + 1e-9) e.otherOverheadKw = e.overheadKw - coolingKw;
}
} // namespace

EnergyReport hallEnergy(const Hall &hall, const Metrics &metrics, const EnergyValues &values)
{
    EnergyReport e;
    e.pue = values.pue;
    e.currency = values.currency;
    e.itKw = metrics.itKw;
    e.typicalItKw = metrics.typicalKw;
    e.facilityKw = e.itKw * e.pue;
    e.facilityTypicalKw = e.typicalItKw * e.pue;
    e.annualMwh = e.facilityTypicalKw * kHoursPerYear / 1000.0;
    if (values.electricityPricePerMwh) e.annualCost = e.annualMwh * *values.electricityPricePerMwh;
    if (values.carbonKgPerMwh) e.annualCo2eTonnes = e.annualMwh * *values.carbonKgPerMwh / 1000.0;
    e.overheadKw = e.facilityKw - e.itKw;
    bool given = false;
    double cooling = 0;
    auto add = [&](const std::optional<double> &kw) {
        if (kw) {
            given = true;
            cooling += *kw;
        }
    };
    for (const Loop &l : hall.cooling.loops) {
        add(l.pumpKw);
        add(l.heatRejectionKw);
    }
    for (const Cdu &c : hall.cooling.cdus) {
        add(c.pumpKw);
        add(c.heatRejectionKw);
    }
    if (given) setCoolingOverhead(e, cooling);
    return e;
}

EnergyReport siteEnergy(const std::vector<const EnergyReport *> &halls, const std::string &currency,
                        double sitePue)
{
    EnergyReport e;
    e.currency = currency;
    bool anyCost = false, anyCarbon = false, anyCooling = false;
    double cost = 0, co2 = 0, cooling = 0;
    for (const EnergyReport *h : halls) {
        e.itKw += h->itKw;
        e.typicalItKw += h->typicalItKw;
        e.facilityKw += h->facilityKw;
        e.facilityTypicalKw += h->facilityTypicalKw;
        e.annualMwh += h->annualMwh;
        e.overheadKw += h->overheadKw;
        if (h->annualCost) {
            anyCost = true;
            cost += *h->annualCost;
        }
        if (h->annualCo2eTonnes) {
            anyCarbon = true;
            co2 += *h->annualCo2eTonnes;
        }
        if (h->coolingOverheadKw) {
            anyCooling = true;
            cooling += *h->coolingOverheadKw;
        }
    }
    e.pue = e.itKw > 0 ? e.facilityKw / e.itKw : sitePue;
    if (anyCost) e.annualCost = cost;
    if (anyCarbon) e.annualCo2eTonnes = co2;
    if (anyCooling) setCoolingOverhead(e, cooling);
    return e;
}

} // namespace hw::core
