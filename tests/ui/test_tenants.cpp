// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Tenants and reservations in the GUI (issue 9): colour by tenant, the tenant and reservation
// commands (each one undo step that round-trips to the identical core::Plan), refused edits that
// leave no step, the rack property "Tenant", the ghost racks of the reservations, the tenant dock.
#include "gui_test_support.h"

#include "core/edit/tenant_ops.h"
#include "core/engine/evaluate.h"
#include "core/engine/plan_validator.h"
#include "core/geometry/footprint.h"
#include "ui/dialogs/reservation_dialog.h"
#include "ui/dialogs/tenant_dialog.h"
#include "ui/panels/properties_panel.h"
#include "ui/panels/tenants_panel.h"
#include "ui/render/tenant_colour.h"
#include "ui/scene/coords.h"
#include "ui/scene/ghost_item.h"
#include "ui/scene/hall_scene.h"
#include "ui/scene/plan_palette.h"
#include "ui/scene/rack_item.h"

#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace hw;
using namespace hw::ui;

namespace {

core::Plan fixture()
{
    auto plan = core::loadPlan(HW_TEST_DATA_DIR "/tenants_energy.json", core::builtinCatalog());
    if (!plan.ok()) qFatal("cannot load the fixture: %s", plan.error().toString().c_str());
    return plan.value();
}

/** Scripted prompts that also answer the remove-tenant question. */
class ConfirmPrompts : public test::ScriptedPrompts
{
public:
    bool confirm = false;
    int confirmations = 0;
    bool askConfirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        ++confirmations;
        return confirm;
    }
};

const core::Rack *rackWithTenant(const core::Plan &plan, bool withTenant)
{
    for (const core::Rack &r : plan.halls.front().racks) {
        if (r.tenant.empty() != withTenant) return &r;
    }
    return nullptr;
}

} // namespace

class TestTenants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void colourByTenant();
    void commandsRoundTrip_data();
    void commandsRoundTrip();
    void refusedEditsLeaveNoStep();
    void removeUsedTenantAsksThenClears();
    void rackTenantProperty();
    void removalsLeaveNoDanglingReservation();
    void ghostsMatchTheReport();
    void dockShowsTheEngineFigures();
    void dialogsApplyThroughTheDocument();
};

void TestTenants::colourByTenant()
{
    PlanDocument doc(fixture());
    HallScene scene(&doc);
    const core::Plan &plan = doc.plan();
    const std::string hall = plan.halls.front().id;
    doc.setCurrentHall(hall);
    scene.setColourMode(ColourMode::Tenant);
    const core::Rack *owned = rackWithTenant(plan, true);
    QVERIFY(owned);
    RackItem *item = scene.rackItem(hall, owned->id);
    QVERIFY(item);
    QCOMPARE(item->fill().color(),
             QColor(QString::fromStdString(plan.tenant(owned->tenant)->color)));
    QVERIFY(item->colour() >= PlanPalette::ColourCount);
    if (const core::Rack *free = rackWithTenant(plan, false)) {
        RackItem *other = scene.rackItem(hall, free->id);
        QCOMPARE(other->colour(), int(PlanPalette::Unassigned));
        QCOMPARE(other->fill().color(), PlanPalette::instance().colours[PlanPalette::Unassigned]);
    }
    // The legend names the tenants of the hall (racks or reservations) in their colours.
    const auto legend = scene.legend();
    QVERIFY(legend.size() >= plan.tenants.size());
    for (std::size_t i = 0; i < plan.tenants.size(); ++i) {
        QCOMPARE(legend[i].label, QString::fromStdString(plan.tenants[i].name));
        QCOMPARE(legend[i].custom, QColor(QString::fromStdString(plan.tenants[i].color)));
    }
    // A new colour recolours at once; undo brings the old one back.
    core::Tenant t = *plan.tenant(owned->tenant);
    t.color = "#00aa00";
    QVERIFY(doc.changeTenant(t).ok());
    QCOMPARE(scene.rackItem(hall, owned->id)->fill().color(), QColor(0x00, 0xaa, 0x00));
    doc.undoStack()->undo();
    QCOMPARE(scene.rackItem(hall, owned->id)->fill().color(),
             QColor(QString::fromStdString(doc.plan().tenant(owned->tenant)->color)));
    // Back to feed pairs: palette colours again.
    scene.setColourMode(ColourMode::FeedPair);
    QVERIFY(scene.rackItem(hall, owned->id)->colour() < PlanPalette::ColourCount);
}

