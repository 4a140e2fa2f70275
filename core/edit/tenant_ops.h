// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/hall_objects.h"
#include "core/model/plan.h"
#include "core/model/result.h"

#include <string>
#include <vector>

namespace hw::core {

/** A rack that named a tenant, by scenario (empty: the plan's own halls), hall and rack id. */
struct TenantRackRef
{
    std::string scenario;
    std::string hall;
    std::string rack;

    friend bool operator==(const TenantRackRef &, const TenantRackRef &) = default;
};

/** Where a tenant is named: racks (in every scenario) and reservations, in plan order. */
struct TenantUses
{
    std::vector<TenantRackRef> racks;
    std::vector<std::string> reservations;

    bool empty() const { return racks.empty() && reservations.empty(); }
};

TenantUses tenantUses(const Plan &plan, const std::string &tenantId);

/**
 * What removing a tenant took out of the plan, so that restoreTenant() puts it back exactly: the
 * tenant with its index, its reservations with their indices (ascending), and the racks whose
 * `tenant` was cleared.
 */
struct TenantRemoval
{
    Indexed<Tenant> tenant;
    std::vector<Indexed<Reservation>> reservations;
    std::vector<TenantRackRef> racks;

    friend bool operator==(const TenantRemoval &, const TenantRemoval &) = default;
};

/** Inserts a tenant at `index`; refuses an empty or used id, a bad colour, an index past the end.
 */
Status insertTenant(Plan &plan, const Indexed<Tenant> &tenant);

/**
 * Removes a tenant. While racks or reservations name it, it refuses (saying how many) unless
 * `clearUses`: then its reservations go and its racks keep no tenant, so nothing dangles.
 */
Result<TenantRemoval> removeTenant(Plan &plan, const std::string &tenantId, bool clearUses);

/** Undoes removeTenant(): the tenant, its reservations and its racks' tenant come back. */
Status restoreTenant(Plan &plan, const TenantRemoval &removal);

/** Replaces the tenant with the same id (name, colour); returns the value it had. */
Result<Tenant> replaceTenant(Plan &plan, const Tenant &tenant);

/** Inserts a reservation at `index`; refuses an empty or used id and an index past the end. */
Status insertReservation(Plan &plan, const Indexed<Reservation> &reservation);
/** Removes a reservation and returns it with its index. */
Result<Indexed<Reservation>> removeReservation(Plan &plan, const std::string &reservationId);
/** Replaces the reservation with the same id; returns the value it had. */
Result<Reservation> replaceReservation(Plan &plan, const Reservation &reservation);

/** An id not yet used by a tenant (or a reservation): `base`, else `base-2`, `base-3`, ... */
std::string freshTenantId(const Plan &plan, const std::string &base);
std::string freshReservationId(const Plan &plan, const std::string &base);

/** "#RRGGBB" (what the plan format accepts as a tenant colour). */
bool isTenantColour(const std::string &colour);

} // namespace hw::core
