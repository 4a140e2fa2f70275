// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The phase timeline (issue 6 item 3): cumulative IT load by phase date against usable capacity,
// and the run-out, the first phase whose racks no longer fit. Usable capacity by hand: a 2N pair
// carries its smaller feed, feeds outside pairs lose their largest, rated sources lose their
// largest; liquid and air are the report's N+k figures.
#include "core/engine/evaluate.h"
#include "core/engine/phase_timeline.h"
#include "core/engine/worst_failure.h"
#include "core/io/builtin_catalog.h"
#include "core/io/plan_files.h"

#include "support/plan_builder.h"

#include <QtTest>

using namespace hw::core;
using namespace hw::test;

namespace {

constexpr double kTol = 1e-9;

/**
 * Hall T1: pair P1 = A1/B1 of `feedKw` each on UPS-A/UPS-B (unrated). R0 has no phase, R1–R2
 * arrive in E1 (2027-01-01), R3–R4 in L2 (2027-06-01, listed first in the file), nothing in
 * U3 (no date). Loop L1 (water, N+1) with two 1000 kW / 1500 L/min CDUs.
 */
Plan timelinePlan(double feedKw)
{
    Hall h = makeHall("T1");
    h.power.sources = {makeSource("UPS-A"), makeSource("UPS-B")};
    h.power.feeds = {makeFeed("A1", "UPS-A", "P1", feedKw), makeFeed("B1", "UPS-B", "P1", feedKw)};
    h.cooling.loops = {makeLoop("L1")};
    h.cooling.cdus = {makeCdu("CDU-1", "L1", cduSlot(0), 1000, 1500),
                      makeCdu("CDU-2", "L1", cduSlot(1), 1000, 1500)};
    const char *phases[] = {"", "E1", "E1", "L2", "L2"};
    for (int i = 0; i < 5; ++i) {
        Rack r = makeRack(numbered("R", i), rackSlot(i), {"A1", "B1"}, "L1");
        r.phase = phases[i];
        h.racks.push_back(r);
    }
    Plan plan = makePlan({h});
    plan.phases = {{"L2", "Late", "2027-06-01", {}}, {"U3", "Undated", "", {}},
                   {"E1", "Early", "2027-01-01", {}}};
    return plan;
}

} // namespace

class TestPhaseTimeline : public QObject
{
    Q_OBJECT

private slots:
    void usablePowerByHand();
    void usableCoolingFromTheReport();
    void stepsInDateOrderWithRunOut();
    void stepsEqualTheEngineOnTheRestrictedPlan();
    void everythingFits();
    void sampleCampus();
    void noPhasesNoTimeline();
    void worstSingleFailure();
};

void TestPhaseTimeline::usablePowerByHand()
{
    Hall h = makeHall("U1");
    h.power.sources = {makeSource("S-A", 3000), makeSource("S-B", 3000)};
    h.power.feeds = {makeFeed("A1", "S-A", "P1", 900),  makeFeed("B1", "S-B", "P1", 1000),
                     makeFeed("A2", "S-A", "P2", 800),  makeFeed("B2", "S-B", "P2", 800),
                     makeFeed("F1", "S-A", "", 500),    makeFeed("F2", "S-B", "", 600),
                     makeFeed("F3", "S-A", "", 700)};
    Plan plan = makePlan({h});
    // 900 + 800 from the pairs; 500 + 600 + 700 − 700 from the others; sources allow 3000.
    HW_COMPARE_NEAR(usableCapacity(evaluateValid(plan).halls[0]).powerKw, 2800, kTol);
    plan.halls[0].power.sources[0].capacityKw = 1000;
    plan.halls[0].power.sources[1].capacityKw = 1500;
    HW_COMPARE_NEAR(usableCapacity(evaluateValid(plan).halls[0]).powerKw, 1000, kTol);
    plan.halls[0].power.sources[0].capacityKw.reset(); // one unrated source: no source limit
    HW_COMPARE_NEAR(usableCapacity(evaluateValid(plan).halls[0]).powerKw, 2800, kTol);
}

