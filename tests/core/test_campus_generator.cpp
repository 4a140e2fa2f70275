// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// generateCampus (issue 4, item 6; `hallwright-cli generate`): campuses of a few sizes are valid
// plans that evaluate with no error, carry the IT load asked for to within one rack, give every
// hall 2N busways with paths, two UPS sources, N+1 loops and air; the same spec gives the same
// plan; bad specs are refused.
#include "core/engine/campus_generator.h"
#include "core/engine/evaluate.h"
#include "core/engine/plan_validator.h"
#include "core/io/builtin_catalog.h"
#include "core/model/resolve.h"

#include <QtTest>

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace hw::core;

namespace {

std::string problemsOf(const Plan &plan)
{
    std::string out;
    for (const Problem &p : validatePlan(plan, builtinCatalog()))
        out += p.toString() + "\n";
    return out;
}

std::string errorsOf(const EvaluationReport &report)
{
    std::string out;
    for (const HallReport &h : report.halls) {
        for (const Violation &v : h.violations) {
            if (v.severity == Severity::Error) out += h.id + ": " + v.code + " " + v.message + "\n";
        }
    }
    return out;
}

CampusSpec spec(double itMw, int halls = 0, const std::string &rackType = "gb300-nvl72")
{
    CampusSpec s;
    s.itMw = itMw;
    s.halls = halls;
    s.rackType = rackType;
    return s;
}

} // namespace

class TestCampusGenerator : public QObject
{
    Q_OBJECT

private slots:
    void campusIsValidAndSized_data();
    void campusIsValidAndSized();
    void deterministic();
    void badSpecsAreRefused_data();
    void badSpecsAreRefused();
};

void TestCampusGenerator::campusIsValidAndSized_data()
{
    QTest::addColumn<double>("itMw");
    QTest::addColumn<int>("halls");
    QTest::addColumn<QString>("rackType");
    QTest::addColumn<int>("expectedHalls");

    QTest::newRow("5 MW") << 5.0 << 0 << "gb300-nvl72" << 1;
    QTest::newRow("30 MW") << 30.0 << 0 << "gb300-nvl72" << 2;
    QTest::newRow("120 MW") << 120.0 << 0 << "gb300-nvl72" << 5;
    QTest::newRow("30 MW in 3 halls") << 30.0 << 3 << "gb300-nvl72" << 3;
    QTest::newRow("5 MW in 2 halls") << 5.0 << 2 << "gb300-nvl72" << 2;
    QTest::newRow("12.345 MW") << 12.345 << 0 << "gb300-nvl72" << 1;
    QTest::newRow("one rack") << 0.1 << 0 << "gb300-nvl72" << 1;
    QTest::newRow("20 MW of vr-nvl144") << 20.0 << 0 << "vr-nvl144" << 1;
    QTest::newRow("10 MW of gb200 in 9 halls") << 10.0 << 9 << "gb200-nvl72" << 9;
}

