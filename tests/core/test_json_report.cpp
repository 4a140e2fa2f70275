// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The JSON report of SPEC §6 (`evaluate --json`): every field §6 names, under its name, with the
// values of a small hand-made plan; nulls where §8 says so; and the "failure" section of --fail.
#include "core/engine/failure_analysis.h"
#include "core/io/builtin_catalog.h"
#include "core/io/json_report.h"
#include "core/model/plan.h"

#include "support/plan_builder.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <string>

using namespace hw::core;
using namespace hw::test;
using nlohmann::json;

namespace {

/**
 * Hall J1 (40 m × 30 m): UPS-A (1000 kW) and UPS-B (no capacity); pair P1 = A1 (UPS-A) + B1
 * (UPS-B) of 500 kW; R1–R3 GB300 on A1 + B1 and loop L1; R4 GB300 on A1 alone and no loop. L1:
 * water, N+1, CDU-1 and CDU-2 of 600 kW / 900 L/min. No air section.
 * Hall J2 (20 m × 10 m): no racks, reference GB300, air of 3 × 50 kW at N+1 with 20 kW other load.
 * Hall J3 (10 m × 10 m): empty.
 */
Plan reportPlan()
{
    Hall j1 = makeHall("J1");
    j1.name = "Hall J1";
    j1.power.sources = {makeSource("UPS-A", 1000), makeSource("UPS-B")};
    j1.power.feeds = {makeFeed("A1", "UPS-A", "P1", 500), makeFeed("B1", "UPS-B", "P1", 500)};
    j1.cooling.loops = {makeLoop("L1")};
    j1.cooling.cdus = {makeCdu("CDU-1", "L1", cduSlot(0), 600, 900),
                       makeCdu("CDU-2", "L1", cduSlot(1), 600, 900)};
    j1.racks = {makeRack("R1", rackSlot(0), {"A1", "B1"}, "L1"),
                makeRack("R2", rackSlot(1), {"A1", "B1"}, "L1"),
                makeRack("R3", rackSlot(2), {"A1", "B1"}, "L1"),
                makeRack("R4", rackSlot(3), {"A1"})};
    Hall j2 = makeHall("J2", 20, 10);
    j2.referenceRackType = "gb300-nvl72";
    Air a;
    a.unitKw = 50;
    a.units = 3;
    a.otherLoadKw = 20;
    j2.cooling.air = a;
    Hall j3 = makeHall("J3", 10, 10); // empty, no reference type: nothing to count
    Plan p = makePlan({j1, j2, j3});
    p.name = "Report test";
    return p;
}

json reportJson(const Plan &plan, const std::vector<std::string> &failed = {})
{
    const EvaluationReport r = evaluateValid(plan);
    if (failed.empty()) return json::parse(reportToJson(r));
    auto f = analyzeFailure(plan, builtinCatalog(), failed);
    if (!f) throw std::runtime_error(f.error().toString());
    return json::parse(reportToJson(r, &*f));
}

const json &byId(const json &array, const std::string &id)
{
    for (const json &e : array)
        if (e.at("id") == id) return e;
    throw std::runtime_error("no entry with id " + id);
}

/** Fails unless `o` is an object with every key in `keys`. */
#define HW_HAS_KEYS(o, ...)                                                                        \
    do {                                                                                           \
        QVERIFY2((o).is_object(), #o " is not an object");                                         \
        for (const char *k : {__VA_ARGS__})                                                        \
            QVERIFY2((o).contains(k), qPrintable(QStringLiteral(#o " has no \"%1\"").arg(k)));     \
    } while (false)

#define HW_JSON_NEAR(value, expected, tol)                                                         \
    do {                                                                                           \
        QVERIFY2((value).is_number(), #value " is not a number");                                  \
        HW_COMPARE_NEAR((value).get<double>(), (expected), (tol));                                 \
    } while (false)

} // namespace

class TestJsonReport : public QObject
{
    Q_OBJECT

private slots:
    void siteFields();
    void hallFields();
    void powerFields();
    void coolingFields();
    void headroomAndStranded();
    void violations();
    void noFailureSectionWithoutFail();
    void failureSection();
};

void TestJsonReport::siteFields()
{
    const json doc = reportJson(reportPlan());
    QCOMPARE(doc.at("plan").get<std::string>(), std::string("Report test"));
    const json &site = doc.at("site");
    HW_HAS_KEYS(site, "rackCount", "itKw", "typicalKw", "facilityKw", "gpus", "pflops", "errors",
                "warnings");
    QCOMPARE(site.at("rackCount").get<int>(), 4);
    HW_JSON_NEAR(site.at("itKw"), 568.0, 1e-9);              // 4 × 142
    HW_JSON_NEAR(site.at("typicalKw"), 544.0, 1e-9);         // 4 × 136
    HW_JSON_NEAR(site.at("facilityKw"), 653.2, 1e-9);        // 568 × 1.15
    QCOMPARE(site.at("gpus").get<int>(), 288);               // 4 × 72
    HW_JSON_NEAR(site.at("pflops").at("fp4"), 4320.0, 1e-9); // 4 × 1080
    HW_JSON_NEAR(site.at("pflops").at("fp8"), 1440.0, 1e-9); // 4 × 360
    // Errors: feed-overload-n1 A1, rack-no-cooling R4; warning: rack-no-redundancy R4.
    QCOMPARE(site.at("errors").get<int>(), 2);
    QCOMPARE(site.at("warnings").get<int>(), 1);
    QCOMPARE(doc.at("halls").size(), std::size_t(3));
}

void TestJsonReport::hallFields()
{
    const json doc = reportJson(reportPlan());
    const json &h = doc.at("halls").at(0);
    HW_HAS_KEYS(h, "id", "rackCount", "itKw", "gpus", "areaM2", "kwPerM2", "power", "cooling",
                "headroom", "stranded", "violations");
    QCOMPARE(h.at("id").get<std::string>(), std::string("J1"));
    QCOMPARE(h.at("rackCount").get<int>(), 4);
    HW_JSON_NEAR(h.at("itKw"), 568.0, 1e-9);
    QCOMPARE(h.at("gpus").get<int>(), 288);
    HW_JSON_NEAR(h.at("areaM2"), 1200.0, 1e-9);           // 40 × 30
    HW_JSON_NEAR(h.at("kwPerM2"), 568.0 / 1200.0, 1e-12); // 0.4733
    QCOMPARE(doc.at("halls").at(1).at("id").get<std::string>(), std::string("J2"));
    HW_JSON_NEAR(doc.at("halls").at(1).at("areaM2"), 200.0, 1e-9);
}

void TestJsonReport::powerFields()
{
    const json doc = reportJson(reportPlan());
    const json &power = doc.at("halls").at(0).at("power");
    HW_HAS_KEYS(power, "feeds", "sources");
    QCOMPARE(power.at("feeds").size(), std::size_t(2));
    // A1: R1–R3 at 71 kW + R4 at 142 = 355 kW; feed:B1 puts R1–R3 whole on it: 426 + 142 = 568;
    // headroom 500 − 568 = −68.
    const json &a1 = byId(power.at("feeds"), "A1");
    HW_HAS_KEYS(a1, "id", "capacityKw", "loadKw", "worstCaseKw", "worstCaseScenario", "headroomKw");
    HW_JSON_NEAR(a1.at("capacityKw"), 500.0, 1e-9);
    HW_JSON_NEAR(a1.at("loadKw"), 355.0, 1e-9);
    HW_JSON_NEAR(a1.at("worstCaseKw"), 568.0, 1e-9);
    QCOMPARE(a1.at("worstCaseScenario").get<std::string>(), std::string("feed:B1"));
    HW_JSON_NEAR(a1.at("headroomKw"), -68.0, 1e-9);
    // B1: 213 kW; feed:A1 takes R4 down and puts R1–R3 whole on B1: 426; headroom 74.
    const json &b1 = byId(power.at("feeds"), "B1");
    HW_JSON_NEAR(b1.at("loadKw"), 213.0, 1e-9);
    HW_JSON_NEAR(b1.at("worstCaseKw"), 426.0, 1e-9);
    QCOMPARE(b1.at("worstCaseScenario").get<std::string>(), std::string("feed:A1"));
    HW_JSON_NEAR(b1.at("headroomKw"), 74.0, 1e-9);

    // UPS-A = A1: 355; feed:B1 568 (first), source:UPS-B 568; headroom 1000 − 568 = 432.
    const json &ua = byId(power.at("sources"), "UPS-A");
    HW_HAS_KEYS(ua, "id", "capacityKw", "loadKw", "worstCaseKw", "worstCaseScenario", "headroomKw");
    HW_JSON_NEAR(ua.at("capacityKw"), 1000.0, 1e-9);
    HW_JSON_NEAR(ua.at("loadKw"), 355.0, 1e-9);
    HW_JSON_NEAR(ua.at("worstCaseKw"), 568.0, 1e-9);
    QCOMPARE(ua.at("worstCaseScenario").get<std::string>(), std::string("feed:B1"));
    HW_JSON_NEAR(ua.at("headroomKw"), 432.0, 1e-9);
    // UPS-B has no capacity: capacityKw and headroomKw are null, the loads are still there.
    const json &ub = byId(power.at("sources"), "UPS-B");
    HW_HAS_KEYS(ub, "id", "capacityKw", "loadKw", "worstCaseKw", "worstCaseScenario", "headroomKw");
    QVERIFY(ub.at("capacityKw").is_null());
    QVERIFY(ub.at("headroomKw").is_null());
    HW_JSON_NEAR(ub.at("worstCaseKw"), 426.0, 1e-9);
    QCOMPARE(ub.at("worstCaseScenario").get<std::string>(), std::string("feed:A1"));
}

void TestJsonReport::coolingFields()
{
    const json doc = reportJson(reportPlan());
    const json &cooling = doc.at("halls").at(0).at("cooling");
    HW_HAS_KEYS(cooling, "loops", "air");
    // L1: usable 600 kW / 900 L/min (N+1 of two). R1–R3: 3 × 120.7 = 362.1 kW,
    // 362.1 / (0.996 × 4.18 × 10) × 60 = 521.848 L/min; headroom 600 − 362.1 = 237.9 kW.
    const json &l1 = byId(cooling.at("loops"), "L1");
    HW_HAS_KEYS(l1, "id", "capacityKw", "loadKw", "flowLpm", "flowCapacityLpm", "headroomKw");
    HW_JSON_NEAR(l1.at("capacityKw"), 600.0, 1e-9);
    HW_JSON_NEAR(l1.at("loadKw"), 362.1, 1e-9);
    HW_JSON_NEAR(l1.at("flowLpm"), 521.848158, 1e-6);
    HW_JSON_NEAR(l1.at("flowCapacityLpm"), 900.0, 1e-9);
    HW_JSON_NEAR(l1.at("headroomKw"), 237.9, 1e-9);
    // No air section: air is null.
    QVERIFY(cooling.at("air").is_null());
    // J2: (3 − 1) × 50 = 100 kW; load 20 (other); headroom 80.
    const json &air = doc.at("halls").at(1).at("cooling").at("air");
    HW_HAS_KEYS(air, "capacityKw", "loadKw", "headroomKw");
    HW_JSON_NEAR(air.at("capacityKw"), 100.0, 1e-9);
    HW_JSON_NEAR(air.at("loadKw"), 20.0, 1e-9);
    HW_JSON_NEAR(air.at("headroomKw"), 80.0, 1e-9);
}

void TestJsonReport::headroomAndStranded()
{
    const json doc = reportJson(reportPlan());
    // J1: power 0 (A1 is already over in N-1); liquid floor(min(237.9 / 120.7 = 1.97,
    // (900 − 521.85) / 173.95 = 2.17)) = 1; air null (no section); space null (not computed).
    const json &h = doc.at("halls").at(0).at("headroom");
    HW_HAS_KEYS(h, "addableRacks", "limitedBy", "byResource");
    QCOMPARE(h.at("addableRacks").get<int>(), 0);
    QCOMPARE(h.at("limitedBy").get<std::string>(), std::string("power"));
    const json &by = h.at("byResource");
    HW_HAS_KEYS(by, "space", "power", "liquid", "air");
    QVERIFY(by.at("space").is_null());
    QCOMPARE(by.at("power").get<int>(), 0);
    QCOMPARE(by.at("liquid").get<int>(), 1);
    QVERIFY(by.at("air").is_null());
    // Stranded: liquid (1 − 0) × 120.7; the others 0.
    const json &s = doc.at("halls").at(0).at("stranded");
    HW_HAS_KEYS(s, "powerKw", "liquidKw", "airKw", "slots");
    HW_JSON_NEAR(s.at("powerKw"), 0.0, 1e-9);
    HW_JSON_NEAR(s.at("liquidKw"), 120.7, 1e-9);
    HW_JSON_NEAR(s.at("airKw"), 0.0, 1e-9);
    QCOMPARE(s.at("slots").get<int>(), 0);
    // J2 (no feeds, no loops): power 0, liquid 0, air floor(80 / 21.3) = 3; power binds (ties
    // go to power before liquid); stranded air 3 × 21.3 = 63.9.
    const json &h2 = doc.at("halls").at(1);
    QCOMPARE(h2.at("headroom").at("limitedBy").get<std::string>(), std::string("power"));
    QCOMPARE(h2.at("headroom").at("byResource").at("liquid").get<int>(), 0);
    QCOMPARE(h2.at("headroom").at("byResource").at("air").get<int>(), 3);
    HW_JSON_NEAR(h2.at("stranded").at("airKw"), 63.9, 1e-9);
    // J3: no racks and no reference type: nothing binds, limitedBy is null.
    const json &h3 = doc.at("halls").at(2).at("headroom");
    QCOMPARE(h3.at("addableRacks").get<int>(), 0);
    QVERIFY(h3.at("limitedBy").is_null());
    for (const char *r : {"space", "power", "liquid", "air"})
        QVERIFY2(h3.at("byResource").at(r).is_null(), r);
}

void TestJsonReport::violations()
{
    const json doc = reportJson(reportPlan());
    const json &v = doc.at("halls").at(0).at("violations");
    QVERIFY(v.is_array());
    std::string codes;
    for (const json &e : v) {
        HW_HAS_KEYS(e, "code", "severity", "objects", "message");
        QVERIFY(!e.at("message").get<std::string>().empty());
        codes += e.at("code").get<std::string>() + "/" + e.at("severity").get<std::string>() + "[";
        for (const json &o : e.at("objects"))
            codes += o.get<std::string>() + ",";
        codes += "] ";
    }
    QCOMPARE(codes, std::string("feed-overload-n1/error[A1,] rack-no-redundancy/warning[R4,] "
                                "rack-no-cooling/error[R4,] "));
    QVERIFY(doc.at("halls").at(1).at("violations").empty());
}

void TestJsonReport::noFailureSectionWithoutFail()
{
    QVERIFY(!reportJson(reportPlan()).contains("failure"));
}

void TestJsonReport::failureSection()
{
    // B1 and CDU-1 fail: A1 carries R1–R4 whole, 568 kW on 500: over by 68, factor 500 / 568,
    // every rack at 142 × 500 / 568 = 125 kW (17 kW less, 68 kW in all). L1 keeps CDU-2:
    // 600 kW / 900 L/min for 362.1 kW / 521.85 L/min.
    const json doc = reportJson(reportPlan(), {"B1", "CDU-1"});
    QVERIFY(doc.contains("halls")); // the plain report is still there
    const json &f = doc.at("failure");
    HW_HAS_KEYS(f, "failed", "racksDown", "lostKw", "racksThrottled", "throttleKw", "halls");
    QCOMPARE(f.at("failed"), json::array({"B1", "CDU-1"}));
    QCOMPARE(f.at("racksDown").get<int>(), 0);
    HW_JSON_NEAR(f.at("lostKw"), 0.0, 1e-9);
    QCOMPARE(f.at("racksThrottled").get<int>(), 4);
    HW_JSON_NEAR(f.at("throttleKw"), 68.0, 1e-9);
    QCOMPARE(f.at("halls").size(), std::size_t(1)); // J2 holds nothing that failed
    const json &h = f.at("halls").at(0);
    HW_HAS_KEYS(h, "id", "racksDown", "lostKw", "feeds", "sources", "loops", "air", "throttled",
                "throttleKw");
    QCOMPARE(h.at("id").get<std::string>(), std::string("J1"));
    const json &a1 = byId(h.at("feeds"), "A1");
    HW_HAS_KEYS(a1, "id", "failed", "capacityKw", "loadKw", "overKw");
    QCOMPARE(a1.at("failed").get<bool>(), false);
    HW_JSON_NEAR(a1.at("loadKw"), 568.0, 1e-9);
    HW_JSON_NEAR(a1.at("overKw"), 68.0, 1e-9);
    QCOMPARE(byId(h.at("feeds"), "B1").at("failed").get<bool>(), true);
    QVERIFY(byId(h.at("sources"), "UPS-B").at("capacityKw").is_null());
    const json &l1 = byId(h.at("loops"), "L1");
    HW_HAS_KEYS(l1, "id", "failedCdus", "capacityKw", "loadKw", "shortKw", "flowCapacityLpm",
                "flowLpm", "shortLpm");
    QCOMPARE(l1.at("failedCdus"), json::array({"CDU-1"}));
    HW_JSON_NEAR(l1.at("capacityKw"), 600.0, 1e-9);
    HW_JSON_NEAR(l1.at("shortKw"), 0.0, 1e-9);
    QVERIFY(h.at("air").is_null());
    QCOMPARE(h.at("throttled").size(), std::size_t(4));
    const json &t = h.at("throttled").at(0);
    HW_HAS_KEYS(t, "rack", "planningKw", "allowedKw", "throttleKw", "limitedBy");
    HW_JSON_NEAR(t.at("planningKw"), 142.0, 1e-9);
    HW_JSON_NEAR(t.at("allowedKw"), 125.0, 1e-9);
    HW_JSON_NEAR(t.at("throttleKw"), 17.0, 1e-9);
    QCOMPARE(t.at("limitedBy").get<std::string>(), std::string("A1"));
}

QTEST_GUILESS_MAIN(TestJsonReport)
#include "test_json_report.moc"
