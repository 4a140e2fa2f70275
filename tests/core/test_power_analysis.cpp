// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The power scenario engine (SPEC §3 power, §8 scenarios): loads, worst cases and their
// scenarios, outages, feed capacity, and the power violations, each figure against a hand
// calculation written beside it. Racks are GB300 NVL72 (planning power P = maxKw = 142 kW) unless
// a rack sets powerKw.
#include "core/engine/report.h"
#include "core/model/plan.h"

#include "support/plan_builder.h"
#include "support/power_brute_force.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <string>

using namespace hw::core;
using namespace hw::test;

namespace {

constexpr double kTol = 1e-9;

/** The power findings of a hall, e.g. "feed-overload[A1] rack-unpowered[R2]". The racks of these
 *  plans are on no loop, so the cooling rules have their say too; they are tested elsewhere. */
std::string power(const HallReport &h)
{
    return describe(withCodes(h.violations, kPowerCodes));
}

/** Hall H1 with sources UPS-A/UPS-B (capacity `sourceKw`, none when negative) and the 2N pair
 *  P1 = A1 (UPS-A) + B1 (UPS-B) of `feedKw` each, with `racks` GB300 racks on the pair. */
Plan pairPlan(int racks, double feedKw, double sourceKw = -1)
{
    Hall h = makeHall("H1");
    const std::optional<double> cap = sourceKw < 0 ? std::nullopt : std::optional<double>(sourceKw);
    h.power.sources = {makeSource("UPS-A", cap), makeSource("UPS-B", cap)};
    h.power.feeds = {makeFeed("A1", "UPS-A", "P1", feedKw), makeFeed("B1", "UPS-B", "P1", feedKw)};
    for (int i = 0; i < racks; ++i)
        h.racks.push_back(makeRack(numbered("R", i + 1), rackSlot(i), {"A1", "B1"}));
    return makePlan({h});
}

Rack rackKw(const std::string &id, int slot, std::vector<std::string> feeds, double kw)
{
    Rack r = makeRack(id, rackSlot(slot), std::move(feeds));
    r.powerKw = kw;
    return r;
}

/** A hall with one feed A1 (no source) described by `f`, and nothing on it. */
double capacityOfFeed(const Feed &f, const Catalog &planCatalog = {})
{
    Hall h = makeHall("H1");
    h.power.feeds = {f};
    Plan p = makePlan({h});
    p.catalog = planCatalog;
    const EvaluationReport r = evaluateValid(p);
    return r.halls.at(0).feeds.at(0).capacityKw;
}

/** Sorted "code[objects]" strings, to compare findings whatever their order. */
std::vector<std::string> sortedFindings(const std::vector<Violation> &vs)
{
    std::vector<std::string> out;
    for (const Violation &v : vs)
        out.push_back(describe({v}));
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestPowerAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void twoNPairSplitsAndShiftsOnFailure();
    void sourceWorstCaseIsTheOtherSourceWithTwoPairs();
    void threeFeedsSplitInThirdsAndHalves();
    void sourceFailureFailsAllItsFeeds();
    void worstCaseTieBreakFollowsFileOrder();
    void worstCaseIsNormalWithoutShifts();
    void feedOverloadVersusN1_data();
    void feedOverloadVersusN1();
    void sourceOverloadVersusN1_data();
    void sourceOverloadVersusN1();
    void sourcesWithoutCapacityAreNotChecked();
    void feedCapacityFromElectricalValues_data();
    void feedCapacityFromElectricalValues();
    void feedTypeFillsInMissingValues_data();
    void feedTypeFillsInMissingValues();
    void feedOutOfReach_data();
    void feedOutOfReach();
    void feedOutOfReachOnlyForConnectedFeedsWithAPath();
    void rackUnpowered();
    void rackNoRedundancy_data();
    void rackNoRedundancy();
    void outagesListRacksDownAndLostKw();
    void agreesWithBruteForceOnRandomHalls();
};

void TestPowerAnalysis::twoNPairSplitsAndShiftsOnFailure()
{
    const EvaluationReport r = evaluateValid(pairPlan(4, 900, 3000));
    const HallReport &h = r.halls.at(0);

    const FeedReport *a1 = findFeed(h, "A1");
    const FeedReport *b1 = findFeed(h, "B1");
    HW_REQUIRE(a1);
    HW_REQUIRE(b1);
    // Normal: each rack splits P over its two feeds: 4 × 142 / 2 = 284 kW per feed.
    HW_COMPARE_NEAR(a1->loadKw, 284.0, kTol);
    HW_COMPARE_NEAR(b1->loadKw, 284.0, kTol);
    // feed:B1: A1 carries every rack whole: 4 × 142 = 568 kW.
    HW_COMPARE_NEAR(a1->worstCaseKw, 568.0, kTol);
    QCOMPARE(a1->worstCaseScenario, std::string("feed:B1"));
    HW_COMPARE_NEAR(b1->worstCaseKw, 568.0, kTol);
    QCOMPARE(b1->worstCaseScenario, std::string("feed:A1"));
    // headroom = capacity − worst case = 900 − 568 = 332 kW; utilization 568 / 900.
    HW_COMPARE_NEAR(a1->capacityKw, 900.0, kTol);
    HW_COMPARE_NEAR(a1->headroomKw, 332.0, kTol);
    HW_COMPARE_NEAR(a1->utilization, 568.0 / 900.0, kTol);
    QCOMPARE(a1->racks, 4);

    // UPS-A in order: normal 284, feed:A1 0, feed:B1 568, (source:UPS-A: it is down),
    // source:UPS-B 568. The first scenario reaching 568 is feed:B1 (SPEC §8).
    const SourceReport *ua = findSource(h, "UPS-A");
    const SourceReport *ub = findSource(h, "UPS-B");
    HW_REQUIRE(ua);
    HW_REQUIRE(ub);
    HW_COMPARE_NEAR(ua->loadKw, 284.0, kTol);
    HW_COMPARE_NEAR(ua->worstCaseKw, 568.0, kTol);
    QCOMPARE(ua->worstCaseScenario, std::string("feed:B1"));
    QVERIFY(ua->headroomKw.has_value());
    HW_COMPARE_NEAR(*ua->headroomKw, 3000.0 - 568.0, kTol);
    HW_COMPARE_NEAR(ub->worstCaseKw, 568.0, kTol);
    QCOMPARE(ub->worstCaseScenario, std::string("feed:A1"));

    // No single failure takes a rack down, nothing is overloaded.
    QVERIFY(h.outages.empty());
    QCOMPARE(power(h), std::string());
}

void TestPowerAnalysis::sourceWorstCaseIsTheOtherSourceWithTwoPairs()
{
    // Pairs P1 = A1/B1 and P2 = A2/B2, two racks on each.
    Hall h = makeHall("H1");
    h.power.sources = {makeSource("UPS-A", 3000), makeSource("UPS-B", 3000)};
    h.power.feeds = {makeFeed("A1", "UPS-A", "P1", 900), makeFeed("B1", "UPS-B", "P1", 900),
                     makeFeed("A2", "UPS-A", "P2", 900), makeFeed("B2", "UPS-B", "P2", 900)};
    h.racks = {makeRack("R1", rackSlot(0), {"A1", "B1"}), makeRack("R2", rackSlot(1), {"A1", "B1"}),
               makeRack("R3", rackSlot(2), {"A2", "B2"}),
               makeRack("R4", rackSlot(3), {"A2", "B2"})};
    const HallReport hr = evaluateValid(makePlan({h})).halls.at(0);

    // UPS-A: normal 4 × 71 = 284; feed:B1 284 + 142 = 426; feed:B2 426; source:UPS-B 568.
    const SourceReport *ua = findSource(hr, "UPS-A");
    HW_REQUIRE(ua);
    HW_COMPARE_NEAR(ua->loadKw, 284.0, kTol);
    HW_COMPARE_NEAR(ua->worstCaseKw, 568.0, kTol);
    QCOMPARE(ua->worstCaseScenario, std::string("source:UPS-B"));
    // A1: normal 142, feed:B1 284, source:UPS-B 284: the feed scenario comes first.
    const FeedReport *a1 = findFeed(hr, "A1");
    HW_REQUIRE(a1);
    HW_COMPARE_NEAR(a1->loadKw, 142.0, kTol);
    HW_COMPARE_NEAR(a1->worstCaseKw, 284.0, kTol);
    QCOMPARE(a1->worstCaseScenario, std::string("feed:B1"));
}

void TestPowerAnalysis::threeFeedsSplitInThirdsAndHalves()
{
    // Distributed: feeds A1, B1, C1 of three sources. R1 (150 kW) and R2 (90 kW) on all three:
    // P = 240 kW, so each feed carries P/3 = 80 kW and P/2 = 120 kW when one other feed fails.
    Hall h = threeSourceHall("H1", {"A1", "B1", "C1"}, 1000);
    h.racks = {rackKw("R1", 0, {"A1", "B1", "C1"}, 150), rackKw("R2", 1, {"A1", "B1", "C1"}, 90)};
    const HallReport hr = evaluateValid(makePlan({h})).halls.at(0);

    for (const char *id : {"A1", "B1", "C1"}) {
        const FeedReport *f = findFeed(hr, id);
        HW_REQUIRE(f);
        HW_COMPARE_NEAR(f->loadKw, 80.0, kTol);
        HW_COMPARE_NEAR(f->worstCaseKw, 120.0, kTol);
        QCOMPARE(f->racks, 2);
    }
    // First scenario reaching 120: A1 → feed:B1; B1 and C1 → feed:A1.
    QCOMPARE(findFeed(hr, "A1")->worstCaseScenario, std::string("feed:B1"));
    QCOMPARE(findFeed(hr, "B1")->worstCaseScenario, std::string("feed:A1"));
    QCOMPARE(findFeed(hr, "C1")->worstCaseScenario, std::string("feed:A1"));
    // Sources carry what their single feed carries.
    HW_COMPARE_NEAR(findSource(hr, "S2")->worstCaseKw, 120.0, kTol);
    QCOMPARE(findSource(hr, "S2")->worstCaseScenario, std::string("feed:A1"));
    QVERIFY(hr.outages.empty());
    QCOMPARE(power(hr), std::string());
}

void TestPowerAnalysis::sourceFailureFailsAllItsFeeds()
{
    // S1 has feeds A1 and A2, S2 has B1. R1 (150 kW) on A1, A2, B1: 50 kW each.
    Hall h = makeHall("H1");
    h.power.topology = "distributed";
    h.power.sources = {makeSource("S1", 1000), makeSource("S2", 1000)};
    h.power.feeds = {makeFeed("A1", "S1", "", 1000), makeFeed("A2", "S1", "", 1000),
                     makeFeed("B1", "S2", "", 1000)};
    h.racks = {rackKw("R1", 0, {"A1", "A2", "B1"}, 150)};
    const HallReport hr = evaluateValid(makePlan({h})).halls.at(0);

    // Scenario order: normal, feed:A1, feed:A2, feed:B1, source:S1, source:S2.
    // B1: 50, 75, 75, (down), 150 (source:S1 fails A1 and A2: R1 is whole on B1), 50.
    const FeedReport *b1 = findFeed(hr, "B1");
    HW_REQUIRE(b1);
    HW_COMPARE_NEAR(b1->loadKw, 50.0, kTol);
    HW_COMPARE_NEAR(b1->worstCaseKw, 150.0, kTol);
    QCOMPARE(b1->worstCaseScenario, std::string("source:S1"));
    // A1: 50, (down), 75, 75, (down), 75: first 75 is feed:A2.
    const FeedReport *a1 = findFeed(hr, "A1");
    HW_REQUIRE(a1);
    HW_COMPARE_NEAR(a1->worstCaseKw, 75.0, kTol);
    QCOMPARE(a1->worstCaseScenario, std::string("feed:A2"));
    // S1 (A1 + A2): normal 100, feed:A1 75, feed:A2 75, feed:B1 150, source:S2 150.
    const SourceReport *s1 = findSource(hr, "S1");
    HW_REQUIRE(s1);
    HW_COMPARE_NEAR(s1->loadKw, 100.0, kTol);
    HW_COMPARE_NEAR(s1->worstCaseKw, 150.0, kTol);
    QCOMPARE(s1->worstCaseScenario, std::string("feed:B1"));
    // S2 (B1): normal 50, feed:A1 75, feed:A2 75, source:S1 150.
    const SourceReport *s2 = findSource(hr, "S2");
    HW_REQUIRE(s2);
    HW_COMPARE_NEAR(s2->worstCaseKw, 150.0, kTol);
    QCOMPARE(s2->worstCaseScenario, std::string("source:S1"));
    // R1 survives every single failure (B1 is of another source).
    QVERIFY(hr.outages.empty());
}

void TestPowerAnalysis::worstCaseTieBreakFollowsFileOrder()
{
    // Feeds in file order Z, X, Y (each of its own source). R1 (100 kW) on X+Y, R2 (100 kW) on
    // X+Z. X: normal 50 + 50 = 100; feed:Z → 50 + 100 = 150; feed:Y → 150. The tie goes to the
    // feed listed first in the file (Z), not to the first rack's partner (Y) or the id order.
    {
        Hall h = makeHall("H1");
        h.power.topology = "distributed";
        h.power.sources = {makeSource("SZ"), makeSource("SX"), makeSource("SY")};
        h.power.feeds = {makeFeed("Z", "SZ", "", 1000), makeFeed("X", "SX", "", 1000),
                         makeFeed("Y", "SY", "", 1000)};
        h.racks = {rackKw("R1", 0, {"X", "Y"}, 100), rackKw("R2", 1, {"X", "Z"}, 100)};
        const HallReport hr = evaluateValid(makePlan({h})).halls.at(0);
        const FeedReport *x = findFeed(hr, "X");
        HW_REQUIRE(x);
        HW_COMPARE_NEAR(x->loadKw, 100.0, kTol);
        HW_COMPARE_NEAR(x->worstCaseKw, 150.0, kTol);
        QCOMPARE(x->worstCaseScenario, std::string("feed:Z"));
    }
    // Sources in file order UPS-C, UPS-B. R1 (150 kW) on X, B1, B2 (B1, B2 of UPS-B); R2
    // (150 kW) on X, C1, C2 (of UPS-C). X: normal 50 + 50 = 100; one feed of UPS-B or UPS-C
    // failing gives 75 + 50 = 125; source:UPS-C gives 150 + 50 = 200 and so does source:UPS-B.
    // The tie goes to the source listed first: UPS-C.
    {
        Hall h = makeHall("H1");
        h.power.topology = "distributed";
        h.power.sources = {makeSource("UPS-X"), makeSource("UPS-C"), makeSource("UPS-B")};
        h.power.feeds = {makeFeed("X", "UPS-X", "", 1000), makeFeed("B1", "UPS-B", "", 1000),
                         makeFeed("B2", "UPS-B", "", 1000), makeFeed("C1", "UPS-C", "", 1000),
                         makeFeed("C2", "UPS-C", "", 1000)};
        h.racks = {rackKw("R1", 0, {"X", "B1", "B2"}, 150),
                   rackKw("R2", 1, {"X", "C1", "C2"}, 150)};
        const HallReport hr = evaluateValid(makePlan({h})).halls.at(0);
        const FeedReport *x = findFeed(hr, "X");
        HW_REQUIRE(x);
        HW_COMPARE_NEAR(x->loadKw, 100.0, kTol);
        HW_COMPARE_NEAR(x->worstCaseKw, 200.0, kTol);
        QCOMPARE(x->worstCaseScenario, std::string("source:UPS-C"));
    }
}

void TestPowerAnalysis::worstCaseIsNormalWithoutShifts()
{
    // A1 feeds one single-feed rack: no failure it survives adds load, so the worst case is the
    // normal load and "normal" (first in the order) names it. C1 carries nothing at all.
    Hall h = makeHall("H1");
    h.power.sources = {makeSource("UPS-A"), makeSource("UPS-B")};
    h.power.feeds = {makeFeed("A1", "UPS-A", "P1", 900), makeFeed("B1", "UPS-B", "P1", 900),
                     makeFeed("C1", "UPS-A", "", 900)};
    h.racks = {makeRack("R1", rackSlot(0), {"A1"})};
    const HallReport hr = evaluateValid(makePlan({h})).halls.at(0);
    HW_COMPARE_NEAR(findFeed(hr, "A1")->worstCaseKw, 142.0, kTol);
    QCOMPARE(findFeed(hr, "A1")->worstCaseScenario, std::string("normal"));
    HW_COMPARE_NEAR(findFeed(hr, "C1")->worstCaseKw, 0.0, kTol);
    QCOMPARE(findFeed(hr, "C1")->worstCaseScenario, std::string("normal"));
    HW_COMPARE_NEAR(findFeed(hr, "C1")->headroomKw, 900.0, kTol);
}

void TestPowerAnalysis::feedOverloadVersusN1_data()
{
    QTest::addColumn<int>("racks");
    QTest::addColumn<double>("capacityKw");
    QTest::addColumn<QString>("expected");
    // 3 racks: load 3 × 71 = 213, worst 3 × 142 = 426.
    QTest::newRow("worst case equal to capacity") << 3 << 426.0 << "";
    QTest::newRow("over in N-1 only") << 3 << 425.0 << "feed-overload-n1[A1] feed-overload-n1[B1]";
    // 7 racks: load 7 × 71 = 497 > 426 in normal operation: feed-overload only, not also -n1.
    QTest::newRow("over in normal") << 7 << 426.0 << "feed-overload[A1] feed-overload[B1]";
    // 6 racks: load 426 = capacity (fits), worst 852: -n1 only.
    QTest::newRow("normal load equal to capacity")
        << 6 << 426.0 << "feed-overload-n1[A1] feed-overload-n1[B1]";
}

void TestPowerAnalysis::feedOverloadVersusN1()
{
    QFETCH(int, racks);
    QFETCH(double, capacityKw);
    QFETCH(QString, expected);
    const HallReport hr = evaluateValid(pairPlan(racks, capacityKw)).halls.at(0);
    QCOMPARE(QString::fromStdString(power(hr)), expected);
    for (const Violation &v : withCodes(hr.violations, kPowerCodes))
        QCOMPARE(v.severity, Severity::Error);
}

void TestPowerAnalysis::sourceOverloadVersusN1_data()
{
    QTest::addColumn<double>("sourceKw");
    QTest::addColumn<QString>("expected");
    // 3 racks on A1/B1 (feeds 5000 kW): each source carries 213 kW, 426 kW when the other fails.
    QTest::newRow("worst case equal to capacity") << 426.0 << "";
    QTest::newRow("over in N-1 only")
        << 425.0 << "source-overload-n1[UPS-A] source-overload-n1[UPS-B]";
    QTest::newRow("over in normal") << 200.0 << "source-overload[UPS-A] source-overload[UPS-B]";
}

void TestPowerAnalysis::sourceOverloadVersusN1()
{
    QFETCH(double, sourceKw);
    QFETCH(QString, expected);
    const HallReport hr = evaluateValid(pairPlan(3, 5000, sourceKw)).halls.at(0);
    QCOMPARE(QString::fromStdString(power(hr)), expected);
    const SourceReport *ua = findSource(hr, "UPS-A");
    HW_REQUIRE(ua);
    HW_COMPARE_NEAR(ua->loadKw, 213.0, kTol);
    HW_COMPARE_NEAR(ua->worstCaseKw, 426.0, kTol);
    QVERIFY(ua->headroomKw.has_value());
    HW_COMPARE_NEAR(*ua->headroomKw, sourceKw - 426.0, kTol);
}

void TestPowerAnalysis::sourcesWithoutCapacityAreNotChecked()
{
    // 30 racks: each source would carry 30 × 142 = 4260 kW when the other fails; no capacity
    // is given, so there is nothing to check, yet the loads are reported.
    const HallReport hr = evaluateValid(pairPlan(30, 5000)).halls.at(0);
    const SourceReport *ua = findSource(hr, "UPS-A");
    HW_REQUIRE(ua);
    QVERIFY(!ua->capacityKw.has_value());
    QVERIFY(!ua->headroomKw.has_value());
    QVERIFY(!ua->utilization.has_value());
    HW_COMPARE_NEAR(ua->loadKw, 2130.0, kTol);
    HW_COMPARE_NEAR(ua->worstCaseKw, 4260.0, kTol);
    QCOMPARE(power(hr), std::string());
    // The same plan with 4000 kW sources: both fire.
    const HallReport capped = evaluateValid(pairPlan(30, 5000, 4000)).halls.at(0);
    QCOMPARE(power(capped), std::string("source-overload-n1[UPS-A] source-overload-n1[UPS-B]"));
}

void TestPowerAnalysis::feedCapacityFromElectricalValues_data()
{
    QTest::addColumn<double>("capacityKw"); // < 0: not given
    QTest::addColumn<double>("voltageV");
    QTest::addColumn<double>("currentA");
    QTest::addColumn<int>("phases");         // 0: not given (3)
    QTest::addColumn<double>("powerFactor"); // < 0: not given (0.99)
    QTest::addColumn<double>("deratePct");   // < 0: not given (80)
    QTest::addColumn<double>("expected");
    // sqrt(3) * 415 * 1600 * 0.99 * 80/100 / 1000 = 910.8647 kW
    QTest::newRow("three-phase") << -1.0 << 415.0 << 1600.0 << 3 << 0.99 << 80.0 << 910.8647351;
    // defaults 3 phases, PF 0.99, derate 80: sqrt(3) * 400 * 100 * 0.99 * 0.8 / 1000 = 54.8714 kW
    QTest::newRow("three-phase defaults")
        << -1.0 << 400.0 << 100.0 << 0 << -1.0 << -1.0 << 54.8713696;
    // single-phase: 230 * 63 * 0.95 * 100/100 / 1000 = 13.7655 kW
    QTest::newRow("single-phase") << -1.0 << 230.0 << 63.0 << 1 << 0.95 << 100.0 << 13.7655;
    // single-phase, defaults: 230 * 32 * 0.99 * 0.8 / 1000 = 5.82912 kW
    QTest::newRow("single-phase defaults") << -1.0 << 230.0 << 32.0 << 1 << -1.0 << -1.0 << 5.82912;
    // capacityKw, when given, is the capacity (SPEC §8), whatever V and I say.
    QTest::newRow("capacityKw wins") << 700.0 << 415.0 << 1600.0 << 3 << 0.99 << 80.0 << 700.0;
}

void TestPowerAnalysis::feedCapacityFromElectricalValues()
{
    QFETCH(double, capacityKw);
    QFETCH(double, voltageV);
    QFETCH(double, currentA);
    QFETCH(int, phases);
    QFETCH(double, powerFactor);
    QFETCH(double, deratePct);
    QFETCH(double, expected);
    Feed f;
    f.id = "A1";
    if (capacityKw >= 0) f.capacityKw = capacityKw;
    f.voltageV = voltageV;
    f.currentA = currentA;
    if (phases) f.phases = phases;
    if (powerFactor >= 0) f.powerFactor = powerFactor;
    if (deratePct >= 0) f.deratePct = deratePct;
    HW_COMPARE_NEAR(capacityOfFeed(f), expected, 1e-6);
}

void TestPowerAnalysis::feedTypeFillsInMissingValues_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<double>("capacityKw"); // < 0: not given
    QTest::addColumn<double>("currentA");   // < 0: not given
    QTest::addColumn<double>("deratePct");  // < 0: not given
    QTest::addColumn<double>("expected");
    // busway-1600a-415: 415 V, 1600 A, 3 phases, PF 0.99, 80 %: 910.8647 kW.
    QTest::newRow("type only") << "busway-1600a-415" << -1.0 << -1.0 << -1.0 << 910.8647351;
    // The plan's current wins, the type's voltage fills in: same figure as 415 V × 1600 A.
    QTest::newRow("own current") << "busway-1200a-415" << -1.0 << 1600.0 << -1.0 << 910.8647351;
    // busway-1200a-480 with the plan's 100 %: sqrt(3) * 480 * 1200 * 0.99 * 1.0 / 1000 = 987.6847
    QTest::newRow("own derate") << "busway-1200a-480" << -1.0 << -1.0 << 100.0 << 987.6846525;
    QTest::newRow("own capacity") << "busway-800a-415" << 500.0 << -1.0 << -1.0 << 500.0;
    // A type of the plan's own catalog that gives capacityKw directly.
    QTest::newRow("plan catalog type") << "bus-700" << -1.0 << -1.0 << -1.0 << 700.0;
}

