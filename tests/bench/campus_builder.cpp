// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "campus_builder.h"

#include <cmath>
#include <string>

namespace hw::bench {

using namespace hw::core;

namespace {

constexpr double kWidth = 0.6, kDepth = 1.068, kGap = 2.4, kX0 = 4.2;

std::string num(int i, int width)
{
    std::string s = std::to_string(i);
    return std::string(static_cast<std::size_t>(std::max(0, width - static_cast<int>(s.size()))), '0') + s;
}

Hall buildHall(int index, int pairs, int runRacks)
{
    Hall h;
    h.id = "H" + num(index + 1, 2);
    h.name = "Hall " + std::to_string(index + 1);
    const double runLen = runRacks * kWidth;
    const double width = kX0 + 2 * runLen + kGap + 3.0;
    const double height = 1.3 + pairs * 4.536 + 1.5;
    h.origin = Vec2{(index % 8) * (width + 10.0), (index / 8) * (height + 10.0)};
    h.outline = {{0, 0}, {width, 0}, {width, height}, {0, height}};
    h.floorLoadKgPerM2 = 2500;
    h.referenceRackType = "gb300-nvl72";
    h.power.topology = "2N";
    const double rackKw = 142.0;
    const double hallKw = rackKw * pairs * 2 * 2 * runRacks;
    h.power.sources = {{h.id + "-UPS-A", std::ceil(hallKw * 1.1 / 1000) * 1000, {}},
                       {h.id + "-UPS-B", std::ceil(hallKw * 1.1 / 1000) * 1000, {}}};
    const double feedKw = std::ceil(runRacks * rackKw * 1.1 / 10) * 10;
    int rackNo = 0;
    for (int k = 0; k < pairs; ++k) {
        Loop loop;
        loop.id = h.id + "-L" + std::to_string(k + 1);
        loop.coolant = "PG25";
        loop.redundantCdus = 1;
        loop.maxPipeRunM = 60;
        h.cooling.loops.push_back(loop);
        // Four 1.2 m CDUs per row pair (N+1), in two columns along the west wall.
        for (int j = 0; j < 4; ++j) {
            Cdu c;
            c.id = h.id + "-CDU" + std::to_string(k * 4 + j + 1);
            c.loop = loop.id;
            c.type = "incdu-1350";
            c.position = {j % 2 == 0 ? 1.3 : 2.9, 1.6 + 2.4 * (2 * k + j / 2)};
            h.cooling.cdus.push_back(c);
        }
        const double ya = 1.3 + kDepth / 2 + 4.536 * k;
        const double yb = 1.3 + 2.268 + kDepth / 2 + 4.536 * k;
        const struct
        {
            const char *name;
            double y;
            int rotation;
        } rows[] = {{"A", ya, 180}, {"B", yb, 0}};
        for (const auto &row : rows) {
            for (int r = 0; r < 2; ++r) {
                const double xs = kX0 + r * (runLen + kGap);
                const std::string pair = h.id + "-" + row.name + std::to_string(k + 1) + (r ? "E" : "W");
                for (const char *side : {"A", "B"}) {
                    Feed f;
                    f.id = pair + "-" + side;
                    f.source = h.id + "-UPS-" + side;
                    f.pair = pair;
                    f.capacityKw = feedKw;
                    f.path = {{xs, row.y}, {xs + runLen, row.y}};
                    h.power.feeds.push_back(f);
                }
                for (int i = 0; i < runRacks; ++i) {
                    Rack rack;
                    rack.id = h.id + "-R" + num(++rackNo, 4);
                    rack.type = "gb300-nvl72";
                    rack.position = {xs + kWidth / 2 + i * kWidth, row.y};
                    rack.rotationDeg = row.rotation;
                    rack.feeds = {pair + "-A", pair + "-B"};
                    rack.loop = loop.id;
                    h.racks.push_back(rack);
                }
            }
        }
    }
    // Loops of 2 × 2 × runRacks racks: size the CDUs from the heat with N+1.
    const double loopKw = 4 * runRacks * rackKw * 0.85;
    const double loopLpm = loopKw / (1.019 * 3.94 * 10) * 60;
    for (Cdu &c : h.cooling.cdus) {
        c.capacityKw = std::ceil(loopKw / 3 * 1.05);
        c.maxFlowLpm = std::ceil(loopLpm / 3 * 1.05);
    }
    Air air;
    air.unitKw = 250;
    air.units = static_cast<int>(std::ceil(h.racks.size() * rackKw * 0.15 / 250.0)) + 2;
    air.redundantUnits = 1;
    h.cooling.air = air;
    return h;
}

} // namespace

Plan buildCampus(int halls, int pairs, int runRacks)
{
    Plan plan;
    plan.name = "Synthetic campus";
    for (int i = 0; i < halls; ++i)
        plan.halls.push_back(buildHall(i, pairs, runRacks));
    return plan;
}

} // namespace hw::bench
