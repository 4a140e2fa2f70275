// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Liquid and air cooling (SPEC §3 liquid cooling, §8 cooling): heat, flow from the catalog's
// coolants, N+k usable capacity and flow, and the cooling violations, each figure against a hand
// calculation written beside it.
//
// GB300 NVL72: P = 142 kW, liquidFraction 0.85 → Q = 142 × 0.85 = 120.7 kW of liquid heat and
// 142 × 0.15 = 21.3 kW of air heat per rack. Catalog coolants (at 30 °C): water ρ 0.996 kg/L,
// cp 4.18 kJ/(kg·K); PG25 ρ 1.019, cp 3.94.
#include "core/engine/report.h"
#include "core/model/plan.h"

#include "support/plan_builder.h"

#include <QtTest>

#include <string>

using namespace hw::core;
using namespace hw::test;

namespace {

constexpr double kTol = 1e-9;
constexpr double kQ = 142 * 0.85;              // 120.7 kW liquid heat of a GB300
constexpr double kAirQ = 142 * 0.15;           // 21.3 kW air heat of a GB300
constexpr double kWater10 = 0.996 * 4.18 * 10; // ρ·cp·ΔT = 41.6328 kJ per litre
// One GB300 on water at ΔT 10 K: 120.7 / 41.6328 × 60 = 173.9494 L/min.
constexpr double kFlowWater = kQ / kWater10 * 60;

std::string cooling(const HallReport &h)
{
    return describe(withCodes(h.violations, kCoolingCodes));
}

/** Hall H1 with loop L1 (water, ΔT 10, N+`redundant`) served by CDUs of the given capacities and
 *  flows, and `racks` GB300 racks on L1 (no feeds: power is not the subject here). */
Plan loopPlan(int racks, const std::vector<std::pair<double, double>> &cdus, int redundant = 1)
{
    Hall h = makeHall("H1");
    h.cooling.loops = {makeLoop("L1", "water", redundant)};
    for (std::size_t i = 0; i < cdus.size(); ++i)
        h.cooling.cdus.push_back(makeCdu(numbered("CDU-", int(i) + 1), "L1", cduSlot(int(i)),
                                         cdus[i].first, cdus[i].second));
    for (int i = 0; i < racks; ++i)
        h.racks.push_back(makeRack(numbered("R", i + 1), rackSlot(i), {}, "L1"));
    return makePlan({h});
}

Air makeAir(double unitKw, int units, std::optional<int> redundant, double otherLoadKw)
{
    Air a;
    a.unitKw = unitKw;
    a.units = units;
    a.redundantUnits = redundant;
    a.otherLoadKw = otherLoadKw;
    return a;
}

} // namespace

class TestCoolingAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void liquidHeatAndFlowOnWater();
    void liquidFlowOnPG25();
    void loopDefaults();
    void usableCapacityDropsItsOwnLargest_data();
    void usableCapacityDropsItsOwnLargest();
    void loopOverloadAndFlow_data();
    void loopOverloadAndFlow();
    void rackNoCooling();
    void pipeRunTooLong_data();
    void pipeRunTooLong();
    void airCapacityAndLoad();
    void airOverload_data();
    void airOverload();
    void noAirSectionMeansAirIsNotModelled();
    void powerKwOverridesPlanningPower();
};

void TestCoolingAnalysis::liquidHeatAndFlowOnWater()
{
    // 3 CDUs of 600 kW / 900 L/min at N+1: usable 1200 kW and 1800 L/min.
    const HallReport h = evaluateValid(loopPlan(8, {{600, 900}, {600, 900}, {600, 900}})).halls[0];
    const LoopReport *l = findLoop(h, "L1");
    HW_REQUIRE(l);
    QCOMPARE(l->coolant, std::string("water"));
    QCOMPARE(l->cdus, 3);
    QCOMPARE(l->redundantCdus, 1);
    QCOMPARE(l->racks, 8);
    HW_COMPARE_NEAR(l->capacityKw, 1200.0, kTol);
    HW_COMPARE_NEAR(l->flowCapacityLpm, 1800.0, kTol);
    // heat: 8 × 120.7 = 965.6 kW
    HW_COMPARE_NEAR(l->loadKw, 965.6, 1e-9);
    // flow: 965.6 / (0.996 × 4.18 × 10) × 60 = 965.6 / 41.6328 × 60 = 1391.5951 L/min
    HW_COMPARE_NEAR(l->flowLpm, 1391.595088, 1e-6);
    HW_COMPARE_NEAR(l->flowLpm, 8 * kFlowWater, 1e-9);
    // headroom: 1200 − 965.6 = 234.4 kW; 1800 − 1391.5951 = 408.4049 L/min
    HW_COMPARE_NEAR(l->headroomKw, 234.4, 1e-9);
    HW_COMPARE_NEAR(l->flowHeadroomLpm, 408.404912, 1e-6);
    // utilization: the larger of 965.6 / 1200 = 0.80467 and 1391.6 / 1800 = 0.77311
    HW_COMPARE_NEAR(l->utilization, 965.6 / 1200.0, 1e-9);
    QCOMPARE(cooling(h), std::string());
}