void TestPowerAnalysis::feedTypeFillsInMissingValues()
{
    QFETCH(QString, type);
    QFETCH(double, capacityKw);
    QFETCH(double, currentA);
    QFETCH(double, deratePct);
    QFETCH(double, expected);
    Feed f;
    f.id = "A1";
    f.type = type.toStdString();
    if (capacityKw >= 0) f.capacityKw = capacityKw;
    if (currentA >= 0) f.currentA = currentA;
    if (deratePct >= 0) f.deratePct = deratePct;
    Catalog own;
    FeedType t;
    t.id = "bus-700";
    t.name = "Plan's own busway";
    t.capacityKw = 700;
    own.feedTypes.push_back(t);
    HW_COMPARE_NEAR(capacityOfFeed(f, own), expected, 1e-6);
}

void TestPowerAnalysis::feedOutOfReach_data()
{
    // R1 stands at slot 0, centre (2.3, 4.0), on feed A1 whose path is given below.
    QTest::addColumn<QList<QPointF>>("path");
    QTest::addColumn<double>("reachM"); // < 0: not given (3.0)
    QTest::addColumn<bool>("fires");
    auto along = [](double y) { return QList<QPointF>{{1.0, y}, {14.0, y}}; };
    QTest::newRow("through the rack") << along(4.0) << -1.0 << false;
    // 3.0009 m away: beyond 3.0 by less than the 1 mm tolerance.
    QTest::newRow("default reach, within 1 mm") << along(7.0009) << -1.0 << false;
    QTest::newRow("default reach, beyond 1 mm") << along(7.0011) << -1.0 << true;
    QTest::newRow("reach 5, within 1 mm") << along(9.0009) << 5.0 << false;
    QTest::newRow("reach 5, beyond 1 mm") << along(9.0011) << 5.0 << true;
    // The path ends at x = 10: the nearest point is its end, 7.7 m away (the line through it
    // would pass through the rack).
    QTest::newRow("beyond the end of the path") << QList<QPointF>{{10, 4}, {20, 4}} << -1.0 << true;
    // First segment 17.7 m away, second segment (y = 6) 2.0 m away: every segment counts.
    QTest::newRow("second segment in reach")
        << QList<QPointF>{{20, 4}, {20, 6}, {2.3, 6}} << -1.0 << false;
}

