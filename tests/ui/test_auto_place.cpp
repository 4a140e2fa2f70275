// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The auto-place dialog: the engine runs in the background on a snapshot, the proposal is
// previewed, Apply is one undoable step, a stale proposal is dropped, Stop returns early.
#include "gui_test_support.h"

#include "ui/dialogs/auto_place_dialog.h"
#include "ui/document/plan_document.h"
#include "ui/main_window.h"
#include "ui/services/plan_lock.h"
#include "ui/services/recovery_store.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QUndoStack>
#include <QtTest>

using namespace hw;
using namespace hw::ui;

class TestAutoPlace : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    test::ScriptedPrompts mPrompts;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        RecoveryStore::setDirectory(mDir.filePath(QStringLiteral("recovery")));
        PlanLock::setDirectory(mDir.filePath(QStringLiteral("locks")));
    }

    void placePreviewApplyUndo()
    {
        MainWindow w(&mPrompts);
        QVERIFY(w.openFile(test::samplePath()));
        const core::Plan before = w.document()->plan();
        AutoPlaceDialog *dialog = w.showAutoPlace();
        QVERIFY(dialog);
        // Make room: remove half of H3's racks, then ask for 10.
        std::vector<core::ObjectRef> remove;
        const core::Hall &h3 = *w.document()->hall("H3");
        for (std::size_t i = 0; i < h3.racks.size() / 2; ++i)
            remove.push_back({core::ObjectKind::Rack, "H3", h3.racks[i].id});
        QVERIFY(w.document()->removeObjects(remove).ok());
        const core::Plan trimmed = w.document()->plan();
        const std::size_t racks = w.document()->hall("H3")->racks.size();
        dialog->setRequest("H3", "gb300-nvl72", 10);
        QSignalSpy done(dialog, &AutoPlaceDialog::finishedRun);
        dialog->start();
        // Running until the result is delivered, even once the worker is done: CI once saw a
        // fast worker finish before this check while finishedRun was still queued.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        QVERIFY(dialog->isRunning());
        QCOMPARE(done.count(), 0);
        QVERIFY(done.wait(60000) || done.count() == 1);
        QVERIFY(!dialog->isRunning());
        QVERIFY2(dialog->result().has_value(), qPrintable(dialog->statusText()));
        QVERIFY(dialog->result()->placed > 0);
        QVERIFY(dialog->statusText().contains(QStringLiteral("Upper bound")));
        QVERIFY(w.document()->plan() == trimmed); // a proposal only
        const int steps = w.document()->undoStack()->count();
        const std::size_t proposed = dialog->result()->racks.size();
        QVERIFY(dialog->apply());
        QCOMPARE(w.document()->hall("H3")->racks.size(), racks + proposed);
        QCOMPARE(w.document()->undoStack()->count(), steps + 1);
        w.document()->undoStack()->undo();
        QVERIFY(w.document()->plan() == trimmed);
        w.document()->undoStack()->undo();
        QVERIFY(w.document()->plan() == before);
        w.document()->markSaved();
    }

    // Issue 9: without a tenant the reserved capacity stays free (7 racks, as place --max); for
    // Acme its own 3 reserved racks are usable (10) and Apply fulfils its reservation RES-1 in
    // the same undo step; Beta's reservation is untouched.
    void placeForTenantUsesItsReservation()
    {
        MainWindow w(&mPrompts);
        QVERIFY(w.openFile(QStringLiteral(HW_TEST_DATA_DIR "/tenants_energy.json")));
        const core::Plan before = w.document()->plan();
        AutoPlaceDialog *dialog = w.showAutoPlace();
        QSignalSpy done(dialog, &AutoPlaceDialog::finishedRun);
        auto run = [&](const std::string &tenant) {
            dialog->setRequest("H1", "gb300-nvl72", std::nullopt);
            dialog->setTenant(tenant);
            const int seen = int(done.count());
            dialog->start();
            return done.wait(60000) || done.count() > seen;
        };
        QVERIFY(run(""));
        QVERIFY2(dialog->result().has_value(), qPrintable(dialog->statusText()));
        QCOMPARE(dialog->result()->placed, 7);
        QVERIFY(run("T-ACME"));
        QVERIFY2(dialog->result().has_value(), qPrintable(dialog->statusText()));
        QCOMPARE(dialog->result()->placed, 10);
        for (const core::Rack &r : dialog->result()->racks)
            QCOMPARE(r.tenant, std::string("T-ACME"));
        const int steps = w.document()->undoStack()->count();
        QVERIFY(dialog->apply());
        QCOMPARE(w.document()->undoStack()->count(), steps + 1);
        const core::Plan &after = w.document()->plan();
        QCOMPARE(after.halls[0].racks.size(), std::size_t(11));
        QCOMPARE(after.reservations.size(), std::size_t(1));
        QCOMPARE(after.reservations[0], before.reservations[1]); // Beta's, whole
        w.document()->undoStack()->undo();
        QVERIFY(w.document()->plan() == before);
        w.document()->markSaved();
    }

    void staleProposalIsDropped()
    {
        MainWindow w(&mPrompts);
        QVERIFY(w.openFile(test::samplePath()));
        AutoPlaceDialog *dialog = w.showAutoPlace();
        dialog->setRequest("H1", "gb300-nvl72", std::nullopt);
        QSignalSpy done(dialog, &AutoPlaceDialog::finishedRun);
        dialog->start();
        QVERIFY(done.wait(60000) || done.count() == 1);
        // An edit after the run: the proposal no longer applies.
        const core::Hall &h = *w.document()->hall("H1");
        w.document()->moveObjects("H1", {h.racks[0].id}, {}, {}, {0.1, 0}, 0);
        QVERIFY(!dialog->result().has_value());
        QVERIFY(!dialog->apply());
        w.document()->markSaved();
    }

    void stopReturnsEarly()
    {
        MainWindow w(&mPrompts);
        QVERIFY(w.openFile(test::samplePath()));
        AutoPlaceDialog *dialog = w.showAutoPlace();
        dialog->setRequest("H2", "gb300-nvl72", std::nullopt);
        QSignalSpy done(dialog, &AutoPlaceDialog::finishedRun);
        dialog->start();
        dialog->cancel();
        QVERIFY(done.wait(60000) || done.count() == 1);
        QVERIFY(!dialog->isRunning());
        w.document()->markSaved();
    }
};

QTEST_MAIN(TestAutoPlace)
#include "test_auto_place.moc"