void TestCoolingAnalysis::liquidFlowOnPG25()
{
    // PG25 at ΔT 8 K: ρ·cp·ΔT = 1.019 × 3.94 × 8 = 32.11888; 2 racks: 241.4 kW →
    // 241.4 / 32.11888 × 60 = 450.9497 L/min.
    Plan p = loopPlan(2, {{600, 900}, {600, 900}});
    Loop &l = p.halls[0].cooling.loops[0];
    l.coolant = "PG25";
    l.deltaTK = 8;
    l.supplyTempC = 35;
    const HallReport h = evaluateValid(p).halls[0];
    const LoopReport *r = findLoop(h, "L1");
    HW_REQUIRE(r);
    QCOMPARE(r->coolant, std::string("PG25"));
    HW_COMPARE_NEAR(r->deltaTK, 8.0, kTol);
    HW_COMPARE_NEAR(r->supplyTempC, 35.0, kTol);
    HW_COMPARE_NEAR(r->loadKw, 241.4, 1e-9);
    HW_COMPARE_NEAR(r->flowLpm, 450.949722, 1e-6);
    // supplyTempC is recorded, not used (SPEC §8): 20 °C gives the same flow.
    l.supplyTempC = 20;
    HW_COMPARE_NEAR(findLoop(evaluateValid(p).halls[0], "L1")->flowLpm, 450.949722, 1e-6);
}

void TestCoolingAnalysis::loopDefaults()
{
    // A loop with only an id: water, ΔT 10 K, supply 30 °C, N+1 (SPEC §8).
    Plan p = loopPlan(1, {{600, 900}, {600, 900}});
    Loop bare;
    bare.id = "L1";
    p.halls[0].cooling.loops[0] = bare;
    const EvaluationReport report = evaluateValid(p); // kept: r points into it
    const LoopReport *r = findLoop(report.halls[0], "L1");
    HW_REQUIRE(r);
    QCOMPARE(r->coolant, std::string("water"));
    HW_COMPARE_NEAR(r->deltaTK, 10.0, kTol);
    HW_COMPARE_NEAR(r->supplyTempC, 30.0, kTol);
    QCOMPARE(r->redundantCdus, 1);
    HW_COMPARE_NEAR(r->capacityKw, 600.0, kTol);   // 2 × 600 minus the largest
    HW_COMPARE_NEAR(r->flowLpm, 173.949386, 1e-6); // 120.7 / 41.6328 × 60
}

void TestCoolingAnalysis::usableCapacityDropsItsOwnLargest_data()
{
    QTest::addColumn<QList<double>>("capacities");
    QTest::addColumn<QList<double>>("flows");
    QTest::addColumn<int>("redundant");
    QTest::addColumn<double>("capacityKw");
    QTest::addColumn<double>("flowCapacityLpm");
    QTest::addColumn<QString>("violations"); // with one GB300 (120.7 kW, 173.95 L/min) on L1
    QTest::newRow("N+1 of three equal")
        << QList<double>{600, 600, 600} << QList<double>{900, 900, 900} << 1 << 1200.0 << 1800.0
        << "";
    // The largest capacity (1000) and the largest flow (1500) are different CDUs: each figure
    // drops its own. 600 + 500 = 1100 kW; 900 + 1000 = 1900 L/min.
    QTest::newRow("each drops its own largest")
        << QList<double>{1000, 600, 500} << QList<double>{900, 1500, 1000} << 1 << 1100.0 << 1900.0
        << "";
    // N+2: 500 kW; 900 L/min.
    QTest::newRow("N+2") << QList<double>{1000, 600, 500} << QList<double>{900, 1500, 1000} << 2
                         << 500.0 << 900.0 << "";
    // N+0: everything counts: 2100 kW; 3400 L/min.
    QTest::newRow("N+0") << QList<double>{1000, 600, 500} << QList<double>{900, 1500, 1000} << 0
                         << 2100.0 << 3400.0 << "";
    // No more CDUs than redundantCdus: usable is 0 (SPEC §8), and the rack overloads the loop.
    QTest::newRow("as many CDUs as redundant")
        << QList<double>{1350} << QList<double>{2000} << 1 << 0.0 << 0.0
        << "loop-overload-n1[L1] loop-flow-n1[L1]";
    QTest::newRow("fewer CDUs than redundant")
        << QList<double>{1350, 1350} << QList<double>{2000, 2000} << 3 << 0.0 << 0.0
        << "loop-overload-n1[L1] loop-flow-n1[L1]";
    QTest::newRow("no CDU") << QList<double>{} << QList<double>{} << 0 << 0.0 << 0.0
                            << "loop-overload-n1[L1] loop-flow-n1[L1]";
}

