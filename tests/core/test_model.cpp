// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The plan model: catalog merge, the defaults resolve.h applies, and the built-in catalog.
#include "core/io/builtin_catalog.h"
#include "core/io/json_catalog.h"
#include "core/model/catalog.h"
#include "core/model/defaults.h"
#include "core/model/plan.h"
#include "core/model/resolve.h"

#include "support/test_support.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace hw::core;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {

RackType rackType(const std::string &id, double maxKw)
{
    RackType t;
    t.id = id;
    t.maxKw = maxKw;
    return t;
}

template <class T> std::vector<std::string> ids(const std::vector<T> &items)
{
    std::vector<std::string> out;
    for (const T &t : items)
        out.push_back(t.id);
    return out;
}

bool near(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

} // namespace

class TestModel : public QObject
{
    Q_OBJECT

private slots:
    void catalogMergeAddsAndReplacesById();
    void catalogMergeKeepsTheBaseUntouched();
    void effectiveCatalogUsesThePlanSection();
    void feedCapacity_data();
    void feedCapacity();
    void feedTypeFillIn();
    void feedDefaults();
    void cduTypeFillIn();
    void rulesDefaults();
    void loopDefaults();
    void topologyAndPue();
    void planningAndTypicalPower();
    void rotationIsReadModulo360();
    void hallLookup();
    void builtinCatalogLoads();
    void builtinCatalogKeepsProvenance();
    void builtinCatalogEqualsResourceFile();
    void builtinCatalogAgreesWithDefaults();
};

void TestModel::catalogMergeAddsAndReplacesById()
{
    Catalog base;
    base.rackTypes = {rackType("a", 10), rackType("b", 20)};
    base.rackTypes[1].typicalKw = 15;
    base.cduTypes = {CduType{"cdu-a", "", 1.0, 1.0, 100.0, 150.0, {}, {}}};
    base.feedTypes = {FeedType{"feed-a", "", 100.0, {}, {}, {}, {}, {}, {}, {}}};
    base.coolants = {Coolant{"water", "Water", 0.996, 4.18, 0.0, {"src", "H"}, {}}};

    Catalog overrides;
    overrides.rackTypes = {rackType("c", 30), rackType("b", 25)};
    overrides.cduTypes = {CduType{"cdu-a", "", {}, {}, 200.0, {}, {}, {}}};
    overrides.feedTypes = {FeedType{"feed-b", "", 50.0, {}, {}, {}, {}, {}, {}, {}}};
    overrides.coolants = {Coolant{"water", "Plant water", 1.0, 4.2, {}, {}, {}}};

    const Catalog merged = base.mergedWith(overrides);
    // Replaced entries keep their place; new ones are appended in the overrides' order.
    QCOMPARE(ids(merged.rackTypes), (std::vector<std::string>{"a", "b", "c"}));
    QCOMPARE(merged.rackType("b")->maxKw, 25.0);
    // An entry replaces the built-in one as a whole (docs/FILE-FORMATS.md): no field is inherited.
    QVERIFY(!merged.rackType("b")->typicalKw);
    QCOMPARE(merged.rackType("c")->maxKw, 30.0);

    QCOMPARE(ids(merged.cduTypes), (std::vector<std::string>{"cdu-a"}));
    QCOMPARE(merged.cduType("cdu-a")->capacityKw, std::optional<double>(200.0));
    QVERIFY(!merged.cduType("cdu-a")->widthM);

    QCOMPARE(ids(merged.feedTypes), (std::vector<std::string>{"feed-a", "feed-b"}));
    QCOMPARE(merged.coolants.size(), std::size_t(1));
    QCOMPARE(merged.coolant("water")->name, std::string("Plant water"));
    QCOMPARE(merged.coolant("water")->densityKgPerL, 1.0);
    QVERIFY(merged.coolant("water")->provenance.source.empty());

    QVERIFY(!merged.rackType("missing"));
    QVERIFY(!merged.cduType("a")); // ids are per kind
    QVERIFY(!merged.feedType("cdu-a"));
    QVERIFY(!merged.coolant("PG25"));
}

