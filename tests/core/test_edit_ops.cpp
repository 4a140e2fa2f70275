// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The Qt-free mutation operations of core/edit: each returns what its inverse needs, and applying
// the inverse restores the plan exactly (compared with Plan::operator==).
#include "core/edit/hall_objects.h"
#include "core/edit/hall_ops.h"
#include "core/edit/rack_ops.h"
#include "core/engine/plan_validator.h"
#include "core/io/builtin_catalog.h"

#include <QtTest>

using namespace hw;
using namespace hw::core;

namespace {

// Small self-contained builders (the shared test support is for engine tests).
namespace mk {
Hall hall(const std::string &id)
{
    Hall h;
    h.id = id;
    h.name = "Hall " + id;
    h.outline = {{0, 0}, {40, 0}, {40, 30}, {0, 30}};
    return h;
}
Vec2 rackSlot(int i)
{
    return {2.3 + 0.6 * (i % 20), 4.0 + 5.0 * (i / 20)};
}
Vec2 cduSlot(int i)
{
    return {2.0 + 2.0 * i, 27.0};
}
Rack rack(const std::string &id, Vec2 p, std::vector<std::string> feeds,
          const std::string &loop = {})
{
    Rack r;
    r.id = id;
    r.type = "gb300-nvl72";
    r.position = p;
    r.feeds = std::move(feeds);
    r.loop = loop;
    return r;
}
Source source(const std::string &id, double kw)
{
    Source s;
    s.id = id;
    s.capacityKw = kw;
    return s;
}
Feed feed(const std::string &id, const std::string &source, const std::string &pair, double kw)
{
    Feed f;
    f.id = id;
    f.source = source;
    f.pair = pair;
    f.capacityKw = kw;
    return f;
}
Loop loop(const std::string &id)
{
    Loop l;
    l.id = id;
    return l;
}
Cdu cdu(const std::string &id, const std::string &loop, Vec2 p)
{
    Cdu c;
    c.id = id;
    c.loop = loop;
    c.position = p;
    c.widthM = 1.2;
    c.depthM = 1.2;
    c.capacityKw = 1350;
    c.maxFlowLpm = 2000;
    return c;
}
std::string problems(const Plan &plan)
{
    std::string out;
    for (const Problem &p : validatePlan(plan, builtinCatalog()))
        out += p.toString() + "\n";
    return out;
}
} // namespace mk

Plan samplePlan()
{
    Hall h = mk::hall("H1");
    h.power.sources = {mk::source("UPS-A", 3000), mk::source("UPS-B", 3000)};
    h.power.feeds = {mk::feed("A1", "UPS-A", "P1", 900), mk::feed("B1", "UPS-B", "P1", 900)};
    h.cooling.loops = {mk::loop("L1")};
    h.cooling.cdus = {mk::cdu("CDU-1", "L1", mk::cduSlot(0)),
                      mk::cdu("CDU-2", "L1", mk::cduSlot(1))};
    for (int i = 0; i < 6; ++i)
        h.racks.push_back(
            mk::rack("H1-R" + std::to_string(i + 1), mk::rackSlot(i), {"A1", "B1"}, "L1"));
    Hall h2 = mk::hall("H2");
    h2.racks.push_back(mk::rack("H2-R1", mk::rackSlot(0), {}));
    Plan p;
    p.name = "Test plan";
    p.halls = {h, h2};
    return p;
}

} // namespace

class TestEditOps : public QObject
{
    Q_OBJECT

private slots:
    void insertAndRemoveRestoreExactly()
    {
        Plan plan = samplePlan();
        const Plan before = plan;
        auto removed = removeObjects<Rack>(plan, "H1", {"H1-R5", "H1-R2"});
        QVERIFY(removed.ok());
        QCOMPARE(removed->size(), std::size_t(2));
        QCOMPARE((*removed)[0].index, std::size_t(1)); // ascending index order
        QCOMPARE((*removed)[1].index, std::size_t(4));
        QCOMPARE(plan.hall("H1")->racks.size(), std::size_t(4));
        QVERIFY(insertObjects<Rack>(plan, "H1", *removed).ok());
        QVERIFY(plan == before);
    }

    void refusesBadInput()
    {
        Plan plan = samplePlan();
        const Plan before = plan;
        QVERIFY(!removeObjects<Rack>(plan, "H1", {"nope"}).ok());
        QVERIFY(!removeObjects<Rack>(plan, "H9", {"H1-R1"}).ok());
        // An id used in another hall is refused (ids are plan-wide).
        Rack dup = mk::rack("H2-R1", mk::rackSlot(10), {});
        QVERIFY(!insertObjects<Rack>(plan, "H1", {{0, dup}}).ok());
        Rack fresh = mk::rack("NEW", mk::rackSlot(10), {});
        QVERIFY(!insertObjects<Rack>(plan, "H1", {{99, fresh}}).ok());
        QVERIFY(!insertObjects<Rack>(plan, "H1", {{0, fresh}, {0, fresh}}).ok());
        QVERIFY(plan == before);
        QVERIFY(!replaceObjects<Rack>(plan, "H1", {fresh}).ok());
        QVERIFY(plan == before);
    }

