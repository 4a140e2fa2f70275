// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/edit/tenant_ops.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace hw::core {

namespace {

template <class T> auto findId(std::vector<T> &list, const std::string &id)
{
    return std::find_if(list.begin(), list.end(), [&](const T &o) { return o.id == id; });
}
template <class T> bool hasId(const std::vector<T> &list, const std::string &id)
{
    return std::any_of(list.begin(), list.end(), [&](const T &o) { return o.id == id; });
}

Error unknownTenant(const std::string &id)
{
    return Error("there is no tenant \"" + id + "\"");
}
Error unknownReservation(const std::string &id)
{
    return Error("there is no reservation \"" + id + "\"");
}

/** The halls of a scenario (empty: the plan's own), or null. */
std::vector<Hall> *hallsOf(Plan &plan, const std::string &scenario)
{
    if (scenario.empty()) return &plan.halls;
    auto it = findId(plan.scenarios, scenario);
    return it == plan.scenarios.end() ? nullptr : &it->halls;
}

Rack *findRack(Plan &plan, const TenantRackRef &ref)
{
    std::vector<Hall> *halls = hallsOf(plan, ref.scenario);
    if (!halls) return nullptr;
    auto h = findId(*halls, ref.hall);
    if (h == halls->end()) return nullptr;
    auto r = findId(h->racks, ref.rack);
    return r == h->racks.end() ? nullptr : &*r;
}

std::string fresh(const std::string &base, auto used)
{
    const std::string b = base.empty() ? std::string("T") : base;
    if (!used(b)) return b;
    for (int n = 2;; ++n) {
        std::string id = b + "-" + std::to_string(n);
        if (!used(id)) return id;
    }
}

std::string plural(std::size_t n, const char *one, const char *many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

bool isTenantColour(const std::string &c)
{
    return c.size() == 7 && c[0] == '#' &&
           std::all_of(c.begin() + 1, c.end(), [](unsigned char ch) { return std::isxdigit(ch); });
}

TenantUses tenantUses(const Plan &plan, const std::string &tenantId)
{
    TenantUses uses;
    auto collect = [&](const std::vector<Hall> &halls, const std::string &scenario) {
        for (const Hall &h : halls) {
            for (const Rack &r : h.racks) {
                if (r.tenant == tenantId) uses.racks.push_back({scenario, h.id, r.id});
            }
        }
    };
    collect(plan.halls, {});
    for (const Scenario &s : plan.scenarios) {
        if (s.id != plan.activeScenario) collect(s.halls, s.id);
    }
    for (const Reservation &r : plan.reservations) {
        if (r.tenant == tenantId) uses.reservations.push_back(r.id);
    }
    return uses;
}

Status insertTenant(Plan &plan, const Indexed<Tenant> &tenant)
{
    const Tenant &t = tenant.value;
    if (t.id.empty()) return Error("a tenant needs an id");
    if (hasId(plan.tenants, t.id)) return Error("the tenant id \"" + t.id + "\" is already in use");
    if (!t.color.empty() && !isTenantColour(t.color))
        return Error("a tenant colour is #RRGGBB, not \"" + t.color + "\"");
    if (tenant.index > plan.tenants.size())
        return Error("index " + std::to_string(tenant.index) + " is past the end of the list");
    plan.tenants.insert(plan.tenants.begin() + std::ptrdiff_t(tenant.index), t);
    return Done{};
}

Result<TenantRemoval> removeTenant(Plan &plan, const std::string &tenantId, bool clearUses)
{
    auto it = findId(plan.tenants, tenantId);
    if (it == plan.tenants.end()) return unknownTenant(tenantId);
    TenantUses uses = tenantUses(plan, tenantId);
    if (!uses.empty() && !clearUses) {
        std::string what;
        if (!uses.racks.empty()) what = plural(uses.racks.size(), "rack", "racks");
        if (!uses.reservations.empty())
            what += (what.empty() ? "" : " and ") +
                    plural(uses.reservations.size(), "reservation", "reservations");
        return Error("tenant \"" + tenantId + "\" is still used by " + what +
                     "; clear them first or remove it together with its reservations");
    }
    TenantRemoval removal;
    removal.tenant = {std::size_t(it - plan.tenants.begin()), *it};
    for (const TenantRackRef &ref : uses.racks) {
        if (Rack *r = findRack(plan, ref)) r->tenant.clear();
    }
    removal.racks = std::move(uses.racks);
    std::vector<Reservation> kept;
    for (std::size_t i = 0; i < plan.reservations.size(); ++i) {
        if (plan.reservations[i].tenant == tenantId)
            removal.reservations.push_back({i, std::move(plan.reservations[i])});
        else
            kept.push_back(std::move(plan.reservations[i]));
    }
    plan.reservations = std::move(kept);
    plan.tenants.erase(it);
    return removal;
}

Status restoreTenant(Plan &plan, const TenantRemoval &removal)
{
    if (auto s = insertTenant(plan, removal.tenant); !s.ok()) return s;
    for (const TenantRackRef &ref : removal.racks) {
        if (!findRack(plan, ref)) {
            plan.tenants.erase(plan.tenants.begin() + std::ptrdiff_t(removal.tenant.index));
            return Error("rack \"" + ref.rack + "\" of hall \"" + ref.hall + "\" is gone");
        }
    }
    for (const TenantRackRef &ref : removal.racks)
        findRack(plan, ref)->tenant = removal.tenant.value.id;
    for (const Indexed<Reservation> &r : removal.reservations) {
        const std::size_t at = std::min(r.index, plan.reservations.size());
        plan.reservations.insert(plan.reservations.begin() + std::ptrdiff_t(at), r.value);
    }
    return Done{};
}

Result<Tenant> replaceTenant(Plan &plan, const Tenant &tenant)
{
    auto it = findId(plan.tenants, tenant.id);
    if (it == plan.tenants.end()) return unknownTenant(tenant.id);
    if (!tenant.color.empty() && !isTenantColour(tenant.color))
        return Error("a tenant colour is #RRGGBB, not \"" + tenant.color + "\"");
    return std::exchange(*it, tenant);
}

Status insertReservation(Plan &plan, const Indexed<Reservation> &reservation)
{
    const Reservation &r = reservation.value;
    if (r.id.empty()) return Error("a reservation needs an id");
    if (hasId(plan.reservations, r.id))
        return Error("the reservation id \"" + r.id + "\" is already in use");
    if (reservation.index > plan.reservations.size())
        return Error("index " + std::to_string(reservation.index) + " is past the end of the list");
    plan.reservations.insert(plan.reservations.begin() + std::ptrdiff_t(reservation.index), r);
    return Done{};
}

Result<Indexed<Reservation>> removeReservation(Plan &plan, const std::string &reservationId)
{
    auto it = findId(plan.reservations, reservationId);
    if (it == plan.reservations.end()) return unknownReservation(reservationId);
    Indexed<Reservation> out{std::size_t(it - plan.reservations.begin()), std::move(*it)};
    plan.reservations.erase(it);
    return out;
}

Result<Reservation> replaceReservation(Plan &plan, const Reservation &reservation)
{
    auto it = findId(plan.reservations, reservation.id);
    if (it == plan.reservations.end()) return unknownReservation(reservation.id);
    return std::exchange(*it, reservation);
}

std::string freshTenantId(const Plan &plan, const std::string &base)
{
    return fresh(base, [&](const std::string &id) { return hasId(plan.tenants, id); });
}

std::string freshReservationId(const Plan &plan, const std::string &base)
{
    return fresh(base, [&](const std::string &id) { return hasId(plan.reservations, id); });
}

} // namespace hw::core
