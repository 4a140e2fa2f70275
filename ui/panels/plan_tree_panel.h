// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "ui/services/analysis_result.h"

#include <QDockWidget>

class QTreeView;

namespace hw::ui {

class PlanDocument;
class PlanTreeModel;

/**
 * The plan tree dock, kept in step with the document's selection both ways: selecting rows
 * selects the objects (and opens their hall), selecting on the plan highlights their rows.
 */
class PlanTreePanel : public QDockWidget
{
    Q_OBJECT

public:
    PlanTreePanel(PlanDocument *document, QWidget *parent = nullptr);

    QTreeView *view() const { return mView; }
    PlanTreeModel *model() const { return mModel; }
    void setAnalysis(AnalysisResultPtr result);

Q_SIGNALS:
    /** A row was double-clicked: show its objects. */
    void zoomRequested();

private:
    void syncFromDocument();
    void syncToDocument();
    void restoreExpansion();

    PlanDocument *mDocument;
    PlanTreeModel *mModel;
    QTreeView *mView;
    bool mSyncing = false;
};

} // namespace hw::ui