void TestCoolingAnalysis::usableCapacityDropsItsOwnLargest()
{
    QFETCH(QList<double>, capacities);
    QFETCH(QList<double>, flows);
    QFETCH(int, redundant);
    QFETCH(double, capacityKw);
    QFETCH(double, flowCapacityLpm);
    QFETCH(QString, violations);
    std::vector<std::pair<double, double>> cdus;
    for (int i = 0; i < capacities.size(); ++i)
        cdus.push_back({capacities[i], flows[i]});
    const HallReport h = evaluateValid(loopPlan(1, cdus, redundant)).halls[0];
    const LoopReport *l = findLoop(h, "L1");
    HW_REQUIRE(l);
    HW_COMPARE_NEAR(l->capacityKw, capacityKw, kTol);
    HW_COMPARE_NEAR(l->flowCapacityLpm, flowCapacityLpm, kTol);
    HW_COMPARE_NEAR(l->headroomKw, capacityKw - kQ, 1e-9);
    HW_COMPARE_NEAR(l->flowHeadroomLpm, flowCapacityLpm - kFlowWater, 1e-9);
    QCOMPARE(QString::fromStdString(cooling(h)), violations);
}

void TestCoolingAnalysis::loopOverloadAndFlow_data()
{
    QTest::addColumn<int>("racks");
    QTest::addColumn<double>("cduKw");
    QTest::addColumn<double>("cduLpm");
    QTest::addColumn<QString>("violations");
    // Three CDUs at N+1: usable 2 × cduKw and 2 × cduLpm.
    // 9 racks: 1086.3 kW ≤ 1200; 9 × 173.95 = 1565.5 L/min ≤ 1800.
    QTest::newRow("9 racks fit") << 9 << 600.0 << 900.0 << "";
    // 10 racks: 1207 kW > 1200; 1739.5 L/min ≤ 1800: heat only.
    QTest::newRow("10 racks: heat") << 10 << 600.0 << 900.0 << "loop-overload-n1[L1]";
    // Big CDUs with little flow: 10000 kW, 1000 L/min usable.
    // 5 racks: 869.7 L/min ≤ 1000. 6 racks: 1043.7 L/min > 1000: flow only.
    QTest::newRow("5 racks: flow fits") << 5 << 5000.0 << 500.0 << "";
    QTest::newRow("6 racks: flow") << 6 << 5000.0 << 500.0 << "loop-flow-n1[L1]";
    // Heat exactly at capacity (4 × 120.7 = 482.8 kW) is not above it.
    QTest::newRow("heat equal to capacity") << 4 << 241.4 << 900.0 << "";
    // Both at once, one violation each.
    QTest::newRow("both") << 10 << 600.0 << 500.0 << "loop-overload-n1[L1] loop-flow-n1[L1]";
}

void TestCoolingAnalysis::loopOverloadAndFlow()
{
    QFETCH(int, racks);
    QFETCH(double, cduKw);
    QFETCH(double, cduLpm);
    QFETCH(QString, violations);
    const HallReport h =
        evaluateValid(loopPlan(racks, {{cduKw, cduLpm}, {cduKw, cduLpm}, {cduKw, cduLpm}}))
            .halls[0];
    QCOMPARE(QString::fromStdString(cooling(h)), violations);
    for (const Violation &v : withCodes(h.violations, kCoolingCodes))
        QCOMPARE(v.severity, Severity::Error);
}