    void replaceReturnsOldValues()
    {
        Plan plan = samplePlan();
        const Plan before = plan;
        const Hall &h = *plan.hall("H1");
        auto racks = objectsById<Rack>(h, {"H1-R3", "H1-R1"});
        QCOMPARE(racks[0].id, std::string("H1-R3"));
        auto moved = movedRacks(racks, {1.5, -0.25});
        auto old = replaceObjects<Rack>(plan, "H1", moved);
        QVERIFY(old.ok());
        QCOMPARE(plan.hall("H1")->racks[2].position.x, mk::rackSlot(2).x + 1.5);
        QVERIFY(replaceObjects<Rack>(plan, "H1", *old).ok());
        QVERIFY(plan == before);
    }

    void rotateTurnsAsAGroup()
    {
        std::vector<Rack> row = {mk::rack("a", {0, 0}, {}), mk::rack("b", {2, 0}, {})};
        auto turned = rotatedRacks(row, 1);
        QCOMPARE(turned[0].position.x, 1.0);
        QCOMPARE(turned[0].position.y, -1.0);
        QCOMPARE(turned[1].position.y, 1.0);
        QCOMPARE(turned[0].rotation(), 90);
        auto back = rotatedRacks(turned, -1);
        QCOMPARE(back[0].rotation(), 0);
        QCOMPARE(back[1].position.x, 2.0);
        QCOMPARE(back[1].position.y, 0.0);
        auto one = rotatedRacks({mk::rack("c", {5, 5}, {})}, 3);
        QCOMPARE(one[0].position, (Vec2{5, 5}));
        QCOMPARE(one[0].rotation(), 270);
    }

    void connectSetsFeedsAndLoop()
    {
        std::vector<Rack> racks = {mk::rack("a", {0, 0}, {"X"}, "L0")};
        auto c = connectedRacks(racks, {"A1", "B1"}, "L1");
        QCOMPARE(c[0].feeds, (std::vector<std::string>{"A1", "B1"}));
        QCOMPARE(c[0].loop, std::string("L1"));
        auto keep = connectedRacks(racks, {"A1"}, "");
        QCOMPARE(keep[0].loop, std::string("L0"));
        auto clear = connectedRacks(racks, {}, "", true);
        QVERIFY(clear[0].loop.empty());
    }

    void rowPositionsFollowRotation()
    {
        auto p = rowPositions({1, 1}, 0, 0.6, 3);
        QCOMPARE(p.size(), std::size_t(3));
        QCOMPARE(p[2].x, 1 + 1.2);
        auto q = rowPositions({1, 1}, 90, 0.6, 2);
        QCOMPARE(q[1].y, 1.6);
        QCOMPARE(q[1].x, 1.0);
    }

    void freshIdsCountOn()
    {
        Plan plan = samplePlan();
        auto ids = freshIds(plan, ObjectKind::Rack, "H1-R", 3);
        QCOMPARE(ids, (std::vector<std::string>{"H1-R7", "H1-R8", "H1-R9"}));
        auto padded = freshIds(plan, ObjectKind::Rack, "H3-R", 2, 4);
        QCOMPARE(padded, (std::vector<std::string>{"H3-R0001", "H3-R0002"}));
        // Padded like the ids already there, whatever `digits` asks for.
        plan.halls[0].racks[0].id = "H1-R007";
        QCOMPARE(freshIds(plan, ObjectKind::Rack, "H1-R", 2, 4),
                 (std::vector<std::string>{"H1-R008", "H1-R009"}));
        QVERIFY(idInUse(plan, ObjectKind::Feed, "A1"));
        QVERIFY(!idInUse(plan, ObjectKind::Feed, "A2"));
        QVERIFY(idInUse(plan, ObjectKind::Hall, "H2"));
    }

    void pasteDropsReferencesTheHallLacks()
    {
        Plan plan = samplePlan();
        auto racks = objectsById<Rack>(*plan.hall("H1"), {"H1-R1"});
        racks[0].phase = "P9";
        auto pasted = racksForPaste(racks, {"H2-R2"}, {0, 1}, *plan.hall("H2"), {"P1"});
        QCOMPARE(pasted[0].id, std::string("H2-R2"));
        QVERIFY(pasted[0].feeds.empty());
        QVERIFY(pasted[0].loop.empty());
        QVERIFY(pasted[0].phase.empty());
        QCOMPARE(pasted[0].position.y, mk::rackSlot(0).y + 1);
        auto same = racksForPaste(racks, {"H1-R99"}, {}, *plan.hall("H1"), {"P9"});
        QCOMPARE(same[0].feeds.size(), std::size_t(2));
        QCOMPARE(same[0].phase, std::string("P9"));
    }

