// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Joint failure what-if (`evaluate --fail`): feeds, sources and CDUs failed together; racks that
// lose power, feeds/sources over capacity, loops short of heat and flow, and proportional
// throttling. Every figure is a hand calculation; after throttling the test recomputes every load
// itself and checks that each resource is within what is left.
//
// GB300: P = 142 kW, Q = 120.7 kW liquid, 21.3 kW air; water: 120.7 / (0.996 × 4.18 × 10) × 60
// = 173.9494 L/min per rack.
#include "core/engine/failure_analysis.h"
#include "core/io/builtin_catalog.h"
#include "core/model/plan.h"

#include "support/plan_builder.h"

#include <QtTest>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>

using namespace hw::core;
using namespace hw::test;

namespace {

constexpr double kTol = 1e-9;

/**
 * Hall F1: sources UPS-A and UPS-B (`sourceKw`, none when <= 0); pairs P1 = A1/B1 and
 * P2 = A2/B2 of `feedKw` each. R1–R3 on P1, R4–R5 on P2, R6 on A2 alone; all on loop L1 (water,
 * N+1) with CDU-1 1000 kW / 1500 L/min, CDU-2 and CDU-3 600 kW / 900 L/min.
 * Normal loads: A1 = B1 = 3 × 71 = 213; A2 = 2 × 71 + 142 = 284; B2 = 142.
 * L1: 6 × 120.7 = 724.2 kW, 6 × 173.9494 = 1043.6963 L/min.
 */
Plan failurePlan(double feedKw = 500, double sourceKw = 0)
{
    Hall h = makeHall("F1");
    const auto cap = sourceKw > 0 ? std::optional<double>(sourceKw) : std::nullopt;
    h.power.sources = {makeSource("UPS-A", cap), makeSource("UPS-B", cap)};
    h.power.feeds = {makeFeed("A1", "UPS-A", "P1", feedKw), makeFeed("B1", "UPS-B", "P1", feedKw),
                     makeFeed("A2", "UPS-A", "P2", feedKw), makeFeed("B2", "UPS-B", "P2", feedKw)};
    h.cooling.loops = {makeLoop("L1")};
    h.cooling.cdus = {makeCdu("CDU-1", "L1", cduSlot(0), 1000, 1500),
                      makeCdu("CDU-2", "L1", cduSlot(1), 600, 900),
                      makeCdu("CDU-3", "L1", cduSlot(2), 600, 900)};
    h.racks = {makeRack("R1", rackSlot(0), {"A1", "B1"}, "L1"),
               makeRack("R2", rackSlot(1), {"A1", "B1"}, "L1"),
               makeRack("R3", rackSlot(2), {"A1", "B1"}, "L1"),
               makeRack("R4", rackSlot(3), {"A2", "B2"}, "L1"),
               makeRack("R5", rackSlot(4), {"A2", "B2"}, "L1"),
               makeRack("R6", rackSlot(5), {"A2"}, "L1")};
    return makePlan({h});
}

FailureReport fail(const Plan &plan, const std::vector<std::string> &ids)
{
    const std::string problems = planProblems(plan);
    if (!problems.empty()) throw std::runtime_error("the test plan is not valid:\n" + problems);
    auto r = analyzeFailure(plan, builtinCatalog(), ids);
    if (!r) throw std::runtime_error("analyzeFailure refused: " + r.error().toString());
    return *r;
}

template <class T> const T *byId(const std::vector<T> &items, const std::string &id)
{
    for (const T &t : items)
        if (t.id == id) return &t;
    return nullptr;
}

/** "R1 133.33 B1, R2 ..." with allowed kW to 2 decimals, in report order. */
std::string throttled(const HallFailureReport &h)
{
    std::string out;
    for (const ThrottledRack &t : h.throttled) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.2f", t.allowedKw);
        out += (out.empty() ? "" : ", ") + t.rack + " " + buf + " " + t.limitedBy;
    }
    return out;
}

