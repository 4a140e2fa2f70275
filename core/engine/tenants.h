// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/report.h"
#include "core/model/catalog.h"
#include "core/model/plan.h"

#include <vector>

namespace hw::core {

/**
 * Per tenant (issue 9): installed racks, IT kW, GPUs and PFLOPS; reserved racks and kW; and its
 * share of each hall's capacity, where a hall's capacity is its installed IT kW, plus the kW
 * reserved in it, plus the racks still addable (headroom) at the reference type's power.
 * `halls` are the evaluated reports of plan.halls, in order.
 */
std::vector<TenantReport> tenantReports(const Plan &plan, const Catalog &catalog,
                                        const std::vector<HallReport> &halls);

} // namespace hw::core