void TestPowerAnalysis::feedOutOfReach()
{
    QFETCH(QList<QPointF>, path);
    QFETCH(double, reachM);
    QFETCH(bool, fires);
    Plan p = pairPlan(1, 900);
    Feed &a1 = p.halls[0].power.feeds[0];
    for (const QPointF &pt : path)
        a1.path.push_back({pt.x(), pt.y()});
    if (reachM >= 0) a1.reachM = reachM;
    const HallReport hr = evaluateValid(p).halls.at(0);
    QCOMPARE(QString::fromStdString(describe(withCode(hr.violations, "feed-out-of-reach"))),
             fires ? QStringLiteral("feed-out-of-reach[R1,A1]") : QString());
    if (fires)
        QCOMPARE(withCode(hr.violations, "feed-out-of-reach").front().severity, Severity::Error);
}

void TestPowerAnalysis::feedOutOfReachOnlyForConnectedFeedsWithAPath()
{
    // A1 and B1 have no path: never out of reach. C1's path is far from R1, but R1 is not on C1.
    // R2 is on C1 and stands beside its path. R3 is on D1, 10 m from D1's path: fires once.
    Hall h = makeHall("H1");
    h.power.sources = {makeSource("UPS-A"), makeSource("UPS-B")};
    h.power.feeds = {makeFeed("A1", "UPS-A", "P1", 900), makeFeed("B1", "UPS-B", "P1", 900),
                     makeFeed("C1", "UPS-A", "P2", 900), makeFeed("D1", "UPS-B", "P2", 900)};
    h.power.feeds[2].path = {{1, 9}, {14, 9}};   // along row 2 (y = 9)
    h.power.feeds[3].path = {{1, 24}, {14, 24}}; // 10 m north of row 3 (y = 14)
    h.racks = {makeRack("R1", rackSlot(0), {"A1", "B1"}),
               makeRack("R2", rackSlot(20), {"C1", "D1"}),
               makeRack("R3", rackSlot(40), {"C1", "D1"})};
    const HallReport hr = evaluateValid(makePlan({h})).halls.at(0);
    // R2 (y = 9) is 15 m from D1's path; R3 (y = 14) is 5 m from C1's and 10 m from D1's.
    QCOMPARE(describe(withCode(hr.violations, "feed-out-of-reach")),
             std::string("feed-out-of-reach[R2,D1] feed-out-of-reach[R3,C1] "
                         "feed-out-of-reach[R3,D1]"));
}

