// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/commands/scenario_commands.h"

#include "core/edit/scenario_ops.h"
#include "core/model/scenario_plan.h"
#include "ui/document/plan_document.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <cctype>

namespace hw::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScenarioCommands", text);
}

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

void warnIfFailed(const core::Status &s)
{
    if (!s.ok()) qWarning("%s", s.error().toString().c_str());
}

std::string trimmed(const std::string &s)
{
    return QString::fromStdString(s).trimmed().toStdString();
}

core::Error noScenario(const std::string &id)
{
    return core::Error("there is no scenario \"" + id + "\"");
}

} // namespace

std::string scenarioIdFor(const core::Plan &plan, const std::string &name)
{
    std::string slug;
    for (unsigned char c : name) {
        if (std::isalnum(c))
            slug += char(std::tolower(c));
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return core::freshScenarioId(plan, slug.empty() ? std::string("scenario") : slug);
}

// ---- AddScenarios ------------------------------------------------------------------------------

AddScenarios::AddScenarios(PlanDocument *document, std::vector<core::Indexed<core::Scenario>> added,
                           std::string activate, const QString &text)
    : QUndoCommand(text), mDocument(document), mAdded(std::move(added)),
      mActivate(std::move(activate))
{}

core::Status AddScenarios::newFromCurrent(PlanDocument *document, const std::string &name)
{
    const std::string label = trimmed(name);
    if (label.empty()) return core::Error("a scenario needs a name");
    const core::Plan &plan = document->plan();
    std::vector<core::Indexed<core::Scenario>> added;
    core::Plan ids; // the scenario ids taken so far, to make fresh ones
    ids.scenarios = plan.scenarios;
    for (core::Scenario &s : ids.scenarios)
        s.halls.clear();
    if (plan.scenarios.empty()) {
        // The current halls become a scenario of their own: an entry naming them, no halls.
        core::Scenario base;
        base.name = tr("Base").toStdString();
        base.id = scenarioIdFor(ids, base.name);
        ids.scenarios.push_back(base);
        added.push_back({0, std::move(base)});
    }
    core::Scenario copy;
    copy.name = label;
    copy.id = scenarioIdFor(ids, label);
    copy.halls = plan.halls;
    const std::string id = copy.id;
    added.push_back({ids.scenarios.size(), std::move(copy)});
    document->undoStack()->push(new AddScenarios(document, std::move(added), id,
                                                 tr("New scenario \"%1\"").arg(str(label))));
    return core::Done{};
}

core::Status AddScenarios::duplicate(PlanDocument *document, const std::string &id,
                                     const std::string &name)
{
    const std::string label = trimmed(name);
    if (label.empty()) return core::Error("a scenario needs a name");
    const core::Plan &plan = document->plan();
    const int index = core::scenarioIndex(plan, id);
    if (index < 0) return noScenario(id);
    core::Scenario copy;
    copy.name = label;
    copy.id = scenarioIdFor(plan, label);
    copy.halls = core::scenarioHalls(plan, std::size_t(index));
    copy.extras = plan.scenarios[std::size_t(index)].extras;
    document->undoStack()->push(
        new AddScenarios(document, {{std::size_t(index) + 1, std::move(copy)}}, {},
                         tr("Duplicate scenario \"%1\"")
                             .arg(str(core::scenarioLabel(plan.scenarios[std::size_t(index)])))));
    return core::Done{};
}

void AddScenarios::redo()
{
    core::Plan &plan = mDocument->planForCommands();
    for (const auto &s : mAdded)
        warnIfFailed(core::insertScenario(plan, s));
    if (mActivate.empty()) {
        mDocument->notify({ChangeEvent::Scenarios, {}, {}});
        return;
    }
    mPreviousActive = plan.activeScenario;
    warnIfFailed(core::activateScenario(plan, mActivate));
    mDocument->notify({ChangeEvent::Everything, {}, {}});
}

void AddScenarios::undo()
{
    core::Plan &plan = mDocument->planForCommands();
    if (!mActivate.empty()) warnIfFailed(core::activateScenario(plan, mPreviousActive));
    for (auto it = mAdded.rbegin(); it != mAdded.rend(); ++it) {
        auto removed = core::removeScenario(plan, it->value.id);
        if (!removed.ok()) {
            qWarning("%s", removed.error().toString().c_str());
            continue;
        }
        *it = std::move(removed.value()); // holds its halls again: redo puts them back as they were
    }
    mDocument->notify(
        {mActivate.empty() ? ChangeEvent::Scenarios : ChangeEvent::Everything, {}, {}});
}

// ---- RemoveScenario ----------------------------------------------------------------------------

RemoveScenario::RemoveScenario(PlanDocument *document, std::string id, const QString &text)
    : QUndoCommand(text), mDocument(document), mId(std::move(id))
{}

core::Status RemoveScenario::push(PlanDocument *document, const std::string &id)
{
    const core::Plan &plan = document->plan();
    const int index = core::scenarioIndex(plan, id);
    if (index < 0) return noScenario(id);
    if (id == plan.activeScenario && plan.scenarios.size() > 1)
        return core::Error("the active scenario cannot be removed while others exist; activate "
                           "another one first");
    document->undoStack()->push(
        new RemoveScenario(document, id,
                           tr("Remove scenario \"%1\"")
                               .arg(str(core::scenarioLabel(plan.scenarios[std::size_t(index)])))));
    return core::Done{};
}

void RemoveScenario::redo()
{
    auto removed = core::removeScenario(mDocument->planForCommands(), mId);
    if (!removed.ok()) {
        qWarning("%s", removed.error().toString().c_str());
        return;
    }
    mRemoved = std::move(removed.value());
    mDocument->notify({ChangeEvent::Scenarios, {}, {}});
}

void RemoveScenario::undo()
{
    warnIfFailed(core::insertScenario(mDocument->planForCommands(), mRemoved));
    mRemoved.value.halls.clear();
    mDocument->notify({ChangeEvent::Scenarios, {}, {}});
}

// ---- RenameScenario ----------------------------------------------------------------------------

RenameScenario::RenameScenario(PlanDocument *document, std::string id, std::string name,
                               const QString &text)
    : QUndoCommand(text), mDocument(document), mId(std::move(id)), mName(std::move(name))
{}

core::Status RenameScenario::push(PlanDocument *document, const std::string &id,
                                  const std::string &name)
{
    const std::string label = trimmed(name);
    if (label.empty()) return core::Error("a scenario needs a name");
    const core::Plan &plan = document->plan();
    const int index = core::scenarioIndex(plan, id);
    if (index < 0) return noScenario(id);
    if (plan.scenarios[std::size_t(index)].name == label) return core::Done{}; // no step
    document->undoStack()->push(new RenameScenario(
        document, id, label,
        tr("Rename scenario \"%1\" to \"%2\"")
            .arg(str(core::scenarioLabel(plan.scenarios[std::size_t(index)])), str(label))));
    return core::Done{};
}

void RenameScenario::redo()
{
    auto previous = core::renameScenario(mDocument->planForCommands(), mId, mName);
    if (!previous.ok()) {
        qWarning("%s", previous.error().toString().c_str());
        return;
    }
    mName = std::move(previous.value());
    mDocument->notify({ChangeEvent::Scenarios, {}, {}});
}

// ---- ActivateScenario --------------------------------------------------------------------------

ActivateScenario::ActivateScenario(PlanDocument *document, std::string id, std::string previous,
                                   const QString &text)
    : QUndoCommand(text), mDocument(document), mId(std::move(id)), mPrevious(std::move(previous))
{}

core::Status ActivateScenario::push(PlanDocument *document, const std::string &id)
{
    const core::Plan &plan = document->plan();
    const int index = core::scenarioIndex(plan, id);
    if (index < 0) return noScenario(id);
    if (id == plan.activeScenario) return core::Done{}; // already: no step
    document->undoStack()->push(new ActivateScenario(
        document, id, plan.activeScenario,
        tr("Switch to scenario \"%1\"")
            .arg(str(core::scenarioLabel(plan.scenarios[std::size_t(index)])))));
    return core::Done{};
}

void ActivateScenario::redo()
{
    warnIfFailed(core::activateScenario(mDocument->planForCommands(), mId));
    mDocument->notify({ChangeEvent::Everything, {}, {}});
}

void ActivateScenario::undo()
{
    warnIfFailed(core::activateScenario(mDocument->planForCommands(), mPrevious));
    mDocument->notify({ChangeEvent::Everything, {}, {}});
}

} // namespace hw::ui