void TestModel::catalogMergeKeepsTheBaseUntouched()
{
    Catalog base;
    base.rackTypes = {rackType("a", 10)};
    const Catalog copy = base;
    Catalog overrides;
    overrides.rackTypes = {rackType("a", 99)};
    const Catalog merged = base.mergedWith(overrides);
    QVERIFY(base == copy);
    QCOMPARE(merged.rackType("a")->maxKw, 99.0);
    QVERIFY(base.mergedWith(Catalog{}) == base);
}

void TestModel::effectiveCatalogUsesThePlanSection()
{
    Plan plan;
    plan.catalog.rackTypes = {rackType("gb300-nvl72", 120), rackType("custom", 50)};
    const Catalog cat = effectiveCatalog(builtinCatalog(), plan);
    QCOMPARE(cat.rackTypes.size(), builtinCatalog().rackTypes.size() + 1);
    QCOMPARE(cat.rackType("gb300-nvl72")->maxKw, 120.0);
    QCOMPARE(cat.rackType("custom")->maxKw, 50.0);
    QCOMPARE(cat.rackType("gb200-nvl72")->maxKw, builtinCatalog().rackType("gb200-nvl72")->maxKw);
    QCOMPARE(cat.coolants.size(), builtinCatalog().coolants.size());
}

void TestModel::feedCapacity_data()
{
    QTest::addColumn<std::optional<double>>("capacityKw");
    QTest::addColumn<std::optional<double>>("voltageV");
    QTest::addColumn<std::optional<double>>("currentA");
    QTest::addColumn<int>("phases"); // 0: not given
    QTest::addColumn<std::optional<double>>("powerFactor");
    QTest::addColumn<std::optional<double>>("deratePct");
    QTest::addColumn<std::optional<double>>("expectedKw");
    const std::optional<double> none;
    // Worked by hand: sqrt(3) = 1.7320508075688772.
    // 1.7320508075688772 * 415 * 1600 * 0.99 * 0.80 / 1000 = 910.8647350907817
    QTest::newRow("three-phase, defaults") << none << std::optional(415.0) << std::optional(1600.0)
                                           << 0 << none << none << std::optional(910.8647350907817);
    QTest::newRow("three-phase, explicit")
        << none << std::optional(415.0) << std::optional(1600.0) << 3 << std::optional(0.99)
        << std::optional(80.0) << std::optional(910.8647350907817);
    // 1.7320508075688772 * 400 * 1000 * 0.95 * 0.90 / 1000 = 592.361376188556
    QTest::newRow("three-phase, own PF and derating")
        << none << std::optional(400.0) << std::optional(1000.0) << 3 << std::optional(0.95)
        << std::optional(90.0) << std::optional(592.361376188556);
    // 230 * 63 * 0.99 * 0.80 / 1000 = 11.47608
    QTest::newRow("single-phase") << none << std::optional(230.0) << std::optional(63.0) << 1
                                  << none << none << std::optional(11.47608);
    // 230 * 32 * 1.0 * 1.0 / 1000 = 7.36
    QTest::newRow("single-phase, no derating")
        << none << std::optional(230.0) << std::optional(32.0) << 1 << std::optional(1.0)
        << std::optional(100.0) << std::optional(7.36);
    QTest::newRow("capacityKw wins over V and I")
        << std::optional(900.0) << std::optional(415.0) << std::optional(1600.0) << 3 << none
        << none << std::optional(900.0);
    QTest::newRow("capacityKw alone")
        << std::optional(42.5) << none << none << 0 << none << none << std::optional(42.5);
    QTest::newRow("voltage without current")
        << none << std::optional(415.0) << none << 0 << none << none << none;
    QTest::newRow("current without voltage")
        << none << none << std::optional(1600.0) << 0 << none << none << none;
    QTest::newRow("nothing") << none << none << none << 0 << none << none << none;
}