/**
 * Recomputes, independently of the engine, every load of hall `h` with the failed objects down
 * and each rack at the power the report allows it, and fails the test if a feed, source, loop
 * (heat or flow, on the surviving CDUs) or the air is above its capacity. Rack figures are the
 * catalog's: GB300 142 kW / 0.85 liquid; net-rack-20 20 kW / 0; water only.
 */
void checkWithinCapacity(const Hall &h, const std::set<std::string> &failed,
                         const HallFailureReport &rep)
{
    std::map<std::string, double> allowed;
    for (const ThrottledRack &t : rep.throttled)
        allowed[t.rack] = t.allowedKw;
    std::set<std::string> feedDown;
    for (const Feed &f : h.power.feeds)
        if (failed.count(f.id) || failed.count(f.source)) feedDown.insert(f.id);
    std::map<std::string, double> feedLoad, sourceLoad, loopHeat;
    double airHeat = 0;
    for (const Rack &r : h.racks) {
        std::vector<std::string> alive;
        for (const std::string &f : r.feeds)
            if (!feedDown.count(f)) alive.push_back(f);
        if (alive.empty()) continue;
        const double maxKw = r.type == "net-rack-20" ? 20 : 142;
        const double lf = r.type == "net-rack-20" ? 0 : 0.85;
        const double kw = allowed.count(r.id) ? allowed[r.id] : r.powerKw.value_or(maxKw);
        for (const std::string &f : alive)
            feedLoad[f] += kw / double(alive.size());
        if (!r.loop.empty()) loopHeat[r.loop] += kw * lf;
        airHeat += kw * (1 - lf);
    }
    for (const Feed &f : h.power.feeds) {
        if (!f.source.empty()) sourceLoad[f.source] += feedLoad[f.id];
        QVERIFY2(feedLoad[f.id] <= *f.capacityKw + 1e-6,
                 qPrintable(QStringLiteral("feed %1 carries %2 of %3 kW after throttling")
                                .arg(QString::fromStdString(f.id))
                                .arg(feedLoad[f.id])
                                .arg(*f.capacityKw)));
    }
    for (const Source &s : h.power.sources)
        if (s.capacityKw)
            QVERIFY2(sourceLoad[s.id] <= *s.capacityKw + 1e-6,
                     qPrintable(QStringLiteral("source %1 carries %2 of %3 kW after throttling")
                                    .arg(QString::fromStdString(s.id))
                                    .arg(sourceLoad[s.id])
                                    .arg(*s.capacityKw)));
    for (const Loop &l : h.cooling.loops) {
        double cap = 0, flowCap = 0;
        for (const Cdu &c : h.cooling.cdus)
            if (c.loop == l.id && !failed.count(c.id)) {
                cap += *c.capacityKw;
                flowCap += *c.maxFlowLpm;
            }
        const double flow = loopHeat[l.id] / (0.996 * 4.18 * 10) * 60;
        QVERIFY2(loopHeat[l.id] <= cap + 1e-6,
                 qPrintable(QStringLiteral("loop %1: %2 kW of heat on %3 kW after throttling")
                                .arg(QString::fromStdString(l.id))
                                .arg(loopHeat[l.id])
                                .arg(cap)));
        QVERIFY2(flow <= flowCap + 1e-6,
                 qPrintable(QStringLiteral("loop %1: %2 L/min on %3 L/min after throttling")
                                .arg(QString::fromStdString(l.id))
                                .arg(flow)
                                .arg(flowCap)));
    }
    if (const auto &air = h.cooling.air) {
        const double load = airHeat + air->otherLoadKw.value_or(0);
        QVERIFY2(load <= air->units * air->unitKw + 1e-6,
                 qPrintable(QStringLiteral("air: %1 kW after throttling").arg(load)));
    }
}

} // namespace

class TestFailureAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void feedFailureShiftsToThePartner();
    void sourceFailureTakesDownSingleSourceRacks();
    void cduFailureLeavesTheSurvivors();
    void feedOverCapacityThrottlesItsRacks();
    void deepestCutWins();
    void sourceOverCapacity();
    void mixedFailureIsJoint();
    void airUnderFailure();
    void onlyHallsWithFailedObjects();
    void randomFailuresAgreeWithAHandModel();
    void unknownIdIsRefused_data();
    void unknownIdIsRefused();
};

void TestFailureAnalysis::feedFailureShiftsToThePartner()
{
    const FailureReport r = fail(failurePlan(), {"A1"});
    QCOMPARE(r.failed, (std::vector<std::string>{"A1"}));
    QCOMPARE(r.halls.size(), std::size_t(1));
    const HallFailureReport &h = r.halls[0];
    QCOMPARE(h.id, std::string("F1"));
    // B1 carries R1–R3 whole: 3 × 142 = 426 kW (≤ 500). Nothing is down or throttled.
    const PowerUnderFailure *a1 = byId(h.feeds, "A1");
    const PowerUnderFailure *b1 = byId(h.feeds, "B1");
    HW_REQUIRE(a1);
    HW_REQUIRE(b1);
    QVERIFY(a1->failed);
    HW_COMPARE_NEAR(a1->loadKw, 0.0, kTol);
    QVERIFY(!b1->failed);
    HW_COMPARE_NEAR(b1->loadKw, 426.0, kTol);
    HW_COMPARE_NEAR(b1->overKw, 0.0, kTol);
    HW_COMPARE_NEAR(byId(h.feeds, "A2")->loadKw, 284.0, kTol); // 71 + 71 + 142
    HW_COMPARE_NEAR(byId(h.feeds, "B2")->loadKw, 142.0, kTol);
    // A feed failure does not fail its source: UPS-A = A2 = 284; UPS-B = 426 + 142 = 568.
    QVERIFY(!byId(h.sources, "UPS-A")->failed);
    HW_COMPARE_NEAR(byId(h.sources, "UPS-A")->loadKw, 284.0, kTol);
    HW_COMPARE_NEAR(byId(h.sources, "UPS-B")->loadKw, 568.0, kTol);
    QVERIFY(!byId(h.sources, "UPS-A")->capacityKw.has_value());
    QVERIFY(h.racksDown.empty());
    QVERIFY(h.throttled.empty());
    QCOMPARE(r.racksDown, 0);
    QCOMPARE(r.racksThrottled, 0);
    HW_COMPARE_NEAR(r.throttleKw, 0.0, kTol);
}

void TestFailureAnalysis::sourceFailureTakesDownSingleSourceRacks()
{
    const FailureReport r = fail(failurePlan(), {"UPS-A"});
    const HallFailureReport &h = r.halls.at(0);
    // A1 and A2 fail with UPS-A; R6 (on A2 alone) loses power.
    QVERIFY(byId(h.sources, "UPS-A")->failed);
    QVERIFY(byId(h.feeds, "A1")->failed);
    QVERIFY(byId(h.feeds, "A2")->failed);
    QCOMPARE(h.racksDown, (std::vector<std::string>{"R6"}));
    HW_COMPARE_NEAR(h.lostKw, 142.0, kTol);
    QCOMPARE(r.racksDown, 1);
    HW_COMPARE_NEAR(r.lostKw, 142.0, kTol);
    // B1 = 426, B2 = 284, UPS-B = 710.
    HW_COMPARE_NEAR(byId(h.feeds, "B1")->loadKw, 426.0, kTol);
    HW_COMPARE_NEAR(byId(h.feeds, "B2")->loadKw, 284.0, kTol);
    HW_COMPARE_NEAR(byId(h.sources, "UPS-B")->loadKw, 710.0, kTol);
    // A rack without power makes no heat: L1 carries 5 × 120.7 = 603.5 kW.
    const LoopUnderFailure *l1 = byId(h.loops, "L1");
    HW_REQUIRE(l1);
    HW_COMPARE_NEAR(l1->loadKw, 603.5, 1e-9);
    QVERIFY(h.throttled.empty());
}

