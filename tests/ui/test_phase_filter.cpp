// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The phase filter on the plan: "built up to" hides exactly the racks core::planUpToPhases()
// leaves out (racks without a phase stand already), "only" keeps one phase, and neither touches
// the plan, its revision or the undo stack. The main window's combo, menu entries and status note.
#include "gui_test_support.h"

#include "core/engine/phase_timeline.h"
#include "ui/main_window.h"
#include "ui/scene/hall_scene.h"
#include "ui/scene/rack_item.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

#include <set>

using namespace hw;
using namespace hw::ui;

namespace {

/** The sample with a few racks of each hall left without a phase. */
core::Plan fixture()
{
    core::Plan plan = test::samplePlan();
    for (core::Hall &h : plan.halls)
        for (std::size_t i = 0; i < 4; ++i)
            h.racks[i].phase.clear();
    return plan;
}

std::set<std::string> racksOf(const core::Plan &plan)
{
    std::set<std::string> ids;
    for (const core::Hall &h : plan.halls)
        for (const core::Rack &r : h.racks)
            ids.insert(h.id + "/" + r.id);
    return ids;
}

std::set<std::string> shownRacks(const HallScene &scene, const core::Plan &plan)
{
    std::set<std::string> ids;
    for (const core::Hall &h : plan.halls)
        for (const core::Rack &r : h.racks) {
            const RackItem *item = scene.rackItem(h.id, r.id);
            if (item && item->isVisible() && !scene.rackFilteredOut(h.id, r.id))
                ids.insert(h.id + "/" + r.id);
        }
    return ids;
}

} // namespace

class TestPhaseFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hidesExactlyWhatPlanUpToPhasesLeavesOut()
    {
        PlanDocument doc(fixture());
        HallScene scene(&doc);
        const core::Plan before = doc.plan();
        const quint64 revision = doc.revision();
        const std::vector<std::string> order = phasesInBuildOrder(doc.plan());
        QCOMPARE(order, (std::vector<std::string>{"P1", "P2", "P3"}));
        QCOMPARE(shownRacks(scene, doc.plan()), racksOf(doc.plan()));
        for (std::size_t i = 0; i < order.size(); ++i) {
            scene.setPhaseFilter({PhaseFilter::Mode::UpTo, order[i]});
            const std::vector<std::string> due(order.begin(), order.begin() + long(i) + 1);
            const auto expected = racksOf(core::planUpToPhases(doc.plan(), due, true));
            QCOMPARE(shownRacks(scene, doc.plan()), expected);
            scene.setPhaseFilter({PhaseFilter::Mode::Only, order[i]});
            QCOMPARE(shownRacks(scene, doc.plan()),
                     racksOf(core::planUpToPhases(doc.plan(), {order[i]}, false)));
        }
        // Only P1 shows no rack without a phase; up to P1 shows them.
        scene.setPhaseFilter({PhaseFilter::Mode::UpTo, "P1"});
        QVERIFY(!scene.rackFilteredOut("H2", doc.plan().hall("H2")->racks[0].id));
        scene.setPhaseFilter({PhaseFilter::Mode::Only, "P1"});
        QVERIFY(scene.rackFilteredOut("H2", doc.plan().hall("H2")->racks[0].id));
        scene.setPhaseFilter({});
        QCOMPARE(shownRacks(scene, doc.plan()), racksOf(doc.plan()));
        QVERIFY(doc.plan() == before);
        QCOMPARE(doc.revision(), revision);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void survivesEditsAndSiteBatches()
    {
        PlanDocument doc(fixture());
        HallScene scene(&doc);
        scene.setPhaseFilter({PhaseFilter::Mode::Only, "P2"});
        // A rack moved into P2 shows at once; the filter follows the model, not the items.
        core::Rack r = doc.plan().hall("H1")->racks[10];
        QVERIFY(scene.rackFilteredOut("H1", r.id));
        r.phase = "P2";
        QVERIFY(doc.changeRacks("H1", {r}, QStringLiteral("Phase")).ok());
        QVERIFY(!scene.rackFilteredOut("H1", r.id));
        QVERIFY(scene.rackItem("H1", r.id)->isVisible());
        // Far out on the site the racks draw in batches; back close, the filter still holds.
        scene.setZoom(2);
        QVERIFY(scene.batchedRacks());
        scene.setZoom(20);
        QCOMPARE(shownRacks(scene, doc.plan()),
                 racksOf(core::planUpToPhases(doc.plan(), {"P2"}, false)));
    }

    void mainWindowComboMenuAndStatus()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::ScriptedPrompts prompts;
        prompts.openDespiteLock = true; // another test may have the sample open
        MainWindow w(&prompts);
        QVERIFY(w.openFile(test::samplePath()));
        const core::Plan before = w.document()->plan();
        QComboBox *combo = w.phaseFilterCombo();
        QCOMPARE(combo->count(), 1 + 2 * 3);
        QAction *upTo2 = w.action(QStringLiteral("actionPhaseUpTo_P2"));
        QVERIFY(upTo2);
        upTo2->trigger();
        QCOMPARE(w.scene()->phaseFilter(), (PhaseFilter{PhaseFilter::Mode::UpTo, "P2"}));
        QVERIFY(combo->currentText().contains(QStringLiteral("Built up to")));
        auto *label = w.findChild<QLabel *>(QStringLiteral("phaseFilterLabel"));
        QVERIFY(label && !label->isHidden());
        QVERIFY(label->text().contains(QStringLiteral("256 of 320 racks")));
        // The combo drives the same filter.
        const int only3 = combo->findText(QStringLiteral("Only"), Qt::MatchStartsWith) + 4;
        combo->setCurrentIndex(only3);
        Q_EMIT combo->activated(only3);
        QCOMPARE(w.scene()->phaseFilter(), (PhaseFilter{PhaseFilter::Mode::Only, "P3"}));
        QVERIFY(w.action(QStringLiteral("actionPhaseOnly_P3"))->isChecked());
        w.action(QStringLiteral("actionPhaseAll"))->trigger();
        QVERIFY(!w.scene()->phaseFilter().active());
        QVERIFY(label->isHidden());
        QVERIFY(w.document()->plan() == before);
        QVERIFY(!w.document()->isModified());
    }
};

QTEST_MAIN(TestPhaseFilter)
#include "test_phase_filter.moc"
