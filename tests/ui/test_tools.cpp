// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The tools driven by QTest mouse and key events on the plan view, and the acceptance walk of
// issue 5: draw a hall, place racks, connect them, break a rule, undo it all, save, reopen.
#include "gui_test_support.h"

#include "core/edit/hall_objects.h"
#include "ui/document/plan_document.h"
#include "ui/main_window.h"
#include "ui/scene/coords.h"
#include "ui/scene/hall_scene.h"
#include "ui/scene/hall_view.h"
#include "ui/services/plan_lock.h"
#include "ui/services/recovery_store.h"
#include "ui/tools/draw_polygon_tool.h"
#include "ui/tools/place_cdu_tool.h"
#include "ui/tools/place_racks_tool.h"
#include "ui/tools/select_tool.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace hw;
using namespace hw::ui;

namespace {

/** Viewport pixel of a point in the current hall's metres. */
QPoint px(HallView *view, core::Vec2 p)
{
    return view->mapFromScene(view->fromWork(p));
}

void press(HallView *v, core::Vec2 p, Qt::KeyboardModifiers m = {})
{
    QTest::mousePress(v->viewport(), Qt::LeftButton, m, px(v, p));
}
void release(HallView *v, core::Vec2 p, Qt::KeyboardModifiers m = {})
{
    QTest::mouseRelease(v->viewport(), Qt::LeftButton, m, px(v, p));
}
void moveTo(HallView *v, core::Vec2 p, Qt::MouseButtons buttons = Qt::LeftButton)
{
    QMouseEvent e(QEvent::MouseMove, QPointF(px(v, p)),
                  v->viewport()->mapToGlobal(QPointF(px(v, p))), Qt::NoButton, buttons,
                  Qt::NoModifier);
    QCoreApplication::sendEvent(v->viewport(), &e);
}
void click(HallView *v, core::Vec2 p, Qt::KeyboardModifiers m = {})
{
    press(v, p, m);
    release(v, p, m);
}
void doubleClick(HallView *v, core::Vec2 p)
{
    QTest::mouseDClick(v->viewport(), Qt::LeftButton, {}, px(v, p));
}

} // namespace

