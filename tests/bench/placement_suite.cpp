// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "placement_suite.h"

#include "placement_mip.h"

#include "core/io/builtin_catalog.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace hw::bench {

using namespace hw::core;

namespace {

/** Uniform numbers from mt19937's raw output: the same on every standard library. */
class Rng
{
public:
    explicit Rng(unsigned seed) : mGen(seed) {}
    double uniform(double a, double b)
    {
        return a + (b - a) * (static_cast<double>(mGen()) / 4294967296.0);
    }
    int integer(int a, int b)
    {
        return a + static_cast<int>(mGen() % static_cast<unsigned>(b - a + 1));
    }
    bool chance(double p) { return uniform(0, 1) < p; }

private:
    std::mt19937 mGen;
};

enum class Busway
{
    PerRow,
    RearAisle
};

struct Design
{
    std::string name;
    std::string design;
    int sizeClass;
    bool distributed;
    int sources;
    int rowPairs;
    std::vector<int> runs; ///< racks per run along a row (runs separated by cross aisles)
    Busway busway;
    int feedsPerSegment;   ///< distributed: feeds of different sources over each busway route
    double feedLo, feedHi; ///< feed room as a multiple of the racks under it (jittered per feed)
    double sourceMult, sourceSpread;
    double liquidLo, liquidHi, flowMult;
    double airMult;
    double pipeRunFraction; ///< maxPipeRunM as a fraction of the row length (+ 2.5 m); 0: 60 m
    bool existing;          ///< GB200 racks already in some runs
    int netRacks;           ///< network racks in a row along the north wall
    bool columns;
    int gaps;            ///< busway routes not yet installed
    bool voltageCurrent; ///< feeds given as 415 V busway ratings instead of capacityKw
};

constexpr double kW = 0.6, kD = 1.068, kFront = 1.2, kRear = 1.2, kPitch = 2 * kD + kFront + kRear;
constexpr double kY0 = 1.25, kXs = 2.81, kAisle = 1.6, kP = 142.0, kQ = 142.0 * 0.85;
const double kRatingsA[] = {250,  400,  630,  800,  1000, 1250, 1600,
                            2000, 2500, 3200, 4000, 5000, 6300};

double roundUp10(double kw)
{
    return std::ceil(kw / 10.0) * 10.0;
}

double busKw(double amps)
{
    return std::sqrt(3.0) * 415 * amps * 0.99 * 0.8 / 1000;
}

struct Segment
{
    Segment(double y, double x0, double x1, int rowPair, int racks)
        : y(y), x0(x0), x1(x1), rowPair(rowPair), racks(racks)
    {}
    double y, x0, x1;
    int rowPair;
    int racks; ///< rack positions the route runs over
    bool gap = false;
    std::vector<int> feeds;
};

SuiteInstance build(const Design &ds, unsigned seed)
{
    Rng rng(seed);
    const Catalog &catalog = builtinCatalog();
    SuiteInstance inst;
    inst.name = ds.name;
    inst.sizeClass = ds.sizeClass;
    inst.topology = ds.distributed ? "distributed" : "2N";
    inst.design = ds.design;
    Plan &plan = inst.plan;
    plan.name = "Placement suite: " + ds.name;
    Hall h;
    h.id = "H1";
    h.name = ds.name;
    h.referenceRackType = "gb300-nvl72";
    h.floorLoadKgPerM2 = 2500;

    int runTotal = 0;
    for (int r : ds.runs)
        runTotal += r;
    const double rowLen = runTotal * kW + (static_cast<double>(ds.runs.size()) - 1) * kAisle;
    const double xe = kXs + rowLen;
    const double width = xe + 2.41;
    const double gridTop = kY0 + ds.rowPairs * kPitch;
    const double height = ds.netRacks > 0 ? gridTop + 2.5 : gridTop + 0.15;
    h.outline = {{0, 0}, {width, 0}, {width, height}, {0, height}};

    const int rows = 2 * ds.rowPairs;
    auto rowY = [&](int row) {
        const double base = kY0 + (row / 2) * kPitch;
        return row % 2 == 0 ? base + kD / 2 : base + kD + kRear + kD / 2;
    };
    std::vector<double> runX0;
    double x = kXs;
    for (int r : ds.runs) {
        runX0.push_back(x);
        x += r * kW + kAisle;
    }

    // Sources.
    const char *letters = "ABCDEFGH";
    for (int s = 0; s < ds.sources; ++s)
        h.power.sources.push_back({std::string("UPS-") + letters[s], 0.0, {}});
    h.power.topology = ds.distributed ? "distributed" : "2N";

    // Busway routes: over each row's run, or along each row pair's rear aisle.
    std::vector<Segment> segs;
    if (ds.busway == Busway::PerRow) {
        for (int row = 0; row < rows; ++row) {
            for (std::size_t j = 0; j < ds.runs.size(); ++j)
                segs.emplace_back(rowY(row), runX0[j], runX0[j] + ds.runs[j] * kW, row / 2,
                                  ds.runs[j]);
        }
    } else {
        for (int k = 0; k < ds.rowPairs; ++k) {
            for (std::size_t j = 0; j < ds.runs.size(); ++j)
                segs.emplace_back(kY0 + k * kPitch + kD + kRear / 2, runX0[j],
                                  runX0[j] + ds.runs[j] * kW, k, 2 * ds.runs[j]);
        }
    }
    for (int g = 0; g < ds.gaps; ++g) {
        // Not in the first run (existing racks stand there).
        const int j = 1 + g % (static_cast<int>(ds.runs.size()) - 1);
        const int k = rng.integer(0, static_cast<int>(segs.size() / ds.runs.size()) - 1);
        segs[static_cast<std::size_t>(k) * ds.runs.size() + static_cast<std::size_t>(j)].gap = true;
    }
    const int systems = std::max(1, ds.sources / 2);
    int routeNo = 0;
    auto addFeeds = [&](Segment &sg, const std::string &name, int rotation) {
        const Polyline path = {{sg.x0, sg.y}, {sg.x1, sg.y}};
        if (!ds.distributed) {
            const int sys = sg.rowPair % systems;
            for (int side = 0; side < 2; ++side) {
                Feed f;
                f.id = name + (side == 0 ? "-A" : "-B");
                f.source = h.power.sources[static_cast<std::size_t>(2 * sys + side)].id;
                f.pair = name;
                f.path = path;
                f.reachM = 3.0;
                sg.feeds.push_back(static_cast<int>(h.power.feeds.size()));
                h.power.feeds.push_back(f);
            }
        } else {
            for (int j = 0; j < ds.feedsPerSegment; ++j) {
                Feed f;
                const int src = (rotation + j) % ds.sources;
                f.id = name + "-" + letters[src];
                f.source = h.power.sources[static_cast<std::size_t>(src)].id;
                f.path = path;
                f.reachM = 3.0;
                sg.feeds.push_back(static_cast<int>(h.power.feeds.size()));
                h.power.feeds.push_back(f);
            }
        }
    };
    for (Segment &sg : segs) {
        ++routeNo;
        if (!sg.gap) addFeeds(sg, "BW" + std::to_string(routeNo), routeNo);
    }
    Segment net(gridTop + 0.6, kXs, kXs + ds.netRacks * kW, ds.rowPairs - 1, ds.netRacks);
    if (ds.netRacks > 0) addFeeds(net, "BWNET", 0);

    // Cooling: a loop per row pair with a CDU at both ends of each of its rows (N+1).
    for (int k = 0; k < ds.rowPairs; ++k) {
        Loop loop;
        loop.id = "L" + std::to_string(k + 1);
        loop.coolant = k % 3 == 2 ? "water" : "PG25";
        loop.supplyTempC = 35;
        loop.deltaTK = 10;
        loop.redundantCdus = 1;
        loop.maxPipeRunM = ds.pipeRunFraction > 0
                               ? std::round((rowLen * ds.pipeRunFraction + 2.5) * 10) / 10
                               : 60.0;
        h.cooling.loops.push_back(loop);
        for (int row : {2 * k, 2 * k + 1}) {
            for (double cx : {kXs - 0.61 - 0.6, xe + 0.61 + 0.6}) {
                Cdu c;
                c.id = "CDU-" + std::to_string(h.cooling.cdus.size() + 1);
                c.loop = loop.id;
                c.type = "incdu-1350";
                c.position = {cx, rowY(row)};
                c.rotationDeg = 0;
                h.cooling.cdus.push_back(c);
            }
        }
    }

    // Columns on the rear aisles, clear of the first run (where existing racks stand).
    if (ds.columns) {
        for (int k = 0; k < ds.rowPairs; k += 2) {
            for (double cx = kXs + 8.0; cx < xe - 2.0; cx += 10.0) {
                const double cy = kY0 + k * kPitch + kD + kRear / 2;
                Obstacle o;
                o.id = "COL-" + std::to_string(h.obstacles.size() + 1);
                o.kind = "column";
                o.polygon = {{cx - 0.25, cy - 0.25},
                             {cx + 0.25, cy - 0.25},
                             {cx + 0.25, cy + 0.25},
                             {cx - 0.25, cy + 0.25}};
                h.obstacles.push_back(o);
            }
        }
    }

    // Racks already there: GB200 NVL72 at the start of some rows, network racks in the north row.
    int rackNo = 0;
    auto segmentOf = [&](int row) -> Segment & {
        const int k = ds.busway == Busway::PerRow ? row : row / 2;
        return segs[static_cast<std::size_t>(k) * ds.runs.size()];
    };
    auto connect = [&](Rack &r, const Segment &sg) {
        if (!ds.distributed || sg.feeds.size() == 2) {
            r.feeds = {h.power.feeds[static_cast<std::size_t>(sg.feeds[0])].id,
                       h.power.feeds[static_cast<std::size_t>(sg.feeds[1])].id};
            return;
        }
        const int a = rng.integer(0, static_cast<int>(sg.feeds.size()) - 1);
        const int b = (a + rng.integer(1, static_cast<int>(sg.feeds.size()) - 1)) %
                      static_cast<int>(sg.feeds.size());
        r.feeds = {
            h.power.feeds[static_cast<std::size_t>(sg.feeds[static_cast<std::size_t>(a)])].id,
            h.power.feeds[static_cast<std::size_t>(sg.feeds[static_cast<std::size_t>(b)])].id};
    };
    if (ds.existing) {
        for (int row = 0; row < rows; ++row) {
            if (!rng.chance(0.45) || segmentOf(row).gap) continue;
            const int m = rng.integer(3, 8);
            const double kwChoices[] = {0, 110, 120, 125};
            const double kw = kwChoices[rng.integer(0, 3)];
            for (int i = 0; i < m; ++i) {
                Rack r;
                r.id = "H1-E" + std::to_string(++rackNo);
                r.type = "gb200-nvl72";
                r.position = {kXs + kW / 2 + i * kW, rowY(row)};
                r.rotationDeg = row % 2 == 0 ? 180 : 0;
                if (kw > 0) r.powerKw = kw;
                connect(r, segmentOf(row));
                r.loop = "L" + std::to_string(row / 2 + 1);
                h.racks.push_back(r);
            }
        }
    }
    for (int i = 0; i < ds.netRacks; ++i) {
        Rack r;
        r.id = "H1-N" + std::to_string(i + 1);
        r.type = "net-rack-20";
        r.position = {kXs + kW / 2 + i * kW, gridTop + 0.6};
        r.rotationDeg = 180;
        if (i % 3 == 1) r.powerKw = 25;
        connect(r, net);
        h.racks.push_back(r);
    }

    // Capacities: what the racks already there need in their worst scenario, plus room for a
    // multiple of the new racks the route or system runs over.
    const ScenarioLoads loads(h, catalog);
    auto feedRoom = [&](const Segment &sg, double mult) {
        if (!ds.distributed) return mult * sg.racks * kP;
        return mult * sg.racks * kP / ds.feedsPerSegment * (1.0 + 1.0 / (ds.sources - 1));
    };
    auto setFeed = [&](int f, double room) {
        Feed &feed = h.power.feeds[static_cast<std::size_t>(f)];
        const double target = roundUp10(loads.feedWorst(f) + room);
        if (!ds.voltageCurrent) {
            feed.capacityKw = target;
            return;
        }
        double amps = kRatingsA[std::size(kRatingsA) - 1];
        for (double a : kRatingsA) {
            if (busKw(a) >= std::max(0.9 * target, loads.feedWorst(f) + 1)) {
                amps = a;
                break;
            }
        }
        feed.voltageV = 415;
        feed.currentA = amps;
        feed.powerFactor = 0.99;
        feed.deratePct = 80;
    };
    for (const Segment &sg : segs) {
        const double mult = rng.uniform(ds.feedLo, ds.feedHi);
        for (int f : sg.feeds)
            setFeed(f, feedRoom(sg, mult) *
                           (ds.distributed ? rng.uniform(0.85, 1.15) : rng.uniform(0.97, 1.03)));
    }
    for (int f : net.feeds)
        setFeed(f, rng.uniform(0.5, 2.0) * 5 * kP);
    const int positions = 2 * ds.rowPairs * runTotal;
    for (int s = 0; s < ds.sources; ++s) {
        double worst = 0;
        for (int sc = 0; sc < loads.scenarios(); ++sc) {
            if (loads.sourceUp(s, sc)) worst = std::max(worst, loads.sourceLoad(s, sc));
        }
        double room;
        if (ds.distributed) {
            room = positions * kP / (ds.sources - 1);
        } else {
            int sysPositions = 0;
            for (int k = 0; k < ds.rowPairs; ++k)
                sysPositions += (k % systems == s / 2) ? 2 * runTotal : 0;
            room = sysPositions * kP;
        }
        const double mult = ds.sourceMult * rng.uniform(1 - ds.sourceSpread, 1 + ds.sourceSpread);
        h.power.sources[static_cast<std::size_t>(s)].capacityKw =
            std::ceil((worst + mult * room) / 100) * 100;
    }
    for (int k = 0; k < ds.rowPairs; ++k) {
        const Loop &loop = h.cooling.loops[static_cast<std::size_t>(k)];
        const Coolant *coolant = catalog.coolant(*loop.coolant);
        const double perKw = 60.0 / (coolant->densityKgPerL * coolant->cpKjPerKgK * 10.0);
        double existing = 0;
        for (const Rack &r : h.racks) {
            if (r.loop == loop.id)
                existing += r.powerKw.value_or(catalog.rackType(r.type)->maxKw) * 0.85;
        }
        const double mult = rng.uniform(ds.liquidLo, ds.liquidHi);
        const double heat = existing + mult * 2 * runTotal * kQ;
        const double flow = (existing + ds.flowMult * mult * 2 * runTotal * kQ) * perKw;
        for (Cdu &c : h.cooling.cdus) {
            if (c.loop == loop.id) {
                c.capacityKw = roundUp10(heat / 3);
                c.maxFlowLpm = roundUp10(flow / 3);
            }
        }
    }
    Air air;
    air.unitKw = 250;
    air.redundantUnits = 1;
    air.otherLoadKw = 50;
    double airLoad = 50;
    for (const Rack &r : h.racks) {
        const RackType *t = catalog.rackType(r.type);
        airLoad += r.powerKw.value_or(t->maxKw) * (1 - t->liquidShare());
    }
    air.units =
        static_cast<int>(std::ceil((airLoad + ds.airMult * positions * kP * 0.15) / 250)) + 1;
    h.cooling.air = air;
    plan.halls.push_back(std::move(h));
    return inst;
}

} // namespace

