// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Incremental evaluation (issue 3 item 7): after thousands of seeded random edits inside one hall
// (add, move, remove, reconnect a rack; change a feed's capacity; add or remove a CDU), the
// updated report equals a full evaluate() of the same plan exactly, and only that hall was
// evaluated again.
#include "core/engine/evaluate.h"
#include "core/engine/incremental_evaluator.h"
#include "core/io/builtin_catalog.h"
#include "core/model/plan.h"

#include "support/plan_builder.h"

#include <QtTest>

#include <random>
#include <string>

using namespace hw::core;
using namespace hw::test;

namespace {

/** A hall with 2 sources, 2 pairs, 2 loops of 3 CDUs, air, and `racks` racks in slots. */
Hall campusHall(const std::string &id, int racks)
{
    Hall h = makeHall(id);
    auto n = [&](const std::string &s) { return id + "-" + s; };
    h.power.sources = {makeSource(n("UPS-A"), 3000), makeSource(n("UPS-B"))};
    h.power.feeds = {
        makeFeed(n("A1"), n("UPS-A"), n("P1"), 900), makeFeed(n("B1"), n("UPS-B"), n("P1"), 900),
        makeFeed(n("A2"), n("UPS-A"), n("P2"), 900), makeFeed(n("B2"), n("UPS-B"), n("P2"), 900)};
    h.power.feeds[0].path = {{1, 4}, {14, 4}};
    h.cooling.loops = {makeLoop(n("L1")), makeLoop(n("L2"), "PG25", 2)};
    h.cooling.loops[0].maxPipeRunM = 30;
    for (int i = 0; i < 6; ++i)
        h.cooling.cdus.push_back(
            makeCdu(n(numbered("CDU", i + 1)), i < 3 ? n("L1") : n("L2"), cduSlot(i), 600, 900));
    Air a;
    a.unitKw = 100;
    a.units = 4;
    h.cooling.air = a;
    for (int i = 0; i < racks; ++i)
        h.racks.push_back(makeRack(n(numbered("R", i + 1)), rackSlot(i),
                                   i % 2 ? std::vector<std::string>{n("A1"), n("B1")}
                                         : std::vector<std::string>{n("A2"), n("B2")},
                                   i % 3 ? n("L1") : n("L2")));
    return h;
}

/** Applies one random edit to hall `h`, keeping the plan valid; returns what it did. */
class Editor
{
public:
    explicit Editor(unsigned seed) : mRng(seed) {}

    std::string edit(Hall &h)
    {
        switch (pick(7)) {
        case 0:
            return addRack(h);
        case 1:
            if (h.racks.empty()) return addRack(h);
            rack(h).position = randomPosition();
            return "move";
        case 2:
            if (h.racks.empty()) return addRack(h);
            h.racks.erase(h.racks.begin() + pick(int(h.racks.size())));
            return "remove rack";
        case 3:
            if (h.racks.empty()) return addRack(h);
            connect(h, rack(h));
            return "reconnect";
        case 4:
            h.power.feeds[std::size_t(pick(int(h.power.feeds.size())))].capacityKw =
                100.0 + pick(2000);
            return "feed capacity";
        case 5: {
            Cdu c = makeCdu(h.id + numbered("-CDU-X", ++mNext),
                            h.cooling.loops[std::size_t(pick(2))].id, randomPosition(),
                            100.0 + pick(1500), 200.0 + pick(2000));
            h.cooling.cdus.push_back(c);
            return "add CDU";
        }
        default:
            if (h.cooling.cdus.empty()) return "nothing";
            h.cooling.cdus.erase(h.cooling.cdus.begin() + pick(int(h.cooling.cdus.size())));
            return "remove CDU";
        }
    }

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(mRng); }

private:
    Rack &rack(Hall &h) { return h.racks[std::size_t(pick(int(h.racks.size())))]; }

