// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Energy, tenants and reservations (issue 9): energy figures against hand calculations,
// reservations that reduce headroom by exactly what they reserve (the same as installing those
// racks), a reservation that cannot fit flagged, tenant shares, and placement that honours
// reservations.
#include "core/engine/evaluate.h"
#include "core/engine/reservations.h"
#include "core/io/builtin_catalog.h"
#include "core/io/plan_files.h"

#include "support/plan_builder.h"
#include "support/test_support.h"

#include <QtTest>

using namespace hw::core;
using hw::test::withCode;

namespace {

Plan fixture()
{
    auto plan = loadPlan(std::string(HW_TEST_DATA_DIR) + "/tenants_energy.json", builtinCatalog());
    if (!plan) throw std::runtime_error(plan.error().toString());
    return std::move(plan).value();
}

EvaluationReport evaluateWithSpace(const Plan &plan)
{
    EvaluateOptions options;
    options.spaceHeadroom = true;
    return evaluate(plan, builtinCatalog(), options);
}

/** The hall's headroom by resource as one comparable tuple (-1: not modelled). */
std::array<int, 4> headroomOf(const HallReport &h)
{
    return {h.headroom.space.value_or(-1), h.headroom.power.value_or(-1),
            h.headroom.liquid.value_or(-1), h.headroom.air.value_or(-1)};
}

} // namespace

class TestEnergyTenants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void energyByHand();
    void siteEnergySumsHalls();
    void coolingOverheadBeyondPue();
    void noPriceNoCost();
    void reservationsCountLikeInstalledRacks();
    void reservationsReduceHeadroomByWhatTheyReserve();
    void unfulfillableReservationIsAnError();
    void tenantReport();
    void placementHonoursReservations();
    void applyPlacementFulfilsReservations();
};

// Hall H1 of the fixture: one GB300 NVL72 (142 kW planning, 136 kW typical), its own PUE 1.12 and
// 120 kg CO2e/MWh, the site's price 80 EUR/MWh. Loop L1 pumps 12.5 kW and rejects heat for 60 kW,
// CDU-1 pumps 4.5 kW, CDU-2 gives 0 kW heat rejection.
void TestEnergyTenants::energyByHand()
{
    Plan plan = fixture();
    // Two racks, so that the figures are not those of one rack; a PUE high enough for the
    // cooling overhead the plan gives.
    Hall &h = plan.halls[0];
    h.assumptions.pue = 1.6;
    Rack second = h.racks[0];
    second.id = "H1-R0002";
    second.position.x += 0.6;
    h.racks.push_back(second);
    const EvaluationReport r = evaluate(plan, builtinCatalog());
    QVERIFY(withCode(r.halls[0].violations, "rack-overlap").empty());
    const EnergyReport &e = r.halls[0].energy;
    HW_COMPARE_NEAR(e.itKw, 284.0, 1e-9);
    HW_COMPARE_NEAR(e.typicalItKw, 272.0, 1e-9);
    HW_COMPARE_NEAR(e.pue, 1.6, 1e-12);
    HW_COMPARE_NEAR(e.facilityKw, 454.4, 1e-9);        // 284 × 1.6
    HW_COMPARE_NEAR(e.facilityTypicalKw, 435.2, 1e-9); // 272 × 1.6
    HW_COMPARE_NEAR(e.annualMwh, 3812.352, 1e-9);      // 435.2 × 8,760 / 1,000
    QVERIFY(e.annualCost && e.annualCo2eTonnes);
    HW_COMPARE_NEAR(*e.annualCost, 304988.16, 1e-6);       // × 80 EUR
    HW_COMPARE_NEAR(*e.annualCo2eTonnes, 457.48224, 1e-9); // × 120 kg / 1,000
    QCOMPARE(e.currency, std::string("EUR"));
    HW_COMPARE_NEAR(e.overheadKw, 170.4, 1e-9); // 454.4 − 284
    QVERIFY(e.coolingOverheadKw && e.otherOverheadKw);
    HW_COMPARE_NEAR(*e.coolingOverheadKw, 77.0, 1e-12); // 12.5 + 60 + 4.5 + 0
    HW_COMPARE_NEAR(*e.otherOverheadKw, 93.4, 1e-9);    // 170.4 − 77
}

