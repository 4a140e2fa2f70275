// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The failure what-if panel: what it shows is core::analyzeFailure() of the same set (the engine
// behind `evaluate --fail`), on the panel and on the plan; "Worst single failure" fails
// core::worstSingleFailure()'s first; results for an older plan or set are dropped; Clear
// restores normal operation.
#include "gui_test_support.h"

#include "core/engine/failure_analysis.h"
#include "core/engine/worst_failure.h"
#include "ui/english_plurals.h"
#include "ui/main_window.h"
#include "ui/panels/whatif_panel.h"
#include "ui/scene/hall_scene.h"
#include "ui/scene/hall_view.h"
#include "ui/scene/what_if_item.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include <set>

using namespace hw;
using namespace hw::ui;

namespace {

const std::vector<std::string> kFailed = {"H1-A1W-A", "H1-A1W-B", "H1-CDU1", "H1-CDU2"};

bool waitIdle(WhatIfPanel &panel, int ms = 10000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!panel.isBusy()) return true;
    }
    return false;
}

core::FailureReport engine(const core::Plan &plan, const std::vector<std::string> &ids)
{
    auto r = core::analyzeFailure(plan, core::builtinCatalog(), ids);
    if (!r.ok()) qFatal("analyzeFailure: %s", r.error().toString().c_str());
    return r.value();
}

