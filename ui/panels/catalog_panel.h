// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QDockWidget>

class QListWidget;

namespace hw::ui {

class PlanDocument;

/**
 * The rack catalog (built-in types and the plan's own): pick a type to place it by clicking on
 * the plan, or drag it onto the plan.
 */
class CatalogPanel : public QDockWidget
{
    Q_OBJECT

public:
    CatalogPanel(PlanDocument *document, QWidget *parent = nullptr);
    QListWidget *list() const { return mList; }

Q_SIGNALS:
    /** A type was picked (clicked): the main window switches to the place tool. */
    void rackTypeChosen(const QString &rackType);

private:
    void refill();

    PlanDocument *mDocument;
    QListWidget *mList;
};

} // namespace hw::ui
