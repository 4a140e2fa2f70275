// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/placement.h"
#include "core/engine/report.h"
#include "core/model/catalog.h"
#include "core/model/plan.h"
#include "core/model/result.h"

#include <stop_token>
#include <string>
#include <vector>

namespace hw::core {

/** A hall's reservations laid out as ghost racks, and how much of each fits. */
struct ReservedLayout
{
    std::vector<GhostRack> ghosts;
    std::vector<ReservationFit> fits;
};

/**
 * Places the reservations of a hall as ghost racks with the placement engine, in plan order, each
 * around the hall's racks and the ghosts before it, restricted to its feed pairs and loops when it
 * names them. Ghosts are connected like placed racks, so counting them as racks makes reserved
 * capacity count against headroom exactly like installed racks. `reservations` are those naming
 * this hall; those of `skipTenant` are left out. `catalog` is the effective catalog.
 */
ReservedLayout placeReservations(const Hall &hall, const Catalog &catalog,
                                 const std::vector<Reservation> &reservations,
                                 const std::string &skipTenant = {}, std::stop_token stop = {});

/** The hall with its ghost racks added as racks (for headroom and placement). */
Hall withGhosts(const Hall &hall, const std::vector<GhostRack> &ghosts);

/** The reservations naming `hallId`, in plan order. */
std::vector<Reservation> reservationsOf(const Plan &plan, const std::string &hallId);

/**
 * place() that honours reservations (issue 9): racks placed for `tenant` may use that tenant's
 * reserved capacity in the hall and never capacity reserved for another tenant; without a tenant
 * no reserved capacity is used. The new racks carry the tenant.
 */
Result<PlacementResult> placeHonouringReservations(const Plan &plan, const Catalog &builtin,
                                                   const PlacementRequest &request,
                                                   const std::string &tenant,
                                                   std::stop_token stop = {},
                                                   const PlacementProgress &progress = {});

/**
 * The plan with placed racks added to a hall. Racks of a tenant fulfil that tenant's
 * reservations in the hall, in plan order: each is reduced by the racks it received, and
 * removed when none is left.
 */
Plan applyPlacement(const Plan &plan, const std::string &hallId, const std::vector<Rack> &racks);

} // namespace hw::core
