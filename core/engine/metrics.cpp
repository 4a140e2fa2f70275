// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/metrics.h"

#include "core/geometry/floor_area.h"

namespace hw::core {

namespace {

void fillDensities(Metrics &m, double pue)
{
    m.pue = pue;
    m.facilityKw = m.itKw * pue;
    m.kwPerM2 = m.areaM2 > 0 ? m.itKw / m.areaM2 : 0.0;
    m.gpusPerM2 = m.areaM2 > 0 ? m.gpus / m.areaM2 : 0.0;
    m.pflopsPerM2.clear();
    for (const auto &[precision, v] : m.pflops)
        m.pflopsPerM2[precision] = m.areaM2 > 0 ? v / m.areaM2 : 0.0;
}

} // namespace

Metrics hallMetrics(const HallInputs &in, double pue)
{
    Metrics m;
    for (const auto &r : in.racks) {
        m.rackCount += 1;
        m.itKw += r.planningKw;
        m.typicalKw += r.typicalKw;
        if (r.type) {
            m.gpus += r.type->gpuCount();
            if (r.type->gpuCount() > 0) ++m.gpuRacks;
            for (const auto &[precision, v] : r.type->pflops) {
                m.pflops[precision] += v;
                ++m.pflopsRatedRacks[precision];
            }
        }
    }
    std::vector<Polyline> obstacles;
    obstacles.reserve(in.hall->obstacles.size());
    for (const Obstacle &o : in.hall->obstacles)
        obstacles.push_back(o.polygon);
    m.areaM2 = floorAreaM2(in.hall->outline, obstacles);
    fillDensities(m, pue);
    return m;
}

Metrics siteMetrics(const std::vector<const Metrics *> &halls, double pue)
{
    Metrics m;
    double facility = 0;
    bool samePue = true;
    for (const Metrics *h : halls) {
        facility += h->facilityKw;
        samePue = samePue && h->pue == pue;
        m.rackCount += h->rackCount;
        m.itKw += h->itKw;
        m.typicalKw += h->typicalKw;
        m.gpus += h->gpus;
        m.areaM2 += h->areaM2;
        for (const auto &[precision, v] : h->pflops)
            m.pflops[precision] += v;
        m.gpuRacks += h->gpuRacks;
        for (const auto &[precision, n] : h->pflopsRatedRacks)
            m.pflopsRatedRacks[precision] += n;
    }
    fillDensities(m, pue);
    // Halls with their own PUE: the site's facility power is the sum of theirs.
    if (!samePue) {
        m.facilityKw = facility;
        m.pue = m.itKw > 0 ? facility / m.itKw : pue;
    }
    return m;
}

} // namespace hw::core