void TestPhaseTimeline::usableCoolingFromTheReport()
{
    Plan plan = timelinePlan(500);
    plan.halls[0].cooling.air = Air{100, 4, 1, 20, {}};
    const EvaluationReport report = evaluateValid(plan);
    const UsableCapacity c = usableCapacity(report.halls[0]);
    HW_COMPARE_NEAR(c.liquidKw, 1000, kTol); // two 1000 kW CDUs, one redundant
    QVERIFY(c.airKw);
    HW_COMPARE_NEAR(*c.airKw, 300, kTol); // (4 − 1) × 100
    const UsableCapacity site = usableCapacity(report);
    QVERIFY(site == c);
    plan.halls[0].cooling.air.reset();
    QVERIFY(!usableCapacity(evaluateValid(plan).halls[0]).airKw);
}

void TestPhaseTimeline::stepsInDateOrderWithRunOut()
{
    // 500 kW feeds: R0–R2 (3 × 142 = 426 kW) fit N-1, R0–R4 (710 kW) do not.
    const Plan plan = timelinePlan(500);
    QVERIFY2(planProblems(plan).empty(), planProblems(plan).c_str());
    const PhaseTimeline t = phaseTimeline(plan, builtinCatalog());
    QCOMPARE(t.steps.size(), std::size_t(4));
    QCOMPARE(t.steps[0].phase, std::string());
    QCOMPARE(t.steps[1].phase, std::string("E1"));
    QCOMPARE(t.steps[2].phase, std::string("L2"));
    QCOMPARE(t.steps[3].phase, std::string("U3"));
    QCOMPARE(t.steps[2].date, std::string("2027-06-01"));
    QCOMPARE(t.steps[2].name, std::string("Late"));
    const int racks[] = {1, 3, 5, 5};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(t.steps[std::size_t(i)].rackCount, racks[i]);
        HW_COMPARE_NEAR(t.steps[std::size_t(i)].itKw, racks[i] * 142.0, kTol);
        HW_COMPARE_NEAR(t.steps[std::size_t(i)].capacity.powerKw, 500, kTol);
        HW_COMPARE_NEAR(t.steps[std::size_t(i)].liquidLoadKw, racks[i] * 142.0 * 0.85, 1e-6);
    }
    QVERIFY(t.steps[0].fits);
    QVERIFY(t.steps[1].fits);
    QVERIFY(!t.steps[2].fits);
    QVERIFY(!t.steps[3].fits);
    QCOMPARE(t.runOut, 2);
    QVERIFY(!t.steps[2].capacityErrors.empty());
    QCOMPARE(t.steps[2].capacityErrors.front().code, std::string("feed-overload-n1"));
    QCOMPARE(t.steps[2].halls.size(), std::size_t(1));
    QVERIFY(!t.steps[2].halls[0].fits);
    QVERIFY(t.steps[1].capacityErrors.empty());
}

void TestPhaseTimeline::stepsEqualTheEngineOnTheRestrictedPlan()
{
    const Plan plan = timelinePlan(500);
    const PhaseTimeline t = phaseTimeline(plan, builtinCatalog());
    EvaluateOptions options;
    options.spaceHeadroom = false;
    const std::vector<std::vector<std::string>> due = {{}, {"E1"}, {"E1", "L2"}, {"E1", "L2", "U3"}};
    for (std::size_t i = 0; i < due.size(); ++i) {
        const EvaluationReport r = evaluate(planUpToPhases(plan, due[i]), builtinCatalog(), options);
        QCOMPARE(t.steps[i].itKw, r.site.metrics.itKw);
        QCOMPARE(t.steps[i].facilityKw, r.site.metrics.facilityKw);
        QCOMPARE(t.steps[i].rackCount, r.site.metrics.rackCount);
        QVERIFY(t.steps[i].capacity == usableCapacity(r));
        QCOMPARE(t.steps[i].halls[0].itKw, r.halls[0].metrics.itKw);
    }
    // Without the racks that have no phase.
    const Plan only = planUpToPhases(plan, {"E1"}, false);
    QCOMPARE(only.halls[0].racks.size(), std::size_t(2));
}

void TestPhaseTimeline::everythingFits()
{
    const PhaseTimeline t = phaseTimeline(timelinePlan(1000), builtinCatalog());
    QCOMPARE(t.runOut, -1);
    for (const TimelineStep &s : t.steps)
        QVERIFY(s.fits);
}