void TestFailureAnalysis::cduFailureLeavesTheSurvivors()
{
    const FailureReport r = fail(failurePlan(), {"CDU-1", "CDU-2"});
    const HallFailureReport &h = r.halls.at(0);
    const LoopUnderFailure *l1 = byId(h.loops, "L1");
    HW_REQUIRE(l1);
    QCOMPARE(l1->failedCdus, (std::vector<std::string>{"CDU-1", "CDU-2"}));
    // Capacity is the sum of the surviving CDUs: CDU-3 alone, 600 kW and 900 L/min.
    HW_COMPARE_NEAR(l1->capacityKw, 600.0, kTol);
    HW_COMPARE_NEAR(l1->flowCapacityLpm, 900.0, kTol);
    // Short: 724.2 − 600 = 124.2 kW; 1043.6963 − 900 = 143.6963 L/min.
    HW_COMPARE_NEAR(l1->loadKw, 724.2, 1e-9);
    HW_COMPARE_NEAR(l1->shortKw, 124.2, 1e-9);
    HW_COMPARE_NEAR(l1->flowLpm, 1043.696316, 1e-6);
    HW_COMPARE_NEAR(l1->shortLpm, 143.696316, 1e-6);
    // Factors: heat 600 / 724.2 = 0.8285, flow 900 / 1043.70 = 0.8623: heat is deeper. Every
    // rack on L1 runs at 142 × 0.8285 = 117.65 kW (= 600 / (6 × 0.85)), 24.35 kW less; 146.12 kW
    // in all.
    QCOMPARE(throttled(h), std::string("R1 117.65 L1, R2 117.65 L1, R3 117.65 L1, R4 117.65 L1, "
                                       "R5 117.65 L1, R6 117.65 L1"));
    HW_COMPARE_NEAR(h.throttled[0].allowedKw, 600.0 / (6 * 0.85), 1e-9);
    HW_COMPARE_NEAR(h.throttled[0].throttleKw, 142.0 - 600.0 / 5.1, 1e-9);
    HW_COMPARE_NEAR(h.throttled[0].planningKw, 142.0, kTol);
    HW_COMPARE_NEAR(h.throttleKw, 852.0 - 600.0 / 0.85, 1e-9);
    QCOMPARE(r.racksThrottled, 6);
    HW_COMPARE_NEAR(r.throttleKw, 852.0 - 600.0 / 0.85, 1e-9);
    checkWithinCapacity(failurePlan().halls[0], {"CDU-1", "CDU-2"}, h);

    // CDU-1 alone: 1200 kW / 1800 L/min left, enough: the redundancy is used up, no throttling.
    const HallFailureReport one = fail(failurePlan(), {"CDU-1"}).halls.at(0);
    HW_COMPARE_NEAR(byId(one.loops, "L1")->capacityKw, 1200.0, kTol);
    HW_COMPARE_NEAR(byId(one.loops, "L1")->shortKw, 0.0, kTol);
    HW_COMPARE_NEAR(byId(one.loops, "L1")->shortLpm, 0.0, kTol);
    QVERIFY(one.throttled.empty());
}

