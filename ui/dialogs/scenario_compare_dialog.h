// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/scenario_compare.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

#include <optional>
#include <stop_token>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace hw::ui {

class ChartWidget;
class PlanDocument;

/**
 * Scenarios side by side (issue 6 item 4): a column per scenario (the active one marked) and a
 * row per figure — racks, GPUs, IT and facility MW, PFLOPS per precision, stranded capacity and
 * headroom by resource, errors and warnings — plus the comparison charts. core::compareScenarios()
 * evaluates each variant alone on a snapshot off the UI thread, with a busy bar and Stop; an edit
 * meanwhile starts it again, and a result for an older revision is dropped. Modeless.
 */
class ScenarioCompareDialog : public QDialog
{
    Q_OBJECT

public:
    ScenarioCompareDialog(PlanDocument *document, QWidget *parent = nullptr);
    ~ScenarioCompareDialog() override;

    /** Starts (or restarts) the comparison of the document as it is now. */
    void start();
    void cancel();
    /** From start() until finishedRun() (a finished worker's result may still be queued). */
    bool isRunning() const { return mInFlight; }
    /** The comparison shown (empty before the first one finishes). */
    const std::optional<core::ScenarioComparison> &comparison() const { return mComparison; }
    QTableWidget *table() const { return mTable; }
    /** The table as tab-separated text, the header row first (what Copy puts on the clipboard). */
    QString tableText() const;
    void copyToClipboard() const;
    QString statusText() const;
    /** The scenario charts, one per chart tab. */
    QList<ChartWidget *> charts() const { return mCharts; }

Q_SIGNALS:
    void finishedRun();

private:
    struct Outcome
    {
        quint64 revision = 0;
        core::ScenarioComparison comparison;
    };

    void onFinished();
    void fill();

    PlanDocument *mDocument;
    QTabWidget *mTabs;
    QTableWidget *mTable;
    QList<ChartWidget *> mCharts;
    QLabel *mStatus;
    QProgressBar *mProgress;
    QPushButton *mStop;
    QPushButton *mCopy;
    QTimer mRestart;
    QFutureWatcher<Outcome> mWatcher;
    bool mInFlight = false;
    std::stop_source mStopSource;
    std::optional<core::ScenarioComparison> mComparison;
    bool mAgain = false;
};

} // namespace hw::ui