void TestPowerAnalysis::rackUnpowered()
{
    Plan p = pairPlan(1, 900);
    p.halls[0].racks.push_back(makeRack("R2", rackSlot(1), {}));
    const HallReport hr = evaluateValid(p).halls.at(0);
    // R2 gets rack-unpowered only (not also rack-no-redundancy), and adds no load anywhere.
    QCOMPARE(power(hr), std::string("rack-unpowered[R2]"));
    QCOMPARE(withCode(hr.violations, "rack-unpowered").front().severity, Severity::Error);
    HW_COMPARE_NEAR(findFeed(hr, "A1")->loadKw, 71.0, kTol);
    HW_COMPARE_NEAR(findFeed(hr, "A1")->worstCaseKw, 142.0, kTol);
    QVERIFY(hr.outages.empty());
}

void TestPowerAnalysis::rackNoRedundancy_data()
{
    QTest::addColumn<QStringList>("feeds");
    QTest::addColumn<bool>("fires");
    // Feeds: A1, A2 of UPS-A; B1 of UPS-B; N1, N2 without a source.
    QTest::newRow("single feed") << QStringList{"A1"} << true;
    QTest::newRow("two feeds of one source") << QStringList{"A1", "A2"} << true;
    QTest::newRow("two sources") << QStringList{"A1", "B1"} << false;
    QTest::newRow("three feeds, two sources") << QStringList{"A1", "A2", "B1"} << false;
    QTest::newRow("two feeds without a source") << QStringList{"N1", "N2"} << false;
    QTest::newRow("single feed without a source") << QStringList{"N1"} << true;
}

