// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/tenants.h"

#include "core/model/resolve.h"

namespace hw::core {

std::vector<TenantReport> tenantReports(const Plan &plan, const Catalog &catalog,
                                        const std::vector<HallReport> &halls)
{
    std::vector<TenantReport> out;
    out.reserve(plan.tenants.size());
    for (const Tenant &t : plan.tenants) {
        TenantReport rep;
        rep.id = t.id;
        rep.name = t.name;
        rep.color = t.color;
        for (std::size_t i = 0; i < plan.halls.size() && i < halls.size(); ++i) {
            const Hall &hall = plan.halls[i];
            const HallReport &hr = halls[i];
            TenantHallShare share;
            share.hall = hall.id;
            for (const Rack &r : hall.racks) {
                if (r.tenant != t.id) continue;
                const RackType *type = catalog.rackType(r.type);
                if (!type) continue;
                share.racks += 1;
                share.itKw += planningKw(r, *type);
                rep.gpus += type->gpuCount();
                for (const auto &[precision, v] : type->pflops)
                    rep.pflops[precision] += v;
            }
            double reservedInHall = 0;
            for (const ReservationFit &f : hr.reservations) {
                reservedInHall += f.reservedKw;
                if (f.tenant == t.id) {
                    share.reservedRacks += f.racks;
                    share.reservedKw += f.reservedKw;
                }
            }
            if (share.racks == 0 && share.reservedRacks == 0) continue;
            double refKw = 0;
            if (const RackType *ref = catalog.rackType(hr.headroom.referenceRackType))
                refKw = ref->maxKw;
            const double capacity =
                hr.metrics.itKw + reservedInHall + hr.headroom.addableRacks * refKw;
            share.sharePct =
                capacity > 0 ? 100.0 * (share.itKw + share.reservedKw) / capacity : 0.0;
            rep.racks += share.racks;
            rep.itKw += share.itKw;
            rep.reservedRacks += share.reservedRacks;
            rep.reservedKw += share.reservedKw;
            rep.halls.push_back(share);
        }
        out.push_back(std::move(rep));
    }
    return out;
}

} // namespace hw::core