void TestModel::feedCapacity()
{
    QFETCH(std::optional<double>, capacityKw);
    QFETCH(std::optional<double>, voltageV);
    QFETCH(std::optional<double>, currentA);
    QFETCH(int, phases);
    QFETCH(std::optional<double>, powerFactor);
    QFETCH(std::optional<double>, deratePct);
    QFETCH(std::optional<double>, expectedKw);
    Feed f;
    f.id = "F";
    f.capacityKw = capacityKw;
    f.voltageV = voltageV;
    f.currentA = currentA;
    if (phases) f.phases = phases;
    f.powerFactor = powerFactor;
    f.deratePct = deratePct;
    const auto usable = resolveFeed(f, Catalog{}).usableKw();
    QCOMPARE(usable.has_value(), expectedKw.has_value());
    if (expectedKw)
        QVERIFY2(near(*usable, *expectedKw), qPrintable(QString::number(*usable, 'g', 17)));
}

void TestModel::feedTypeFillIn()
{
    Catalog cat;
    FeedType busway;
    busway.id = "busway";
    busway.voltageV = 480;
    busway.currentA = 1200;
    busway.phases = 3;
    busway.powerFactor = 0.95;
    busway.deratePct = 90;
    FeedType rated;
    rated.id = "rated";
    rated.capacityKw = 500;
    rated.powerFactor = 0.9;
    cat.feedTypes = {busway, rated};

    Feed f;
    f.id = "F";
    f.type = "busway";
    FeedValues v = resolveFeed(f, cat);
    QCOMPARE(v.voltageV, std::optional<double>(480));
    QCOMPARE(v.currentA, std::optional<double>(1200));
    QCOMPARE(v.phases, 3);
    QCOMPARE(v.powerFactor, 0.95);
    QCOMPARE(v.deratePct, 90.0);
    // 1.7320508075688772 * 480 * 1200 * 0.95 * 0.90 / 1000 = 853.0003817115206
    QVERIFY(near(*v.usableKw(), 853.0003817115206));

    // Fields given in the plan win, one by one.
    f.currentA = 800;
    f.phases = 1;
    f.deratePct = 100;
    v = resolveFeed(f, cat);
    QCOMPARE(v.voltageV, std::optional<double>(480));
    QCOMPARE(v.currentA, std::optional<double>(800));
    QCOMPARE(v.phases, 1);
    QCOMPARE(v.powerFactor, 0.95);
    QVERIFY(near(*v.usableKw(), 364.8)); // single-phase: 480 * 800 * 0.95 * 1.00 / 1000

    // A capacity in the plan wins over the type's electrical fields.
    f.capacityKw = 250;
    QCOMPARE(resolveFeed(f, cat).usableKw(), std::optional<double>(250));

    // A type's capacity fills in; the plan's V and I replace it as a set.
    Feed g;
    g.id = "G";
    g.type = "rated";
    QCOMPARE(resolveFeed(g, cat).usableKw(), std::optional<double>(500));
    QCOMPARE(resolveFeed(g, cat).powerFactor, 0.9);
    g.voltageV = 400;
    g.currentA = 100;
    // 1.7320508075688772 * 400 * 100 * 0.9 (the type's PF) * 0.80 / 1000 = 49.883063257983665
    QVERIFY(near(*resolveFeed(g, cat).usableKw(), 49.883063257983665));
    g.currentA.reset();
    QVERIFY(!resolveFeed(g, cat).usableKw()); // V without I, and the type's capacity set aside

    // The built-in busway types resolve through the built-in catalog.
    Feed b;
    b.id = "B";
    b.type = "busway-1600a-415";
    QVERIFY(near(*resolveFeed(b, builtinCatalog()).usableKw(), 910.8647350907817));

    // An unknown type supplies nothing (the validator refuses it).
    Feed u;
    u.id = "U";
    u.type = "no-such-type";
    QVERIFY(!resolveFeed(u, cat).usableKw());
}