void TestPowerAnalysis::rackNoRedundancy()
{
    QFETCH(QStringList, feeds);
    QFETCH(bool, fires);
    Hall h = makeHall("H1");
    h.power.topology = "distributed";
    h.power.sources = {makeSource("UPS-A"), makeSource("UPS-B")};
    h.power.feeds = {makeFeed("A1", "UPS-A", "", 900), makeFeed("A2", "UPS-A", "", 900),
                     makeFeed("B1", "UPS-B", "", 900), makeFeed("N1", "", "", 900),
                     makeFeed("N2", "", "", 900)};
    std::vector<std::string> ids;
    for (const QString &f : feeds)
        ids.push_back(f.toStdString());
    h.racks = {makeRack("R1", rackSlot(0), ids)};
    const HallReport hr = evaluateValid(makePlan({h})).halls.at(0);
    QCOMPARE(power(hr), fires ? std::string("rack-no-redundancy[R1]") : std::string());
    if (fires)
        QCOMPARE(withCode(hr.violations, "rack-no-redundancy").front().severity, Severity::Warning);
}

void TestPowerAnalysis::outagesListRacksDownAndLostKw()
{
    // UPS-A: A1, A2, A3; UPS-B: B1. R1 on A1 alone; R2 (142 kW) and R3 (100 kW) on A2 + A3 (one
    // source); R4 on A1 + B1.
    Hall h = makeHall("H1");
    h.power.topology = "distributed";
    h.power.sources = {makeSource("UPS-A"), makeSource("UPS-B")};
    h.power.feeds = {makeFeed("A1", "UPS-A", "", 900), makeFeed("A2", "UPS-A", "", 900),
                     makeFeed("A3", "UPS-A", "", 900), makeFeed("B1", "UPS-B", "", 900)};
    h.racks = {makeRack("R1", rackSlot(0), {"A1"}), makeRack("R2", rackSlot(1), {"A2", "A3"}),
               rackKw("R3", 2, {"A2", "A3"}, 100), makeRack("R4", rackSlot(3), {"A1", "B1"})};
    const HallReport hr = evaluateValid(makePlan({h})).halls.at(0);

    // feed:A1 takes R1 down (142 kW); feed:A2 does not fail UPS-A, so R2 and R3 run on A3;
    // source:UPS-A takes R1, R2 and R3 down: 142 + 142 + 100 = 384 kW. Nothing else.
    QCOMPARE(hr.outages.size(), std::size_t(2));
    QCOMPARE(hr.outages[0].scenario, std::string("feed:A1"));
    QCOMPARE(hr.outages[0].racks, (std::vector<std::string>{"R1"}));
    HW_COMPARE_NEAR(hr.outages[0].lostKw, 142.0, kTol);
    QCOMPARE(hr.outages[1].scenario, std::string("source:UPS-A"));
    QCOMPARE(hr.outages[1].racks, (std::vector<std::string>{"R1", "R2", "R3"}));
    HW_COMPARE_NEAR(hr.outages[1].lostKw, 384.0, kTol);

    // A3 carries (142 + 100) / 2 = 121 kW, and both racks whole (242 kW) when A2 fails.
    const FeedReport *a3 = findFeed(hr, "A3");
    HW_REQUIRE(a3);
    HW_COMPARE_NEAR(a3->loadKw, 121.0, kTol);
    HW_COMPARE_NEAR(a3->worstCaseKw, 242.0, kTol);
    QCOMPARE(a3->worstCaseScenario, std::string("feed:A2"));
    // B1: 71 in normal, 142 under feed:A1 and under source:UPS-A: feed:A1 comes first.
    HW_COMPARE_NEAR(findFeed(hr, "B1")->worstCaseKw, 142.0, kTol);
    QCOMPARE(findFeed(hr, "B1")->worstCaseScenario, std::string("feed:A1"));
    // Warnings for R1 (single feed) and for R2, R3 (single source).
    QCOMPARE(power(hr),
             std::string("rack-no-redundancy[R1] rack-no-redundancy[R2] rack-no-redundancy[R3]"));
}