void TestFailureAnalysis::feedOverCapacityThrottlesItsRacks()
{
    // Feeds of 400 kW: A1 fails, B1 must carry 426: over by 26. Factor 400 / 426: R1–R3 run at
    // 142 × 400 / 426 = 133.33 kW. The racks on P2 are untouched.
    const Plan plan = failurePlan(400);
    const HallFailureReport h = fail(plan, {"A1"}).halls.at(0);
    HW_COMPARE_NEAR(byId(h.feeds, "B1")->loadKw, 426.0, kTol);
    HW_COMPARE_NEAR(byId(h.feeds, "B1")->overKw, 26.0, 1e-9);
    QCOMPARE(throttled(h), std::string("R1 133.33 B1, R2 133.33 B1, R3 133.33 B1"));
    HW_COMPARE_NEAR(h.throttled[0].allowedKw, 400.0 / 3, 1e-9);
    HW_COMPARE_NEAR(h.throttleKw, 26.0, 1e-9); // 426 − 400
    checkWithinCapacity(plan.halls[0], {"A1"}, h);
}

void TestFailureAnalysis::deepestCutWins()
{
    // Feeds of 400, B1 and CDU-1 + CDU-2 fail. A1: 426 on 400 (factor 0.9390); L1: 600 kW for
    // 724.2 (0.8285). R1–R3 are on both: the loop's cut is deeper. R4–R6 only on L1.
    const Plan plan = failurePlan(400);
    const HallFailureReport h = fail(plan, {"B1", "CDU-1", "CDU-2"}).halls.at(0);
    HW_COMPARE_NEAR(byId(h.feeds, "A1")->overKw, 26.0, 1e-9);
    QCOMPARE(throttled(h), std::string("R1 117.65 L1, R2 117.65 L1, R3 117.65 L1, R4 117.65 L1, "
                                       "R5 117.65 L1, R6 117.65 L1"));
    checkWithinCapacity(plan.halls[0], {"B1", "CDU-1", "CDU-2"}, h);
}

void TestFailureAnalysis::sourceOverCapacity()
{
    // Sources of 300 kW, B1 and B2 fail: A1 carries R1–R3 (426), A2 R4–R6 (426), UPS-A 852:
    // over by 552 kW; factor 300 / 852: every rack at 142 × 300 / 852 = 50 kW. Feeds of 500 hold.
    // With CDU-1 and CDU-2 also down (factor 0.8285) the source's cut is still the deepest.
    const Plan plan = failurePlan(500, 300);
    const HallFailureReport h = fail(plan, {"B1", "B2", "CDU-1", "CDU-2"}).halls.at(0);
    const PowerUnderFailure *ua = byId(h.sources, "UPS-A");
    HW_REQUIRE(ua);
    QVERIFY(ua->capacityKw.has_value());
    HW_COMPARE_NEAR(*ua->capacityKw, 300.0, kTol);
    HW_COMPARE_NEAR(ua->loadKw, 852.0, kTol);
    HW_COMPARE_NEAR(ua->overKw, 552.0, 1e-9);
    HW_COMPARE_NEAR(byId(h.feeds, "A1")->overKw, 0.0, kTol);
    QCOMPARE(throttled(h),
             std::string("R1 50.00 UPS-A, R2 50.00 UPS-A, R3 50.00 UPS-A, R4 50.00 UPS-A, "
                         "R5 50.00 UPS-A, R6 50.00 UPS-A"));
    HW_COMPARE_NEAR(h.throttleKw, 6 * 92.0, 1e-9); // 6 × (142 − 50)
    checkWithinCapacity(plan.halls[0], {"B1", "B2", "CDU-1", "CDU-2"}, h);
}

