// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/campus_generator.h"

#include "core/engine/placement.h"
#include "core/model/defaults.h"
#include "core/model/resolve.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <limits>
#include <thread>

namespace hw::core {

namespace {

constexpr int kRunRacks = 10;        ///< racks per busway run (one 2N pair each)
constexpr double kRunGapM = 2.0;     ///< cross aisle between the two runs of a row
constexpr double kVoltageV = 415;
constexpr double kPowerFactor = 0.99;
constexpr double kDeratePct = 80;    ///< the 80 % continuous-load rule
constexpr double kFeedMargin = 1.10; ///< N-1 load at most 1/1.1 of a busway's usable capacity
constexpr double kUpsLoading = 0.80; ///< a UPS carries its hall (N-1) at 80 % of its rating
constexpr double kAirUnitKw = 250;
constexpr double kOtherAirLoadKw = 50;
constexpr double kSiteSpacingM = 10;
constexpr int kHallsPerBuilding = 8;
constexpr double kTargetHallMw = 25;

const double kBuswayRatingsA[] = {800, 1000, 1200, 1600, 2000, 2500, 3000, 4000, 5000};

double threePhaseKw(double amps) { return std::sqrt(3.0) * kVoltageV * amps * kPowerFactor * kDeratePct / 100 / 1000; }

std::string pad(int value, int width)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%0*d", width, value);
    return buf;
}

struct CduChoice
{
    const CduType *type = nullptr;
    int count = 0; ///< including the redundant one
};

/** The catalog CDU type that serves a loop with the fewest units at N+1 (ties: smaller floor). */
CduChoice chooseCdu(const Catalog &catalog, double heatKw, double flowLpm)
{
    CduChoice best;
    double bestArea = std::numeric_limits<double>::infinity();
    for (const CduType &t : catalog.cduTypes) {
        if (!t.capacityKw || !t.maxFlowLpm || !t.widthM || !t.depthM || *t.capacityKw <= 0 || *t.maxFlowLpm <= 0)
            continue;
        const int n = static_cast<int>(std::ceil(std::max(heatKw / *t.capacityKw, flowLpm / *t.maxFlowLpm) - 1e-9));
        const int count = std::max(1, n) + defaults::kRedundantCdus;
        const double area = count * *t.widthM * *t.depthM;
        if (!best.type || count < best.count || (count == best.count && area < bestArea)) {
            best = {&t, count};
            bestArea = area;
        }
    }
    return best;
}

struct HallSpec
{
    int index = 0;
    int racks = 0;
    std::string phase;
};

Result<Hall> buildHall(const HallSpec &spec, const RackType &type, const Catalog &catalog, const Coolant &coolant)
{
    Hall h;
    h.id = "H" + pad(spec.index + 1, 2);
    h.name = "Hall " + std::to_string(spec.index + 1);
    h.referenceRackType = type.id;
    const double w = type.widthM, d = type.depthM, p = type.maxKw, lf = type.liquidShare();
    const double wc = defaults::kWallClearanceM, cf = defaults::kFrontClearanceM, cr = defaults::kRearClearanceM,
                 oc = defaults::kObstacleClearanceM;
    h.rules.wallClearanceM = wc;
    h.rules.obstacleClearanceM = oc;
    h.rules.frontClearanceM = cf;
    h.rules.rearClearanceM = cr;
    h.rules.maxRowRacks = defaults::kMaxRowRacks;
    h.rules.crossAisleM = defaults::kCrossAisleM;

    const int rowRacks = 2 * kRunRacks;
    const int rows = (spec.racks + rowRacks - 1) / rowRacks;
    const int pairs = std::max(1, (rows + 1) / 2);
    const double pitch = 2 * d + cf + cr;
    const double runLen = kRunRacks * w;

    // Cooling: one loop per row pair with N+1 CDUs of the type that needs the fewest.
    const double loopHeat = 2 * rowRacks * p * lf;
    const double loopFlow = loopHeat / (coolant.densityKgPerL * coolant.cpKjPerKgK * defaults::kDeltaTK) * 60;
    CduChoice cdu;
    if (lf > 0) {
        cdu = chooseCdu(catalog, loopHeat, loopFlow);
        if (!cdu.type)
            return Error("the catalog has no CDU type with capacity, flow and size");
    }
    const double cduW = cdu.type ? *cdu.type->widthM : 0;
    const double galleryStart = 1.0;
    const double galleryWidth = cdu.count * (cduW + 0.3);
    const double x0 = galleryStart + galleryWidth + oc + 0.2;
    const double width = x0 + 2 * runLen + kRunGapM + wc + 1.5;
    const double base0 = std::max(wc, cf) + 0.1;
    const double lastTop = base0 + (pairs - 1) * pitch + 2 * d + cr;
    const double height = std::max(lastTop + std::max(cf, wc) + 0.2, 1.0 + pairs * pitch);
    h.outline = {{0, 0}, {width, 0}, {width, height}, {0, height}};
    h.floorLoadKgPerM2 = type.weightKg ? std::max(2500.0, std::ceil(*type.weightKg / (w * d) / 100) * 100) : 2500.0;

    // Power: 2N busways per run, two UPS sources.
    const double hallKw = spec.racks * p;
    const double upsKw = std::ceil(hallKw / kUpsLoading / 250) * 250;
    h.power.topology = "2N";
    h.power.sources = {{h.id + "-UPS-A", upsKw, {}}, {h.id + "-UPS-B", upsKw, {}}};
    double amps = 0;
    for (double a : kBuswayRatingsA) {
        if (threePhaseKw(a) >= kRunRacks * p * kFeedMargin) {
            amps = a;
            break;
        }
    }
    if (amps == 0)
        return Error("a " + type.id + " rack draws too much for a 5000 A busway run of " +
                     std::to_string(kRunRacks) + " racks");

    for (int k = 0; k < pairs; ++k) {
        const double base = base0 + k * pitch;
        const double yA = base + d / 2, yB = base + d + cr + d / 2;
        if (lf > 0) {
            Loop loop;
            loop.id = h.id + "-L" + std::to_string(k + 1);
            loop.coolant = coolant.id;
            loop.supplyTempC = 35;
            loop.deltaTK = defaults::kDeltaTK;
            loop.redundantCdus = defaults::kRedundantCdus;
            loop.maxPipeRunM = std::ceil(x0 + 2 * runLen + kRunGapM + pitch);
            h.cooling.loops.push_back(loop);
            const double yc = base + (2 * d + cr) / 2;
            for (int j = 0; j < cdu.count; ++j) {
                Cdu c;
                c.id = h.id + "-CDU" + pad(k * cdu.count + j + 1, 2);
                c.loop = loop.id;
                c.type = cdu.type->id;
                c.position = {galleryStart + j * (cduW + 0.3) + cduW / 2, yc};
                c.rotationDeg = 0;
                h.cooling.cdus.push_back(c);
            }
        }
        const struct
        {
            char name;
            double y;
        } rowsOfPair[] = {{'A', yA}, {'B', yB}};
        for (const auto &row : rowsOfPair) {
            for (int r = 0; r < 2; ++r) {
                const double xs = x0 + r * (runLen + kRunGapM);
                const std::string pair = h.id + "-" + row.name + std::to_string(k + 1) + (r == 0 ? "W" : "E");
                for (const char *side : {"A", "B"}) {
                    Feed f;
                    f.id = pair + "-" + side;
                    f.source = h.id + "-UPS-" + side;
                    f.pair = pair;
                    f.voltageV = kVoltageV;
                    f.currentA = amps;
                    f.powerFactor = kPowerFactor;
                    f.deratePct = kDeratePct;
                    f.path = {{xs, row.y}, {xs + runLen, row.y}};
                    f.reachM = defaults::kReachM;
                    h.power.feeds.push_back(f);
                }
            }
        }
    }

    Air air;
    air.unitKw = kAirUnitKw;
    air.otherLoadKw = kOtherAirLoadKw;
    air.redundantUnits = defaults::kRedundantAirUnits;
    air.units = static_cast<int>(std::ceil((hallKw * (1 - lf) + kOtherAirLoadKw) / kAirUnitKw)) +
                defaults::kRedundantAirUnits;
    h.cooling.air = air;
    return h;
}

} // namespace

