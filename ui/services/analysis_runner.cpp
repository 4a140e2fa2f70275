// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/services/analysis_runner.h"

#include "core/engine/incremental_evaluator.h"
#include "core/io/builtin_catalog.h"
#include "ui/document/plan_document.h"

#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <exception>
#include <new>

namespace hw::ui {

AnalysisRunner::AnalysisRunner(PlanDocument *document, QObject *parent)
    : QObject(parent), mDocument(document),
      mEvaluator(std::make_shared<core::IncrementalEvaluator>(core::builtinCatalog()))
{
    mTimer.setSingleShot(true);
    mTimer.setInterval(150);
    connect(&mTimer, &QTimer::timeout, this, &AnalysisRunner::start);
    connect(&mWatcher, &QFutureWatcher<Outcome>::finished, this, &AnalysisRunner::onFinished);
    connect(document, &PlanDocument::changed, this, &AnalysisRunner::onChanged);
}

AnalysisRunner::~AnalysisRunner()
{
    mStop.request_stop();
    mWatcher.waitForFinished();
}

void AnalysisRunner::onChanged(const ChangeEvent &event)
{
    if (event.global())
        mFullPending = true;
    else
        mDirtyHalls.insert(event.halls.begin(), event.halls.end());
    scheduleAnalysis();
}

void AnalysisRunner::scheduleAnalysis()
{
    // What runs now is for an older revision: let it stop early.
    if (mWatcher.isRunning()) mStop.request_stop();
    const bool wasBusy = isBusy();
    mTimer.start();
    if (!wasBusy) Q_EMIT busyChanged(true);
}

void AnalysisRunner::runNow()
{
    const bool wasBusy = isBusy();
    mTimer.stop();
    start();
    if (!wasBusy && isBusy()) Q_EMIT busyChanged(true);
}

void AnalysisRunner::start()
{
    if (mWatcher.isRunning()) {
        mRestart = true;
        mStop.request_stop();
        return;
    }
    auto plan = mDocument->snapshot();
    std::vector<std::size_t> halls;
    bool full = mFullPending;
    if (!full) {
        for (const std::string &id : mDirtyHalls) {
            const int i = mDocument->hallIndex(id);
            if (i < 0) {
                full = true;
                break;
            }
            halls.push_back(std::size_t(i));
        }
    }
    mInFlightFull = full;
    mInFlightHalls = std::move(mDirtyHalls);
    mDirtyHalls.clear();
    mFullPending = false;
    mRestart = false;
    mStop = std::stop_source();
    ++mRuns;
    if (full) ++mFullRuns;
    mWatcher.setFuture(QtConcurrent::run(&AnalysisRunner::run, mBeforeEvaluate, mEvaluator,
                                         std::move(plan), mDocument->revision(), std::move(halls),
                                         full, mStop.get_token()));
}

AnalysisRunner::Outcome AnalysisRunner::run(std::function<void(const core::Plan &)> before,
                                            std::shared_ptr<core::IncrementalEvaluator> evaluator,
                                            std::shared_ptr<const core::Plan> plan,
                                            quint64 revision, std::vector<std::size_t> halls,
                                            bool full, std::stop_token stop)
{
    // Worker thread: touches only the snapshot and the evaluator, never a QObject. Whatever the
    // engine throws is caught here and reported on the UI thread; a future that rethrows there
    // would end in the event loop.
    if (stop.stop_requested()) return {};
    Outcome outcome;
    outcome.revision = revision;
    try {
        if (before) before(*plan);
        const auto start = std::chrono::steady_clock::now();
        auto result = std::make_shared<AnalysisResult>();
        result->revision = revision;
        result->report = full ? evaluator->reset(*plan) : evaluator->update(*plan, halls);
        result->evaluatedHalls = int(evaluator->lastEvaluatedHalls());
        result->milliseconds =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        outcome.result = std::move(result);
        outcome.evaluated = true;
    } catch (const std::bad_alloc &) {
        outcome.error = "not enough memory to evaluate the plan";
    } catch (const std::exception &e) {
        outcome.error = e.what();
    } catch (...) {
        outcome.error = "internal error";
    }
    return outcome;
}

void AnalysisRunner::onFinished()
{
    const Outcome outcome = mWatcher.result();
    if (!outcome.error.empty()) {
        // The evaluator's per-hall state is suspect: the next run is a full one, after the next
        // edit (retrying the same revision would fail the same way).
        mFullPending = true;
        mDirtyHalls.clear();
        mInFlightHalls.clear();
        const bool current = outcome.revision == mDocument->revision();
        if (current) {
            mLastError = QString::fromStdString(outcome.error);
            Q_EMIT analysisFailed(mLastError);
        }
        if (mRestart || (!current && !mTimer.isActive())) start();
        if (!isBusy()) Q_EMIT busyChanged(false);
        return;
    }
    if (!outcome.evaluated) {
        // Stopped before it began: its halls still need evaluating.
        mFullPending = mFullPending || mInFlightFull;
        mDirtyHalls.insert(mInFlightHalls.begin(), mInFlightHalls.end());
    }
    mInFlightHalls.clear();
    if (outcome.result && outcome.result->revision == mDocument->revision()) {
        mLatest = outcome.result;
        mLastError.clear();
        Q_EMIT analysisReady(mLatest);
    } else if (outcome.result) {
        ++mDropped;
    }
    if (mRestart || ((mFullPending || !mDirtyHalls.empty()) && !mTimer.isActive())) start();
    if (!isBusy()) Q_EMIT busyChanged(false);
}

} // namespace hw::ui
