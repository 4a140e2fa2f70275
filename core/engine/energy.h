// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/report.h"
#include "core/model/hall.h"
#include "core/model/resolve.h"

#include <vector>

namespace hw::core {

/**
 * Energy of a hall from its metrics and energy assumptions: facility kW = IT kW × PUE at planning
 * and at typical load, annual MWh at typical load over 8,760 h, cost and emissions where a price or
 * an intensity is given, and the cooling overhead the plan gives (pumpKw and heatRejectionKw of
 * its loops and CDUs) apart from the rest of the overhead.
 */
EnergyReport hallEnergy(const Hall &hall, const Metrics &metrics, const EnergyValues &values);

/**
 * Site energy: sums of the halls (cost and emissions of the halls that have a price or an
 * intensity); PUE is facility over IT, or `sitePue` while there is no IT load.
 */
EnergyReport siteEnergy(const std::vector<const EnergyReport *> &halls, const std::string &currency,
                        double sitePue);

} // namespace hw::core