void TestCoolingAnalysis::rackNoCooling()
{
    Plan p = loopPlan(1, {{600, 900}, {600, 900}});
    Hall &h = p.halls[0];
    h.racks.push_back(makeRack("R2", rackSlot(1), {}));                      // liquid, no loop
    h.racks.push_back(makeRack("R3", rackSlot(2), {}, "", "net-rack-20"));   // air only, no loop
    h.racks.push_back(makeRack("R4", rackSlot(3), {}, "L1", "net-rack-20")); // air only, on a loop
    const HallReport r = evaluateValid(p).halls[0];
    QCOMPARE(cooling(r), std::string("rack-no-cooling[R2]"));
    QCOMPARE(withCode(r.violations, "rack-no-cooling").front().severity, Severity::Error);
    // R2's liquid heat goes nowhere; R4 puts no liquid heat on L1.
    HW_COMPARE_NEAR(findLoop(r, "L1")->loadKw, kQ, 1e-9);
    QCOMPARE(findLoop(r, "L1")->racks, 2);
}

void TestCoolingAnalysis::pipeRunTooLong_data()
{
    QTest::addColumn<double>("maxPipeRunM"); // < 0: not given
    QTest::addColumn<QString>("violations");
    // R1 at (2.3, 4): CDU-1 (2, 27) is |2.3 − 2| + |4 − 27| = 23.3 m of pipe (Euclid 23.002);
    // CDU-2 (20, 27) is 17.7 + 23 = 40.7. R2 at (13.7, 4): CDU-1 11.7 + 23 = 34.7, CDU-2
    // 6.3 + 23 = 29.3, so its nearest is CDU-2. CDU-X of loop L2 at (2.3, 24), 20 m from R1, does
    // not count for L1.
    QTest::newRow("no maxPipeRunM: no check") << -1.0 << "";
    QTest::newRow("both within") << 40.0 << "";
    QTest::newRow("both at the limit") << 29.3 << "";
    QTest::newRow("R2 over") << 29.2 << "pipe-run-too-long[R2,CDU-2]";
    QTest::newRow("R1 at the limit") << 23.3 << "pipe-run-too-long[R2,CDU-2]";
    // Manhattan, not Euclid: 23.2 < 23.3 fires for R1 although R1 is 23.002 m away in a line.
    QTest::newRow("both over, Manhattan") << 23.2
                                          << "pipe-run-too-long[R1,CDU-1] "
                                             "pipe-run-too-long[R2,CDU-2]";
}

void TestCoolingAnalysis::pipeRunTooLong()
{
    QFETCH(double, maxPipeRunM);
    QFETCH(QString, violations);
    Hall h = makeHall("H1");
    h.cooling.loops = {makeLoop("L1"), makeLoop("L2")};
    if (maxPipeRunM >= 0) h.cooling.loops[0].maxPipeRunM = maxPipeRunM;
    h.cooling.cdus = {makeCdu("CDU-1", "L1", cduSlot(0), 600, 900),
                      makeCdu("CDU-2", "L1", {20, 27}, 600, 900),
                      makeCdu("CDU-X", "L2", {2.3, 24}, 600, 900)};
    h.racks = {makeRack("R1", rackSlot(0), {}, "L1"), makeRack("R2", rackSlot(19), {}, "L1")};
    const HallReport r = evaluateValid(makePlan({h})).halls[0];
    QCOMPARE(QString::fromStdString(cooling(r)), violations);
    for (const Violation &v : withCode(r.violations, "pipe-run-too-long"))
        QCOMPARE(v.severity, Severity::Warning);
}

void TestCoolingAnalysis::airCapacityAndLoad()
{
    // 4 units of 100 kW, redundantUnits not given (1): (4 − 1) × 100 = 300 kW usable.
    // Heat: 8 GB300 × 21.3 = 170.4, 2 net-rack-20 (liquidFraction 0) × 20 = 40, other 50:
    // 260.4 kW; headroom 39.6 kW.
    Plan p = loopPlan(8, {{600, 900}, {600, 900}, {600, 900}});
    Hall &h = p.halls[0];
    h.racks.push_back(makeRack("N1", rackSlot(8), {}, "", "net-rack-20"));
    h.racks.push_back(makeRack("N2", rackSlot(9), {}, "", "net-rack-20"));
    h.cooling.air = makeAir(100, 4, std::nullopt, 50);
    const HallReport r = evaluateValid(p).halls[0];
    QVERIFY(r.air.has_value());
    HW_COMPARE_NEAR(r.air->capacityKw, 300.0, kTol);
    HW_COMPARE_NEAR(r.air->loadKw, 8 * kAirQ + 40 + 50, 1e-9);
    HW_COMPARE_NEAR(r.air->loadKw, 260.4, 1e-9);
    HW_COMPARE_NEAR(r.air->headroomKw, 39.6, 1e-9);
    HW_COMPARE_NEAR(r.air->utilization, 260.4 / 300.0, 1e-9);
    QCOMPARE(cooling(r), std::string());
}

