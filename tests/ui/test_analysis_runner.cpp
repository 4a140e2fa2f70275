// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The analysis runner: results arrive for the current revision only (stale ones are dropped),
// bursts are coalesced, hall-local edits re-evaluate one hall, and the result equals a full
// evaluation of the same plan.
#include "gui_test_support.h"

#include "core/engine/evaluate.h"
#include "ui/services/analysis_runner.h"

#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <stdexcept>

using namespace hw;
using namespace hw::ui;

class TestAnalysisRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunIsFullAndMatchesEvaluate()
    {
        PlanDocument doc(test::samplePlan());
        AnalysisRunner runner(&doc);
        runner.runNow();
        QVERIFY(test::waitForAnalysis(&runner, &doc));
        QCOMPARE(runner.fullRuns(), 1);
        QVERIFY(runner.latest()->report == core::evaluate(doc.plan(), core::builtinCatalog()));
    }

    void hallLocalEditEvaluatesOneHall()
    {
        PlanDocument doc(test::samplePlan());
        AnalysisRunner runner(&doc);
        runner.runNow();
        QVERIFY(test::waitForAnalysis(&runner, &doc));
        const core::Hall &h = doc.plan().halls[1];
        doc.moveObjects(h.id, {h.racks[0].id}, {}, {}, {0.3, 0}, 0);
        QVERIFY(test::waitForAnalysis(&runner, &doc));
        QCOMPARE(runner.latest()->evaluatedHalls, 1);
        QCOMPARE(runner.fullRuns(), 1);
        QVERIFY(runner.latest()->report == core::evaluate(doc.plan(), core::builtinCatalog()));
    }

    void burstsAreCoalesced()
    {
        PlanDocument doc(test::samplePlan());
        AnalysisRunner runner(&doc);
        runner.runNow();
        QVERIFY(test::waitForAnalysis(&runner, &doc));
        const int before = runner.runs();
        const core::Hall &h = doc.plan().halls[0];
        const int session = doc.newMergeSession();
        for (int i = 0; i < 30; ++i)
            doc.moveObjects(h.id, {h.racks[0].id}, {}, {}, {0.1, 0}, session);
        QVERIFY(test::waitForAnalysis(&runner, &doc));
        QCOMPARE(runner.runs(), before + 1); // 30 edits within 150 ms: one evaluation
    }

    void staleResultsAreDropped()
    {
        PlanDocument doc(test::samplePlan());
        AnalysisRunner runner(&doc);
        runner.setDelay(0);
        QSignalSpy ready(&runner, &AnalysisRunner::analysisReady);
        runner.runNow();
        // Edit while the first evaluation runs: its result is for an old revision.
        const core::Hall &h = doc.plan().halls[0];
        for (int i = 0; i < 5; ++i) {
            doc.moveObjects(h.id, {h.racks[0].id}, {}, {}, {0.1, 0}, 0);
            QCoreApplication::processEvents();
        }
        QVERIFY(test::waitForAnalysis(&runner, &doc));
        for (const QList<QVariant> &args : ready) {
            const auto result = args.at(0).value<AnalysisResultPtr>();
            Q_UNUSED(result);
        }
        // Every delivered result was current when delivered; the last is the document's.
        QCOMPARE(runner.latest()->revision, doc.revision());
        QVERIFY(runner.runs() >= 2);
        QVERIFY(runner.droppedResults() + ready.count() <= runner.runs());
        QVERIFY(runner.latest()->report == core::evaluate(doc.plan(), core::builtinCatalog()));
    }

    void noResultForAnOldRevisionIsEverShown()
    {
        PlanDocument doc(test::samplePlan());
        AnalysisRunner runner(&doc);
        runner.setDelay(0);
        std::vector<std::pair<quint64, quint64>> delivered; // result revision, doc revision
        connect(&runner, &AnalysisRunner::analysisReady, this, [&](AnalysisResultPtr r) {
            delivered.push_back({r->revision, doc.revision()});
        });
        runner.runNow();
        const core::Hall &h = doc.plan().halls[2];
        for (int i = 0; i < 20; ++i) {
            doc.moveObjects(h.id, {h.racks[1].id}, {}, {}, {0, 0.05}, 0);
            QTest::qWait(1);
        }
        QVERIFY(test::waitForAnalysis(&runner, &doc));
        QVERIFY(!delivered.empty());
        for (const auto &[result, current] : delivered)
            QCOMPARE(result, current);
    }

    // An engine that throws on the worker is reported on the UI thread (analysisFailed, with
    // its message), not rethrown into the event loop; the previous result stays; no retry loop
    // on the same revision; the next edit evaluates again, in full, and clears the error.
    void engineFailureIsReportedNotThrown()
    {
        PlanDocument doc(test::samplePlan());
        AnalysisRunner runner(&doc);
        runner.setDelay(0);
        runner.runNow();
        QVERIFY(test::waitForAnalysis(&runner, &doc));
        const AnalysisResultPtr good = runner.latest();
        std::atomic<bool> fail{true};
        runner.setBeforeEvaluate([&fail](const core::Plan &) {
            if (fail) throw std::runtime_error("injected engine failure");
        });
        QSignalSpy failed(&runner, &AnalysisRunner::analysisFailed);
        const core::Hall &h = doc.plan().halls[0];
        doc.moveObjects(h.id, {h.racks[0].id}, {}, {}, {0, 0.1}, 0);
        QVERIFY(failed.wait(10000) || failed.count() == 1);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("injected engine failure"));
        QCOMPARE(runner.lastError(), QStringLiteral("injected engine failure"));
        QVERIFY(runner.latest() == good);
        const int runs = runner.runs();
        QTest::qWait(300);
        QCOMPARE(runner.runs(), runs); // no retry loop
        QVERIFY(!runner.isBusy());
        fail = false;
        const int fullRuns = runner.fullRuns();
        doc.moveObjects(h.id, {h.racks[0].id}, {}, {}, {0, -0.1}, 0);
        QVERIFY(test::waitForAnalysis(&runner, &doc));
        QCOMPARE(runner.fullRuns(), fullRuns + 1);
        QVERIFY(runner.lastError().isEmpty());
        QVERIFY(runner.latest()->report == core::evaluate(doc.plan(), core::builtinCatalog()));
    }
};

QTEST_MAIN(TestAnalysisRunner)
#include "test_analysis_runner.moc"