Result<Plan> generateCampus(const CampusSpec &spec, const Catalog &builtin, std::stop_token stop)
{
    if (!(spec.itMw > 0) || !std::isfinite(spec.itMw))
        return Error("--it-mw", "must be more than 0");
    const RackType *type = builtin.rackType(spec.rackType);
    if (!type)
        return Error("--rack-type", "unknown rack type \"" + spec.rackType + "\"");
    const Coolant *coolant = builtin.coolant("PG25");
    if (!coolant)
        coolant = builtin.coolant(defaults::kCoolant);
    if (!coolant)
        return Error("the catalog has no coolant PG25 or water");

    const long totalRacks = static_cast<long>(std::ceil(spec.itMw * 1000 / type->maxKw - 1e-9));
    const int halls = spec.halls > 0 ? spec.halls
                                     : std::max(1, static_cast<int>(std::ceil(spec.itMw / kTargetHallMw - 1e-9)));
    if (halls > totalRacks)
        return Error("--halls", std::to_string(halls) + " halls for " + std::to_string(totalRacks) +
                                    " racks leaves halls empty; use fewer halls");
    if (totalRacks / halls > 4000)
        return Error("--halls", "more than 4,000 racks per hall; use more halls");

    Plan plan;
    plan.name = spec.name.empty() ? "Generated campus, " + std::to_string(static_cast<long>(std::lround(spec.itMw))) + " MW"
                                  : spec.name;
    plan.assumptions.pue = defaults::kPue;
    const int buildings = (halls + kHallsPerBuilding - 1) / kHallsPerBuilding;
    for (int b = 0; b < buildings; ++b) {
        Phase ph;
        ph.id = "P" + std::to_string(b + 1);
        ph.name = "Phase " + std::to_string(b + 1) + ": building " + std::to_string(b + 1);
        const int month = 1 + 6 * b;
        ph.date = std::to_string(2027 + (month - 1) / 12) + "-" + pad((month - 1) % 12 + 1, 2) + "-01";
        plan.phases.push_back(ph);
    }

    std::vector<HallSpec> specs;
    for (int i = 0; i < halls; ++i) {
        HallSpec hs;
        hs.index = i;
        hs.racks = static_cast<int>(totalRacks / halls + (i < totalRacks % halls ? 1 : 0));
        hs.phase = plan.phases[static_cast<std::size_t>(i / kHallsPerBuilding)].id;
        specs.push_back(hs);
    }
    double siteX = 0, siteY = 0, rowHeight = 0;
    for (const HallSpec &hs : specs) {
        auto hall = buildHall(hs, *type, builtin, *coolant);
        if (!hall)
            return hall.error();
        const double wdt = hall->outline[1].x, hgt = hall->outline[2].y;
        if (hs.index > 0 && hs.index % kHallsPerBuilding == 0) {
            siteX = 0;
            siteY += rowHeight + kSiteSpacingM;
            rowHeight = 0;
        }
        hall->origin = Vec2{siteX, siteY};
        siteX += wdt + kSiteSpacingM;
        rowHeight = std::max(rowHeight, hgt);
        plan.halls.push_back(std::move(*hall));
    }

    // Place and connect the racks, hall by hall, on the machine's cores.
    std::vector<std::optional<Error>> errors(plan.halls.size());
    std::vector<std::vector<Rack>> placed(plan.halls.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < plan.halls.size();) {
            if (stop.stop_requested())
                return;
            // Each hall's racks only depend on that hall; ids are prefixed by the hall id.
            Plan one;
            one.phases = plan.phases;
            one.halls.push_back(plan.halls[i]);
            PlacementRequest req;
            req.hallId = plan.halls[i].id;
            req.rackType = type->id;
            req.count = specs[i].racks;
            req.phase = specs[i].phase;
            auto r = place(one, builtin, req, stop);
            if (!r) {
                errors[i] = r.error();
            } else if (r->placed < specs[i].racks) {
                errors[i] = Error("hall " + req.hallId + ": placed " + std::to_string(r->placed) + " of " +
                                  std::to_string(specs[i].racks) + " racks (" + r->reason + ")");
            } else {
                placed[i] = std::move(r->racks);
            }
        }
    };
    const std::size_t workers = std::min<std::size_t>({std::max(1u, std::thread::hardware_concurrency()),
                                                       plan.halls.size(), 8});
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < workers; ++t)
        threads.emplace_back(work);
    work();
    for (std::thread &t : threads)
        t.join();
    if (stop.stop_requested())
        return Error("generation was cancelled");
    for (std::size_t i = 0; i < plan.halls.size(); ++i) {
        if (errors[i])
            return *errors[i];
        plan.halls[i].racks = std::move(placed[i]);
    }
    return plan;
}

} // namespace hw::core