void TestCoolingAnalysis::airOverload_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("redundant");
    QTest::addColumn<double>("otherLoadKw");
    QTest::addColumn<double>("capacityKw");
    QTest::addColumn<QString>("violations");
    // 8 GB300: 170.4 kW of air heat.
    // (4 − 1) × 100 = 300 kW; 170.4 + 129.6 = 300: at capacity, not above.
    QTest::newRow("at capacity") << 4 << 1 << 129.6 << 300.0 << "";
    QTest::newRow("above by 0.1 kW") << 4 << 1 << 129.7 << 300.0 << "air-overload[H1]";
    // N+0: (4 − 0) × 100 = 400 kW.
    QTest::newRow("no redundant unit") << 4 << 0 << 129.7 << 400.0 << "";
    // N+2 of 2 units: no usable capacity.
    QTest::newRow("all units redundant") << 2 << 2 << 0.0 << 0.0 << "air-overload[H1]";
}

void TestCoolingAnalysis::airOverload()
{
    QFETCH(int, units);
    QFETCH(int, redundant);
    QFETCH(double, otherLoadKw);
    QFETCH(double, capacityKw);
    QFETCH(QString, violations);
    Plan p = loopPlan(8, {{600, 900}, {600, 900}, {600, 900}});
    p.halls[0].cooling.air = makeAir(100, units, redundant, otherLoadKw);
    const HallReport r = evaluateValid(p).halls[0];
    QVERIFY(r.air.has_value());
    HW_COMPARE_NEAR(r.air->capacityKw, capacityKw, kTol);
    HW_COMPARE_NEAR(r.air->headroomKw, capacityKw - 170.4 - otherLoadKw, 1e-9);
    QCOMPARE(QString::fromStdString(cooling(r)), violations);
    for (const Violation &v : withCode(r.violations, "air-overload"))
        QCOMPARE(v.severity, Severity::Error);
}

void TestCoolingAnalysis::noAirSectionMeansAirIsNotModelled()
{
    // 20 air-only racks (400 kW of air heat) and no air section: nothing to check.
    Plan p = loopPlan(0, {{600, 900}, {600, 900}});
    for (int i = 0; i < 20; ++i)
        p.halls[0].racks.push_back(
            makeRack(numbered("N", i + 1), rackSlot(i), {}, "", "net-rack-20"));
    const HallReport r = evaluateValid(p).halls[0];
    QVERIFY(!r.air.has_value());
    QCOMPARE(cooling(r), std::string());
    // With a 100 kW air section the same racks overload it.
    p.halls[0].cooling.air = makeAir(100, 2, 1, 0);
    QCOMPARE(cooling(evaluateValid(p).halls[0]), std::string("air-overload[H1]"));
}

void TestCoolingAnalysis::powerKwOverridesPlanningPower()
{
    // R1 at powerKw 100 instead of maxKw 142: Q = 100 × 0.85 = 85 kW, air 15 kW,
    // flow 85 / 41.6328 × 60 = 122.4996 L/min. R2 stays at 142 kW (Q 120.7, air 21.3).
    Plan p = loopPlan(2, {{600, 900}, {600, 900}});
    p.halls[0].racks[0].powerKw = 100;
    p.halls[0].cooling.air = makeAir(100, 2, 1, 0);
    const HallReport r = evaluateValid(p).halls[0];
    const LoopReport *l = findLoop(r, "L1");
    HW_REQUIRE(l);
    HW_COMPARE_NEAR(l->loadKw, 85 + 120.7, 1e-9);
    HW_COMPARE_NEAR(l->flowLpm, 122.499568 + 173.949386, 1e-5);
    QVERIFY(r.air.has_value());
    HW_COMPARE_NEAR(r.air->loadKw, 15 + 21.3, 1e-9);
}

QTEST_GUILESS_MAIN(TestCoolingAnalysis)
#include "test_cooling_analysis.moc"