void TestEnergyTenants::siteEnergySumsHalls()
{
    Plan plan = fixture();
    // A second hall with nothing of its own: the site's PUE 1.2, 350 kg/MWh and 80 EUR/MWh.
    Hall h2 = plan.halls[0];
    h2.id = "H2";
    h2.assumptions = {};
    for (Rack &r : h2.racks)
        r.id = "H2-" + r.id;
    for (Feed &f : h2.power.feeds)
        f.id = "H2-" + f.id;
    for (Source &s : h2.power.sources)
        s.id = "H2-" + s.id;
    for (Feed &f : h2.power.feeds)
        f.source = "H2-" + f.source;
    for (Rack &r : h2.racks)
        for (std::string &f : r.feeds)
            f = "H2-" + f;
    for (Loop &l : h2.cooling.loops)
        l.id = "H2-" + l.id;
    for (Cdu &c : h2.cooling.cdus) {
        c.id = "H2-" + c.id;
        c.loop = "H2-" + c.loop;
    }
    for (Rack &r : h2.racks)
        r.loop = "H2-" + r.loop;
    for (Obstacle &o : h2.obstacles)
        o.id = "H2-" + o.id;
    h2.origin = {100, 0};
    plan.halls.push_back(h2);
    QVERIFY2(hw::test::planProblems(plan).empty(), hw::test::planProblems(plan).c_str());
    const EvaluationReport r = evaluate(plan, builtinCatalog());
    const EnergyReport &e2 = r.halls[1].energy;
    HW_COMPARE_NEAR(e2.pue, 1.2, 1e-12);
    HW_COMPARE_NEAR(e2.facilityKw, 170.4, 1e-9);   // 142 × 1.2
    HW_COMPARE_NEAR(e2.annualMwh, 1429.632, 1e-9); // 136 × 1.2 × 8.76
    HW_COMPARE_NEAR(*e2.annualCo2eTonnes, 500.3712, 1e-9);
    const EnergyReport &s = r.site.energy;
    const EnergyReport &e1 = r.halls[0].energy;
    HW_COMPARE_NEAR(e1.facilityKw, 159.04, 1e-9); // 142 × 1.12
    HW_COMPARE_NEAR(s.itKw, 284.0, 1e-9);
    HW_COMPARE_NEAR(s.facilityKw, 329.44, 1e-9);
    HW_COMPARE_NEAR(s.pue, 329.44 / 284.0, 1e-12); // facility over IT, not an average of PUEs
    HW_COMPARE_NEAR(s.annualMwh, e1.annualMwh + 1429.632, 1e-9);
    HW_COMPARE_NEAR(*s.annualCost, (e1.annualMwh + 1429.632) * 80.0, 1e-6);
    HW_COMPARE_NEAR(*s.annualCo2eTonnes, *e1.annualCo2eTonnes + 500.3712, 1e-9);
    // The site's facility kW in the metrics is the sum of the halls' when their PUEs differ.
    HW_COMPARE_NEAR(r.site.metrics.facilityKw, 329.44, 1e-9);
}

void TestEnergyTenants::coolingOverheadBeyondPue()
{
    // PUE 1.12 leaves 17.04 kW of overhead on 142 kW; the plan's pumps and heat rejection draw
    // 77 kW: no negative "other" overhead, the split is left out.
    const EvaluationReport r = evaluate(fixture(), builtinCatalog());
    const EnergyReport &e = r.halls[0].energy;
    HW_COMPARE_NEAR(e.overheadKw, 17.04, 1e-9);
    QVERIFY(e.coolingOverheadKw);
    HW_COMPARE_NEAR(*e.coolingOverheadKw, 77.0, 1e-12);
    QVERIFY(!e.otherOverheadKw);
    QVERIFY(r.site.energy.coolingOverheadKw);
    QVERIFY(!r.site.energy.otherOverheadKw);
}

void TestEnergyTenants::noPriceNoCost()
{
    Plan plan = fixture();
    plan.assumptions.electricityPricePerMwh.reset();
    plan.halls[0].assumptions.carbonKgPerMwh.reset();
    plan.assumptions.carbonKgPerMwh.reset();
    for (Loop &l : plan.halls[0].cooling.loops)
        l.pumpKw = l.heatRejectionKw = std::nullopt;
    for (Cdu &c : plan.halls[0].cooling.cdus)
        c.pumpKw = c.heatRejectionKw = std::nullopt;
    const EvaluationReport r = evaluate(plan, builtinCatalog());
    QVERIFY(!r.halls[0].energy.annualCost);
    QVERIFY(!r.halls[0].energy.annualCo2eTonnes);
    QVERIFY(!r.halls[0].energy.coolingOverheadKw);
    QVERIFY(!r.site.energy.annualCost);
    QVERIFY(r.halls[0].energy.annualMwh > 0);
}

