// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The selection stays in step between the plan, the tree and the property editor; the property
// editor edits single and multiple objects and refuses invalid values with the reason.
#include "gui_test_support.h"

#include "core/edit/hall_objects.h"
#include "ui/document/plan_document.h"
#include "ui/main_window.h"
#include "ui/panels/plan_tree_model.h"
#include "ui/panels/plan_tree_panel.h"
#include "ui/panels/properties_panel.h"
#include "ui/panels/violations_panel.h"
#include "ui/scene/hall_scene.h"
#include "ui/scene/rack_item.h"
#include "ui/services/plan_lock.h"
#include "ui/services/recovery_store.h"

#include <QComboBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace hw;
using namespace hw::ui;

class TestSelectionSync : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    test::ScriptedPrompts mPrompts;
    MainWindow *mWindow = nullptr;
    PlanDocument *mDoc = nullptr;

    const PropertiesPanel::Row *row(const QString &label) const
    {
        for (const auto &r : mWindow->propertiesPanel()->rows()) {
            if (r.label == label) return &r;
        }
        return nullptr;
    }
    void settle() { QCoreApplication::processEvents(); }

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
        mWindow->show();
        QVERIFY(mWindow->openFile(test::samplePath()));
        mDoc = mWindow->document();
    }
    void cleanup()
    {
        mDoc->markSaved();
        delete mWindow;
    }

    void planToTreeAndProperties()
    {
        mWindow->openHall("H1");
        const core::Rack &r = mDoc->hall("H1")->racks[3];
        mDoc->setSelection({{core::ObjectKind::Rack, "H1", r.id}});
        settle();
        // The scene marks the item.
        QVERIFY(mWindow->scene()->rackItem("H1", r.id));
        // The tree selects the row.
        QTreeView *tree = mWindow->treePanel()->view();
        const QModelIndexList rows = tree->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].data().toString(), QString::fromStdString(r.id));
        // The property editor shows the rack.
        QVERIFY(row(QStringLiteral("Id")));
        QCOMPARE(row(QStringLiteral("Id"))->value, QString::fromStdString(r.id));
        QCOMPARE(row(QStringLiteral("Type"))->value, QString::fromStdString(r.type));
    }

    void treeToPlan()
    {
        PlanTreeModel *model = mWindow->treePanel()->model();
        const core::Feed &f = mDoc->hall("H2")->power.feeds[1];
        const QModelIndex index = model->indexOf({core::ObjectKind::Feed, "H2", f.id});
        QVERIFY(index.isValid());
        mWindow->treePanel()->view()->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        settle();
        QCOMPARE(mDoc->currentHall(), std::string("H2")); // its hall opened
        QCOMPARE(mDoc->selection().size(), std::size_t(1));
        QCOMPARE(mDoc->selection()[0].id, f.id);
        QVERIFY(row(QStringLiteral("Usable capacity (kW)")));
    }

    void propertyEditsAndRefusals()
    {
        mWindow->openHall("H1");
        const core::Feed f = mDoc->hall("H1")->power.feeds[0];
        mDoc->setSelection({{core::ObjectKind::Feed, "H1", f.id}});
        settle();
        PropertiesPanel *panel = mWindow->propertiesPanel();
        const int steps = mDoc->undoStack()->count();
        // Negative kW: refused, the reason names the field, nothing changes.
        core::Status s = panel->edit(QStringLiteral("Capacity (kW)"), QStringLiteral("-5"));
        QVERIFY(!s.ok());
        QVERIFY(panel->errorText().contains(QStringLiteral("capacityKw")));
        QVERIFY(panel->errorText().contains(QStringLiteral("-5")));
        QCOMPARE(mDoc->undoStack()->count(), steps);
        // Not a number.
        QVERIFY(!panel->edit(QStringLiteral("Capacity (kW)"), QStringLiteral("lots")).ok());
        QVERIFY(panel->errorText().contains(QStringLiteral("not a number")));
        // A good value: one undo step, the error goes.
        QVERIFY(panel->edit(QStringLiteral("Capacity (kW)"), QStringLiteral("1500")).ok());
        QCOMPARE(*core::findObject<core::Feed>(*mDoc->hall("H1"), f.id)->capacityKw, 1500.0);
        QCOMPARE(mDoc->undoStack()->count(), steps + 1);
        QVERIFY(panel->errorText().isEmpty());
        // Unknown rack type refused.
        const core::Rack r = mDoc->hall("H1")->racks[0];
        mDoc->setSelection({{core::ObjectKind::Rack, "H1", r.id}});
        settle();
        QVERIFY(!panel->edit(QStringLiteral("Type"), QStringLiteral("gb300")).ok());
        QVERIFY(panel->errorText().contains(QStringLiteral("gb300")));
        QVERIFY(!panel->edit(QStringLiteral("Rotation (°)"), QStringLiteral("45")).ok());
        QVERIFY(!panel->edit(QStringLiteral("Planning power (kW)"), QStringLiteral("-1")).ok());
        QVERIFY(panel->edit(QStringLiteral("X (m)"), QStringLiteral("7,5")).ok()); // decimal comma
        QCOMPARE(core::findObject<core::Rack>(*mDoc->hall("H1"), r.id)->position.x, 7.5);
    }

    void multiSelectionEdit()
    {
        mWindow->openHall("H1");
        const auto &racks = mDoc->hall("H1")->racks;
        std::vector<core::ObjectRef> sel;
        for (int i = 0; i < 4; ++i)
            sel.push_back({core::ObjectKind::Rack, "H1", racks[std::size_t(i)].id});
        mDoc->setSelection(sel);
        settle();
        QVERIFY(!row(QStringLiteral("Id"))); // no id row for several
        QCOMPARE(row(QStringLiteral("X (m)"))->placeholder, QStringLiteral("(mixed)"));
        const int steps = mDoc->undoStack()->count();
        QVERIFY(mWindow->propertiesPanel()
                    ->edit(QStringLiteral("Planning power (kW)"), QStringLiteral("120"))
                    .ok());
        QCOMPARE(mDoc->undoStack()->count(), steps + 1); // one step for all four
        for (int i = 0; i < 4; ++i)
            QCOMPARE(*mDoc->hall("H1")->racks[std::size_t(i)].powerKw, 120.0);
        mDoc->undoStack()->undo();
        for (int i = 0; i < 4; ++i)
            QVERIFY(!mDoc->hall("H1")->racks[std::size_t(i)].powerKw);
    }

    void hallAndPlanProperties()
    {
        mDoc->setSelection({});
        settle();
        QVERIFY(row(QStringLiteral("PUE")));
        QVERIFY(
            !mWindow->propertiesPanel()->edit(QStringLiteral("PUE"), QStringLiteral("0.5")).ok());
        QVERIFY(
            mWindow->propertiesPanel()->edit(QStringLiteral("PUE"), QStringLiteral("1.2")).ok());
        mWindow->openHall("H1");
        mDoc->setSelection({{core::ObjectKind::Hall, "H1", "H1"}});
        settle();
        QVERIFY(mWindow->propertiesPanel()
                    ->edit(QStringLiteral("Outline point 2 (x, y m)"), QStringLiteral("25, 0"))
                    .ok());
        QCOMPARE(mDoc->hall("H1")->outline[1], (core::Vec2{25, 0}));
        QVERIFY(!mWindow->propertiesPanel()
                     ->edit(QStringLiteral("Outline point 2 (x, y m)"), QStringLiteral("25"))
                     .ok());
        QVERIFY(!mWindow->propertiesPanel()
                     ->edit(QStringLiteral("Topology"), QStringLiteral("3N"))
                     .ok());
    }

    void violationClickSelectsObjects()
    {
        mWindow->openHall("H1");
        const auto &racks = mDoc->hall("H1")->racks;
        mDoc->moveObjects("H1", {racks[0].id}, {}, {},
                          {(racks[1].position.x - racks[0].position.x) / 2, 0}, 0);
        QVERIFY(test::waitForAnalysis(mWindow->runner(), mDoc));
        QTreeWidget *list = mWindow->violationsPanel()->list();
        QVERIFY(list->topLevelItemCount() > 0);
        mWindow->violationsPanel()->activateRow(0);
        QVERIFY(!mDoc->selection().empty());
        QCOMPARE(mDoc->currentHall(), std::string("H1"));
    }

    // The scope names what the list shows: the open hall, or the whole site in the overview.
    void violationScopeNamesWhatItShows()
    {
        auto *scope = mWindow->violationsPanel()->findChild<QComboBox *>();
        QVERIFY(scope);
        mWindow->openHall("H2");
        QCOMPARE(scope->itemText(0), QStringLiteral("Hall H2 (being edited)"));
        mWindow->showSite();
        QCOMPARE(scope->itemText(0), QStringLiteral("Whole site (no hall open)"));
        QVERIFY(mWindow->statusBar()->currentMessage().startsWith(QStringLiteral("Site overview")));
    }
};

QTEST_MAIN(TestSelectionSync)
#include "test_selection_sync.moc"
