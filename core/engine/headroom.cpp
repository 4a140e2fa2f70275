// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/headroom.h"

#include "core/engine/load_matrix.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace hw::core {


const RackType *referenceRackType(const Hall &hall, const Catalog &catalog)
{
    if (!hall.referenceRackType.empty())
        return catalog.rackType(hall.referenceRackType);
    std::map<std::string, int> counts;
    for (const Rack &r : hall.racks)
        counts[r.type] += 1;
    const std::string *best = nullptr;
    int bestCount = 0;
    for (const Rack &r : hall.racks) {
        const int c = counts[r.type];
        if (c > bestCount) {
            bestCount = c;
            best = &r.type;
        }
    }
    return best ? catalog.rackType(*best) : nullptr;
}

int powerHeadroomRacks(const HallInputs &in, const PowerAnalysis &power, double rackKw)
{
    if (in.feeds.size() < 2 || rackKw <= 0)
        return 0;
    detail::LoadMatrix m(in, power);
    std::vector<double> headroom(in.feeds.size());
    for (std::size_t f = 0; f < in.feeds.size(); ++f)
        headroom[f] = in.feeds[f].capacityKw - m.feedWorst(static_cast<int>(f));

    // Candidate connections per the topology.
    std::vector<std::pair<int, int>> pairs;
    if (in.topology == Topology::TwoN) {
        for (std::size_t f = 0; f < in.feeds.size(); ++f) {
            const int p = in.feeds[f].partner;
            if (p != HallInputs::kNone && static_cast<int>(f) < p)
                pairs.push_back({static_cast<int>(f), p});
        }
    }

    int added = 0;
    // Upper limit: no rack can be added beyond the total capacity of all feeds.
    double totalCap = 0;
    for (const auto &f : in.feeds)
        totalCap += f.capacityKw;
    const int limit = static_cast<int>(std::min(1e7, std::ceil(totalCap / rackKw)) + 1);
    while (added < limit) {
        int a = HallInputs::kNone, b = HallInputs::kNone;
        double best = -std::numeric_limits<double>::infinity();
        if (in.topology == Topology::TwoN) {
            for (const auto &[x, y] : pairs) {
                const double h = std::min(headroom[static_cast<std::size_t>(x)], headroom[static_cast<std::size_t>(y)]);
                if (h > best) {
                    best = h;
                    a = x;
                    b = y;
                }
            }
        } else {
            // Distributed: the feed with the most headroom, and the best one of another source.
            for (std::size_t f = 0; f < in.feeds.size(); ++f) {
                if (headroom[f] > best) {
                    best = headroom[f];
                    a = static_cast<int>(f);
                }
            }
            best = -std::numeric_limits<double>::infinity();
            if (a != HallInputs::kNone) {
                const int sa = in.feeds[static_cast<std::size_t>(a)].source;
                for (std::size_t f = 0; f < in.feeds.size(); ++f) {
                    const int sf = in.feeds[f].source;
                    if (static_cast<int>(f) == a || (sf == sa && sa != HallInputs::kNone) ||
                        (sa == HallInputs::kNone && sf == HallInputs::kNone))
                        continue;
                    if (headroom[f] > best) {
                        best = headroom[f];
                        b = static_cast<int>(f);
                    }
                }
            }
        }
        if (a == HallInputs::kNone || b == HallInputs::kNone)
            break;
        if (!m.tryAdd(a, b, rackKw))
            break;
        ++added;
        headroom[static_cast<std::size_t>(a)] = in.feeds[static_cast<std::size_t>(a)].capacityKw - m.feedWorst(a);
        headroom[static_cast<std::size_t>(b)] = in.feeds[static_cast<std::size_t>(b)].capacityKw - m.feedWorst(b);
    }
    return added;
}

std::optional<int> liquidHeadroomRacks(const HallInputs &in, const CoolingAnalysis &cooling,
                                       const RackType &type)
{
    const double q = type.maxKw * type.liquidShare();
    if (!(q > 0))
        return std::nullopt;
    long total = 0;
    for (std::size_t l = 0; l < cooling.loops.size(); ++l) {
        const LoopReport &rep = cooling.loops[l];
        const double flow = in.flowLpm(static_cast<int>(l), q);
        double n = rep.headroomKw / q;
        if (flow > 0)
            n = std::min(n, rep.flowHeadroomLpm / flow);
        if (n > 0)
            total += static_cast<long>(std::floor(n + 1e-9));
    }
    return static_cast<int>(std::min<long>(total, std::numeric_limits<int>::max()));
}

std::optional<int> airHeadroomRacks(const CoolingAnalysis &cooling, const RackType &type)
{
    const double airKw = type.maxKw * (1.0 - type.liquidShare());
    if (!cooling.air || !(airKw > 0))
        return std::nullopt;
    const double n = cooling.air->headroomKw / airKw;
    if (n <= 0)
        return 0;
    return static_cast<int>(std::min(std::floor(n + 1e-9), 1e9));
}

void bindHeadroom(Headroom &h)
{
    h.limitedBy.clear();
    h.addableRacks = 0;
    const std::pair<const char *, const std::optional<int> *> order[] = {
        {"space", &h.space}, {"power", &h.power}, {"liquid", &h.liquid}, {"air", &h.air}};
    bool any = false;
    for (const auto &[name, value] : order) {
        if (!*value)
            continue;
        if (!any || **value < h.addableRacks) {
            h.addableRacks = **value;
            h.limitedBy = name;
            any = true;
        }
    }
}

Stranded strandedCapacity(const Headroom &h, const RackType &type)
{
    Stranded s;
    const double p = type.maxKw;
    const double lf = type.liquidShare();
    if (h.power)
        s.powerKw = (*h.power - h.addableRacks) * p;
    if (h.liquid)
        s.liquidKw = (*h.liquid - h.addableRacks) * p * lf;
    if (h.air)
        s.airKw = (*h.air - h.addableRacks) * p * (1.0 - lf);
    if (h.space)
        s.slots = *h.space - h.addableRacks;
    return s;
}

} // namespace hw::core
