// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/report.h"
#include "core/model/plan.h"

#include <vector>

namespace hw::ui {

class ReportLayout;

/**
 * The energy page of the PDF report (issue 9): per hall (and for the site when `site`) the PUE,
 * facility kW at planning and typical load, annual MWh at typical load, the annual cost (with
 * its currency) and emissions where the plan gives a price and a carbon intensity, and the
 * overhead with the pumps and heat rejection the plan gives shown apart. Figures are the
 * engine's (core::EnergyReport); only the split of the cooling overhead into pumps and heat
 * rejection is summed here from the plan's loops and CDUs.
 */
void addEnergyPage(ReportLayout &layout, const core::Plan &plan,
                   const core::EvaluationReport &report,
                   const std::vector<const core::Hall *> &halls, bool site);

/**
 * The tenant page (issue 9), for a plan with tenants: per tenant its racks, IT kW, GPUs, dense
 * PFLOPS, installed against reserved capacity, its share of each hall in `halls`, and the
 * reservations with whether they still fit. Figures are the engine's (core::TenantReport).
 */
void addTenantPage(ReportLayout &layout, const core::Plan &plan,
                   const core::EvaluationReport &report,
                   const std::vector<const core::Hall *> &halls);

} // namespace hw::ui
