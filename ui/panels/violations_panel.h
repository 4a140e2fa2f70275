// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "ui/services/analysis_result.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace hw::ui {

class PlanDocument;

/**
 * The violations of the latest analysis, errors first. Clicking one selects the objects it names
 * (opening their hall) and asks the view to zoom to them.
 */
class ViolationsPanel : public QDockWidget
{
    Q_OBJECT

public:
    ViolationsPanel(PlanDocument *document, QWidget *parent = nullptr);

    void setAnalysis(AnalysisResultPtr result);
    QTreeWidget *list() const { return mList; }
    /** Selects the objects of row `row` as a click does. */
    void activateRow(int row);

Q_SIGNALS:
    void zoomToSelectionRequested();

private:
    void refill();

    PlanDocument *mDocument;
    QComboBox *mScope;
    QLabel *mSummary;
    QTreeWidget *mList;
    AnalysisResultPtr mResult;
};

} // namespace hw::ui
