// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The capacity dashboard in the main window: its charts are the latest analysis for the scope
// (the hall being edited by default), they follow an edit, a what-if switches the power and
// cooling charts to the failure's figures, the timeline and the scenario comparison arrive off
// the UI thread with stale results dropped. Presentation mode: slides, navigation by keys,
// slide export.
#include "gui_test_support.h"

#include "core/engine/evaluate.h"
#include "core/engine/failure_analysis.h"
#include "core/engine/phase_timeline.h"
#include "core/engine/scenario_compare.h"
#include "ui/charts/chart_widget.h"
#include "ui/charts/dashboard_panel.h"
#include "ui/main_window.h"
#include "ui/panels/violations_panel.h"
#include "ui/presentation/presentation_window.h"

#include <QAction>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace hw;
using namespace hw::ui;

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    test::ScriptedPrompts mPrompts;

    std::unique_ptr<MainWindow> openSample()
    {
        auto w = std::make_unique<MainWindow>(&mPrompts);
        w->resize(1400, 900);
        w->show();
        mPrompts.openDespiteLock = true;
        if (!w->openFile(test::samplePath())) qFatal("cannot open the sample");
        if (!test::waitForAnalysis(w->runner(), w->document())) qFatal("no analysis");
        QCoreApplication::processEvents();
        return w;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void actionsAreWired()
    {
        auto w = openSample();
        QAction *dashboard = w->action(QStringLiteral("actionDashboard"));
        QAction *present = w->action(QStringLiteral("actionPresent"));
        QVERIFY(dashboard && present);
        QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));
        QVERIFY(!w->dashboardPanel()->isVisible());
        QTRY_VERIFY(w->violationsPanel()->height() < 250); // the default: the plan gets the room
        const int before = w->violationsPanel()->height();
        dashboard->trigger();
        QVERIFY(w->dashboardPanel()->isVisible());
        QTRY_VERIFY(w->dashboardPanel()->height() > before); // charts take more room
        dashboard->trigger();
        QVERIFY(!w->dashboardPanel()->isVisible());
        // Closing it gives the room back: the violations list is as high as before.
        QTRY_COMPARE(w->violationsPanel()->height(), before);
    }

    void chartsFollowScopeAndEdits()
    {
        auto w = openSample();
        DashboardPanel *d = w->dashboardPanel();
        d->show();
        d->raise();
        QCoreApplication::processEvents();
        const core::Plan &plan = w->document()->plan();
        const std::string h1 = plan.halls[0].id, h2 = plan.halls[1].id;

        // The site, then the hall being edited.
        QCOMPARE(d->scopeHall(), std::string());
        QVERIFY(d->chart(ChartKind::Feeds)->data() ==
                feedsChart(w->runner()->latest()->report, {}));
        w->openHall(h2);
        QCOMPARE(d->scopeHall(), h2);
        QCOMPARE(d->chart(ChartKind::LoopHeat)->data().hall, h2);
        d->setScope(h1);
        w->openHall(h2);
        QCOMPARE(d->scopeHall(), h1); // a chosen scope stays
        d->setScope(std::nullopt);
        QCOMPARE(d->scopeHall(), h2);

        // An edit: remove half the racks of the hall; the charts show the new report.
        const core::EvaluationReport before = w->runner()->latest()->report;
        const core::Hall &hall = *w->document()->hall(h2);
        std::vector<core::ObjectRef> remove;
        for (std::size_t i = 0; i < hall.racks.size() / 2; ++i)
            remove.push_back({core::ObjectKind::Rack, h2, hall.racks[i].id});
        QSignalSpy refreshed(d, &DashboardPanel::refreshed);
        QVERIFY(w->document()->removeObjects(remove).ok());
        QVERIFY(test::waitForAnalysis(w->runner(), w->document()));
        QVERIFY(refreshed.count() >= 1);
        const core::EvaluationReport after =
            core::evaluate(w->document()->plan(), core::builtinCatalog());
        QVERIFY(d->chart(ChartKind::Feeds)->data() == feedsChart(after, h2));
        QVERIFY(!(d->chart(ChartKind::Feeds)->data() == feedsChart(before, h2)));
        QVERIFY(d->chart(ChartKind::Headroom)->data() == headroomChart(after, h2));
        QVERIFY(d->chart(ChartKind::DensityKw)->data() ==
                densityChart(after, ChartKind::DensityKw));
        // What the widget draws is the new load.
        const ChartData &feeds = d->chart(ChartKind::Feeds)->data();
        QCOMPARE(d->chart(ChartKind::Feeds)->barValues(QStringLiteral("Normal load")).front(),
                 feeds.series.front().values.front());
    }

    void hiddenDashboardCatchesUpWhenShown()
    {
        auto w = openSample();
        DashboardPanel *d = w->dashboardPanel();
        QVERIFY(!d->isVisible());
        const core::Hall &hall = w->document()->plan().halls[0];
        QVERIFY(w->document()
                    ->removeObjects({{core::ObjectKind::Rack, hall.id, hall.racks[0].id}})
                    .ok());
        QVERIFY(test::waitForAnalysis(w->runner(), w->document()));
        w->action(QStringLiteral("actionDashboard"))->trigger();
        QCoreApplication::processEvents();
        QVERIFY(d->isVisible());
        const core::EvaluationReport now =
            core::evaluate(w->document()->plan(), core::builtinCatalog());
        QVERIFY(d->chart(ChartKind::Stranded)->data() == strandedChart(now, {}));
        QVERIFY(d->chart(ChartKind::Sources)->data() == sourcesChart(now, {}));
    }

    void whatIfSwitchesPowerAndCooling()
    {
        auto w = openSample();
        DashboardPanel *d = w->dashboardPanel();
        d->show();
        d->raise();
        QCoreApplication::processEvents();
        const core::Hall &hall = w->document()->plan().halls[0];
        w->openHall(hall.id);
        const std::string feed = hall.power.feeds[0].id, cdu = hall.cooling.cdus[0].id;
        auto f = core::analyzeFailure(w->document()->plan(), core::builtinCatalog(), {feed, cdu});
        QVERIFY(f.ok());
        auto failure = std::make_shared<const core::FailureReport>(f.value());
        const core::EvaluationReport &r = w->runner()->latest()->report;

        d->setWhatIf(failure);
        QVERIFY(d->chart(ChartKind::Feeds)->data() == feedsChart(r, hall.id, failure.get()));
        QVERIFY(d->chart(ChartKind::Feeds)->data().whatIf);
        QVERIFY(d->chart(ChartKind::LoopHeat)->data() == loopHeatChart(r, hall.id, failure.get()));
        QVERIFY(d->chart(ChartKind::Sources)->data() == sourcesChart(r, hall.id, failure.get()));
        QVERIFY(d->chart(ChartKind::Feeds)
                    ->legendNames()
                    .contains(QStringLiteral("Under the what-if failure")));
        QVERIFY(d->chart(ChartKind::Feeds)
                    ->categoryLabels()
                    .front()
                    .contains(QStringLiteral("failed")));
        QVERIFY(d->chart(ChartKind::Feeds)->title().contains(QString::fromStdString(cdu)));
        auto *banner = d->findChild<QLabel *>(QStringLiteral("whatIfBanner"));
        QVERIFY(banner && !banner->isHidden());
        QVERIFY(banner->text().contains(QString::number(failure->racksThrottled)));

        d->setWhatIf(nullptr);
        QVERIFY(d->chart(ChartKind::Feeds)->data() == feedsChart(r, hall.id));
        QVERIFY(banner->isHidden());
    }

    void timelineOffThreadDropsStale()
    {
        auto w = openSample();
        DashboardPanel *d = w->dashboardPanel();
        d->show();
        d->raise();
        QCoreApplication::processEvents();
        QSignalSpy ready(d, &DashboardPanel::timelineReady);
        d->showPage(DashboardPanel::Page::Timeline);
        QVERIFY(d->isComputing());
        // Edit while it runs: that result is for an old revision and must be dropped.
        const core::Hall &hall = w->document()->plan().halls[2];
        w->document()->moveObjects(hall.id, {hall.racks[0].id}, {}, {}, {0.2, 0}, 0);
        QVERIFY(test::waitForAnalysis(w->runner(), w->document()));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 60000);
        QVERIFY(d->droppedJobs() >= 1);
        QVERIFY(d->timeline());
        const core::PhaseTimeline t =
            core::phaseTimeline(w->document()->plan(), core::builtinCatalog());
        QVERIFY(*d->timeline() == t);
        QVERIFY(d->chart(ChartKind::Timeline)->data() == timelineChart(t, d->scopeHall()));
        QCOMPARE(d->chart(ChartKind::Timeline)->data().runOut, t.runOut);
    }

    void scenariosOffThread()
    {
        auto w = openSample();
        mPrompts.openDespiteLock = true;
        QVERIFY(w->openFile(QStringLiteral(HW_TEST_DATA_DIR "/scenarios.json")));
        QVERIFY(test::waitForAnalysis(w->runner(), w->document()));
        DashboardPanel *d = w->dashboardPanel();
        d->show();
        d->raise();
        QCoreApplication::processEvents();
        QSignalSpy ready(d, &DashboardPanel::comparisonReady);
        d->showPage(DashboardPanel::Page::Scenarios);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 60000);
        const core::ScenarioComparison c =
            core::compareScenarios(w->document()->plan(), core::builtinCatalog());
        QVERIFY(d->chart(ChartKind::ScenarioPower)->data() ==
                scenarioChart(c, ChartKind::ScenarioPower));
        QCOMPARE(d->chart(ChartKind::ScenarioHeadroom)->categoryLabels().size(),
                 qsizetype(c.scenarios.size()));
    }

    void presentationNavigatesAndExports()
    {
        auto w = openSample();
        w->action(QStringLiteral("actionPresent"))->trigger();
        QPointer<PresentationWindow> p = w->findChild<PresentationWindow *>();
        QVERIFY(p);
        QVERIFY(p->isVisible());
        const std::size_t halls = w->document()->plan().halls.size();
        QVERIFY(p->slideCount() > int(halls) + 5);
        QCOMPARE(p->currentSlide(), 0);
        QCOMPARE(p->slideTitle(0), QString::fromStdString(w->document()->plan().name));
        QCOMPARE(p->slideTitle(1).left(4), QStringLiteral("Hall"));

        QTest::keyClick(p, Qt::Key_Right);
        QCOMPARE(p->currentSlide(), 1);
        QTest::keyClick(p, Qt::Key_Space);
        QCOMPARE(p->currentSlide(), 2);
        QTest::keyClick(p, Qt::Key_PageDown);
        QCOMPARE(p->currentSlide(), 3);
        QTest::keyClick(p, Qt::Key_PageUp);
        QTest::keyClick(p, Qt::Key_Left);
        QCOMPARE(p->currentSlide(), 1);
        QCOMPARE(p->counterText().right(QString::number(p->slideCount()).size() + 4),
                 QStringLiteral("2 / %1").arg(p->slideCount()));
        // The counter's text ends at the right margin, however wide the layout makes its label.
        const QLabel *counter = p->findChild<QLabel *>(QStringLiteral("slideCounter"));
        QVERIFY(counter);
        QVERIFY(counter->alignment() & Qt::AlignRight);
        QCOMPARE(counter->mapTo(p.data(), QPoint(counter->width(), 0)).x(), p->width() - 24);
        QTest::keyClick(p, Qt::Key_End);
        QCOMPARE(p->currentSlide(), p->slideCount() - 1);
        QTest::keyClick(p, Qt::Key_Right); // stays on the last
        QCOMPARE(p->currentSlide(), p->slideCount() - 1);
        QTest::keyClick(p, Qt::Key_Home);
        QCOMPARE(p->currentSlide(), 0);
        QTest::keyClick(p, Qt::Key_Left); // stays on the first
        QCOMPARE(p->currentSlide(), 0);

        // The timeline slide arrives off the UI thread (the campus has phases).
        QTRY_VERIFY_WITH_TIMEOUT(!p->isComputing(), 60000);
        bool timeline = false;
        for (int i = 0; i < p->slideCount(); ++i)
            timeline = timeline || p->slideTitle(i).startsWith(QStringLiteral("Build-out"));
        QVERIFY(timeline);

        // Export the hall slide.
        QTest::keyClick(p, Qt::Key_Right);
        QTemporaryDir dir;
        QString error;
        const QString png = dir.filePath(QStringLiteral("slide.png"));
        QVERIFY2(p->exportSlide(png, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.width(), 3508); // 297 mm at 300 dpi
        QVERIFY(image.height() > 1000);
        const QString svg = dir.filePath(QStringLiteral("slide.svg"));
        QVERIFY2(p->exportSlide(svg, &error), qPrintable(error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader reader(&f);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));

        QTest::keyClick(p, Qt::Key_Escape);
        QTRY_VERIFY(p.isNull());
    }
};

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
