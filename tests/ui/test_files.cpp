// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Open, save, autosave and recovery, the second-instance warning and the unsaved-work prompt,
// through MainWindow's API with scripted prompts (no modal dialog).
#include "gui_test_support.h"

#include "core/io/plan_files.h"
#include "ui/document/plan_document.h"
#include "ui/main_window.h"
#include "ui/services/plan_lock.h"
#include "ui/services/recovery_store.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace hw;
using namespace hw::ui;

class TestFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

    QString path(const char *name) const { return mDir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(mDir.isValid());
        RecoveryStore::setDirectory(mDir.filePath(QStringLiteral("recovery")));
        PlanLock::setDirectory(mDir.filePath(QStringLiteral("locks")));
    }

    void openSaveReopenLosesNothing()
    {
        test::ScriptedPrompts prompts;
        MainWindow w(&prompts);
        QVERIFY(w.openFile(test::samplePath()));
        const core::Plan original = w.document()->plan();
        QVERIFY(!w.document()->isModified());
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("campus.json")));
        // Edit, then save as .hallplan (the default format).
        const core::Hall &h = original.halls[0];
        w.document()->moveObjects(h.id, {h.racks[0].id}, {}, {}, {0.5, 0}, 0);
        QVERIFY(w.document()->isModified());
        QVERIFY(w.isWindowModified());
        const core::Plan edited = w.document()->plan();
        QVERIFY(w.saveAs(path("plan")));
        QCOMPARE(w.document()->filePath(), path("plan.hallplan"));
        QVERIFY(!w.document()->isModified());
        QVERIFY(!w.isWindowModified());
        // Export JSON leaves the document's file alone.
        QVERIFY(w.exportJson(path("export.json")));
        QCOMPARE(w.document()->filePath(), path("plan.hallplan"));

        MainWindow again(&prompts);
        prompts.openDespiteLock = true; // `w` still has it open
        QVERIFY(again.openFile(path("plan.hallplan")));
        QVERIFY(prompts.asked.contains(QStringLiteral("lock")));
        QVERIFY(again.document()->plan() == edited);
        MainWindow third(&prompts);
        QVERIFY(third.openFile(path("export.json")));
        QVERIFY(third.document()->plan() == edited);
        // Save goes to the same file and keeps it valid.
        again.document()->moveObjects(h.id, {h.racks[1].id}, {}, {}, {0.5, 0}, 0);
        QVERIFY(again.save());
        auto reread = core::loadPlan(QFile::encodeName(path("plan.hallplan")).toStdString(),
                                     core::builtinCatalog());
        QVERIFY(reread.ok());
        QVERIFY(reread.value() == again.document()->plan());
        again.document()->markSaved();
        third.document()->markSaved();
        w.document()->markSaved();
    }

    void badFilesAreRefusedWithAMessage()
    {
        test::ScriptedPrompts prompts;
        MainWindow w(&prompts);
        QFile bad(path("bad.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(
            "{ \"format\": \"hallwright-plan\", \"version\": 1, \"halls\": [ { \"id\": 3 } ] }");
        bad.close();
        const core::Plan before = w.document()->plan();
        QVERIFY(!w.openFile(path("bad.json")));
        QCOMPARE(prompts.asked.size(), 1);
        QVERIFY(prompts.asked[0].startsWith(QStringLiteral("error: ")));
        QVERIFY(prompts.asked[0].contains(QStringLiteral("halls[0]")));
        QVERIFY(w.document()->plan() == before);
        QVERIFY(!w.openFile(path("missing.json")));
        QVERIFY(!w.openFile(path("notes.txt")));
        // Saving where nothing can be written reports it and keeps the document modified.
        w.document()->markModified();
        QVERIFY(!w.saveAs(QStringLiteral("/proc/hallwright-cannot-write/plan.hallplan")));
        QVERIFY(w.document()->isModified());
        w.document()->markSaved();
    }

    void secondInstanceIsWarned()
    {
        test::ScriptedPrompts prompts;
        MainWindow first(&prompts);
        QVERIFY(first.saveAs(path("shared.hallplan")));
        MainWindow second(&prompts);
        prompts.openDespiteLock = false;
        QVERIFY(!second.openFile(path("shared.hallplan")));
        QVERIFY(prompts.asked.contains(QStringLiteral("lock")));
        prompts.asked.clear();
        prompts.openDespiteLock = true;
        QVERIFY(second.openFile(path("shared.hallplan")));
        QVERIFY(prompts.asked.contains(QStringLiteral("lock")));
    }

    void unsavedWorkPrompt()
    {
        test::ScriptedPrompts prompts;
        MainWindow w(&prompts);
        QVERIFY(w.openFile(test::samplePath()));
        QVERIFY(w.maybeSave()); // nothing to save: no question
        QVERIFY(prompts.asked.isEmpty());
        const core::Hall &h = w.document()->plan().halls[0];
        w.document()->moveObjects(h.id, {h.racks[0].id}, {}, {}, {0.5, 0}, 0);
        prompts.saveChoice = Prompts::SaveChoice::Cancel;
        QVERIFY(!w.maybeSave());
        prompts.saveChoice = Prompts::SaveChoice::Save;
        prompts.saveName = path("prompted.hallplan");
        QVERIFY(w.maybeSave()); // a .json plan saves as .hallplan: asks for the name
        QVERIFY(QFile::exists(path("prompted.hallplan")));
        QVERIFY(!w.document()->isModified());
        QCOMPARE(prompts.asked.count(QStringLiteral("save")), 2);
    }

    void autosaveAndRecoverAfterACrash()
    {
        test::ScriptedPrompts prompts;
        core::Plan edited;
        {
            auto *crashed = new MainWindow(&prompts);
            QVERIFY(crashed->openFile(test::samplePath()));
            const core::Hall &h = crashed->document()->plan().halls[0];
            crashed->document()->moveObjects(h.id, {h.racks[0].id}, {}, {}, {1.0, 0}, 0);
            edited = crashed->document()->plan();
            QVERIFY(crashed->autosaveNow());
            QTRY_VERIFY(crashed->recoveryStore()->hasCopy());
            // While it runs, its copy is not an orphan.
            QVERIFY(RecoveryStore::orphans().isEmpty());
            // A crash: the process dies without discarding. Simulate by releasing the lock only.
            const QString copy = crashed->recoveryStore()->planFile();
            QFile::copy(copy, copy + QStringLiteral(".keep"));
            QFile::copy(copy.left(copy.size() - 5) + QStringLiteral(".info"),
                        copy + QStringLiteral(".info.keep"));
            crashed->document()->markSaved();
            delete crashed; // discards; put the files back as a crash would have left them
            QFile::rename(copy + QStringLiteral(".keep"), copy);
            QFile::rename(copy + QStringLiteral(".info.keep"),
                          copy.left(copy.size() - 5) + QStringLiteral(".info"));
        }
        QCOMPARE(RecoveryStore::orphans().size(), 1);
        MainWindow next(&prompts);
        prompts.recover = true;
        QVERIFY(next.offerRecovery());
        QVERIFY(prompts.asked.contains(QStringLiteral("recover")));
        QVERIFY(next.document()->plan() == edited);
        QVERIFY(next.document()->isModified());
        QCOMPARE(next.document()->filePath(), QFileInfo(test::samplePath()).absoluteFilePath());
        QVERIFY(RecoveryStore::orphans().isEmpty());
        next.document()->markSaved();
    }
};

QTEST_MAIN(TestFiles)
#include "test_files.moc"