std::vector<SuiteInstance> placementSuite(unsigned seed)
{
    const Busway row = Busway::PerRow, rear = Busway::RearAisle;
    // clang-format off
    // name, design, size, distributed, sources, row pairs, runs, busway, feeds per route,
    // feed lo/hi, source mult/spread, liquid lo/hi, flow, air, pipe, existing, net, columns, gaps, V/I
    const std::vector<Design> designs = {
        {"s50-2n-space", "2N A/B, ample power and cooling: space binds",
         50, false, 2, 2, {14}, row, 2, 1.2, 1.5, 1.4, 0.05, 1.3, 1.5, 1.0, 1.5, 0, true, 0, false, 0, false},
        {"s50-2n-ups-liquid", "2N, two UPS systems; UPS and loops scarce",
         50, false, 4, 2, {14}, rear, 2, 0.9, 1.3, 0.6, 0.2, 0.55, 0.85, 1.05, 1.4, 0, true, 6, false, 0, false},
        {"s50-dist-feeds", "distributed over 3 UPS, 2 feeds per busway route; feeds scarce",
         50, true, 3, 2, {14}, row, 2, 0.45, 0.85, 1.3, 0.05, 1.2, 1.3, 1.0, 1.4, 0, true, 0, false, 0, false},
        {"s50-dist-ups-air", "distributed over 4 UPS, 3 feeds per route (415 V ratings); UPS and air scarce",
         50, true, 4, 2, {14}, rear, 3, 0.9, 1.3, 0.75, 0.1, 1.3, 1.4, 1.0, 0.75, 0, true, 6, false, 0, true},
        {"m200-2n-feeds", "2N A/B, columns; busway pairs scarce",
         200, false, 2, 3, {20, 16}, row, 2, 0.5, 0.9, 1.3, 0.05, 1.3, 1.4, 1.0, 1.5, 0, true, 0, true, 0, false},
        {"m200-2n-ups-liquid", "2N, two UPS systems; UPS, loops and pipe runs scarce",
         200, false, 4, 3, {20, 16}, rear, 2, 0.9, 1.3, 0.65, 0.2, 0.6, 0.9, 1.05, 1.4, 0.42, true, 8, false, 0, false},
        {"m200-dist-feeds", "distributed over 3 UPS, columns, one route not installed; feeds and reach scarce",
         200, true, 3, 3, {20, 16}, row, 2, 0.45, 0.85, 1.3, 0.05, 1.2, 1.3, 1.0, 1.4, 0, true, 0, true, 1, false},
        {"m200-dist-ups-air", "distributed over 4 UPS, 3 feeds per route (415 V ratings); UPS and air scarce",
         200, true, 4, 3, {20, 16}, rear, 3, 0.9, 1.3, 0.75, 0.1, 1.3, 1.4, 1.0, 0.8, 0, true, 8, false, 0, true},
        {"l1000-2n-feeds", "2N, two UPS systems (415 V ratings), columns; busway pairs scarce",
         1000, false, 4, 9, {20, 20, 18}, row, 2, 0.5, 0.9, 1.3, 0.05, 1.3, 1.4, 1.0, 1.5, 0, true, 0, true, 0, true},
        {"l1000-2n-ups-liquid", "2N, three UPS systems; UPS, loops and pipe runs scarce",
         1000, false, 6, 9, {20, 20, 18}, rear, 2, 0.9, 1.3, 0.65, 0.2, 0.6, 0.9, 1.05, 1.4, 0.42, true, 12, false, 0, false},
        {"l1000-dist-feeds", "distributed over 3 UPS, columns, two routes not installed; feeds and reach scarce",
         1000, true, 3, 9, {20, 20, 18}, row, 2, 0.45, 0.85, 1.3, 0.05, 1.2, 1.3, 1.0, 1.4, 0, true, 0, true, 2, false},
        {"l1000-dist-ups-air", "distributed over 4 UPS, 3 feeds per route; UPS, loops and air scarce",
         1000, true, 4, 9, {20, 20, 18}, rear, 3, 0.9, 1.3, 0.75, 0.1, 0.8, 1.1, 1.0, 0.8, 0, true, 12, false, 0, false},
    };
    // clang-format on
    std::vector<SuiteInstance> out;
    for (std::size_t i = 0; i < designs.size(); ++i)
        out.push_back(build(designs[i], seed * 131u + static_cast<unsigned>(i)));
    return out;
}

} // namespace hw::bench