void TestPowerAnalysis::agreesWithBruteForceOnRandomHalls()
{
    // 300 random halls: 1–3 sources (half with a capacity), 2–6 feeds (some without a source),
    // 0–12 racks on 0–3 feeds each, with planning powers that do not divide evenly.
    std::mt19937 rng(4242u);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    const double powers[] = {142, 100, 150, 47.3, 71.1, 132.7, 20};
    int checkedFeeds = 0, ties = 0;
    for (int round = 0; round < 300; ++round) {
        Hall h = makeHall("H1");
        h.power.topology = "distributed";
        const int sources = 1 + pick(3), feeds = 2 + pick(5), racks = pick(13);
        for (int s = 0; s < sources; ++s) {
            const auto cap = pick(2) ? std::optional<double>(200.0 + pick(1500)) : std::nullopt;
            h.power.sources.push_back(makeSource(numbered("S", s + 1), cap));
        }
        for (int f = 0; f < feeds; ++f) {
            const std::string src = pick(6) ? numbered("S", 1 + pick(sources)) : std::string();
            h.power.feeds.push_back(makeFeed(numbered("F", f + 1), src, "", 100.0 + pick(700)));
        }
        for (int r = 0; r < racks; ++r) {
            std::vector<std::string> fs;
            const int n = pick(4);
            for (int k = 0; k < n; ++k) {
                const std::string id = numbered("F", 1 + pick(feeds));
                if (std::find(fs.begin(), fs.end(), id) == fs.end()) fs.push_back(id);
            }
            Rack rack = makeRack(numbered("R", r + 1), rackSlot(r), fs);
            if (pick(2)) rack.powerKw = powers[pick(7)];
            h.racks.push_back(rack);
        }
        const Plan plan = makePlan({h});
        const HallReport hr = evaluateValid(plan).halls.at(0);
        const PowerBruteForce bf(plan.halls[0]);
        const QString at = QStringLiteral("round %1: ").arg(round);
        std::vector<Violation> expected;

        for (std::size_t f = 0; f < h.power.feeds.size(); ++f) {
            const Feed &feed = h.power.feeds[f];
            const auto [w, name] = bf.feedWorst(f);
            const FeedReport *rep = findFeed(hr, feed.id);
            HW_REQUIRE(rep);
            HW_COMPARE_NEAR(rep->loadKw, bf.feedLoad(0, f), 1e-9);
            HW_COMPARE_NEAR(rep->worstCaseKw, w, 1e-9);
            QVERIFY2(
                rep->worstCaseScenario == name,
                qPrintable(at + QString::fromStdString(feed.id + ": " + rep->worstCaseScenario +
                                                       ", expected " + name)));
            // A tie: another surviving scenario reaches the worst case too.
            int reaching = 0;
            for (std::size_t sc = 0; sc < bf.scenarios(); ++sc)
                reaching += bf.feedUp(sc, f) && bf.feedLoad(sc, f) >= w - 1e-9;
            ties += reaching > 1;
            ++checkedFeeds;
            if (bf.feedLoad(0, f) > *feed.capacityKw + 1e-6)
                expected.push_back({"feed-overload", Severity::Error, {feed.id}, ""});
            else if (w > *feed.capacityKw + 1e-6)
                expected.push_back({"feed-overload-n1", Severity::Error, {feed.id}, ""});
        }
        for (const Source &s : h.power.sources) {
            const auto [w, name] = bf.sourceWorst(s.id);
            const SourceReport *rep = findSource(hr, s.id);
            HW_REQUIRE(rep);
            HW_COMPARE_NEAR(rep->loadKw, bf.sourceLoad(0, s.id), 1e-9);
            HW_COMPARE_NEAR(rep->worstCaseKw, w, 1e-9);
            QVERIFY2(rep->worstCaseScenario == name,
                     qPrintable(at + QString::fromStdString(s.id + ": " + rep->worstCaseScenario +
                                                            ", expected " + name)));
            if (s.capacityKw && bf.sourceLoad(0, s.id) > *s.capacityKw + 1e-6)
                expected.push_back({"source-overload", Severity::Error, {s.id}, ""});
            else if (s.capacityKw && w > *s.capacityKw + 1e-6)
                expected.push_back({"source-overload-n1", Severity::Error, {s.id}, ""});
        }
        // Outages: every failure scenario with racks down, in scenario order.
        std::size_t o = 0;
        for (std::size_t sc = 1; sc < bf.scenarios(); ++sc) {
            if (bf.down(sc).empty()) continue;
            QVERIFY2(o < hr.outages.size(), qPrintable(at + "missing outage"));
            QCOMPARE(hr.outages[o].scenario, bf.name(sc));
            QCOMPARE(hr.outages[o].racks, bf.down(sc));
            HW_COMPARE_NEAR(hr.outages[o].lostKw, bf.lostKw(sc), 1e-9);
            ++o;
        }
        QCOMPARE(hr.outages.size(), o);
        // Rack findings: no feed; a single feed; every feed of one source.
        for (const Rack &r : h.racks) {
            std::set<std::string> srcs;
            bool sourceless = false;
            for (const std::string &id : r.feeds) {
                for (const Feed &f : h.power.feeds)
                    if (f.id == id) {
                        if (f.source.empty())
                            sourceless = true;
                        else
                            srcs.insert(f.source);
                    }
            }
            if (r.feeds.empty())
                expected.push_back({"rack-unpowered", Severity::Error, {r.id}, ""});
            else if (r.feeds.size() == 1 || (!sourceless && srcs.size() == 1))
                expected.push_back({"rack-no-redundancy", Severity::Warning, {r.id}, ""});
        }
        const auto got = sortedFindings(withCodes(hr.violations, kPowerCodes));
        const auto want = sortedFindings(expected);
        QVERIFY2(got == want, qPrintable(at + QString::fromStdString(describe(
                                                  withCodes(hr.violations, kPowerCodes)))));
    }
    // The rounds covered many feeds and many ties for the tie-break rule.
    QVERIFY(checkedFeeds > 1000);
    QVERIFY2(ties > 200, qPrintable(QString::number(ties)));
}

QTEST_GUILESS_MAIN(TestPowerAnalysis)
#include "test_power_analysis.moc"