void TestTenants::commandsRoundTrip_data()
{
    using Edit = std::function<core::Status(PlanDocument &)>;
    QTest::addColumn<Edit>("edit");
    QTest::newRow("add tenant") << Edit([](PlanDocument &d) {
        return d.addTenant({"T-NEW", "New customer", "#336699", {}});
    });
    QTest::newRow("change tenant") << Edit([](PlanDocument &d) {
        core::Tenant t = d.plan().tenants.back();
        t.name = "Renamed";
        t.color = "#abcdef";
        return d.changeTenant(t);
    });
    QTest::newRow("remove unused tenant") << Edit([](PlanDocument &d) {
        if (auto s = d.addTenant({"T-X", "Unused", "", {}}); !s.ok()) return s;
        d.undoStack()->setClean(); // the removal is what is checked below
        return d.removeTenant("T-X", false);
    });
    QTest::newRow("remove used tenant with its uses") << Edit(
        [](PlanDocument &d) { return d.removeTenant(d.plan().reservations.front().tenant, true); });
    QTest::newRow("add reservation") << Edit([](PlanDocument &d) {
        core::Reservation r = d.plan().reservations.front();
        r.id = core::freshReservationId(d.plan(), "RES-NEW");
        r.racks = 1;
        r.pairs.clear();
        r.loops.clear();
        return d.addReservation(r);
    });
    QTest::newRow("change reservation") << Edit([](PlanDocument &d) {
        core::Reservation r = d.plan().reservations.front();
        r.racks += 1;
        r.phase.clear();
        return d.changeReservation(r);
    });
    QTest::newRow("remove reservation") << Edit(
        [](PlanDocument &d) { return d.removeReservation(d.plan().reservations.back().id); });
}

void TestTenants::commandsRoundTrip()
{
    QFETCH(std::function<core::Status(PlanDocument &)>, edit);
    PlanDocument doc(fixture());
    QSignalSpy changed(&doc, &PlanDocument::changed);
    const int stepsBefore = doc.undoStack()->count();
    // The "remove unused" row adds first; compare against the state right before the last step.
    const core::Status s = edit(doc);
    QVERIFY2(s.ok(), s.ok() ? "" : s.error().toString().c_str());
    QVERIFY(doc.undoStack()->count() > stepsBefore);
    const core::Plan after = doc.plan();
    doc.undoStack()->undo();
    const core::Plan before = doc.plan();
    QVERIFY(before != after);
    QVERIFY(core::validatePlan(after, core::builtinCatalog()).empty()); // nothing dangles
    doc.undoStack()->redo();
    QVERIFY(doc.plan() == after);
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == before);
    QVERIFY(changed.count() >= 3);
    // Every announcement reaches beyond one hall: the analysis re-evaluates the whole plan.
    QVERIFY(changed.last().at(0).value<ChangeEvent>().global());
}

void TestTenants::refusedEditsLeaveNoStep()
{
    PlanDocument doc(fixture());
    const core::Plan before = doc.plan();
    const std::string used = before.tenants.front().id;
    auto refused = [&](const core::Status &s, const char *expect) {
        QVERIFY(!s.ok());
        const std::string m = s.error().toString();
        QVERIFY2(m.find(expect) != std::string::npos, m.c_str());
    };
    refused(doc.addTenant({used, "Dup", "", {}}), "already in use");
    refused(doc.addTenant({"T-BAD", "Bad colour", "blue", {}}), "#RRGGBB");
    refused(doc.addTenant({"", "No id", "", {}}), "needs an id");
    refused(doc.changeTenant({"T-NONE", "x", "", {}}), "no tenant");
    refused(doc.removeTenant(before.reservations.front().tenant, false), "still used by");
    core::Reservation r = before.reservations.front();
    r.id = "RES-NEW";
    r.hall = "NO-HALL";
    refused(doc.addReservation(r), "unknown hall");
    r = before.reservations.front();
    r.id = "RES-NEW";
    r.tenant = "T-NONE";
    refused(doc.addReservation(r), "unknown tenant");
    r = before.reservations.front();
    r.racks = 0;
    refused(doc.changeReservation(r), "1 or more");
    r = before.reservations.front();
    r.rackType = "no-such-type";
    refused(doc.changeReservation(r), "unknown rack type");
    r = before.reservations.front();
    r.pairs = {"NO-PAIR"};
    refused(doc.changeReservation(r), "no feed pair");
    refused(doc.removeReservation("RES-NONE"), "no reservation");
    // Unchanged values are no step either.
    QVERIFY(doc.changeTenant(before.tenants.front()).ok());
    QVERIFY(doc.changeReservation(before.reservations.front()).ok());
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(doc.plan() == before);
}

