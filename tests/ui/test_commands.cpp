// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Every undo command: redo then undo restores the plan exactly (Plan::operator==), redo again
// gives the expected plan, merged drags are one step, refused edits leave no trace.
#include "gui_test_support.h"

#include "core/edit/hall_objects.h"
#include "core/edit/rack_ops.h"
#include "ui/commands/add_remove_hall_objects.h"
#include "ui/commands/change_hall_objects.h"
#include "ui/commands/macro_guard.h"
#include "ui/document/plan_document.h"

#include <QUndoStack>
#include <QtTest>

using namespace hw;
using namespace hw::ui;

namespace {

/** Undo back to the start, check equality, redo all, check equality with `after`. */
void checkRoundTrip(PlanDocument &doc, const core::Plan &before)
{
    const core::Plan after = doc.plan();
    QUndoStack *stack = doc.undoStack();
    while (stack->canUndo())
        stack->undo();
    QVERIFY(doc.plan() == before);
    while (stack->canRedo())
        stack->redo();
    QVERIFY(doc.plan() == after);
    while (stack->canUndo())
        stack->undo();
    QVERIFY(doc.plan() == before);
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

    PlanDocument *mDoc = nullptr;
    core::Plan mBefore;
    std::string mHall;

private Q_SLOTS:
    void init()
    {
        mDoc = new PlanDocument(test::samplePlan());
        mBefore = mDoc->plan();
        mHall = mBefore.halls.front().id;
    }
    void cleanup() { delete mDoc; }

    void addRacks()
    {
        core::Rack r;
        r.id = "H1-NEW1";
        r.type = "gb300-nvl72";
        r.position = {20, 18};
        QVERIFY(mDoc->addRacks(mHall, {r}, QStringLiteral("Place")).ok());
        QCOMPARE(mDoc->undoStack()->count(), 1);
        QCOMPARE(mDoc->hall(mHall)->racks.back().id, std::string("H1-NEW1"));
        checkRoundTrip(*mDoc, mBefore);
    }

    void addRacksRefusesBadInput()
    {
        core::Rack r;
        r.id = mBefore.halls[1].racks.front().id; // in use in another hall
        r.type = "gb300-nvl72";
        QVERIFY(!mDoc->addRacks(mHall, {r}, QStringLiteral("x")).ok());
        r.id = "H1-NEW";
        r.type = "gb300"; // unknown type
        const core::Status s = mDoc->addRacks(mHall, {r}, QStringLiteral("x"));
        QVERIFY(!s.ok());
        QVERIFY(QString::fromStdString(s.error().toString()).contains(QStringLiteral("gb300")));
        QCOMPARE(mDoc->undoStack()->count(), 0);
        QVERIFY(mDoc->plan() == mBefore);
    }

    void removeRacksRestoresOrder()
    {
        const auto &racks = mBefore.halls.front().racks;
        QVERIFY(mDoc->removeObjects({{core::ObjectKind::Rack, mHall, racks[3].id},
                                     {core::ObjectKind::Rack, mHall, racks[0].id}})
                    .ok());
        QCOMPARE(mDoc->hall(mHall)->racks.size(), racks.size() - 2);
        QCOMPARE(mDoc->undoStack()->count(), 1);
        checkRoundTrip(*mDoc, mBefore);
    }

    void removeFeedDisconnectsRacksInOneStep()
    {
        const core::Hall &h = mBefore.halls.front();
        const std::string feed = h.power.feeds.front().id;
        const std::string loop = h.cooling.loops.front().id;
        QVERIFY(mDoc->removeObjects({{core::ObjectKind::Feed, mHall, feed},
                                     {core::ObjectKind::Loop, mHall, loop}})
                    .ok());
        QCOMPARE(mDoc->undoStack()->count(), 1); // one macro
        for (const core::Rack &r : mDoc->hall(mHall)->racks) {
            QVERIFY(std::find(r.feeds.begin(), r.feeds.end(), feed) == r.feeds.end());
            QVERIFY(r.loop != loop);
        }
        for (const core::Cdu &c : mDoc->hall(mHall)->cooling.cdus)
            QVERIFY(c.loop != loop);
        QCOMPARE(QString::fromStdString(mDoc->checkHall(*mDoc->hall(mHall)).ok() ? "" : "invalid"),
                 QString());
        checkRoundTrip(*mDoc, mBefore);
    }

    void removeHall()
    {
        QVERIFY(mDoc->removeObjects({{core::ObjectKind::Hall, mHall, mHall}}).ok());
        QCOMPARE(mDoc->plan().halls.size(), mBefore.halls.size() - 1);
        checkRoundTrip(*mDoc, mBefore);
    }

    void addHall()
    {
        core::Hall h;
        h.id = "H9";
        h.outline = core::rectangle({0, 0}, 30, 20);
        h.origin = core::Vec2{200, 0};
        QVERIFY(mDoc->addHall(h).ok());
        QVERIFY(mDoc->plan().hall("H9"));
        checkRoundTrip(*mDoc, mBefore);
        core::Hall bad = h;
        bad.outline = {{0, 0}, {10, 10}, {10, 0}, {0, 10}}; // self-intersecting
        QVERIFY(!mDoc->addHall(bad).ok());
    }

    void changeRacksRotateAndConnect()
    {
        const core::Hall &h = mBefore.halls.front();
        auto racks = core::objectsById<core::Rack>(h, {h.racks[0].id, h.racks[1].id});
        QVERIFY(
            mDoc->changeRacks(mHall, core::rotatedRacks(racks, 1), QStringLiteral("Rotate")).ok());
        QVERIFY(mDoc->changeRacks(
                        mHall,
                        core::connectedRacks(racks, {h.power.feeds[2].id}, h.cooling.loops[1].id),
                        QStringLiteral("Connect"))
                    .ok());
        QCOMPARE(mDoc->undoStack()->count(), 2);
        checkRoundTrip(*mDoc, mBefore);
    }

    void changeRefusedWithReason()
    {
        const core::Hall &h = mBefore.halls.front();
        auto feeds = core::objectsById<core::Feed>(h, {h.power.feeds[0].id});
        feeds[0].capacityKw = -5;
        const core::Status s = mDoc->changeFeeds(mHall, feeds, QStringLiteral("x"));
        QVERIFY(!s.ok());
        QVERIFY2(
            QString::fromStdString(s.error().toString()).contains(QStringLiteral("capacityKw")),
            s.error().toString().c_str());
        auto racks = core::objectsById<core::Rack>(h, {h.racks[0].id});
        racks[0].feeds = {"NOPE"};
        QVERIFY(!mDoc->changeRacks(mHall, racks, QStringLiteral("x")).ok());
        QCOMPARE(mDoc->undoStack()->count(), 0);
        QVERIFY(mDoc->plan() == mBefore);
    }

    void otherObjectKinds()
    {
        const core::Hall &h = mBefore.halls.front();
        auto sources = core::objectsById<core::Source>(h, {h.power.sources[0].id});
        sources[0].capacityKw = 4000;
        QVERIFY(mDoc->changeSources(mHall, sources, QStringLiteral("s")).ok());
        auto loops = core::objectsById<core::Loop>(h, {h.cooling.loops[0].id});
        loops[0].deltaTK = 8;
        QVERIFY(mDoc->changeLoops(mHall, loops, QStringLiteral("l")).ok());
        auto cdus = core::objectsById<core::Cdu>(h, {h.cooling.cdus[0].id});
        cdus[0].capacityKw = 1000;
        QVERIFY(mDoc->changeCdus(mHall, cdus, QStringLiteral("c")).ok());
        auto obstacles = core::objectsById<core::Obstacle>(h, {h.obstacles[0].id});
        obstacles[0].kind = "shaft";
        QVERIFY(mDoc->changeObstacles(mHall, obstacles, QStringLiteral("o")).ok());
        core::Source s;
        s.id = "H1-UPS-X";
        QVERIFY(mDoc->addSources(mHall, {s}, QStringLiteral("add")).ok());
        core::Loop l;
        l.id = "H1-LX";
        QVERIFY(mDoc->addLoops(mHall, {l}, QStringLiteral("add")).ok());
        core::Cdu c;
        c.id = "H1-CDUX";
        c.loop = "H1-LX";
        c.type = "incdu-1350";
        c.position = {22, 2};
        QVERIFY(mDoc->addCdus(mHall, {c}, QStringLiteral("add")).ok());
        core::Feed f;
        f.id = "H1-FX";
        f.capacityKw = 500;
        QVERIFY(mDoc->addFeeds(mHall, {f}, QStringLiteral("add")).ok());
        core::Obstacle o;
        o.id = "H1-OX";
        o.kind = "column";
        o.polygon = core::rectangle({15, 15}, 0.5, 0.5);
        QVERIFY(mDoc->addObstacles(mHall, {o}, QStringLiteral("add")).ok());
        QCOMPARE(mDoc->undoStack()->count(), 9);
        checkRoundTrip(*mDoc, mBefore);
    }

    void hallAndPlanProperties()
    {
        core::HallProperties p = core::hallProperties(mBefore.halls.front());
        p.name = "Renamed";
        p.rules.wallClearanceM = 0.8;
        p.outline[1].x += 1;
        QVERIFY(mDoc->changeHallProperties(mHall, p, QStringLiteral("hall")).ok());
        core::PlanProperties pp = core::planProperties(mBefore);
        pp.pue = 1.3;
        QVERIFY(mDoc->changePlanProperties(pp, QStringLiteral("pue")).ok());
        QCOMPARE(mDoc->undoStack()->count(), 2);
        checkRoundTrip(*mDoc, mBefore);
        p.rules.wallClearanceM = -1;
        QVERIFY(!mDoc->changeHallProperties(mHall, p, QStringLiteral("bad")).ok());
        QCOMPARE(mDoc->undoStack()->count(), 2);
    }

    void mergedDragIsOneStep()
    {
        const core::Hall &h = mBefore.halls.front();
        const std::vector<std::string> racks{h.racks[0].id, h.racks[1].id};
        const std::vector<std::string> cdus{h.cooling.cdus[0].id};
        const int session = mDoc->newMergeSession();
        for (int i = 0; i < 10; ++i)
            mDoc->moveObjects(mHall, racks, cdus, {}, {0.1, 0.0}, session);
        QCOMPARE(mDoc->undoStack()->count(), 1);
        QCOMPARE(mDoc->hall(mHall)->racks[0].position.x, h.racks[0].position.x + 1.0);
        // A second drag is a second step.
        mDoc->moveObjects(mHall, racks, {}, {}, {0, 1}, mDoc->newMergeSession());
        QCOMPARE(mDoc->undoStack()->count(), 2);
        checkRoundTrip(*mDoc, mBefore);
    }

    void dragBackToStartLeavesNoStep()
    {
        const core::Hall &h = mBefore.halls.front();
        const int session = mDoc->newMergeSession();
        mDoc->moveObjects(mHall, {h.racks[0].id}, {}, {}, {0.5, 0}, session);
        mDoc->moveObjects(mHall, {h.racks[0].id}, {}, {}, {-0.5, 0}, session);
        QVERIFY(mDoc->plan() == mBefore);
        QCOMPARE(mDoc->undoStack()->count(), 0);
    }

    void mergedVertexDrag()
    {
        const int session = mDoc->newMergeSession();
        core::HallProperties p = core::hallProperties(mBefore.halls.front());
        for (int i = 0; i < 5; ++i) {
            p.outline[2].x += 0.2;
            QVERIFY(mDoc->changeHallProperties(mHall, p, QStringLiteral("vertex"), session).ok());
        }
        QCOMPARE(mDoc->undoStack()->count(), 1);
        checkRoundTrip(*mDoc, mBefore);
    }

    void macroGuardGroups()
    {
        const core::Hall &h = mBefore.halls.front();
        {
            MacroGuard guard(mDoc->undoStack(), QStringLiteral("Two edits"));
            mDoc->moveObjects(mHall, {h.racks[0].id}, {}, {}, {1, 0}, 0);
            mDoc->moveObjects(mHall, {h.racks[1].id}, {}, {}, {1, 0}, 0);
        }
        QCOMPARE(mDoc->undoStack()->count(), 1);
        checkRoundTrip(*mDoc, mBefore);
    }

    void changesAnnounceTouchedObjects()
    {
        std::vector<ChangeEvent> events;
        connect(mDoc, &PlanDocument::changed, this,
                [&](const ChangeEvent &e) { events.push_back(e); });
        const quint64 rev = mDoc->revision();
        const core::Hall &h = mBefore.halls.front();
        mDoc->moveObjects(mHall, {h.racks[0].id}, {}, {}, {1, 0}, 0);
        QCOMPARE(events.size(), std::size_t(1));
        QVERIFY(events[0].touches(ChangeEvent::Racks));
        QVERIFY(!events[0].structural());
        QCOMPARE(events[0].halls, std::vector<std::string>{mHall});
        QCOMPARE(events[0].objects, std::vector<std::string>{h.racks[0].id});
        QVERIFY(mDoc->revision() > rev);
    }
};

QTEST_MAIN(TestCommands)
#include "test_commands.moc"