void TestCampusGenerator::campusIsValidAndSized()
{
    QFETCH(double, itMw);
    QFETCH(int, halls);
    QFETCH(QString, rackType);
    QFETCH(int, expectedHalls);
    const RackType &type = *builtinCatalog().rackType(rackType.toStdString());

    const auto plan = generateCampus(spec(itMw, halls, rackType.toStdString()), builtinCatalog());
    QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().toString().c_str());
    QVERIFY2(problemsOf(*plan).empty(), problemsOf(*plan).c_str());
    QCOMPARE(static_cast<int>(plan->halls.size()), expectedHalls);

    EvaluateOptions options;
    options.spaceHeadroom = false;
    const EvaluationReport report = evaluate(*plan, builtinCatalog(), options);
    QVERIFY2(report.site.errors == 0, errorsOf(report).c_str());
    QCOMPARE(report.site.errors, 0);

    // IT load: at least what was asked, less than one rack more.
    const double asked = itMw * 1000;
    QVERIFY2(report.site.metrics.itKw >= asked - 1e-6,
             std::to_string(report.site.metrics.itKw).c_str());
    QVERIFY2(report.site.metrics.itKw < asked + type.maxKw,
             std::to_string(report.site.metrics.itKw).c_str());

    std::set<std::string> rackIds;
    for (const Hall &h : plan->halls) {
        const std::string hall = "hall " + h.id + ": ";
        QVERIFY2(!h.racks.empty(), (hall + "no racks").c_str());
        // Power: 2N, two UPS sources with a rating, every feed a busway with a path in a pair
        // that spans both sources.
        QCOMPARE(resolveTopology(h.power), Topology::TwoN);
        QCOMPARE(h.power.sources.size(), std::size_t(2));
        for (const Source &s : h.power.sources)
            QVERIFY2(s.capacityKw && *s.capacityKw > 0, (hall + s.id).c_str());
        std::map<std::string, std::set<std::string>> pairSources;
        for (const Feed &f : h.power.feeds) {
            QVERIFY2(f.path.size() >= 2, (hall + f.id + " has no path").c_str());
            QVERIFY2(!f.pair.empty(), (hall + f.id + " has no pair").c_str());
            pairSources[f.pair].insert(f.source);
        }
        QVERIFY(!pairSources.empty());
        for (const auto &[pair, sources] : pairSources)
            QVERIFY2(sources.size() == 2,
                     (hall + "pair " + pair + " is not on two sources").c_str());
        // Cooling: loops with N+1 CDUs (at least two each), and air.
        if (type.liquidShare() > 0) {
            QVERIFY(!h.cooling.loops.empty());
            for (const Loop &l : h.cooling.loops) {
                QCOMPARE(resolveLoop(l).redundantCdus, 1);
                int cdus = 0;
                for (const Cdu &c : h.cooling.cdus)
                    cdus += c.loop == l.id ? 1 : 0;
                QVERIFY2(cdus >= 2,
                         (hall + l.id + " has " + std::to_string(cdus) + " CDUs").c_str());
            }
        }
        QVERIFY2(h.cooling.air.has_value(), (hall + "no air").c_str());
        QVERIFY(h.cooling.air->redundantUnits.value_or(1) >= 1);
        // Every rack connected: both feeds of one pair, and a loop.
        std::map<std::string, std::string> pairOf;
        for (const Feed &f : h.power.feeds)
            pairOf[f.id] = f.pair;
        for (const Rack &r : h.racks) {
            QVERIFY2(rackIds.insert(r.id).second, ("duplicate rack id " + r.id).c_str());
            QCOMPARE(r.type, rackType.toStdString());
            QCOMPARE(r.feeds.size(), std::size_t(2));
            QVERIFY2(pairOf[r.feeds[0]] == pairOf[r.feeds[1]] && r.feeds[0] != r.feeds[1],
                     (hall + r.id).c_str());
            QVERIFY2(!r.loop.empty() || type.liquidShare() == 0,
                     (hall + r.id + " has no loop").c_str());
            QVERIFY(!r.phase.empty());
        }
    }
}

void TestCampusGenerator::deterministic()
{
    const auto a = generateCampus(spec(60), builtinCatalog());
    const auto b = generateCampus(spec(60), builtinCatalog());
    QVERIFY(a.ok() && b.ok());
    QVERIFY(*a == *b);
    const auto c = generateCampus(spec(61), builtinCatalog());
    QVERIFY(c.ok());
    QVERIFY(!(*a == *c));
}

void TestCampusGenerator::badSpecsAreRefused_data()
{
    QTest::addColumn<double>("itMw");
    QTest::addColumn<int>("halls");
    QTest::addColumn<QString>("rackType");
    QTest::addColumn<QString>("message");

    QTest::newRow("0 MW") << 0.0 << 0 << "gb300-nvl72"
                          << "--it-mw: must be more than 0";
    QTest::newRow("negative") << -5.0 << 0 << "gb300-nvl72"
                              << "--it-mw: must be more than 0";
    QTest::newRow("not a number") << std::nan("") << 0 << "gb300-nvl72"
                                  << "--it-mw";
    QTest::newRow("infinite") << HUGE_VAL << 0 << "gb300-nvl72"
                              << "--it-mw";
    QTest::newRow("unknown rack type") << 10.0 << 0 << "gb300"
                                       << "unknown rack type \"gb300\"";
    // 0.5 MW is 4 racks of 142 kW: 10 halls would leave 6 empty.
    QTest::newRow("more halls than racks") << 0.5 << 10 << "gb300-nvl72"
                                           << "--halls: 10 halls for 4 racks";
}

void TestCampusGenerator::badSpecsAreRefused()
{
    QFETCH(double, itMw);
    QFETCH(int, halls);
    QFETCH(QString, rackType);
    QFETCH(QString, message);
    const auto plan = generateCampus(spec(itMw, halls, rackType.toStdString()), builtinCatalog());
    QVERIFY(!plan.ok());
    const std::string text = plan.error().toString();
    QVERIFY2(text.find(message.toStdString()) != std::string::npos, text.c_str());
}

QTEST_GUILESS_MAIN(TestCampusGenerator)
#include "test_campus_generator.moc"