void TestModel::feedDefaults()
{
    Feed f;
    f.id = "F";
    const FeedValues v = resolveFeed(f, Catalog{});
    QCOMPARE(v.phases, 3);
    QCOMPARE(v.powerFactor, 0.99);
    QCOMPARE(v.deratePct, 80.0);
    QCOMPARE(v.reachM, 3.0);
    f.reachM = 5.5;
    QCOMPARE(resolveFeed(f, Catalog{}).reachM, 5.5);
}

void TestModel::cduTypeFillIn()
{
    const Catalog &cat = builtinCatalog();
    Cdu c;
    c.id = "CDU-1";
    c.loop = "L1";
    c.type = "incdu-1350";
    CduValues v = resolveCdu(c, cat);
    QCOMPARE(v.widthM, std::optional<double>(1.2));
    QCOMPARE(v.depthM, std::optional<double>(1.2));
    QCOMPARE(v.capacityKw, std::optional<double>(1350));
    QCOMPARE(v.maxFlowLpm, std::optional<double>(2000));

    c.capacityKw = 1000; // the plan wins, field by field
    c.depthM = 2.0;
    v = resolveCdu(c, cat);
    QCOMPARE(v.capacityKw, std::optional<double>(1000));
    QCOMPARE(v.depthM, std::optional<double>(2.0));
    QCOMPARE(v.widthM, std::optional<double>(1.2));
    QCOMPARE(v.maxFlowLpm, std::optional<double>(2000));

    Cdu bare;
    bare.id = "CDU-2";
    bare.widthM = 0.6;
    v = resolveCdu(bare, cat);
    QCOMPARE(v.widthM, std::optional<double>(0.6));
    QVERIFY(!v.depthM && !v.capacityKw && !v.maxFlowLpm);

    bare.type = "no-such-cdu";
    v = resolveCdu(bare, cat);
    QCOMPARE(v.widthM, std::optional<double>(0.6));
    QVERIFY(!v.capacityKw);
}

void TestModel::rulesDefaults()
{
    const RuleValues d = resolveRules(HallRules{});
    QCOMPARE(d.wallClearanceM, 1.0);
    QCOMPARE(d.obstacleClearanceM, 0.6);
    QCOMPARE(d.frontClearanceM, 1.2);
    QCOMPARE(d.rearClearanceM, 1.2);
    QCOMPARE(d.maxRowRacks, 20);
    QCOMPARE(d.crossAisleM, 1.5);
    QVERIFY(HallRules{}.empty());

    HallRules given;
    given.wallClearanceM = 0.0; // 0 is a value, not "not given"
    given.maxRowRacks = 12;
    given.crossAisleM = 2.4;
    QVERIFY(!given.empty());
    const RuleValues r = resolveRules(given);
    QCOMPARE(r.wallClearanceM, 0.0);
    QCOMPARE(r.maxRowRacks, 12);
    QCOMPARE(r.crossAisleM, 2.4);
    QCOMPARE(r.obstacleClearanceM, 0.6);
    QCOMPARE(r.frontClearanceM, 1.2);
    QCOMPARE(r.rearClearanceM, 1.2);

    HallRules onlyExtras;
    onlyExtras.extras.json = R"({"x":1})";
    QVERIFY(!onlyExtras.empty());
}

void TestModel::loopDefaults()
{
    Loop l;
    l.id = "L1";
    LoopValues v = resolveLoop(l);
    QCOMPARE(v.coolant, std::string("water"));
    QCOMPARE(v.supplyTempC, 30.0);
    QCOMPARE(v.deltaTK, 10.0);
    QCOMPARE(v.redundantCdus, 1);
    QVERIFY(!v.maxPipeRunM);

    l.coolant = "PG25";
    l.supplyTempC = 35;
    l.deltaTK = 8;
    l.redundantCdus = 0;
    l.maxPipeRunM = 40;
    v = resolveLoop(l);
    QCOMPARE(v.coolant, std::string("PG25"));
    QCOMPARE(v.supplyTempC, 35.0);
    QCOMPARE(v.deltaTK, 8.0);
    QCOMPARE(v.redundantCdus, 0);
    QCOMPARE(v.maxPipeRunM, std::optional<double>(40));
}

