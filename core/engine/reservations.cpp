// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/reservations.h"

#include "core/model/resolve.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace hw::core {

namespace {

/**
 * A copy of the hall in which only the reservation's feed pairs and loops can take new racks:
 * the other feeds get a route no slot can reach and the other loops a pipe run no slot meets.
 * Their loads, sources and CDUs stay as they are, so every check still sees the whole hall.
 */
Hall restrictedTo(Hall hall, const Reservation &r)
{
    if (!r.pairs.empty()) {
        const std::set<std::string> allowed(r.pairs.begin(), r.pairs.end());
        for (Feed &f : hall.power.feeds) {
            if (!allowed.count(f.pair)) {
                f.path = {{-1e7, -1e7}, {-1e7 + 1, -1e7}};
                f.reachM = 0;
            }
        }
    }
    if (!r.loops.empty()) {
        const std::set<std::string> allowed(r.loops.begin(), r.loops.end());
        for (Loop &l : hall.cooling.loops) {
            if (!allowed.count(l.id)) l.maxPipeRunM = 1e-9;
        }
    }
    return hall;
}

std::string ghostId(const std::string &reservation, int n)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "-G%02d", n);
    return reservation + buf;
}

} // namespace

std::vector<Reservation> reservationsOf(const Plan &plan, const std::string &hallId)
{
    std::vector<Reservation> out;
    for (const Reservation &r : plan.reservations) {
        if (r.hall == hallId) out.push_back(r);
    }
    return out;
}

Hall withGhosts(const Hall &hall, const std::vector<GhostRack> &ghosts)
{
    Hall h = hall;
    h.racks.reserve(h.racks.size() + ghosts.size());
    for (const GhostRack &g : ghosts)
        h.racks.push_back(g.rack);
    return h;
}

ReservedLayout placeReservations(const Hall &hall, const Catalog &catalog,
                                 const std::vector<Reservation> &reservations,
                                 const std::string &skipTenant, std::stop_token stop)
{
    ReservedLayout out;
    for (const Reservation &r : reservations) {
        if (!skipTenant.empty() && r.tenant == skipTenant) continue;
        ReservationFit fit;
        fit.id = r.id;
        fit.tenant = r.tenant;
        fit.rackType = r.rackType;
        fit.racks = r.racks;
        if (const RackType *t = catalog.rackType(r.rackType)) fit.reservedKw = r.racks * t->maxKw;
        Plan one;
        one.halls.push_back(restrictedTo(withGhosts(hall, out.ghosts), r));
        PlacementRequest req;
        req.hallId = hall.id;
        req.rackType = r.rackType;
        req.count = r.racks;
        auto placed = place(one, catalog, req, stop);
        if (!placed) {
            fit.reason = placed.error().toString();
        } else {
            fit.fitted = placed->placed;
            if (fit.fitted < r.racks) fit.reason = placed->reason;
            int n = 0;
            for (Rack rack : placed->racks) {
                rack.id = ghostId(r.id, ++n);
                rack.tenant = r.tenant;
                rack.phase = r.phase;
                out.ghosts.push_back({std::move(rack), r.id});
            }
        }
        out.fits.push_back(std::move(fit));
    }
    return out;
}

Result<PlacementResult> placeHonouringReservations(const Plan &plan, const Catalog &builtin,
                                                   const PlacementRequest &request,
                                                   const std::string &tenant, std::stop_token stop,
                                                   const PlacementProgress &progress)
{
    if (!tenant.empty() && !plan.tenant(tenant))
        return Error("--tenant", "unknown tenant \"" + tenant + "\"");
    const Hall *hall = plan.hall(request.hallId);
    const std::vector<Reservation> reserved =
        hall ? reservationsOf(plan, hall->id) : std::vector<Reservation>{};
    if (!hall || reserved.empty()) {
        auto r = place(plan, builtin, request, stop, progress);
        if (r) {
            for (Rack &rack : r->racks)
                rack.tenant = tenant;
        }
        return r;
    }
    // Other tenants' reservations stand in the hall as racks while this one is placed.
    const Catalog catalog = effectiveCatalog(builtin, plan);
    const ReservedLayout others = placeReservations(*hall, catalog, reserved, tenant, stop);
    Plan staged = plan;
    *staged.hall(hall->id) = withGhosts(*hall, others.ghosts);
    auto r = place(staged, builtin, request, stop, progress);
    if (!r) return r;
    // Ghost ids are never taken by new racks (they use the hall's own R numbering), and the result
    // only lists the new racks.
    for (Rack &rack : r->racks)
        rack.tenant = tenant;
    if (!others.ghosts.empty() && !r->reason.empty())
        r->reason += "; " + std::to_string(others.ghosts.size()) +
                     " racks' capacity is reserved for " +
                     (tenant.empty() ? "tenants" : "other tenants");
    return r;
}

Plan applyPlacement(const Plan &plan, const std::string &hallId, const std::vector<Rack> &racks)
{
    Plan out = plan;
    Hall *hall = out.hall(hallId);
    if (!hall) return out;
    hall->racks.insert(hall->racks.end(), racks.begin(), racks.end());
    for (const Rack &rack : racks) {
        if (rack.tenant.empty()) continue;
        auto it = std::find_if(out.reservations.begin(), out.reservations.end(),
                               [&](const Reservation &r) {
                                   return r.hall == hallId && r.tenant == rack.tenant &&
                                          r.rackType == rack.type && r.racks > 0;
                               });
        if (it != out.reservations.end()) it->racks -= 1;
    }
    out.reservations.erase(
        std::remove_if(out.reservations.begin(), out.reservations.end(),
                       [&](const Reservation &r) { return r.hall == hallId && r.racks <= 0; }),
        out.reservations.end());
    return out;
}

} // namespace hw::core