void TestFailureAnalysis::mixedFailureIsJoint()
{
    // UPS-A and CDU-1 together, feeds of 400: R6 is down (142 kW lost). B1 carries R1–R3 whole:
    // 426 on 400 (factor 0.9390); B2 carries R4, R5: 284. L1 has 1200 kW / 1800 L/min for the
    // 5 powered racks: enough. R1–R3 run at 133.33 kW, limited by B1.
    const Plan plan = failurePlan(400);
    const FailureReport r = fail(plan, {"UPS-A", "CDU-1"});
    const HallFailureReport &h = r.halls.at(0);
    QCOMPARE(h.racksDown, (std::vector<std::string>{"R6"}));
    HW_COMPARE_NEAR(h.lostKw, 142.0, kTol);
    HW_COMPARE_NEAR(byId(h.feeds, "B1")->overKw, 26.0, 1e-9);
    HW_COMPARE_NEAR(byId(h.feeds, "B2")->loadKw, 284.0, kTol);
    const LoopUnderFailure *l1 = byId(h.loops, "L1");
    QCOMPARE(l1->failedCdus, (std::vector<std::string>{"CDU-1"}));
    HW_COMPARE_NEAR(l1->loadKw, 603.5, 1e-9);
    HW_COMPARE_NEAR(l1->shortKw, 0.0, kTol);
    QCOMPARE(throttled(h), std::string("R1 133.33 B1, R2 133.33 B1, R3 133.33 B1"));
    QCOMPARE(r.racksDown, 1);
    QCOMPARE(r.racksThrottled, 3);
    HW_COMPARE_NEAR(r.throttleKw, 26.0, 1e-9);
    checkWithinCapacity(plan.halls[0], {"UPS-A", "CDU-1"}, h);
}

void TestFailureAnalysis::airUnderFailure()
{
    // Air of 2 × 100 kW, 100 kW of other load. No air unit has failed, so the what-if counts
    // every unit: 200 kW for 6 × 21.3 + 100 = 227.8 kW: over by 27.8. Other load cannot
    // throttle: the racks share (200 − 100) / 127.8 = 0.7825 of their power: 111.11 kW each.
    Plan plan = failurePlan();
    Air a;
    a.unitKw = 100;
    a.units = 2;
    a.otherLoadKw = 100;
    plan.halls[0].cooling.air = a;
    const HallFailureReport h = fail(plan, {"CDU-1"}).halls.at(0);
    QVERIFY(h.air.has_value());
    HW_COMPARE_NEAR(*h.air->capacityKw, 200.0, kTol);
    HW_COMPARE_NEAR(h.air->loadKw, 227.8, 1e-9);
    HW_COMPARE_NEAR(h.air->overKw, 27.8, 1e-9);
    QCOMPARE(throttled(h), std::string("R1 111.11 air, R2 111.11 air, R3 111.11 air, "
                                       "R4 111.11 air, R5 111.11 air, R6 111.11 air"));
    checkWithinCapacity(plan.halls[0], {"CDU-1"}, h);
}

void TestFailureAnalysis::onlyHallsWithFailedObjects()
{
    // Two halls; failing H2's feed reports H2 only, and the totals are H2's.
    Plan plan = failurePlan(400);
    Hall h2 = makeHall("H2");
    h2.power.sources = {makeSource("H2-UPS-A"), makeSource("H2-UPS-B")};
    h2.power.feeds = {makeFeed("H2-A1", "H2-UPS-A", "H2-P1", 100),
                      makeFeed("H2-B1", "H2-UPS-B", "H2-P1", 100)};
    h2.racks = {makeRack("H2-R1", rackSlot(0), {"H2-A1", "H2-B1"}),
                makeRack("H2-R2", rackSlot(1), {"H2-A1"})};
    plan.halls.push_back(h2);
    // H2-A1 fails: H2-R2 is down (142); H2-B1 carries H2-R1 whole: 142 on 100, factor 100 / 142.
    const FailureReport r = fail(plan, {"H2-A1"});
    QCOMPARE(r.halls.size(), std::size_t(1));
    QCOMPARE(r.halls[0].id, std::string("H2"));
    QCOMPARE(r.halls[0].racksDown, (std::vector<std::string>{"H2-R2"}));
    HW_COMPARE_NEAR(byId(r.halls[0].feeds, "H2-B1")->overKw, 42.0, 1e-9);
    QCOMPARE(throttled(r.halls[0]), std::string("H2-R1 100.00 H2-B1"));
    QCOMPARE(r.racksDown, 1);
    HW_COMPARE_NEAR(r.lostKw, 142.0, kTol);
    QCOMPARE(r.racksThrottled, 1);
    HW_COMPARE_NEAR(r.throttleKw, 42.0, 1e-9);
    checkWithinCapacity(plan.halls[1], {"H2-A1"}, r.halls[0]);
    // Objects of both halls at once: both halls, in plan order.
    const FailureReport both = fail(plan, {"H2-A1", "A1"});
    QCOMPARE(both.halls.size(), std::size_t(2));
    QCOMPARE(both.halls[0].id, std::string("F1"));
    QCOMPARE(both.racksThrottled, 3 + 1);
}

