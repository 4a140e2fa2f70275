// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/document/plan_document.h"

#include "core/edit/hall_objects.h"
#include "core/edit/tenant_ops.h"
#include "core/engine/plan_validator.h"
#include "core/io/builtin_catalog.h"
#include "core/model/resolve.h"
#include "ui/commands/add_remove_hall_objects.h"
#include "ui/commands/add_remove_halls.h"
#include "ui/commands/add_remove_reservation.h"
#include "ui/commands/add_remove_tenant.h"
#include "ui/commands/change_hall_objects.h"
#include "ui/commands/change_hall_properties.h"
#include "ui/commands/change_plan_properties.h"
#include "ui/commands/change_reservation.h"
#include "ui/commands/change_tenant.h"
#include "ui/commands/macro_guard.h"
#include "ui/commands/move_objects.h"

#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>
#include <map>
#include <set>

namespace hw::ui {

namespace {

/** The validator's place names the hall by index in a one-hall probe; drop that prefix. */
core::Error withoutProbePrefix(const std::vector<core::Problem> &problems)
{
    core::Error e;
    for (core::Problem p : problems) {
        static const std::string prefix = "halls[0].";
        if (p.place.compare(0, prefix.size(), prefix) == 0)
            p.place = p.place.substr(prefix.size());
        else if (p.place == "halls[0]")
            p.place.clear();
        e.problems.push_back(std::move(p));
        if (e.problems.size() == 3) break;
    }
    return e;
}

core::Status noHall(const std::string &id)
{
    return core::Error("there is no hall \"" + id + "\"");
}

template <class T> core::Status checkFreshIds(const core::Plan &plan, const std::vector<T> &objects)
{
    std::set<std::string> seen;
    for (const T &o : objects) {
        if (o.id.empty())
            return core::Error(std::string("a new ") + core::objectKindName(core::kindOf<T>()) +
                               " needs an id");
        if (!seen.insert(o.id).second || core::idInUse(plan, core::kindOf<T>(), o.id))
            return core::Error(std::string("the ") + core::objectKindName(core::kindOf<T>()) +
                               " id \"" + o.id + "\" is already in use");
    }
    return core::Done{};
}

} // namespace

PlanDocument::PlanDocument(core::Plan plan, QObject *parent)
    : QObject(parent), mPlan(std::move(plan)),
      mCatalog(core::effectiveCatalog(core::builtinCatalog(), mPlan)),
      mUndoStack(new QUndoStack(this))
{
    connect(mUndoStack, &QUndoStack::cleanChanged, this,
            [this](bool) { Q_EMIT modifiedChanged(isModified()); });
}

PlanDocument::~PlanDocument() = default;

void PlanDocument::reset(core::Plan plan, const QString &filePath)
{
    const bool wasModified = isModified();
    mUndoStack->clear();
    mPlan = std::move(plan);
    mCatalog = core::effectiveCatalog(core::builtinCatalog(), mPlan);
    mSelection.clear();
    mModifiedWithoutUndo = false;
    mUndoStack->setClean();
    setFilePath(filePath);
    const bool hadHall = !mCurrentHall.empty();
    mCurrentHall.clear();
    notify({ChangeEvent::Everything, {}, {}});
    Q_EMIT selectionChanged();
    if (hadHall) Q_EMIT currentHallChanged(mCurrentHall);
    if (wasModified) Q_EMIT modifiedChanged(false);
}

std::shared_ptr<const core::Plan> PlanDocument::snapshot() const
{
    return std::make_shared<const core::Plan>(mPlan);
}

void PlanDocument::setFilePath(const QString &path)
{
    if (path == mFilePath) return;
    mFilePath = path;
    Q_EMIT filePathChanged(path);
}

QString PlanDocument::displayName() const
{
    return mFilePath.isEmpty() ? tr("Untitled") : QFileInfo(mFilePath).fileName();
}

bool PlanDocument::isModified() const
{
    return mModifiedWithoutUndo || !mUndoStack->isClean();
}

void PlanDocument::markSaved()
{
    const bool was = isModified();
    mModifiedWithoutUndo = false;
    mUndoStack->setClean();
    if (was != isModified()) Q_EMIT modifiedChanged(isModified());
}

void PlanDocument::markModified()
{
    const bool was = isModified();
    mModifiedWithoutUndo = true;
    if (!was) Q_EMIT modifiedChanged(true);
}

void PlanDocument::setSelection(std::vector<core::ObjectRef> selection)
{
    std::sort(selection.begin(), selection.end());
    selection.erase(std::unique(selection.begin(), selection.end()), selection.end());
    if (selection == mSelection) return;
    mSelection = std::move(selection);
    Q_EMIT selectionChanged();
}

bool PlanDocument::isSelected(const core::ObjectRef &ref) const
{
    return std::binary_search(mSelection.begin(), mSelection.end(), ref);
}

void PlanDocument::setCurrentHall(const std::string &hallId)
{
    const std::string id = (hallId.empty() || mPlan.hall(hallId)) ? hallId : std::string();
    if (id == mCurrentHall) return;
    mCurrentHall = id;
    // Objects of other halls are out of sight: keep only what the new view shows.
    std::vector<core::ObjectRef> kept;
    for (const auto &ref : mSelection) {
        if (id.empty() ? ref.kind == core::ObjectKind::Hall : ref.hall == id) kept.push_back(ref);
    }
    const bool selectionChanges = kept.size() != mSelection.size();
    mSelection = std::move(kept);
    Q_EMIT currentHallChanged(mCurrentHall);
    if (selectionChanges) Q_EMIT selectionChanged();
}

int PlanDocument::hallIndex(const std::string &id) const
{
    for (std::size_t i = 0; i < mPlan.halls.size(); ++i) {
        if (mPlan.halls[i].id == id) return int(i);
    }
    return -1;
}

bool PlanDocument::exists(const core::ObjectRef &ref) const
{
    const core::Hall *h = mPlan.hall(ref.hall);
    if (!h) return false;
    switch (ref.kind) {
    case core::ObjectKind::Hall:
        return true;
    case core::ObjectKind::Rack:
        return core::findObject<core::Rack>(*h, ref.id);
    case core::ObjectKind::Feed:
        return core::findObject<core::Feed>(*h, ref.id);
    case core::ObjectKind::Source:
        return core::findObject<core::Source>(*h, ref.id);
    case core::ObjectKind::Loop:
        return core::findObject<core::Loop>(*h, ref.id);
    case core::ObjectKind::Cdu:
        return core::findObject<core::Cdu>(*h, ref.id);
    case core::ObjectKind::Obstacle:
        return core::findObject<core::Obstacle>(*h, ref.id);
    }
    return false;
}

core::Status PlanDocument::checkHall(const core::Hall &candidate) const
{
    core::Plan probe;
    probe.catalog = mPlan.catalog;
    probe.phases = mPlan.phases;
    probe.tenants = mPlan.tenants; // a rack's tenant must be one of the plan's
    probe.assumptions = mPlan.assumptions;
    probe.halls.push_back(candidate);
    const auto problems = core::validatePlan(probe, core::builtinCatalog());
    if (problems.empty()) return core::Done{};
    return withoutProbePrefix(problems);
}

void PlanDocument::notify(const ChangeEvent &event)
{
    ++mRevision;
    if (event.structural() && !mSelection.empty()) {
        std::vector<core::ObjectRef> kept;
        for (const auto &ref : mSelection) {
            if (exists(ref)) kept.push_back(ref);
        }
        if (kept.size() != mSelection.size()) {
            mSelection = std::move(kept);
            Q_EMIT changed(event);
            Q_EMIT selectionChanged();
            if (!mCurrentHall.empty() && !mPlan.hall(mCurrentHall)) setCurrentHall({});
            return;
        }
    }
    Q_EMIT changed(event);
    if (!mCurrentHall.empty() && !mPlan.hall(mCurrentHall)) setCurrentHall({});
}

// ---- Adding ------------------------------------------------------------------------------------

namespace {

/** Checks adding `objects` to a copy of the hall; pushes the command when it passes. */
template <class Cmd, class T>
core::Status addChecked(PlanDocument *doc, const std::string &hall, std::vector<T> objects,
                        const QString &text)
{
    const core::Hall *h = doc->plan().hall(hall);
    if (!h) return noHall(hall);
    if (objects.empty()) return core::Error("nothing to add");
    if (auto s = checkFreshIds(doc->plan(), objects); !s.ok()) return s;
    core::Hall candidate = *h;
    auto &list = core::objectsOf<T>(candidate);
    list.insert(list.end(), objects.begin(), objects.end());
    if (auto s = doc->checkHall(candidate); !s.ok()) return s;
    doc->undoStack()->push(Cmd::add(doc, hall, std::move(objects), text));
    return core::Done{};
}

template <class Cmd, class T>
core::Status changeChecked(PlanDocument *doc, const std::string &hall, std::vector<T> values,
                           const QString &text, int mergeSession)
{
    const core::Hall *h = doc->plan().hall(hall);
    if (!h) return noHall(hall);
    if (values.empty()) return core::Done{};
    core::Plan probe;
    probe.halls.push_back(*h);
    auto replaced = core::replaceObjects<T>(probe, hall, values);
    if (!replaced.ok()) return replaced.error();
    if (auto s = doc->checkHall(probe.halls.front()); !s.ok()) return s;
    if (replaced.value() == values) return core::Done{}; // nothing changes: no undo step
    doc->undoStack()->push(new Cmd(doc, hall, std::move(values), text, mergeSession));
    return core::Done{};
}

} // namespace

core::Status PlanDocument::addRacks(const std::string &hall, std::vector<core::Rack> racks,
                                    const QString &text)
{
    return addChecked<AddRemoveRacks>(this, hall, std::move(racks), text);
}
core::Status PlanDocument::addFeeds(const std::string &hall, std::vector<core::Feed> feeds,
                                    const QString &text)
{
    return addChecked<AddRemoveFeeds>(this, hall, std::move(feeds), text);
}
core::Status PlanDocument::addSources(const std::string &hall, std::vector<core::Source> sources,
                                      const QString &text)
{
    return addChecked<AddRemoveSources>(this, hall, std::move(sources), text);
}
core::Status PlanDocument::addLoops(const std::string &hall, std::vector<core::Loop> loops,
                                    const QString &text)
{
    return addChecked<AddRemoveLoops>(this, hall, std::move(loops), text);
}
core::Status PlanDocument::addCdus(const std::string &hall, std::vector<core::Cdu> cdus,
                                   const QString &text)
{
    return addChecked<AddRemoveCdus>(this, hall, std::move(cdus), text);
}
core::Status PlanDocument::addObstacles(const std::string &hall,
                                        std::vector<core::Obstacle> obstacles, const QString &text)
{
    return addChecked<AddRemoveObstacles>(this, hall, std::move(obstacles), text);
}

core::Status PlanDocument::addHall(core::Hall hall)
{
    if (hall.id.empty()) return core::Error("a new hall needs an id");
    if (mPlan.hall(hall.id))
        return core::Error("the hall id \"" + hall.id + "\" is already in use");
    if (auto s = checkHall(hall); !s.ok()) return s;
    mUndoStack->push(AddRemoveHalls::add(this, std::move(hall)));
    return core::Done{};
}

// ---- Changing ----------------------------------------------------------------------------------

core::Status PlanDocument::changeRacks(const std::string &hall, std::vector<core::Rack> racks,
                                       const QString &text, int mergeSession)
{
    return changeChecked<ChangeRacks>(this, hall, std::move(racks), text, mergeSession);
}
core::Status PlanDocument::changeFeeds(const std::string &hall, std::vector<core::Feed> feeds,
                                       const QString &text, int mergeSession)
{
    return changeChecked<ChangeFeeds>(this, hall, std::move(feeds), text, mergeSession);
}
core::Status PlanDocument::changeSources(const std::string &hall, std::vector<core::Source> sources,
                                         const QString &text)
{
    return changeChecked<ChangeSources>(this, hall, std::move(sources), text, 0);
}
core::Status PlanDocument::changeLoops(const std::string &hall, std::vector<core::Loop> loops,
                                       const QString &text)
{
    return changeChecked<ChangeLoops>(this, hall, std::move(loops), text, 0);
}
core::Status PlanDocument::changeCdus(const std::string &hall, std::vector<core::Cdu> cdus,
                                      const QString &text, int mergeSession)
{
    return changeChecked<ChangeCdus>(this, hall, std::move(cdus), text, mergeSession);
}
core::Status PlanDocument::changeObstacles(const std::string &hall,
                                           std::vector<core::Obstacle> obstacles,
                                           const QString &text, int mergeSession)
{
    return changeChecked<ChangeObstacles>(this, hall, std::move(obstacles), text, mergeSession);
}

core::Status PlanDocument::changeHallProperties(const std::string &hall,
                                                core::HallProperties properties,
                                                const QString &text, int mergeSession)
{
    const core::Hall *h = mPlan.hall(hall);
    if (!h) return noHall(hall);
    core::Hall candidate = *h;
    core::swapHallProperties(candidate, properties);
    if (auto s = checkHall(candidate); !s.ok()) return s;
    if (core::hallProperties(*h) == properties) return core::Done{};
    mUndoStack->push(
        new ChangeHallProperties(this, hall, std::move(properties), text, mergeSession));
    return core::Done{};
}

core::Status PlanDocument::changePlanProperties(core::PlanProperties properties,
                                                const QString &text)
{
    core::Plan probe;
    probe.catalog = mPlan.catalog;
    core::swapPlanProperties(probe, properties);
    const auto problems = core::validatePlan(probe, core::builtinCatalog());
    if (!problems.empty()) return withoutProbePrefix(problems);
    if (core::planProperties(mPlan) == properties) return core::Done{};
    mUndoStack->push(new ChangePlanProperties(this, std::move(properties), text));
    return core::Done{};
}

// ---- Tenants and reservations ------------------------------------------------------------------

namespace {

/**
 * The problems the validator finds in the tenants and reservations of a candidate plan, with
 * the list prefix ("reservations[2].") dropped: the dialog editing one entry names it already.
 */
core::Status checkTenantsOf(const core::Plan &candidate)
{
    core::Error e;
    for (core::Problem p : core::validatePlan(candidate, core::builtinCatalog())) {
        bool ours = false;
        for (const std::string prefix : {"tenants[", "reservations["}) {
            if (p.place.compare(0, prefix.size(), prefix) != 0) continue;
            ours = true;
            const auto dot = p.place.find("].");
            p.place = dot == std::string::npos ? std::string() : p.place.substr(dot + 2);
        }
        if (!ours) continue;
        e.problems.push_back(std::move(p));
        if (e.problems.size() == 3) break;
    }
    if (e.problems.empty()) return core::Done{};
    return e;
}

} // namespace

core::Status PlanDocument::addTenant(core::Tenant tenant)
{
    core::Plan candidate = mPlan;
    if (auto s = core::insertTenant(candidate, {candidate.tenants.size(), tenant}); !s.ok())
        return s;
    if (auto s = checkTenantsOf(candidate); !s.ok()) return s;
    mUndoStack->push(AddRemoveTenant::add(this, std::move(tenant)));
    return core::Done{};
}

core::Status PlanDocument::changeTenant(core::Tenant tenant)
{
    core::Plan candidate = mPlan;
    auto old = core::replaceTenant(candidate, tenant);
    if (!old.ok()) return old.error();
    if (old.value() == tenant) return core::Done{};
    if (auto s = checkTenantsOf(candidate); !s.ok()) return s;
    const QString text = tr("Change tenant %1")
                             .arg(QString::fromStdString(tenant.name.empty() ? tenant.id
                                                                             : tenant.name));
    mUndoStack->push(new ChangeTenant(this, std::move(tenant), text));
    return core::Done{};
}

core::Status PlanDocument::removeTenant(const std::string &tenantId, bool clearUses)
{
    core::Plan candidate = mPlan;
    auto removed = core::removeTenant(candidate, tenantId, clearUses);
    if (!removed.ok()) return removed.error();
    mUndoStack->push(AddRemoveTenant::remove(this, tenantId, clearUses));
    return core::Done{};
}

core::Status PlanDocument::addReservation(core::Reservation reservation)
{
    core::Plan candidate = mPlan;
    if (auto s = core::insertReservation(candidate, {candidate.reservations.size(), reservation});
        !s.ok())
        return s;
    if (auto s = checkTenantsOf(candidate); !s.ok()) return s;
    mUndoStack->push(AddRemoveReservation::add(this, std::move(reservation)));
    return core::Done{};
}

core::Status PlanDocument::changeReservation(core::Reservation reservation)
{
    core::Plan candidate = mPlan;
    auto old = core::replaceReservation(candidate, reservation);
    if (!old.ok()) return old.error();
    if (old.value() == reservation) return core::Done{};
    if (auto s = checkTenantsOf(candidate); !s.ok()) return s;
    const QString text = tr("Change reservation %1").arg(QString::fromStdString(reservation.id));
    mUndoStack->push(new ChangeReservation(this, std::move(reservation), text));
    return core::Done{};
}

core::Status PlanDocument::removeReservation(const std::string &reservationId)
{
    core::Plan candidate = mPlan;
    auto removed = core::removeReservation(candidate, reservationId);
    if (!removed.ok()) return removed.error();
    mUndoStack->push(AddRemoveReservation::remove(this, reservationId));
    return core::Done{};
}

void PlanDocument::moveObjects(const std::string &hall, const std::vector<std::string> &racks,
                               const std::vector<std::string> &cdus,
                               const std::vector<std::string> &obstacles, core::Vec2 delta,
                               int mergeSession)
{
    const core::Hall *h = mPlan.hall(hall);
    if (!h || (delta.x == 0 && delta.y == 0)) return;
    MovedObjects m;
    m.racks = core::objectsById<core::Rack>(*h, racks);
    for (core::Rack &r : m.racks)
        r.position = r.position + delta;
    m.cdus = core::objectsById<core::Cdu>(*h, cdus);
    for (core::Cdu &c : m.cdus)
        c.position = c.position + delta;
    m.obstacles = core::objectsById<core::Obstacle>(*h, obstacles);
    for (core::Obstacle &o : m.obstacles)
        o.polygon = core::movedPolyline(o.polygon, delta);
    if (m.racks.empty() && m.cdus.empty() && m.obstacles.empty()) return;
    mUndoStack->push(new MoveObjects(this, hall, std::move(m), mergeSession));
}

// ---- Removing ----------------------------------------------------------------------------------

core::Status PlanDocument::removeObjects(const std::vector<core::ObjectRef> &objects)
{
    struct PerHall
    {
        std::vector<std::string> racks, feeds, sources, loops, cdus, obstacles;
    };
    std::map<std::string, PerHall> byHall;
    std::vector<std::string> halls;
    for (const auto &ref : objects) {
        if (!exists(ref)) continue;
        PerHall &p = byHall[ref.hall];
        switch (ref.kind) {
        case core::ObjectKind::Hall:
            halls.push_back(ref.hall);
            break;
        case core::ObjectKind::Rack:
            p.racks.push_back(ref.id);
            break;
        case core::ObjectKind::Feed:
            p.feeds.push_back(ref.id);
            break;
        case core::ObjectKind::Source:
            p.sources.push_back(ref.id);
            break;
        case core::ObjectKind::Loop:
            p.loops.push_back(ref.id);
            break;
        case core::ObjectKind::Cdu:
            p.cdus.push_back(ref.id);
            break;
        case core::ObjectKind::Obstacle:
            p.obstacles.push_back(ref.id);
            break;
        }
    }
    if (byHall.empty() && halls.empty()) return core::Error("nothing to delete");

    // Reservations must not name what is gone: those of a removed hall go with it; a removed
    // pair or loop leaves a reservation's list, and one left with none of its pairs or loops goes.
    // Worked out before anything is removed (a removed feed's partner loses its pair).
    std::vector<std::string> reservationsToRemove;
    std::vector<core::Reservation> reservationsToChange;
    for (const core::Reservation &r : mPlan.reservations) {
        const bool hallGone = std::find(halls.begin(), halls.end(), r.hall) != halls.end();
        auto p = byHall.find(r.hall);
        core::Reservation changed = r;
        if (!hallGone && p != byHall.end()) {
            const core::Hall &h = *mPlan.hall(r.hall);
            std::set<std::string> gonePairs;
            for (const core::Feed &f : h.power.feeds) {
                if (!f.pair.empty() &&
                    std::find(p->second.feeds.begin(), p->second.feeds.end(), f.id) !=
                        p->second.feeds.end())
                    gonePairs.insert(f.pair);
            }
            const std::set<std::string> goneLoops(p->second.loops.begin(), p->second.loops.end());
            std::erase_if(changed.pairs, [&](const std::string &x) { return gonePairs.count(x); });
            std::erase_if(changed.loops, [&](const std::string &x) { return goneLoops.count(x); });
        }
        const bool emptied = (changed.pairs.empty() && !r.pairs.empty()) ||
                             (changed.loops.empty() && !r.loops.empty());
        if (hallGone || emptied)
            reservationsToRemove.push_back(r.id);
        else if (changed != r)
            reservationsToChange.push_back(std::move(changed));
    }

    const int count = int(objects.size());
    MacroGuard macro(mUndoStack, tr("Delete %n object(s)", nullptr, count));
    for (auto &[hallId, p] : byHall) {
        if (std::find(halls.begin(), halls.end(), hallId) != halls.end())
            continue; // the whole hall goes
        const core::Hall &h = *mPlan.hall(hallId);
        core::Dependents d = core::dependentsOfRemoval(h, p.feeds, p.sources, p.loops);
        const std::set<std::string> goingRacks(p.racks.begin(), p.racks.end());
        std::vector<core::Rack> racks;
        for (core::Rack &r : d.racks) {
            if (!goingRacks.count(r.id)) racks.push_back(std::move(r));
        }
        if (!racks.empty())
            mUndoStack->push(
                new ChangeRacks(this, hallId, std::move(racks), tr("Disconnect racks")));
        if (!d.feeds.empty())
            mUndoStack->push(new ChangeFeeds(this, hallId, std::move(d.feeds), tr("Unhook feeds")));
        std::set<std::string> cdus(p.cdus.begin(), p.cdus.end());
        cdus.insert(d.cdus.begin(), d.cdus.end());
        if (!p.racks.empty())
            mUndoStack->push(AddRemoveRacks::remove(this, hallId, p.racks, tr("Delete racks")));
        if (!cdus.empty())
            mUndoStack->push(
                AddRemoveCdus::remove(this, hallId, {cdus.begin(), cdus.end()}, tr("Delete CDUs")));
        if (!p.obstacles.empty())
            mUndoStack->push(
                AddRemoveObstacles::remove(this, hallId, p.obstacles, tr("Delete obstacles")));
        if (!p.feeds.empty())
            mUndoStack->push(AddRemoveFeeds::remove(this, hallId, p.feeds, tr("Delete feeds")));
        if (!p.loops.empty())
            mUndoStack->push(AddRemoveLoops::remove(this, hallId, p.loops, tr("Delete loops")));
        if (!p.sources.empty())
            mUndoStack->push(
                AddRemoveSources::remove(this, hallId, p.sources, tr("Delete sources")));
    }
    for (const std::string &id : reservationsToRemove)
        mUndoStack->push(AddRemoveReservation::remove(this, id));
    for (core::Reservation &r : reservationsToChange) {
        const QString text = tr("Change reservation %1").arg(QString::fromStdString(r.id));
        mUndoStack->push(new ChangeReservation(this, std::move(r), text));
    }
    for (const std::string &hallId : halls)
        mUndoStack->push(AddRemoveHalls::remove(this, hallId));
    return core::Done{};
}

} // namespace hw::ui