    Vec2 randomPosition()
    {
        // Mostly the clean slots (so that figures stay meaningful), sometimes anywhere, which
        // also exercises the geometry rules.
        if (pick(4)) return rackSlot(pick(80));
        std::uniform_real_distribution<double> x(0.5, 39.5), y(0.5, 29.5);
        return {x(mRng), y(mRng)};
    }

    void connect(const Hall &h, Rack &r)
    {
        static const char *kFeeds[][2] = {{"A1", "B1"}, {"A2", "B2"}, {"A1", "A2"}, {"B1", "B2"}};
        const int choice = pick(6);
        r.feeds.clear();
        if (choice < 4) {
            r.feeds = {h.id + "-" + kFeeds[choice][0], h.id + "-" + kFeeds[choice][1]};
        } else if (choice == 4) {
            r.feeds = {h.id + "-A1"};
        }
        const int loop = pick(4);
        r.loop = loop < 2 ? h.cooling.loops[std::size_t(loop)].id
                          : (loop == 2 ? h.cooling.loops[0].id : "");
        r.powerKw = pick(5) == 0 ? std::optional<double>(60.0 + pick(100)) : std::nullopt;
    }

    std::string addRack(Hall &h)
    {
        static const char *kTypes[] = {"gb300-nvl72", "gb300-nvl72", "gb200-nvl72", "net-rack-20"};
        Rack r =
            makeRack(h.id + numbered("-RX", ++mNext), randomPosition(), {}, "", kTypes[pick(4)]);
        r.rotationDeg = 90 * pick(4);
        connect(h, r);
        h.racks.insert(h.racks.begin() + pick(int(h.racks.size()) + 1), r);
        return "add rack";
    }

    std::mt19937 mRng;
    int mNext = 0;
};

/** Where two reports differ first, for a readable failure. */
std::string firstDifference(const EvaluationReport &a, const EvaluationReport &b)
{
    if (a.plan != b.plan) return "plan name";
    if (a.halls.size() != b.halls.size()) return "hall count";
    for (std::size_t i = 0; i < a.halls.size(); ++i) {
        const HallReport &x = a.halls[i], &y = b.halls[i];
        if (x == y) continue;
        if (!(x.metrics == y.metrics)) return x.id + ": metrics";
        if (x.feeds != y.feeds || x.sources != y.sources || x.outages != y.outages)
            return x.id + ": power";
        if (x.loops != y.loops || x.air != y.air) return x.id + ": cooling";
        if (!(x.headroom == y.headroom) || !(x.stranded == y.stranded)) return x.id + ": headroom";
        if (x.violations != y.violations) return x.id + ": violations";
        return x.id + ": other";
    }
    return a.site == b.site ? std::string("nothing") : std::string("site");
}

} // namespace

class TestIncrementalEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void equalsFullEvaluationAfterRandomEdits();
    void tenThousandEdits();
    void resetsWhenTheEditReachesBeyondHalls();
    void withSpaceHeadroom();

private:
    /** `edits` random edits from `seed`; after each the update equals a full evaluation. */
    void checkRandomEdits(int edits, unsigned seed);
};

void TestIncrementalEvaluator::equalsFullEvaluationAfterRandomEdits()
{
    checkRandomEdits(2000, 20260126u);
}

void TestIncrementalEvaluator::tenThousandEdits()
{
    // Issue 8 item 5: the same equality over 10,000 edits from another seed. Run as the CTest
    // test incremental_at_scale (label slow), which sets HW_SCALE_TESTS.
    if (!qEnvironmentVariableIsSet("HW_SCALE_TESTS"))
        QSKIP("set HW_SCALE_TESTS (CTest: incremental_at_scale)");
    checkRandomEdits(10000, 8u);
}