void TestEnergyTenants::reservationsCountLikeInstalledRacks()
{
    // The fixture reserves 3 + 2 GB300 racks in H1. Installing racks exactly where the ghosts
    // stand, connected as they are, gives the same headroom: reserved capacity counts against
    // headroom like installed racks (power N-1, liquid, air and space).
    const Plan plan = fixture();
    const EvaluationReport reserved = evaluateWithSpace(plan);
    const HallReport &h = reserved.halls[0];
    QCOMPARE(h.ghosts.size(), std::size_t(5));
    Plan installed = plan;
    installed.reservations.clear();
    for (const GhostRack &g : h.ghosts)
        installed.halls[0].racks.push_back(g.rack);
    QVERIFY2(hw::test::planProblems(installed).empty(), hw::test::planProblems(installed).c_str());
    const EvaluationReport built = evaluateWithSpace(installed);
    QCOMPARE(headroomOf(h), headroomOf(built.halls[0]));
    QCOMPARE(h.headroom.addableRacks, built.halls[0].headroom.addableRacks);
    // Reserved kW never shows as stranded or free twice: the installed plan has 5 racks more IT.
    HW_COMPARE_NEAR(built.halls[0].metrics.itKw - h.metrics.itKw, 5 * 142.0, 1e-9);
}

void TestEnergyTenants::reservationsReduceHeadroomByWhatTheyReserve()
{
    Plan plan = fixture();
    plan.reservations.clear();
    const std::array<int, 4> free = headroomOf(evaluateWithSpace(plan).halls[0]);
    QVERIFY(free[1] > 2); // power binds; the fixture has room for several racks
    for (int k = 1; k <= free[1]; ++k) {
        Plan p = plan;
        p.reservations.push_back({"RES-K", "T-BETA", "H1", "gb300-nvl72", k, {}, {}, {}, {}});
        const HallReport h = evaluateWithSpace(p).halls[0];
        const std::array<int, 4> left = headroomOf(h);
        // Power, liquid and air: exactly k racks fewer. Space is geometry: the slot layout around
        // k more racks may recover a slot (the ghosts sit where installed racks would, and
        // reservationsCountLikeInstalledRacks shows the space figure equals theirs).
        for (std::size_t i = 1; i < left.size(); ++i)
            QCOMPARE(left[i], free[i] - k);
        QVERIFY(left[0] <= free[0] && left[0] >= free[0] - k);
        QCOMPARE(h.reservations.size(), std::size_t(1));
        QCOMPARE(h.reservations[0].fitted, k);
        HW_COMPARE_NEAR(h.reservations[0].reservedKw, k * 142.0, 1e-9);
    }
}

void TestEnergyTenants::unfulfillableReservationIsAnError()
{
    Plan plan = fixture();
    plan.reservations.clear();
    const int power = evaluateWithSpace(plan).halls[0].headroom.power.value();
    plan.reservations.push_back(
        {"RES-BIG", "T-BETA", "H1", "gb300-nvl72", power + 1, {}, {}, {}, {}});
    const EvaluationReport r = evaluateWithSpace(plan);
    const auto flagged = withCode(r.halls[0].violations, "reservation-unfulfillable");
    QCOMPARE(flagged.size(), std::size_t(1));
    QCOMPARE(flagged[0].severity, Severity::Error);
    QCOMPARE(flagged[0].objects, (std::vector<std::string>{"RES-BIG", "H1"}));
    QCOMPARE(r.halls[0].reservations[0].fitted, power);
    QVERIFY(!r.halls[0].reservations[0].reason.empty());
    // Exactly the capacity: no violation, no headroom left by power.
    plan.reservations[0].racks = power;
    const EvaluationReport fits = evaluateWithSpace(plan);
    QVERIFY(withCode(fits.halls[0].violations, "reservation-unfulfillable").empty());
    QCOMPARE(fits.halls[0].headroom.power.value(), 0);
    // Restricted to pair P2, whose feeds carry no rack yet: fits there instead.
    plan.reservations[0].pairs = {"P2"};
    plan.reservations[0].racks = 2;
    const EvaluationReport onP2 = evaluateWithSpace(plan);
    QVERIFY(withCode(onP2.halls[0].violations, "reservation-unfulfillable").empty());
    for (const GhostRack &g : onP2.halls[0].ghosts) {
        QCOMPARE(g.reservation, std::string("RES-BIG"));
        QCOMPARE(g.rack.feeds, (std::vector<std::string>{"A2", "B2"}));
    }
}

