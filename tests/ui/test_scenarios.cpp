// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Scenarios in the GUI: every scenario command is one undo step that round-trips redo → undo to
// the identical core::Plan; activation announces a whole new plan; refusals leave no step; the
// panel marks the active one; the compare table holds, for each scenario, the figures of
// evaluating that variant alone (scenarioPlan + evaluate).
#include "gui_test_support.h"

#include "core/engine/evaluate.h"
#include "core/engine/plan_validator.h"
#include "core/engine/scenario_compare.h"
#include "core/model/scenario_plan.h"
#include "ui/charts/chart_widget.h"
#include "ui/commands/scenario_commands.h"
#include "ui/dialogs/scenario_compare_dialog.h"
#include "ui/panels/scenarios_panel.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace hw;
using namespace hw::ui;

namespace {

core::Plan scenariosFixture()
{
    auto plan = core::loadPlan(HW_TEST_DATA_DIR "/scenarios.json", core::builtinCatalog());
    if (!plan.ok()) qFatal("%s", plan.error().toString().c_str());
    return plan.value();
}

/** Pushes one edit and checks: one step; undo gives `before`; redo gives what the edit gave. */
void roundTrip(PlanDocument &doc, const std::function<core::Status()> &edit)
{
    const core::Plan before = doc.plan();
    const int steps = doc.undoStack()->count();
    const core::Status s = edit();
    QVERIFY2(s.ok(), s.ok() ? "" : s.error().toString().c_str());
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    const core::Plan after = doc.plan();
    QVERIFY(!(after == before));
    QVERIFY(core::validatePlan(after, core::builtinCatalog()).empty());
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == before);
    doc.undoStack()->redo();
    QVERIFY(doc.plan() == after);
}

double cell(const QTableWidget *t, const QString &row, int col)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->verticalHeaderItem(r)->text() == row)
            return t->item(r, col)->data(Qt::UserRole).toDouble();
    qFatal("no row %s", qPrintable(row));
}

