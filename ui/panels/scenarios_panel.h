// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/result.h"
#include "ui/document/change_event.h"

#include <QDockWidget>
#include <QPointer>

#include <string>

class QAction;
class QLabel;
class QListWidget;

namespace hw::ui {

class PlanDocument;
class ScenarioCompareDialog;

/**
 * The plan's scenarios (issue 6 item 4): named variants of its halls, the active one marked
 * (its halls are the ones on the plan). New from Current, Duplicate, Rename, Remove and Activate
 * (double-click) are each one undo step (ui/commands/scenario_commands.h); Compare opens the
 * side-by-side table. The functions taking a name are what the actions call after asking.
 */
class ScenariosPanel : public QDockWidget
{
    Q_OBJECT

public:
    ScenariosPanel(PlanDocument *document, QWidget *parent = nullptr);

    QListWidget *list() const { return mList; }
    /** The scenario id of the selected row, or empty. */
    std::string selectedId() const;
    void selectScenario(const std::string &id);

    core::Status newFromCurrent(const std::string &name);
    core::Status duplicateSelected(const std::string &name);
    core::Status renameSelected(const std::string &name);
    core::Status removeSelected();
    core::Status activateSelected();
    /** Opens (or raises) the compare dialog and starts its computation. */
    ScenarioCompareDialog *showCompare();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void refill();
    void updateActions();
    void report(const QString &what, const core::Status &status);
    QString askName(const QString &title, const QString &suggestion);

    PlanDocument *mDocument;
    QListWidget *mList;
    QLabel *mHint;
    QAction *mNew;
    QAction *mDuplicate;
    QAction *mRename;
    QAction *mRemove;
    QAction *mActivate;
    QAction *mCompare;
    QPointer<ScenarioCompareDialog> mCompareDialog;
};

} // namespace hw::ui