void TestTenants::removeUsedTenantAsksThenClears()
{
    PlanDocument doc(fixture());
    TenantsPanel panel(&doc);
    ConfirmPrompts prompts;
    panel.setPrompts(&prompts);
    const core::Plan before = doc.plan();
    const std::string id = before.reservations.front().tenant;
    const core::TenantUses uses = core::tenantUses(before, id);
    QVERIFY(!uses.empty());

    prompts.confirm = false; // Cancel: refused with the reason, nothing changes
    QVERIFY(!panel.removeTenant(id).ok());
    QCOMPARE(prompts.confirmations, 1);
    QVERIFY(panel.errorText().contains(QStringLiteral("still used by")));
    QCOMPARE(doc.undoStack()->count(), 0);

    prompts.confirm = true; // Remove with its uses: one step, nothing dangles
    QVERIFY(panel.removeTenant(id).ok());
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(!doc.plan().tenant(id));
    QVERIFY(core::tenantUses(doc.plan(), id).empty());
    QVERIFY(core::validatePlan(doc.plan(), core::builtinCatalog()).empty());
    QVERIFY(panel.errorText().isEmpty());
    QCOMPARE(panel.tenantList()->topLevelItemCount(), int(before.tenants.size()) - 1);
    QCOMPARE(panel.reservationList()->topLevelItemCount(),
             int(before.reservations.size() - uses.reservations.size()));
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == before);
    QCOMPARE(panel.tenantList()->topLevelItemCount(), int(before.tenants.size()));
}

void TestTenants::rackTenantProperty()
{
    core::Plan plan = test::samplePlan(); // many racks; give it two tenants
    plan.tenants.push_back({"T-A", "Alpha", "#112233", {}});
    plan.tenants.push_back({"T-B", "Beta", "", {}});
    PlanDocument doc(plan);
    PropertiesPanel panel(&doc);
    const core::Hall &hall = doc.plan().halls.front();
    QVERIFY(hall.racks.size() >= 2);
    const std::string target = doc.plan().tenants.back().id;
    std::vector<core::ObjectRef> selection;
    for (std::size_t i = 0; i < 2; ++i)
        selection.push_back({core::ObjectKind::Rack, hall.id, hall.racks[i].id});
    doc.setSelection(selection);
    const core::Plan before = doc.plan();

    // An unknown tenant is refused with the validator's reason; no step.
    const core::Status unknown = panel.edit(QStringLiteral("Tenant"), QStringLiteral("T-NOBODY"));
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().toString().find("unknown tenant") != std::string::npos,
             unknown.error().toString().c_str());
    QCOMPARE(doc.undoStack()->count(), 0);

    // Both racks at once, one step.
    const QString choice = QString::fromStdString(target) + QStringLiteral(" — ") +
                           QString::fromStdString(doc.plan().tenants.back().name);
    QVERIFY(panel.edit(QStringLiteral("Tenant"), choice).ok());
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.plan().halls.front().racks[0].tenant, target);
    QCOMPARE(doc.plan().halls.front().racks[1].tenant, target);
    // Cleared with "(none)".
    QVERIFY(panel.edit(QStringLiteral("Tenant"), PropertiesPanel::tr("(none)")).ok());
    QVERIFY(doc.plan().halls.front().racks[0].tenant.empty());
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == before);
}

