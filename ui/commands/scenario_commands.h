// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/hall_objects.h"
#include "core/model/result.h"
#include "core/model/scenario.h"

#include <QUndoCommand>

#include <string>
#include <vector>

namespace hw::ui {

class PlanDocument;

/**
 * The scenario edits (issue 6 item 4), each one undo step over core/edit/scenario_ops. The static
 * push functions check, refuse with the reason, or push the command. Adding, removing and
 * renaming announce ChangeEvent::Scenarios; whatever swaps the active halls announces
 * ChangeEvent::Everything, so the scene, the tree and the analysis start over.
 */
class AddScenarios : public QUndoCommand
{
public:
    /**
     * A new scenario holding a copy of the current halls, made the active one so that edits go
     * to the copy. In a plan without scenarios the current halls first become a scenario of
     * their own ("Base"), so the plan then holds two (core::insertScenario()).
     */
    static core::Status newFromCurrent(PlanDocument *document, const std::string &name);
    /** A copy of scenario `id`, right after it, named `name`; the active one stays active. */
    static core::Status duplicate(PlanDocument *document, const std::string &id,
                                  const std::string &name);

    void redo() override;
    void undo() override;

private:
    AddScenarios(PlanDocument *document, std::vector<core::Indexed<core::Scenario>> added,
                 std::string activate, const QString &text);

    PlanDocument *mDocument;
    std::vector<core::Indexed<core::Scenario>> mAdded;
    std::string mActivate;       ///< made active after the insertion; empty: none
    std::string mPreviousActive; ///< the active one before redo, once there are scenarios
};

/** Removes a scenario; the active one only when it is the last (the plan then has none). */
class RemoveScenario : public QUndoCommand
{
public:
    static core::Status push(PlanDocument *document, const std::string &id);

    void redo() override;
    void undo() override;

private:
    RemoveScenario(PlanDocument *document, std::string id, const QString &text);

    PlanDocument *mDocument;
    std::string mId;
    core::Indexed<core::Scenario> mRemoved;
};

/** Renames a scenario. */
class RenameScenario : public QUndoCommand
{
public:
    static core::Status push(PlanDocument *document, const std::string &id,
                             const std::string &name);

    void redo() override;
    void undo() override { redo(); } // a swap of names

private:
    RenameScenario(PlanDocument *document, std::string id, std::string name, const QString &text);

    PlanDocument *mDocument;
    std::string mId;
    std::string mName; ///< the name to set next
};

/** Makes another scenario the active one: its halls become the plan's. */
class ActivateScenario : public QUndoCommand
{
public:
    static core::Status push(PlanDocument *document, const std::string &id);

    void redo() override;
    void undo() override;

private:
    ActivateScenario(PlanDocument *document, std::string id, std::string previous,
                     const QString &text);

    PlanDocument *mDocument;
    std::string mId;
    std::string mPrevious;
};

/** An id for a new scenario named `name`: a lower-case slug, unique in the plan. */
std::string scenarioIdFor(const core::Plan &plan, const std::string &name);

} // namespace hw::ui
