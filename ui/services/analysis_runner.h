// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "ui/document/change_event.h"
#include "ui/services/analysis_result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

#include <memory>
#include <set>
#include <stop_token>
#include <string>

namespace hw::core {
class IncrementalEvaluator;
struct Plan;
} // namespace hw::core

namespace hw::ui {

class PlanDocument;

/**
 * Keeps an evaluation of the document up to date off the UI thread (STYLE "Running the engine
 * off the UI thread"). Changes are coalesced by a 150 ms single-shot timer; then a snapshot of the
 * plan and its revision go to QtConcurrent, where a core::IncrementalEvaluator re-evaluates only
 * the halls the changes named (or everything after a change beyond halls). A newer request stops
 * the running one through its std::stop_source; a result whose revision is no longer the
 * document's is dropped, never shown. Only one evaluation runs at a time because the evaluator
 * keeps per-hall results between runs.
 */
class AnalysisRunner : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisRunner(PlanDocument *document, QObject *parent = nullptr);
    ~AnalysisRunner() override;

    /** Coalescing delay in milliseconds (default 150). */
    void setDelay(int milliseconds) { mTimer.setInterval(milliseconds); }
    /** Schedules an evaluation after the coalescing delay. */
    void scheduleAnalysis();
    /** Starts an evaluation now (tests; after opening a plan). */
    void runNow();
    bool isBusy() const { return mWatcher.isRunning() || mTimer.isActive(); }

    AnalysisResultPtr latest() const { return mLatest; }
    /** Results thrown away because the document had moved on (for tests and the status bar). */
    int droppedResults() const { return mDropped; }
    /** Evaluations run so far, and those that were full ones. */
    int runs() const { return mRuns; }
    int fullRuns() const { return mFullRuns; }
    /** The engine's message if the evaluation of the current revision failed, else empty. */
    const QString &lastError() const { return mLastError; }
    /**
     * Runs on the worker before each evaluation, with the snapshot (tests use it to make the
     * engine fail; empty by default).
     */
    void setBeforeEvaluate(std::function<void(const core::Plan &)> hook)
    {
        mBeforeEvaluate = std::move(hook);
    }

Q_SIGNALS:
    /** A result for the document's current revision. */
    void analysisReady(hw::ui::AnalysisResultPtr result);
    void busyChanged(bool busy);
    /**
     * The engine failed on the current revision (it threw: an internal error or no memory). The
     * previous result stays; the next edit tries again with a full evaluation.
     */
    void analysisFailed(const QString &message);

private:
    struct Job;
    struct Outcome
    {
        AnalysisResultPtr result;
        bool evaluated = false;
        std::string error; ///< what the engine threw (the result is then empty)
        quint64 revision = 0;
    };
    static Outcome run(std::function<void(const core::Plan &)> before,
                       std::shared_ptr<core::IncrementalEvaluator> evaluator,
                       std::shared_ptr<const core::Plan> plan, quint64 revision,
                       std::vector<std::size_t> halls, bool full, std::stop_token stop);

    void onChanged(const ChangeEvent &event);
    void start();
    void onFinished();

    PlanDocument *mDocument;
    QTimer mTimer;
    QFutureWatcher<Outcome> mWatcher;
    std::shared_ptr<core::IncrementalEvaluator> mEvaluator;
    std::stop_source mStop;
    std::set<std::string> mDirtyHalls;
    bool mFullPending = true;
    std::set<std::string> mInFlightHalls;
    bool mInFlightFull = false;
    bool mRestart = false;
    AnalysisResultPtr mLatest;
    int mDropped = 0;
    int mRuns = 0;
    int mFullRuns = 0;
    QString mLastError;
    std::function<void(const core::Plan &)> mBeforeEvaluate;
};

} // namespace hw::ui