void TestTenants::removalsLeaveNoDanglingReservation()
{
    PlanDocument doc(fixture());
    const core::Plan before = doc.plan();
    const core::Reservation &res = before.reservations.front();
    QVERIFY(!res.loops.empty());
    // The reservation's only loop goes: so does the reservation, in the same step.
    QVERIFY(doc.removeObjects({{core::ObjectKind::Loop, res.hall, res.loops.front()}}).ok());
    QCOMPARE(doc.undoStack()->count(), 1);
    for (const core::Reservation &r : doc.plan().reservations)
        QVERIFY(r.id != res.id);
    QVERIFY(core::validatePlan(doc.plan(), core::builtinCatalog()).empty());
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == before);
    // A removed hall takes its reservations.
    QVERIFY(doc.removeObjects({{core::ObjectKind::Hall, res.hall, res.hall}}).ok());
    for (const core::Reservation &r : doc.plan().reservations)
        QVERIFY(r.hall != res.hall);
    QVERIFY(core::validatePlan(doc.plan(), core::builtinCatalog()).empty());
    doc.undoStack()->undo();
    QVERIFY(doc.plan() == before);
}

void TestTenants::ghostsMatchTheReport()
{
    PlanDocument doc(fixture());
    HallScene scene(&doc);
    AnalysisRunner runner(&doc);
    connect(&runner, &AnalysisRunner::analysisReady, &scene, &HallScene::setAnalysis);
    runner.scheduleAnalysis();
    QVERIFY(test::waitForAnalysis(&runner, &doc));
    const core::EvaluationReport expected = core::evaluate(doc.plan(), core::builtinCatalog());
    const core::HallReport &hr = expected.halls.front();
    QVERIFY(!hr.ghosts.empty());
    QCOMPARE(runner.latest()->report.halls.front().ghosts, hr.ghosts);
    GhostItem *ghosts = scene.ghostItem(hr.id);
    QVERIFY(ghosts);
    QCOMPARE(ghosts->ghosts().size(), hr.ghosts.size());
    for (std::size_t i = 0; i < hr.ghosts.size(); ++i) {
        const core::GhostRack &g = hr.ghosts[i];
        const GhostItem::Ghost &shown = ghosts->ghosts()[i];
        QCOMPARE(shown.rack, g.rack.id);
        QCOMPARE(shown.reservation, g.reservation);
        const core::RackType *t = doc.catalog().rackType(g.rack.type);
        QVERIFY(t);
        QCOMPARE(shown.rect, coords::toScene(core::footprint(g.rack.position, g.rack.rotation(),
                                                             t->widthM, t->depthM)));
        std::string tenant;
        for (const auto &f : hr.reservations) {
            if (f.id == g.reservation) tenant = f.tenant;
        }
        QCOMPARE(shown.colour, tenantColour(doc.plan(), tenant));
    }
    // Not selectable, no mouse button, and no plan object behind it.
    QVERIFY(!(ghosts->flags() & QGraphicsItem::ItemIsSelectable));
    QCOMPARE(ghosts->acceptedMouseButtons(), Qt::MouseButtons(Qt::NoButton));
    core::ObjectRef ref;
    QVERIFY(!scene.refForItem(ghosts, &ref));

    // The View toggle hides them; they come back with the next analysis shown.
    scene.setGhostsVisible(false);
    QVERIFY(!scene.ghostItem(hr.id));
    scene.setGhostsVisible(true);
    QVERIFY(scene.ghostItem(hr.id));

    // The phase filter hides the ghosts of reservations needed by a phase it hides.
    std::size_t phased = 0;
    for (const core::GhostRack &g : hr.ghosts) {
        for (const core::Reservation &r : doc.plan().reservations)
            phased += r.id == g.reservation && !r.phase.empty() ? 1 : 0;
    }
    QVERIFY(phased > 0 && phased < hr.ghosts.size());
    PhaseFilter only;
    only.mode = PhaseFilter::Mode::Only;
    only.phase = doc.plan().phases.front().id;
    scene.setPhaseFilter(only);
    QVERIFY(scene.ghostItem(hr.id));
    QCOMPARE(scene.ghostItem(hr.id)->ghosts().size(), phased);
    scene.setPhaseFilter({});
    QCOMPARE(scene.ghostItem(hr.id)->ghosts().size(), hr.ghosts.size());

    // They follow each analysis: without reservations there are none.
    while (!doc.plan().reservations.empty())
        QVERIFY(doc.removeReservation(doc.plan().reservations.front().id).ok());
    QVERIFY(test::waitForAnalysis(&runner, &doc));
    QVERIFY(!scene.ghostItem(hr.id));
}