void TestModel::topologyAndPue()
{
    PowerSection p;
    QCOMPARE(resolveTopology(p), Topology::TwoN);
    p.topology = "distributed";
    QCOMPARE(resolveTopology(p), Topology::Distributed);
    p.topology = "2N";
    QCOMPARE(resolveTopology(p), Topology::TwoN);
    QCOMPARE(parseTopology("N+1"), std::optional<Topology>());
    QCOMPARE(parseTopology("2n"), std::optional<Topology>()); // names are exact
    QCOMPARE(std::string(topologyName(Topology::TwoN)), std::string("2N"));
    QCOMPARE(std::string(topologyName(Topology::Distributed)), std::string("distributed"));

    QCOMPARE(resolvePue(Assumptions{}), 1.15);
    Assumptions a;
    a.pue = 1.3;
    QCOMPARE(resolvePue(a), 1.3);
    QVERIFY(Assumptions{}.empty());
    QVERIFY(!a.empty());
}

void TestModel::planningAndTypicalPower()
{
    const RackType &gb300 = *builtinCatalog().rackType("gb300-nvl72");
    Rack r;
    r.id = "R1";
    r.type = gb300.id;
    QCOMPARE(planningKw(r, gb300), 142.0);
    QCOMPARE(typicalKw(r, gb300), 136.0);

    r.powerKw = 100; // overrides maxKw; typical scales by powerKw / maxKw
    QCOMPARE(planningKw(r, gb300), 100.0);
    QVERIFY(near(typicalKw(r, gb300), 136.0 * 100.0 / 142.0));
    QVERIFY(near(typicalKw(r, gb300), 95.77464788732394));

    RackType plain = rackType("plain", 50);
    QCOMPARE(plain.typical(), 50.0); // no typicalKw: the maximum
    QCOMPARE(plain.liquidShare(), 0.0);
    QCOMPARE(plain.gpuCount(), 0);
    Rack p;
    p.type = "plain";
    QCOMPARE(typicalKw(p, plain), 50.0);
    p.powerKw = 25;
    QCOMPARE(planningKw(p, plain), 25.0);
    QCOMPARE(typicalKw(p, plain), 25.0);
}

void TestModel::rotationIsReadModulo360()
{
    Rack r;
    QCOMPARE(r.rotation(), 0);
    QVERIFY(!r.rotationDeg); // not given stays not given, so the file round-trips
    r.rotationDeg = 450;
    QCOMPARE(r.rotation(), 90);
    r.rotationDeg = -90;
    QCOMPARE(r.rotation(), 270);
    r.rotationDeg = 720;
    QCOMPARE(r.rotation(), 0);
    Cdu c;
    QCOMPARE(c.rotation(), 0);
    c.rotationDeg = -270;
    QCOMPARE(c.rotation(), 90);
}

void TestModel::hallLookup()
{
    Plan plan;
    plan.halls.resize(2);
    plan.halls[0].id = "H1";
    plan.halls[1].id = "H2";
    QCOMPARE(plan.hall("H2"), &plan.halls[1]);
    QCOMPARE(plan.hall("H3"), nullptr);
    const Plan &constPlan = plan;
    QCOMPARE(constPlan.hall("H1"), &plan.halls[0]);

    Plan other = plan;
    QVERIFY(other == plan);
    other.halls[1].extras.json = R"({"x-note":"kept"})";
    QVERIFY(!(other == plan)); // unknown keys are part of the document
}

