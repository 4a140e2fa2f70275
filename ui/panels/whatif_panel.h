// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/object_ref.h"
#include "core/engine/failure_analysis.h"
#include "core/engine/worst_failure.h"
#include "core/model/result.h"
#include "ui/document/change_event.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QTimer>

#include <memory>
#include <stop_token>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace hw::ui {

class HallScene;
class PlanDocument;
class WhatIfItem;

/**
 * Failure what-if (issue 6 item 2): feeds, sources and CDUs of the hall being edited (or of every
 * hall) with check boxes; the checked ones fail together. core::analyzeFailure() — the function
 * behind `hallwright-cli evaluate --fail` — runs on a snapshot off the UI thread; a result for an
 * older revision or an older set of failures is dropped, and an edit while failures are set
 * reruns it. The plan shows the outcome (WhatIfItem), the panel sums it up, and whatIfChanged()
 * hands it to the charts. "Worst" on a hall row runs core::worstSingleFailure() and fails the
 * worst candidate. A view of the plan: nothing here enters the undo stack.
 */
class WhatIfPanel : public QDockWidget
{
    Q_OBJECT

public:
    WhatIfPanel(PlanDocument *document, HallScene *scene, QWidget *parent = nullptr);
    ~WhatIfPanel() override;

    /** The failed feed, source and CDU ids, in the order they were picked. */
    const std::vector<std::string> &failed() const { return mFailed; }
    bool isFailed(const std::string &id) const;
    /** Fails exactly these objects (unknown ids are dropped) and starts the analysis. */
    void setFailed(std::vector<std::string> ids);
    void toggleFailed(const std::string &id);
    /**
     * Toggles the feeds, sources and CDUs among `objects` (the selection): all fail when any of
     * them is working, else all are restored. False when there is none among them.
     */
    bool toggleObjects(const std::vector<core::ObjectRef> &objects);
    /** Restores everything: the plan shows normal operation again. */
    void clear();
    /** Runs the worst single failure of a hall off the UI thread and fails its worst candidate. */
    void failWorstOf(const std::string &hallId);
    /**
     * Adds the "Fail …" entries for a picked object to a context menu: a feed (and its source),
     * a CDU, and the hall's worst single failure. Returns how many were added.
     */
    int addFailActions(QMenu *menu, const core::ObjectRef &ref);

    /** The report for the current failures and revision; null when nothing is failed. */
    std::shared_ptr<const core::FailureReport> report() const { return mReport; }
    bool isBusy() const;
    /** Results thrown away because the plan or the failures had changed meanwhile. */
    int droppedResults() const { return mDropped; }
    QString summaryText() const;
    QTreeWidget *list() const { return mList; }
    WhatIfItem *overlay() const { return mOverlay; }

Q_SIGNALS:
    /** The failure report now shown (null: cleared, normal operation). */
    void whatIfChanged(std::shared_ptr<const hw::core::FailureReport> report);
    /** A message for the status bar. */
    void statusMessage(const QString &message);
    /** An analysis or a worst-failure search ended (shown or dropped); for tests. */
    void runFinished();

private:
    struct Outcome
    {
        quint64 revision = 0;
        quint64 request = 0;
        core::Result<core::FailureReport> report = core::Error("not run");
    };
    struct WorstOutcome
    {
        quint64 revision = 0;
        core::Result<core::WorstFailure> worst = core::Error("not run");
    };

    void refill();
    void syncChecks();
    void onItemChanged(QTreeWidgetItem *item, int column);
    void onChanged(const ChangeEvent &event);
    void start();
    void onFinished();
    void onWorstFinished();
    void showReport(std::shared_ptr<const core::FailureReport> report, const QString &error = {});
    void updateSummary();
    QString objectKind(const std::string &id) const;

    PlanDocument *mDocument;
    HallScene *mScene;
    WhatIfItem *mOverlay;
    QComboBox *mScope;
    QTreeWidget *mList;
    QLabel *mSummary;
    QPushButton *mClear;
    QTimer mRerun;
    std::vector<std::string> mFailed;
    quint64 mRequest = 0; ///< bumped by every change of mFailed
    std::shared_ptr<const core::FailureReport> mReport;
    QString mError;
    QFutureWatcher<Outcome> mWatcher;
    bool mPending = false;
    bool mInFlight = false;
    QFutureWatcher<WorstOutcome> mWorstWatcher;
    std::stop_source mWorstStop;
    bool mWorstInFlight = false;
    int mDropped = 0;
    bool mRefilling = false;
};

} // namespace hw::ui