void TestPhaseTimeline::sampleCampus()
{
    auto plan = loadPlan(HW_SAMPLES_DIR "/campus.json", builtinCatalog());
    QVERIFY(plan.ok());
    const PhaseTimeline t = phaseTimeline(*plan, builtinCatalog());
    QCOMPARE(t.steps.size(), std::size_t(3));
    QCOMPARE(t.steps[0].rackCount, 128);
    QCOMPARE(t.steps[1].rackCount, 256);
    QCOMPARE(t.steps[2].rackCount, 320);
    EvaluateOptions options;
    options.spaceHeadroom = false;
    const EvaluationReport full = evaluate(*plan, builtinCatalog(), options);
    HW_COMPARE_NEAR(t.steps[2].itKw, full.site.metrics.itKw, 1e-6);
    // The infrastructure does not change with the phases: the same usable capacity throughout.
    for (const TimelineStep &s : t.steps)
        QVERIFY(s.capacity == usableCapacity(full));
    // Hall 1: 16 pairs of 1,423 kW busways (22.8 MW), but the 20 MW UPS binds N-1.
    HW_COMPARE_NEAR(t.steps[0].halls[0].capacity.powerKw, 20000, 1e-6);
}

void TestPhaseTimeline::noPhasesNoTimeline()
{
    Plan plan = timelinePlan(500);
    plan.phases.clear();
    for (Rack &r : plan.halls[0].racks)
        r.phase.clear();
    const PhaseTimeline t = phaseTimeline(plan, builtinCatalog());
    QVERIFY(t.steps.empty());
    QCOMPARE(t.runOut, -1);
}

void TestPhaseTimeline::worstSingleFailure()
{
    // The failure plan of test_failure_analysis: a pair of 250 kW feeds carrying 2 racks; the
    // loop's CDUs are 300 and 200 kW. Feed A1 failing puts 284 kW on B1 (34 kW over): both racks
    // throttle by 17 kW. CDU-1 failing leaves 200 kW for 241.4 kW of heat.
    Hall h = makeHall("W1");
    h.power.sources = {makeSource("UPS-A"), makeSource("UPS-B")};
    h.power.feeds = {makeFeed("A1", "UPS-A", "P1", 250), makeFeed("B1", "UPS-B", "P1", 250)};
    h.cooling.loops = {makeLoop("L1", "water", 0)};
    h.cooling.cdus = {makeCdu("CDU-1", "L1", cduSlot(0), 300, 1000),
                      makeCdu("CDU-2", "L1", cduSlot(1), 200, 1000)};
    h.racks = {makeRack("R1", rackSlot(0), {"A1", "B1"}, "L1"),
               makeRack("R2", rackSlot(1), {"A1", "B1"}, "L1")};
    const Plan plan = makePlan({h});
    QVERIFY2(planProblems(plan).empty(), planProblems(plan).c_str());
    auto w = hw::core::worstSingleFailure(plan, builtinCatalog(), "W1");
    QVERIFY(w.ok());
    QCOMPARE(w->ranked.size(), std::size_t(6));
    // CDU-1: 241.4 kW of heat on 200 kW: both racks throttle to 200/241.4 of 142 kW.
    const double cduThrottle = 2 * 142.0 * (1 - 200.0 / 241.4);
    QCOMPARE(w->ranked[0].id, std::string("CDU-1"));
    QCOMPARE(w->ranked[0].kind, std::string("cdu"));
    HW_COMPARE_NEAR(w->ranked[0].throttleKw, cduThrottle, 1e-6);
    QCOMPARE(w->ranked[0].racksThrottled, 2);
    // Then A1 and B1 (34 kW each, file order), then UPS-A and UPS-B (same), then CDU-2.
    QCOMPARE(w->ranked[1].id, std::string("A1"));
    HW_COMPARE_NEAR(w->ranked[1].throttleKw, 34, 1e-6);
    QCOMPARE(w->ranked[2].id, std::string("B1"));
    QCOMPARE(w->ranked[3].id, std::string("UPS-A"));
    QCOMPARE(w->ranked[5].id, std::string("CDU-2"));
    HW_COMPARE_NEAR(w->ranked[5].impactKw(), 0, 1e-9);
    HW_COMPARE_NEAR(w->ranked[5].peakUtilization, 241.4 / 300.0, 1e-9);
    // The same figures as the what-if itself.
    auto direct = analyzeFailure(plan, builtinCatalog(), {"CDU-1"});
    QVERIFY(direct.ok());
    QCOMPARE(w->ranked[0].throttleKw, direct->throttleKw);
    QVERIFY(!hw::core::worstSingleFailure(plan, builtinCatalog(), "nope").ok());
}

QTEST_GUILESS_MAIN(TestPhaseTimeline)
#include "test_phase_timeline.moc"