void TestIncrementalEvaluator::checkRandomEdits(int edits, unsigned seed)
{
    Plan plan = makePlan({campusHall("H1", 12), campusHall("H2", 8), campusHall("H3", 0)});
    QCOMPARE(planProblems(plan), std::string());
    EvaluateOptions options;
    options.spaceHeadroom = false; // the placement engine is tested on its own; keep this fast
    IncrementalEvaluator inc(builtinCatalog(), options);
    QVERIFY(inc.reset(plan) == evaluate(plan, builtinCatalog(), options));
    QCOMPARE(inc.lastEvaluatedHalls(), std::size_t(3));

    Editor editor(seed);
    std::map<std::string, int> done;
    const int kEdits = edits;
    for (int i = 0; i < kEdits; ++i) {
        const std::size_t hall = std::size_t(editor.pick(3));
        const std::string what = editor.edit(plan.halls[hall]);
        done[what] += 1;
        if (i % 500 == 0) QCOMPARE(planProblems(plan), std::string());
        const EvaluationReport &updated = inc.update(plan, {hall});
        QCOMPARE(inc.lastEvaluatedHalls(), std::size_t(1));
        const EvaluationReport full = evaluate(plan, builtinCatalog(), options);
        QVERIFY2(updated == full,
                 qPrintable(QStringLiteral("edit %1 (%2 in hall %3): %4")
                                .arg(i)
                                .arg(QString::fromStdString(what))
                                .arg(hall)
                                .arg(QString::fromStdString(firstDifference(updated, full)))));
    }
    QCOMPARE(planProblems(plan), std::string());
    // Every kind of edit happened many times.
    for (const char *kind :
         {"add rack", "move", "remove rack", "reconnect", "feed capacity", "add CDU", "remove CDU"})
        QVERIFY2(done[kind] > kEdits / 14, kind);
    // The edits produced findings of many kinds, so the comparison was not of empty reports.
    int violations = 0;
    for (const HallReport &h : inc.report().halls)
        violations += int(h.violations.size());
    QVERIFY(violations > 0);
}

void TestIncrementalEvaluator::resetsWhenTheEditReachesBeyondHalls()
{
    Plan plan = makePlan({campusHall("H1", 4), campusHall("H2", 4)});
    EvaluateOptions options;
    options.spaceHeadroom = false;
    IncrementalEvaluator inc(builtinCatalog(), options);
    inc.reset(plan);
    // A PUE change touches every hall's facility kW: a full re-evaluation.
    plan.assumptions.pue = 1.3;
    QVERIFY(inc.update(plan, {}) == evaluate(plan, builtinCatalog(), options));
    QCOMPARE(inc.lastEvaluatedHalls(), std::size_t(2));
    // A new hall: likewise.
    plan.halls.push_back(campusHall("H3", 2));
    QVERIFY(inc.update(plan, {2}) == evaluate(plan, builtinCatalog(), options));
    QCOMPARE(inc.lastEvaluatedHalls(), std::size_t(3));
    // A plan catalog entry (a rack type's power) changes every hall using it.
    RackType t = *builtinCatalog().rackType("gb300-nvl72");
    t.maxKw = 150;
    plan.catalog.rackTypes.push_back(t);
    QVERIFY(inc.update(plan, {}) == evaluate(plan, builtinCatalog(), options));
    QCOMPARE(inc.lastEvaluatedHalls(), std::size_t(3));
    HW_COMPARE_NEAR(inc.report().halls[0].metrics.itKw, 4 * 150.0, 1e-9);
}

void TestIncrementalEvaluator::withSpaceHeadroom()
{
    // The same equality with space headroom on, over fewer edits (placement is the costly part).
    Plan plan = makePlan({campusHall("H1", 6), campusHall("H2", 3)});
    IncrementalEvaluator inc(builtinCatalog());
    inc.reset(plan);
    Editor editor(7u);
    for (int i = 0; i < 40; ++i) {
        const std::size_t hall = std::size_t(editor.pick(2));
        editor.edit(plan.halls[hall]);
        const EvaluationReport &updated = inc.update(plan, {hall});
        QCOMPARE(inc.lastEvaluatedHalls(), std::size_t(1));
        QVERIFY2(updated == evaluate(plan, builtinCatalog()), qPrintable(QString::number(i)));
    }
}

QTEST_GUILESS_MAIN(TestIncrementalEvaluator)
#include "test_incremental_evaluator.moc"