QVariant rawCell(const QTableWidget *t, const QString &row, int col)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->verticalHeaderItem(r)->text() == row) return t->item(r, col)->data(Qt::UserRole);
    qFatal("no row %s", qPrintable(row));
}

} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFromCurrentOnAPlanWithoutScenarios()
    {
        PlanDocument doc(test::samplePlan());
        QVERIFY(doc.plan().scenarios.empty());
        roundTrip(doc, [&] { return AddScenarios::newFromCurrent(&doc, "Half Vera Rubin"); });
        const core::Plan &p = doc.plan();
        QCOMPARE(p.scenarios.size(), std::size_t(2));
        QCOMPARE(p.scenarios[0].name, std::string("Base"));
        QCOMPARE(p.scenarios[1].name, std::string("Half Vera Rubin"));
        QCOMPARE(p.scenarios[1].id, std::string("half-vera-rubin"));
        QCOMPARE(p.activeScenario, p.scenarios[1].id); // edits go to the copy
        QVERIFY(core::scenarioHalls(p, 0) == core::scenarioHalls(p, 1));
        // Undo all the way: the plan as opened, without scenarios.
        doc.undoStack()->undo();
        QVERIFY(doc.plan() == test::samplePlan());
    }

    void everyCommandRoundTrips()
    {
        PlanDocument doc(scenariosFixture());
        QCOMPARE(doc.plan().activeScenario, std::string("gb300"));
        roundTrip(doc, [&] { return AddScenarios::newFromCurrent(&doc, "Variant"); });
        roundTrip(doc, [&] { return AddScenarios::duplicate(&doc, "half-vr", "Half VR copy"); });
        QCOMPARE(doc.plan().scenarios[2].id, std::string("half-vr-copy"));
        roundTrip(doc, [&] { return RenameScenario::push(&doc, "empty", "Empty hall"); });
        roundTrip(doc, [&] { return ActivateScenario::push(&doc, "half-vr"); });
        QCOMPARE(doc.plan().activeScenario, std::string("half-vr"));
        roundTrip(doc, [&] { return RemoveScenario::push(&doc, "gb300"); });
        roundTrip(doc, [&] { return RemoveScenario::push(&doc, "variant"); });
        // Down to the last one: removing the active one leaves a plan without scenarios.
        for (const char *id : {"half-vr-copy", "empty"})
            QVERIFY(RemoveScenario::push(&doc, id).ok());
        const std::vector<core::Hall> halls = doc.plan().halls;
        roundTrip(doc, [&] { return RemoveScenario::push(&doc, "half-vr"); });
        QVERIFY(doc.plan().scenarios.empty() && doc.plan().activeScenario.empty());
        QVERIFY(doc.plan().halls == halls);
        // And the whole history undoes to the file as loaded.
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QVERIFY(doc.plan() == scenariosFixture());
    }

    void activationIsAWholeNewPlanForTheViews()
    {
        PlanDocument doc(scenariosFixture());
        QSignalSpy changed(&doc, &PlanDocument::changed);
        QVERIFY(ActivateScenario::push(&doc, "half-vr").ok());
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().at(0).value<ChangeEvent>().everything());
        QVERIFY(RenameScenario::push(&doc, "half-vr", "Half").ok());
        const ChangeEvent rename = changed.last().at(0).value<ChangeEvent>();
        QVERIFY(rename.touches(ChangeEvent::Scenarios) && !rename.global());
    }

    void refusalsLeaveNoStep()
    {
        PlanDocument doc(scenariosFixture());
        QVERIFY(!RemoveScenario::push(&doc, "gb300").ok()); // active while others exist
        QVERIFY(!RenameScenario::push(&doc, "gb300", "  ").ok());
        QVERIFY(!ActivateScenario::push(&doc, "nope").ok());
        QVERIFY(!AddScenarios::duplicate(&doc, "nope", "x").ok());
        QVERIFY(!AddScenarios::newFromCurrent(&doc, "").ok());
        QVERIFY(ActivateScenario::push(&doc, "gb300").ok()); // already active: nothing to do
        QVERIFY(RenameScenario::push(&doc, "gb300", "All GB300").ok()); // same name
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(doc.plan() == scenariosFixture());
    }

    void panelMarksTheActiveOneAndActivatesOnDoubleClick()
    {
        PlanDocument doc(scenariosFixture());
        ScenariosPanel panel(&doc);
        QCOMPARE(panel.list()->count(), 3);
        QVERIFY(panel.list()->item(0)->text().contains(QStringLiteral("active")));
        QVERIFY(panel.list()->item(0)->font().bold());
        QVERIFY(!panel.list()->item(1)->text().contains(QStringLiteral("active")));
        panel.selectScenario("half-vr");
        Q_EMIT panel.list()->itemActivated(panel.list()->currentItem());
        QCOMPARE(doc.plan().activeScenario, std::string("half-vr"));
        QVERIFY(panel.list()->item(1)->text().contains(QStringLiteral("active")));
        QCOMPARE(panel.selectedId(), std::string("half-vr"));
        panel.selectScenario("gb300");
        QVERIFY(panel.duplicateSelected("Copy of GB300").ok());
        QCOMPARE(panel.list()->count(), 4);
        QVERIFY(panel.renameSelected("GB300 only").ok());
        QCOMPARE(doc.plan().scenarios[0].name, std::string("GB300 only"));
        QVERIFY(panel.removeSelected().ok()); // not the active one
        QCOMPARE(panel.list()->count(), 3);
        panel.selectScenario("half-vr");
        QVERIFY(!panel.removeSelected().ok()); // the active one, while others exist
        QCOMPARE(doc.undoStack()->count(), 4);
    }

    void compareTableEqualsEachVariantAlone()
    {
        PlanDocument doc(scenariosFixture());
        ScenarioCompareDialog dialog(&doc);
        QSignalSpy done(&dialog, &ScenarioCompareDialog::finishedRun);
        dialog.start();
        QVERIFY(done.wait(60000));
        QVERIFY(dialog.comparison());
        const QTableWidget *t = dialog.table();
        const core::Plan &plan = doc.plan();
        QCOMPARE(t->columnCount(), int(plan.scenarios.size()));
        for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
            const core::EvaluationReport alone =
                core::evaluate(core::scenarioPlan(plan, i), core::builtinCatalog());
            const int col = int(i);
            QVERIFY(t->horizontalHeaderItem(col)->text().startsWith(
                QString::fromStdString(core::scenarioLabel(plan.scenarios[i]))));
            QCOMPARE(cell(t, QStringLiteral("Racks"), col), double(alone.site.metrics.rackCount));
            QCOMPARE(cell(t, QStringLiteral("IT MW"), col), alone.site.metrics.itKw / 1000);
            QCOMPARE(cell(t, QStringLiteral("Facility MW"), col),
                     alone.site.metrics.facilityKw / 1000);
            QCOMPARE(cell(t, QStringLiteral("Errors"), col), double(alone.site.errors));
            QCOMPARE(cell(t, QStringLiteral("Warnings"), col), double(alone.site.warnings));
            const core::ScenarioSummary s = core::summarizeReport(alone);
            for (const auto &[precision, pflops] : s.pflops)
                QCOMPARE(cell(t, QStringLiteral("PFLOPS %1").arg(QString::fromStdString(precision)),
                              col),
                         pflops);
            QCOMPARE(cell(t, QStringLiteral("Stranded power kW"), col), s.stranded.powerKw);
            QCOMPARE(cell(t, QStringLiteral("Stranded liquid kW"), col), s.stranded.liquidKw);
            QCOMPARE(cell(t, QStringLiteral("Headroom: racks addable"), col),
                     double(s.addableRacks));
            const QVariant power = rawCell(t, QStringLiteral("Headroom by power (racks)"), col);
            QCOMPARE(power.isValid(), s.power.has_value());
            if (s.power) QCOMPARE(power.toDouble(), double(*s.power));
        }
        QVERIFY(t->horizontalHeaderItem(0)->text().contains(QStringLiteral("active")));
        const QStringList lines = dialog.tableText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), t->rowCount() + 1);
        QCOMPARE(lines.first().split(QLatin1Char('\t')).size(), t->columnCount() + 1);
        // The charts hold the comparison too.
        QCOMPARE(dialog.charts().size(), 4);
        QCOMPARE(dialog.charts().first()->data().categories.size(), plan.scenarios.size());

        // An edit while open: the table follows the plan.
        dialog.show();
        QVERIFY(ActivateScenario::push(&doc, "half-vr").ok());
        QVERIFY(done.wait(60000));
        QVERIFY(dialog.comparison()->scenarios[1].active);
    }
};

QTEST_MAIN(TestScenarios)
#include "test_scenarios.moc"