void TestTenants::dockShowsTheEngineFigures()
{
    PlanDocument doc(fixture());
    TenantsPanel panel(&doc);
    AnalysisRunner runner(&doc);
    connect(&runner, &AnalysisRunner::analysisReady, &panel, &TenantsPanel::setAnalysis);
    runner.scheduleAnalysis();
    QVERIFY(test::waitForAnalysis(&runner, &doc));
    const core::EvaluationReport &report = runner.latest()->report;
    QTreeWidget *tenants = panel.tenantList();
    QCOMPARE(tenants->topLevelItemCount(), int(doc.plan().tenants.size()));
    const QLocale locale;
    for (int i = 0; i < tenants->topLevelItemCount(); ++i) {
        const core::TenantReport &t = report.tenants[std::size_t(i)];
        QTreeWidgetItem *row = tenants->topLevelItem(i);
        QCOMPARE(row->text(0), QString::fromStdString(t.name));
        QCOMPARE(row->text(1), locale.toString(t.racks));
        QCOMPARE(row->text(2), locale.toString(t.itKw, 'f', 0));
        QCOMPARE(row->text(3), locale.toString(t.gpus));
        QCOMPARE(row->text(4), locale.toString(t.reservedRacks));
        QCOMPARE(row->text(5), locale.toString(t.reservedKw, 'f', 0));
    }
    QTreeWidget *reservations = panel.reservationList();
    QCOMPARE(reservations->topLevelItemCount(), int(doc.plan().reservations.size()));
    for (int i = 0; i < reservations->topLevelItemCount(); ++i)
        QCOMPARE(reservations->topLevelItem(i)->text(8), TenantsPanel::tr("yes"));

    // A reservation too large to fit says so once the analysis has seen it.
    core::Reservation r = doc.plan().reservations.front();
    r.racks = 500;
    QVERIFY(doc.changeReservation(r).ok());
    QVERIFY(test::waitForAnalysis(&runner, &doc));
    QVERIFY(reservations->topLevelItem(0)->text(8).startsWith(TenantsPanel::tr("no")));
}

void TestTenants::dialogsApplyThroughTheDocument()
{
    PlanDocument doc(fixture());
    const core::Plan before = doc.plan();
    core::Tenant fresh;
    fresh.id = core::freshTenantId(before, "T3");
    TenantDialog add(
        fresh, QColor(0x12, 0x34, 0x56), [&doc](const core::Tenant &t) { return doc.addTenant(t); },
        true);
    add.accept(); // no name yet: refused in the dialog, which stays open
    QCOMPARE(add.result(), int(QDialog::Rejected));
    QCOMPARE(doc.undoStack()->count(), 0);
    add.setName(QStringLiteral("Gamma Compute"));
    add.accept();
    QCOMPARE(add.result(), int(QDialog::Accepted));
    QCOMPARE(doc.undoStack()->count(), 1);
    const core::Tenant *added = doc.plan().tenant(fresh.id);
    QVERIFY(added);
    QCOMPARE(added->name, std::string("Gamma Compute"));
    QCOMPARE(added->color, std::string("#123456"));

    // The reservation dialog returns what it shows and applies it as one step.
    const core::Reservation &first = doc.plan().reservations.front();
    ReservationDialog edit(
        doc.plan(), doc.catalog(), first,
        [&doc](const core::Reservation &r) { return doc.changeReservation(r); }, false);
    QCOMPARE(edit.reservation(), first); // unchanged: the dialog holds the same value
    edit.accept();
    QCOMPARE(edit.result(), int(QDialog::Accepted));
    QCOMPARE(doc.undoStack()->count(), 1); // no change, no step
}

QTEST_MAIN(TestTenants)
#include "test_tenants.moc"