void TestEnergyTenants::tenantReport()
{
    const EvaluationReport r = evaluateWithSpace(fixture());
    QCOMPARE(r.tenants.size(), std::size_t(2));
    const TenantReport &acme = r.tenants[0];
    QCOMPARE(acme.id, std::string("T-ACME"));
    QCOMPARE(acme.name, std::string("Acme AI"));
    QCOMPARE(acme.racks, 1);
    HW_COMPARE_NEAR(acme.itKw, 142.0, 1e-12);
    QCOMPARE(acme.gpus, 72);
    HW_COMPARE_NEAR(acme.pflops.at("fp4"), 1080.0, 1e-12);
    QCOMPARE(acme.reservedRacks, 3);
    HW_COMPARE_NEAR(acme.reservedKw, 426.0, 1e-12);
    const TenantReport &beta = r.tenants[1];
    QCOMPARE(beta.racks, 0);
    QCOMPARE(beta.reservedRacks, 2);
    // Share of the hall's capacity: (installed + reserved kW) over installed IT + all reserved kW
    // + the addable racks at 142 kW.
    const HallReport &h = r.halls[0];
    const double capacity = h.metrics.itKw + 5 * 142.0 + h.headroom.addableRacks * 142.0;
    QCOMPARE(acme.halls.size(), std::size_t(1));
    HW_COMPARE_NEAR(acme.halls[0].sharePct, 100.0 * (142.0 + 426.0) / capacity, 1e-9);
    HW_COMPARE_NEAR(beta.halls[0].sharePct, 100.0 * 284.0 / capacity, 1e-9);
}

void TestEnergyTenants::placementHonoursReservations()
{
    const Plan plan = fixture();
    const int addable = evaluateWithSpace(plan).halls[0].headroom.addableRacks;
    PlacementRequest request;
    request.hallId = "H1";
    request.rackType = "gb300-nvl72";
    // No tenant: only what nobody reserved.
    auto none = placeHonouringReservations(plan, builtinCatalog(), request, {});
    QVERIFY(none.ok());
    QCOMPARE(none->placed, addable);
    // Acme may use its own 3 reserved racks, never Beta's 2.
    auto acme = placeHonouringReservations(plan, builtinCatalog(), request, "T-ACME");
    QVERIFY(acme.ok());
    QCOMPARE(acme->placed, addable + 3);
    for (const Rack &r : acme->racks)
        QCOMPARE(r.tenant, std::string("T-ACME"));
    auto beta = placeHonouringReservations(plan, builtinCatalog(), request, "T-BETA");
    QVERIFY(beta.ok());
    QCOMPARE(beta->placed, addable + 2);
    // Applying Acme's racks leaves Beta's reservation whole and fulfilled.
    const Plan after = applyPlacement(plan, "H1", acme->racks);
    const EvaluationReport r = evaluateWithSpace(after);
    QVERIFY(withCode(r.halls[0].violations, "reservation-unfulfillable").empty());
    QCOMPARE(r.halls[0].headroom.addableRacks, 0);
}

void TestEnergyTenants::applyPlacementFulfilsReservations()
{
    const Plan plan = fixture();
    PlacementRequest request;
    request.hallId = "H1";
    request.rackType = "gb300-nvl72";
    request.count = 2;
    auto two = placeHonouringReservations(plan, builtinCatalog(), request, "T-ACME");
    QVERIFY(two.ok());
    QCOMPARE(two->placed, 2);
    Plan after = applyPlacement(plan, "H1", two->racks);
    QCOMPARE(after.halls[0].racks.size(), std::size_t(3));
    QCOMPARE(after.reservations.size(), std::size_t(2));
    QCOMPARE(after.reservations[0].racks, 1); // RES-1: 3 reserved, 2 arrived
    request.count = 1;
    auto last = placeHonouringReservations(after, builtinCatalog(), request, "T-ACME");
    QVERIFY(last.ok());
    after = applyPlacement(after, "H1", last->racks);
    QCOMPARE(after.reservations.size(), std::size_t(1)); // RES-1 fulfilled and gone
    QCOMPARE(after.reservations[0].id, std::string("RES-2"));
    QVERIFY2(hw::test::planProblems(after).empty(), hw::test::planProblems(after).c_str());
}

QTEST_GUILESS_MAIN(TestEnergyTenants)
#include "test_energy_tenants.moc"