void TestModel::builtinCatalogLoads()
{
    const Catalog &cat = builtinCatalog();
    QVERIFY(&cat == &builtinCatalog()); // parsed once
    QVERIFY(cat.rackType("gb300-nvl72"));
    QVERIFY(cat.rackType("gb200-nvl72"));
    QVERIFY(cat.cduType("incdu-1350"));
    QVERIFY(cat.feedType("busway-1600a-415"));
    QVERIFY(cat.coolant("water"));
    QVERIFY(cat.coolant("PG25"));
    QVERIFY(cat.extras.empty()); // format, version, notes and defaults are the file's own keys

    const RackType &gb300 = *cat.rackType("gb300-nvl72");
    QCOMPARE(gb300.widthM, 0.6);
    QCOMPARE(gb300.depthM, 1.068);
    QCOMPARE(gb300.maxKw, 142.0);
    QCOMPARE(gb300.typicalKw, std::optional<double>(136));
    QCOMPARE(gb300.liquidFraction, std::optional<double>(0.85));
    QCOMPARE(gb300.gpus, std::optional<int>(72));
    QCOMPARE(gb300.weightKg, std::optional<double>(1360));
    QCOMPARE(gb300.pflops.at("fp4"), 1080.0);
    const Coolant &pg25 = *cat.coolant("PG25");
    QCOMPARE(pg25.densityKgPerL, 1.019);
    QCOMPARE(pg25.cpKjPerKgK, 3.94);
    QCOMPARE(cat.coolant("water")->densityKgPerL, 0.996);
}

void TestModel::builtinCatalogKeepsProvenance()
{
    const Catalog &cat = builtinCatalog();
    std::vector<std::pair<std::string, Provenance>> entries;
    for (const auto &t : cat.rackTypes)
        entries.emplace_back(t.id, t.provenance);
    for (const auto &t : cat.cduTypes)
        entries.emplace_back(t.id, t.provenance);
    for (const auto &t : cat.feedTypes)
        entries.emplace_back(t.id, t.provenance);
    for (const auto &c : cat.coolants)
        entries.emplace_back(c.id, c.provenance);
    QVERIFY(entries.size() >= 14);
    for (const auto &[id, p] : entries) {
        QVERIFY2(!p.source.empty(), id.c_str());
        QVERIFY2(p.confidence == "H" || p.confidence == "M" || p.confidence == "L", id.c_str());
    }
}

void TestModel::builtinCatalogEqualsResourceFile()
{
    const std::string path = std::string(HW_SAMPLES_DIR) + "/../catalog.json";
    const std::string text = hw::test::readFile(path);
    QCOMPARE(std::string(builtinCatalogText()), text); // compiled in from resources/catalog.json

    // Every entry, field for field, against the file read by an independent reader.
    const nlohmann::json file = nlohmann::json::parse(text);
    const nlohmann::json built =
        nlohmann::json::parse(detail::writeCatalogSection(builtinCatalog()).dump());
    for (const char *kind : {"rackTypes", "cduTypes", "feedTypes", "coolants"}) {
        QVERIFY2(file.contains(kind), kind);
        QVERIFY2(built[kind] == file[kind],
                 (std::string(kind) + ": " + nlohmann::json::diff(file[kind], built[kind]).dump())
                     .c_str());
    }
}

void TestModel::builtinCatalogAgreesWithDefaults()
{
    // The catalog file's `defaults` section and the SPEC defaults in the code must not drift.
    const nlohmann::json file =
        nlohmann::json::parse(hw::test::readFile(std::string(HW_SAMPLES_DIR) + "/../catalog.json"));
    const nlohmann::json &d = file.at("defaults");
    QCOMPARE(d.at("pue").get<double>(), defaults::kPue);
    QCOMPARE(d.at("frontClearanceM").get<double>(), defaults::kFrontClearanceM);
    QCOMPARE(d.at("rearClearanceM").get<double>(), defaults::kRearClearanceM);
    QVERIFY(builtinCatalog().coolant(defaults::kCoolant));
}

QTEST_GUILESS_MAIN(TestModel)
#include "test_model.moc"