QTreeWidgetItem *rowFor(QTreeWidget *list, const QString &id)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *hall = list->topLevelItem(i);
        for (int j = 0; j < hall->childCount(); ++j)
            if (hall->child(j)->text(0) == id) return hall->child(j);
    }
    return nullptr;
}

} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { EnglishPlurals::install(); }

    void checkedObjectsGiveTheEngineReport()
    {
        PlanDocument doc(test::samplePlan());
        HallScene scene(&doc);
        WhatIfPanel panel(&doc, &scene);
        doc.setCurrentHall("H1");
        QSignalSpy changed(&panel, &WhatIfPanel::whatIfChanged);
        // Check the four rows as a user would.
        for (const std::string &id : kFailed) {
            QTreeWidgetItem *row = rowFor(panel.list(), QString::fromStdString(id));
            QVERIFY2(row, id.c_str());
            row->setCheckState(0, Qt::Checked);
        }
        QCOMPARE(panel.failed(), kFailed);
        QVERIFY(waitIdle(panel));
        QVERIFY(panel.report());
        const core::FailureReport expected = engine(doc.plan(), kFailed);
        QVERIFY(*panel.report() == expected);
        QVERIFY(expected.racksDown > 0 && expected.racksThrottled > 0); // the test sees both
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.last().at(0).value<std::shared_ptr<const core::FailureReport>>() ==
                panel.report());

        // On the plan: exactly the engine's racks dark and throttled, with their kW.
        std::set<std::string> down, throttled;
        for (const auto &h : expected.halls) {
            down.insert(h.racksDown.begin(), h.racksDown.end());
            for (const auto &t : h.throttled) {
                throttled.insert(t.rack);
                QVERIFY(panel.overlay()->badge(t.rack).contains(
                    QLocale().toString(t.throttleKw, 'f', t.throttleKw < 10 ? 1 : 0)));
            }
        }
        QCOMPARE(panel.overlay()->darkRacks(), down);
        QCOMPARE(panel.overlay()->throttledRacks(), throttled);
        QCOMPARE(panel.overlay()->failedCdus(), (std::set<std::string>{"H1-CDU1", "H1-CDU2"}));
        QCOMPARE(panel.overlay()->failedFeeds(), (std::set<std::string>{"H1-A1W-A", "H1-A1W-B"}));
        QVERIFY(
            panel.summaryText().contains(QStringLiteral("%1 racks down").arg(expected.racksDown)));
    }

    void sourceFailsItsFeedsOnThePlan()
    {
        PlanDocument doc(test::samplePlan());
        HallScene scene(&doc);
        WhatIfPanel panel(&doc, &scene);
        panel.setFailed({"H1-UPS-A"});
        QVERIFY(waitIdle(panel));
        QVERIFY(*panel.report() == engine(doc.plan(), {"H1-UPS-A"}));
        std::set<std::string> feeds;
        for (const auto &f : doc.plan().hall("H1")->power.feeds)
            if (f.source == "H1-UPS-A" && f.path.size() >= 2) feeds.insert(f.id);
        QVERIFY(!feeds.empty());
        QCOMPARE(panel.overlay()->failedFeeds(), feeds);
    }

    void worstSingleFailureIsOneClick()
    {
        PlanDocument doc(test::samplePlan());
        HallScene scene(&doc);
        WhatIfPanel panel(&doc, &scene);
        auto *button = panel.list()->findChild<QToolButton *>(QStringLiteral("worst_H2"));
        QVERIFY(button);
        button->click();
        QVERIFY(waitIdle(panel, 60000));
        const auto worst = core::worstSingleFailure(doc.plan(), core::builtinCatalog(), "H2");
        QVERIFY(worst.ok() && !worst.value().ranked.empty());
        QCOMPARE(panel.failed(), std::vector<std::string>{worst.value().ranked.front().id});
        QVERIFY(panel.report());
        QVERIFY(*panel.report() == engine(doc.plan(), panel.failed()));
    }

    void staleResultsAreDropped()
    {
        PlanDocument doc(test::samplePlan());
        HallScene scene(&doc);
        WhatIfPanel panel(&doc, &scene);
        panel.setFailed(kFailed);
        // An edit before the result is back: that result is for the old plan.
        core::Rack r = doc.plan().hall("H1")->racks[8]; // on H1-L1, one of the throttled
        r.powerKw = 60;
        QVERIFY(doc.changeRacks("H1", {r}, QStringLiteral("Lower power")).ok());
        QVERIFY(waitIdle(panel));
        QVERIFY(panel.droppedResults() >= 1);
        QVERIFY(*panel.report() == engine(doc.plan(), kFailed));
        // A new set while a run is out drops that run too.
        const int dropped = panel.droppedResults();
        panel.setFailed({"H1-CDU1"});
        panel.setFailed({"H1-CDU1", "H1-CDU2"});
        QVERIFY(waitIdle(panel));
        QVERIFY(panel.droppedResults() > dropped);
        QVERIFY(*panel.report() == engine(doc.plan(), {"H1-CDU1", "H1-CDU2"}));
    }

    void removedObjectsLeaveTheSet()
    {
        PlanDocument doc(test::samplePlan());
        HallScene scene(&doc);
        WhatIfPanel panel(&doc, &scene);
        panel.setFailed({"H1-CDU1", "H1-CDU2"});
        QVERIFY(waitIdle(panel));
        QVERIFY(doc.removeObjects({{core::ObjectKind::Cdu, "H1", "H1-CDU2"}}).ok());
        QCOMPARE(panel.failed(), std::vector<std::string>{"H1-CDU1"});
        QVERIFY(waitIdle(panel));
        QVERIFY(*panel.report() == engine(doc.plan(), {"H1-CDU1"}));
    }

    void clearRestoresNormalOperation()
    {
        PlanDocument doc(test::samplePlan());
        HallScene scene(&doc);
        WhatIfPanel panel(&doc, &scene);
        panel.setFailed(kFailed);
        QVERIFY(waitIdle(panel));
        QSignalSpy changed(&panel, &WhatIfPanel::whatIfChanged);
        panel.clear();
        QVERIFY(!panel.report());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!changed.first().at(0).value<std::shared_ptr<const core::FailureReport>>());
        QVERIFY(panel.overlay()->darkRacks().empty());
        QVERIFY(panel.overlay()->throttledRacks().empty());
        QCOMPARE(rowFor(panel.list(), QStringLiteral("H1-CDU1"))->checkState(0), Qt::Unchecked);
    }

    void contextMenuOffersFeedAndSource()
    {
        PlanDocument doc(test::samplePlan());
        HallScene scene(&doc);
        WhatIfPanel panel(&doc, &scene);
        QMenu menu;
        QVERIFY(panel.addFailActions(&menu, {core::ObjectKind::Feed, "H1", "H1-A1W-A"}) >= 3);
        QStringList texts;
        for (QAction *a : menu.actions())
            texts << a->text();
        QVERIFY(texts.contains(QStringLiteral("Fail Feed H1-A1W-A")));
        QVERIFY(texts.contains(QStringLiteral("Fail Source H1-UPS-A (all its feeds)")));
        menu.actions().first()->trigger();
        QCOMPARE(panel.failed(), std::vector<std::string>{"H1-A1W-A"});
        QVERIFY(panel.toggleObjects({{core::ObjectKind::Feed, "H1", "H1-A1W-A"}}));
        QVERIFY(panel.failed().empty());
        QVERIFY(!panel.toggleObjects({{core::ObjectKind::Rack, "H1", "H1-R001"}}));
        QVERIFY(waitIdle(panel));
    }

    void rightClickOnTheMainWindowPlanOffersFail()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::ScriptedPrompts prompts;
        prompts.openDespiteLock = true; // another test may have the sample open
        MainWindow w(&prompts);
        w.resize(1200, 800);
        w.show();
        QVERIFY(w.openFile(test::samplePath()));
        w.openHall("H1");
        QApplication::processEvents();
        const QRectF cdu = w.scene()->objectsRect({{core::ObjectKind::Cdu, "H1", "H1-CDU1"}});
        w.view()->zoomToRect(cdu.adjusted(-3, -3, 3, 3));
        QApplication::processEvents();
        const QPoint at = w.view()->mapFromScene(cdu.center());
        QStringList offered;
        QTimer::singleShot(200, [&offered] {
            if (QWidget *popup = QApplication::activePopupWidget()) {
                for (QAction *a : popup->actions())
                    offered << a->text();
                auto *menu = qobject_cast<QMenu *>(popup);
                if (menu && !menu->actions().isEmpty()) menu->actions().first()->trigger();
                popup->close();
            }
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, at,
                                w.view()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(w.view()->viewport(), &event);
        QVERIFY2(offered.contains(QStringLiteral("Fail CDU H1-CDU1")),
                 qPrintable(offered.join(QStringLiteral(", "))));
        QCOMPARE(w.whatIfPanel()->failed(), std::vector<std::string>{"H1-CDU1"});
        // The keyboard toggle on the selection restores it.
        w.document()->setSelection({{core::ObjectKind::Cdu, "H1", "H1-CDU1"}});
        w.action(QStringLiteral("actionFailSelected"))->trigger();
        QVERIFY(w.whatIfPanel()->failed().empty());
        QVERIFY(waitIdle(*w.whatIfPanel()));
    }
};

QTEST_MAIN(TestWhatIf)
#include "test_what_if.moc"