void TestFailureAnalysis::randomFailuresAgreeWithAHandModel()
{
    // 200 random variants of the failure hall (capacities of feeds, sources, CDUs; air or not)
    // under random joint failures of 1–3 feeds, sources and CDUs. A model written here computes
    // the racks down, every load, and each rack's allowed power: its planning power times the
    // smallest capacity / load over the over-committed feeds, sources, loop (heat or flow) and
    // air it uses. Then nothing may be over capacity after throttling.
    std::mt19937 rng(31337u);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    const std::vector<std::string> candidates = {"A1",    "B1",    "A2",    "B2",   "UPS-A",
                                                 "UPS-B", "CDU-1", "CDU-2", "CDU-3"};
    int throttledRacks = 0, downRacks = 0;
    for (int round = 0; round < 200; ++round) {
        Plan plan = failurePlan(200.0 + pick(400), pick(2) ? 300.0 + pick(900) : 0.0);
        Hall &h = plan.halls[0];
        for (Feed &f : h.power.feeds)
            f.capacityKw = *f.capacityKw + pick(100);
        for (Cdu &c : h.cooling.cdus) {
            c.capacityKw = 200.0 + pick(800);
            c.maxFlowLpm = 300.0 + pick(1200);
        }
        if (pick(2)) {
            Air a;
            a.unitKw = 40.0 + pick(80);
            a.units = 2;
            a.otherLoadKw = pick(50);
            h.cooling.air = a;
        }
        h.racks[std::size_t(pick(6))].powerKw = 60.0 + pick(80);
        std::set<std::string> failed;
        for (int k = 0, n = 1 + pick(3); k < n; ++k)
            failed.insert(candidates[std::size_t(pick(int(candidates.size())))]);
        const HallFailureReport rep =
            fail(plan, std::vector<std::string>(failed.begin(), failed.end())).halls.at(0);
        const QString at = QStringLiteral("round %1: ").arg(round);

        // The model: surviving feeds, racks down, loads before throttling.
        std::map<std::string, double> feedLoad, sourceLoad, feedCap, sourceCap, heat;
        std::map<std::string, std::vector<std::string>> alive;
        std::vector<std::string> down;
        double airHeat = 0;
        for (const Feed &f : h.power.feeds)
            feedCap[f.id] = *f.capacityKw;
        for (const Source &s : h.power.sources)
            if (s.capacityKw) sourceCap[s.id] = *s.capacityKw;
        for (const Rack &r : h.racks) {
            for (const std::string &id : r.feeds) {
                const Feed *f = nullptr;
                for (const Feed &x : h.power.feeds)
                    if (x.id == id) f = &x;
                if (!failed.count(id) && !failed.count(f->source)) alive[r.id].push_back(id);
            }
            const double p = r.powerKw.value_or(142.0);
            if (alive[r.id].empty()) {
                down.push_back(r.id);
                continue;
            }
            for (const std::string &id : alive[r.id])
                feedLoad[id] += p / double(alive[r.id].size());
            heat[r.loop] += p * 0.85;
            airHeat += p * 0.15;
        }
        for (const Feed &f : h.power.feeds)
            sourceLoad[f.source] += feedLoad[f.id];
        QVERIFY2(rep.racksDown == down, qPrintable(at + "racks down"));
        downRacks += int(down.size());
        for (const PowerUnderFailure &p : rep.feeds) {
            HW_COMPARE_NEAR(p.loadKw, feedLoad[p.id], 1e-9);
            HW_COMPARE_NEAR(p.overKw, std::max(0.0, feedLoad[p.id] - feedCap[p.id]), 1e-9);
        }
        for (const PowerUnderFailure &p : rep.sources)
            HW_COMPARE_NEAR(p.loadKw, sourceLoad[p.id], 1e-9);
        // Factors: capacity / load where load exceeds capacity.
        auto factor = [](double load, double cap) {
            return load > cap + 1e-6 ? (cap > 0 ? cap / load : 0.0) : 1.0;
        };
        double cap = 0, flowCap = 0;
        for (const Cdu &c : h.cooling.cdus)
            if (!failed.count(c.id)) {
                cap += *c.capacityKw;
                flowCap += *c.maxFlowLpm;
            }
        const double flow = heat["L1"] / (0.996 * 4.18 * 10) * 60;
        const double loopFactor = std::min(factor(heat["L1"], cap), factor(flow, flowCap));
        double airFactor = 1;
        if (const auto &air = h.cooling.air) {
            const double total = air->units * air->unitKw;
            if (airHeat + *air->otherLoadKw > total + 1e-6)
                airFactor = std::max(0.0, total - *air->otherLoadKw) / airHeat;
        }
        std::map<std::string, double> expectedAllowed;
        for (const Rack &r : h.racks) {
            if (alive[r.id].empty()) continue;
            double f = std::min(loopFactor, airFactor);
            for (const std::string &id : alive[r.id]) {
                f = std::min(f, factor(feedLoad[id], feedCap[id]));
                const std::string src = id[0] == 'A' ? "UPS-A" : "UPS-B";
                if (sourceCap.count(src)) f = std::min(f, factor(sourceLoad[src], sourceCap[src]));
            }
            if (f < 1.0) expectedAllowed[r.id] = r.powerKw.value_or(142.0) * f;
        }
        QVERIFY2(rep.throttled.size() == expectedAllowed.size(),
                 qPrintable(at + QString::fromStdString(throttled(rep))));
        for (const ThrottledRack &t : rep.throttled) {
            QVERIFY2(expectedAllowed.count(t.rack),
                     qPrintable(at + QString::fromStdString(t.rack)));
            HW_COMPARE_NEAR(t.allowedKw, expectedAllowed[t.rack], 1e-9);
        }
        throttledRacks += int(rep.throttled.size());
        checkWithinCapacity(h, failed, rep);
    }
    // The rounds threw racks down and throttled many.
    QVERIFY(downRacks > 20);
    QVERIFY(throttledRacks > 200);
}

void TestFailureAnalysis::unknownIdIsRefused_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("named");
    QTest::newRow("no such object") << QStringList{"A1", "NOPE"} << "NOPE";
    // Only feeds, sources and CDUs can fail: a rack, a loop or a hall id is refused.
    QTest::newRow("a rack") << QStringList{"R1"} << "R1";
    QTest::newRow("a loop") << QStringList{"L1"} << "L1";
    QTest::newRow("a hall") << QStringList{"F1"} << "F1";
    QTest::newRow("wrong case") << QStringList{"a1"} << "a1";
}

void TestFailureAnalysis::unknownIdIsRefused()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, named);
    std::vector<std::string> list;
    for (const QString &id : ids)
        list.push_back(id.toStdString());
    const auto r = analyzeFailure(failurePlan(), builtinCatalog(), list);
    QVERIFY(!r.ok());
    const QString text = QString::fromStdString(r.error().toString());
    QVERIFY2(text.contains(QLatin1Char('"') + named + QLatin1Char('"')), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestFailureAnalysis)
#include "test_failure_analysis.moc"