    void hallPropertiesSwapExactly()
    {
        Plan plan = samplePlan();
        const Plan before = plan;
        Hall &h = *plan.hall("H1");
        HallProperties p = hallProperties(h);
        p.name = "Renamed";
        p.rules.wallClearanceM = 2.0;
        p.topology = "distributed";
        HallProperties old = swapHallProperties(h, p);
        QCOMPARE(h.name, std::string("Renamed"));
        QCOMPARE(*h.power.topology, std::string("distributed"));
        swapHallProperties(h, old);
        QVERIFY(plan == before);
        PlanProperties pp = planProperties(plan);
        pp.pue = 1.3;
        PlanProperties oldPlan = swapPlanProperties(plan, pp);
        QCOMPARE(*plan.assumptions.pue, 1.3);
        swapPlanProperties(plan, oldPlan);
        QVERIFY(plan == before);
    }

    void hallsInsertAndRemove()
    {
        Plan plan = samplePlan();
        const Plan before = plan;
        auto removed = removeHall(plan, "H1");
        QVERIFY(removed.ok());
        QCOMPARE(removed->index, std::size_t(0));
        QCOMPARE(plan.halls.size(), std::size_t(1));
        QVERIFY(insertHall(plan, *removed).ok());
        QVERIFY(plan == before);
        QVERIFY(!insertHall(plan, *removed).ok()); // the id is in use now
        Hall clash = mk::hall("H3");
        clash.racks.push_back(mk::rack("H1-R1", {3, 3}, {}));
        QVERIFY(!insertHall(plan, {2, clash}).ok()); // a rack id in use elsewhere
        QVERIFY(!removeHall(plan, "H9").ok());
    }

    void polygonVertexEdits()
    {
        const Polyline square = rectangle({0, 0}, 10, 5);
        QCOMPARE(square.size(), std::size_t(4));
        QCOMPARE(square[2], (Vec2{10, 5}));
        auto moved = movedVertex(square, 1, {12, 0});
        QCOMPARE(moved[1], (Vec2{12, 0}));
        auto inserted = insertedVertex(square, 1, {5, -1});
        QCOMPARE(inserted.size(), std::size_t(5));
        QCOMPARE(inserted[1], (Vec2{5, -1}));
        auto removed = removedVertex(inserted, 1);
        QVERIFY(removed.ok());
        QCOMPARE(*removed, square);
        Polyline tri = {{0, 0}, {1, 0}, {0, 1}};
        QVERIFY(!removedVertex(tri, 0).ok());
        QVERIFY(!removedVertex(square, 9).ok());
        QCOMPARE(movedPolyline(tri, {1, 1})[2], (Vec2{1, 2}));
    }

    void dependentsOfRemovalKeepThePlanValid()
    {
        Plan plan = samplePlan();
        const Hall &h = *plan.hall("H1");
        Dependents d = dependentsOfRemoval(h, {"A1"}, {"UPS-B"}, {"L1"});
        QCOMPARE(d.racks.size(), std::size_t(6));
        QCOMPARE(d.racks[0].feeds, std::vector<std::string>{"B1"});
        QVERIFY(d.racks[0].loop.empty());
        QCOMPARE(d.feeds.size(), std::size_t(1)); // B1: its pair is broken, its source goes
        QVERIFY(d.feeds[0].pair.empty());
        QVERIFY(d.feeds[0].source.empty());
        QCOMPARE(d.cdus, (std::vector<std::string>{"CDU-1", "CDU-2"}));

        // Applying the edits gives a plan the validator accepts.
        QVERIFY(replaceObjects<Rack>(plan, "H1", d.racks).ok());
        QVERIFY(replaceObjects<Feed>(plan, "H1", d.feeds).ok());
        QVERIFY(removeObjects<Cdu>(plan, "H1", d.cdus).ok());
        QVERIFY(removeObjects<Feed>(plan, "H1", {"A1"}).ok());
        QVERIFY(removeObjects<Source>(plan, "H1", {"UPS-B"}).ok());
        QVERIFY(removeObjects<Loop>(plan, "H1", {"L1"}).ok());
        QCOMPARE(QString::fromStdString(mk::problems(plan)), QString());
    }
};

QTEST_GUILESS_MAIN(TestEditOps)
#include "test_edit_ops.moc"