class TestTools : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    test::ScriptedPrompts mPrompts;
    MainWindow *mWindow = nullptr;
    PlanDocument *mDoc = nullptr;
    HallView *mView = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        RecoveryStore::setDirectory(mDir.filePath(QStringLiteral("recovery")));
        PlanLock::setDirectory(mDir.filePath(QStringLiteral("locks")));
    }

    void init()
    {
        mWindow = new MainWindow(&mPrompts);
        mWindow->resize(1400, 900);
        mWindow->show();
        QVERIFY(QTest::qWaitForWindowExposed(mWindow));
        QVERIFY(mWindow->openFile(test::samplePath()));
        mDoc = mWindow->document();
        mView = mWindow->view();
    }

    void cleanup()
    {
        mDoc->markSaved();
        delete mWindow;
        mWindow = nullptr;
    }

    void doubleClickOpensHall()
    {
        QVERIFY(mDoc->currentHall().empty());
        const core::Hall &h = mDoc->plan().halls[1];
        const QPointF centre = mWindow->scene()->hallRect(h.id).center();
        QTest::mouseDClick(mView->viewport(), Qt::LeftButton, {}, mView->mapFromScene(centre));
        QCOMPARE(mDoc->currentHall(), h.id);
    }

    void clickShiftClickAndRubberBand()
    {
        mWindow->openHall("H1");
        const core::Hall &h = *mDoc->hall("H1");
        click(mView, h.racks[0].position);
        QCOMPARE(mDoc->selection().size(), std::size_t(1));
        QCOMPARE(mDoc->selection()[0].id, h.racks[0].id);
        click(mView, h.racks[5].position, Qt::ShiftModifier);
        QCOMPARE(mDoc->selection().size(), std::size_t(2));
        click(mView, h.racks[5].position, Qt::ControlModifier); // toggles it off
        QCOMPARE(mDoc->selection().size(), std::size_t(1));
        // Rubber band around the first two racks of the first row.
        const core::Vec2 a = h.racks[0].position, b = h.racks[1].position;
        const core::Vec2 from{std::min(a.x, b.x) - 0.45, std::min(a.y, b.y) - 0.8};
        const core::Vec2 to{std::max(a.x, b.x) + 0.45, std::max(a.y, b.y) + 0.8};
        press(mView, {from.x, from.y});
        QVERIFY(mDoc->selection().empty()); // a press on empty floor clears it
        moveTo(mView, {(from.x + to.x) / 2, (from.y + to.y) / 2});
        moveTo(mView, to);
        release(mView, to);
        QVERIFY(mDoc->selection().size() >= 2);
        for (const auto &r : mDoc->selection())
            QCOMPARE(r.kind, core::ObjectKind::Rack);
        // Escape clears the selection.
        QTest::keyClick(mView->viewport(), Qt::Key_Escape);
        QVERIFY(mDoc->selection().empty());
    }

    void dragMovesWithSnappingInOneStep()
    {
        mWindow->openHall("H1");
        mView->setSnap(true, 0.1);
        const core::Rack rack = mDoc->hall("H1")->racks[0];
        // Close enough that a pixel is well under the snap step.
        const QPointF at = mView->fromWork(rack.position);
        mView->zoomToRect(QRectF(at - QPointF(3, 3), QSizeF(6, 6)));
        const int steps = mDoc->undoStack()->count();
        press(mView, rack.position);
        for (int i = 1; i <= 6; ++i)
            moveTo(mView, {rack.position.x + 0.123 * i, rack.position.y + 0.05 * i});
        release(mView, {rack.position.x + 0.123 * 6, rack.position.y + 0.3});
        const core::Rack *moved = core::findObject<core::Rack>(*mDoc->hall("H1"), rack.id);
        QVERIFY(moved);
        QVERIFY(std::abs(moved->position.x - (rack.position.x + 0.7)) < 0.051);
        QVERIFY(std::abs(moved->position.y - (rack.position.y + 0.3)) < 0.051);
        // Snapped: the move is a multiple of 0.1 m.
        const double dx = (moved->position.x - rack.position.x) / 0.1;
        QVERIFY(std::abs(dx - std::round(dx)) < 1e-6);
        QCOMPARE(mDoc->undoStack()->count(), steps + 1);
        mDoc->undoStack()->undo();
        QCOMPARE(core::findObject<core::Rack>(*mDoc->hall("H1"), rack.id)->position, rack.position);
    }

    void arrowKeysNudge()
    {
        mWindow->openHall("H1");
        mView->setSnap(true, 0.1);
        const core::Rack rack = mDoc->hall("H1")->racks[0];
        mDoc->setSelection({{core::ObjectKind::Rack, "H1", rack.id}});
        mView->setFocus();
        QTest::keyClick(mView->viewport(), Qt::Key_Right);
        QTest::keyClick(mView->viewport(), Qt::Key_Up, Qt::ShiftModifier);
        const core::Rack *moved = core::findObject<core::Rack>(*mDoc->hall("H1"), rack.id);
        QVERIFY(std::abs(moved->position.x - rack.position.x - 0.1) < 1e-9);
        QVERIFY(std::abs(moved->position.y - rack.position.y - 1.0) < 1e-9);
    }

    void rotateDeleteDuplicateCopyPaste()
    {
        mWindow->openHall("H1");
        const core::Rack rack = mDoc->hall("H1")->racks[0];
        const std::size_t count = mDoc->hall("H1")->racks.size();
        mDoc->setSelection({{core::ObjectKind::Rack, "H1", rack.id}});
        mView->setFocus();
        QTest::keyClick(mView->viewport(), Qt::Key_R);
        QCOMPARE(core::findObject<core::Rack>(*mDoc->hall("H1"), rack.id)->rotation(),
                 (rack.rotation() + 90) % 360);
        QVERIFY(mWindow->duplicateSelection());
        QCOMPARE(mDoc->hall("H1")->racks.size(), count + 1);
        // Copy in H1, paste into H2: same coordinates, references H2 lacks dropped.
        mDoc->setSelection({{core::ObjectKind::Rack, "H1", rack.id}});
        mWindow->copySelection();
        mWindow->openHall("H2");
        const std::size_t h2 = mDoc->hall("H2")->racks.size();
        QVERIFY(mWindow->paste());
        QCOMPARE(mDoc->hall("H2")->racks.size(), h2 + 1);
        const core::Rack &pasted = mDoc->hall("H2")->racks.back();
        QCOMPARE(pasted.position, rack.position);
        QVERIFY(pasted.feeds.empty());
        QVERIFY(pasted.id.rfind("H2-R", 0) == 0);
        // Delete the pasted rack with the Delete key.
        mView->setFocus();
        QTest::keyClick(mView->viewport(), Qt::Key_Delete);
        QCOMPARE(mDoc->hall("H2")->racks.size(), h2);
    }

    void placeRacksToolPlacesARow()
    {
        mWindow->openHall("H1");
        mWindow->setTool(mWindow->placeRacksTool());
        mWindow->placeRacksTool()->setCount(5);
        const std::size_t count = mDoc->hall("H1")->racks.size();
        click(mView, {12.0, 18.9});
        QCOMPARE(mDoc->hall("H1")->racks.size(), count + 5);
        const auto &racks = mDoc->hall("H1")->racks;
        QVERIFY(std::abs(racks[count + 1].position.x - racks[count].position.x - 0.6) < 1e-9);
        QCOMPARE(mDoc->undoStack()->undoText(), QStringLiteral("Place 5 racks"));
        // Rotation by key, then a drop from the catalog places at the drop point.
        QTest::keyClick(mView->viewport(), Qt::Key_R);
        QCOMPARE(mWindow->placeRacksTool()->rotation(), 90);
        QVERIFY(mWindow->placeRacksTool()->placeAt({3.0, 10.0}));
        QCOMPARE(mDoc->hall("H1")->racks.back().rotation(), 90);
    }

    void polygonToolDrawsObstacleAndHall()
    {
        mWindow->openHall("H1");
        mView->setSnap(true, 0.1);
        mWindow->action(QStringLiteral("actionDrawObstacle"))->trigger();
        QCOMPARE(mView->tool(), static_cast<AbstractTool *>(mWindow->polygonTool()));
        const std::size_t before = mDoc->hall("H1")->obstacles.size();
        click(mView, {15, 15});
        click(mView, {16, 15});
        click(mView, {16, 16});
        click(mView, {15, 16}); // a double-click's first press adds the point
        doubleClick(mView, {15, 16});
        QCOMPARE(mDoc->hall("H1")->obstacles.size(), before + 1);
        QCOMPARE(mDoc->hall("H1")->obstacles.back().polygon.size(), std::size_t(4));
        // A self-intersecting polygon is refused and nothing changes.
        const int steps = mDoc->undoStack()->count();
        for (core::Vec2 p :
             {core::Vec2{2, 2}, core::Vec2{3, 3}, core::Vec2{3, 2}, core::Vec2{2, 3}})
            mWindow->polygonTool()->addPoint(p);
        QVERIFY(!mWindow->polygonTool()->finish());
        QCOMPARE(mDoc->undoStack()->count(), steps);
        mWindow->polygonTool()->cancel();

        mWindow->action(QStringLiteral("actionNewHall"))->trigger();
        QVERIFY(mDoc->currentHall().empty());
        const std::size_t halls = mDoc->plan().halls.size();
        for (core::Vec2 p :
             {core::Vec2{0, 40}, core::Vec2{30, 40}, core::Vec2{30, 60}, core::Vec2{0, 60}})
            mWindow->polygonTool()->addPoint(p);
        QVERIFY(mWindow->polygonTool()->finish());
        QCOMPARE(mDoc->plan().halls.size(), halls + 1);
        const core::Hall &nh = mDoc->plan().halls.back();
        QCOMPARE(mDoc->currentHall(), nh.id);
        QCOMPARE(nh.originOrZero(), (core::Vec2{0, 40}));
        QCOMPARE(nh.outline[2], (core::Vec2{30, 20}));
    }

    void vertexDragIsOneStep()
    {
        mWindow->openHall("H1");
        mView->setSnap(true, 0.5);
        mDoc->setSelection({{core::ObjectKind::Hall, "H1", "H1"}});
        const core::Polyline outline = mDoc->hall("H1")->outline;
        const int steps = mDoc->undoStack()->count();
        const core::Vec2 corner = outline[1];
        press(mView, corner);
        moveTo(mView, {corner.x + 0.7, corner.y});
        moveTo(mView, {corner.x + 2.1, corner.y});
        release(mView, {corner.x + 2.1, corner.y});
        QCOMPARE(mDoc->hall("H1")->outline[1], (core::Vec2{corner.x + 2.0, corner.y}));
        QCOMPARE(mDoc->undoStack()->count(), steps + 1);
    }

    void acceptanceWalk()
    {
        // Draw a hall, give it power and cooling, place 40 racks by hand, connect them, break a
        // rule and see it flagged, undo it all, save, reopen: nothing lost.
        const core::Plan original = mDoc->plan();
        mWindow->action(QStringLiteral("actionNewHall"))->trigger();
        for (core::Vec2 p :
             {core::Vec2{0, 50}, core::Vec2{40, 50}, core::Vec2{40, 80}, core::Vec2{0, 80}})
            mWindow->polygonTool()->addPoint(p);
        QVERIFY(mWindow->polygonTool()->finish());
        const std::string hall = mDoc->currentHall();
        mWindow->addSource();
        mWindow->addSource();
        mWindow->addFeedPair();
        mWindow->addLoop();
        const core::Hall &h = *mDoc->hall(hall);
        QCOMPARE(h.power.feeds.size(), std::size_t(2));
        QVERIFY(mWindow->placeCduTool()->placeAt({2, 27}));
        QVERIFY(mWindow->placeCduTool()->placeAt({4, 27}));
        mWindow->setTool(mWindow->placeRacksTool());
        mWindow->placeRacksTool()->setCount(10);
        for (int row = 0; row < 4; ++row)
            QVERIFY(mWindow->placeRacksTool()->placeAt({5.0, 5.0 + 5.0 * row}));
        QCOMPARE(mDoc->hall(hall)->racks.size(), std::size_t(40));
        mWindow->selectAll();
        QVERIFY(mWindow->connectSelectionTo({h.power.feeds[0].id, h.power.feeds[1].id},
                                            h.cooling.loops[0].id));
        QVERIFY(test::waitForAnalysis(mWindow->runner(), mDoc));
        const core::HallReport *report = mWindow->scene()->hallReport(hall);
        QVERIFY(report);
        QCOMPARE(report->metrics.rackCount, 40);
        const int errorsBefore = report->errors;
        // Break a rule: push one rack onto its neighbour.
        const core::Rack r0 = mDoc->hall(hall)->racks[0];
        mDoc->moveObjects(hall, {r0.id}, {}, {}, {0.3, 0}, 0);
        QVERIFY(test::waitForAnalysis(mWindow->runner(), mDoc));
        report = mWindow->scene()->hallReport(hall);
        QVERIFY(report->errors > errorsBefore);
        bool overlap = false;
        for (const auto &v : report->violations)
            overlap = overlap || v.code == "rack-overlap";
        QVERIFY(overlap);
        // Undo it all.
        while (mDoc->undoStack()->canUndo())
            mDoc->undoStack()->undo();
        QVERIFY(mDoc->plan() == original);
        // Redo, save, reopen.
        while (mDoc->undoStack()->canRedo())
            mDoc->undoStack()->redo();
        const core::Plan finalPlan = mDoc->plan();
        QVERIFY(mWindow->saveAs(mDir.filePath(QStringLiteral("walk.hallplan"))));
        MainWindow reopened(&mPrompts);
        mPrompts.openDespiteLock = true; // mWindow still has it open
        QVERIFY(reopened.openFile(mDir.filePath(QStringLiteral("walk.hallplan"))));
        QVERIFY(reopened.document()->plan() == finalPlan);
    }
};

QTEST_MAIN(TestTools)
#include "test_tools.moc"
