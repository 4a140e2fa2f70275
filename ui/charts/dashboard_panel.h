// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "ui/charts/chart_data.h"
#include "ui/services/analysis_result.h"

#include <QDockWidget>
#include <QFutureWatcher>

#include <map>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>

class QComboBox;
class QLabel;
class QTabWidget;

namespace hw::ui {

class AnalysisRunner;
class ChartWidget;
class PlanDocument;
class Prompts;

/**
 * The capacity dashboard dock: the charts of the latest analysis for the site or one hall (by
 * default the hall being edited), on pages Power, Cooling, Headroom & stranded, Density, Timeline,
 * Scenarios and Tenants. Every chart is a ChartWidget fed by the pure functions of chart_data.h,
 * so what it draws is the engine's report.
 *
 * Each analysis result refreshes the charts (while the dock is hidden, once it is shown). The
 * phase timeline and the scenario comparison evaluate the plan many times, so they run on a
 * snapshot off the UI thread, only while their page is shown; a result for an older revision is
 * dropped and the job started again.
 *
 * setWhatIf() switches the power and cooling charts to a failure scenario (the what-if panel
 * calls it); null returns them to normal operation.
 */
class DashboardPanel : public QDockWidget
{
    Q_OBJECT

public:
    enum class Page
    {
        Power,
        Cooling,
        Headroom,
        Density,
        Timeline,
        Scenarios,
        Tenants
    };

    DashboardPanel(PlanDocument *document, AnalysisRunner *runner, QWidget *parent = nullptr);
    ~DashboardPanel() override;

    /** The failure the power and cooling charts show; null: normal operation. */
    void setWhatIf(std::shared_ptr<const core::FailureReport> failure);
    const std::shared_ptr<const core::FailureReport> &whatIf() const { return mWhatIf; }

    /** nullopt: follow the hall being edited (the default); "": the site; else a hall id. */
    void setScope(std::optional<std::string> hall);
    /** The hall the charts show now ("" for the site). */
    std::string scopeHall() const;

    void showPage(Page page);
    Page currentPage() const;
    /** The chart of a kind (every kind has one). */
    ChartWidget *chart(ChartKind kind) const;
    /** Where export dialogs and errors go; null: real dialogs. Not owned. */
    void setPrompts(Prompts *prompts);

    /** The phase timeline and the scenario comparison of the current revision, if computed. */
    std::shared_ptr<const core::PhaseTimeline> timeline() const;
    std::shared_ptr<const core::ScenarioComparison> comparison() const;
    /** Off-thread results thrown away because the plan had changed meanwhile. */
    int droppedJobs() const { return mDropped; }
    bool isComputing() const;

Q_SIGNALS:
    /** The charts show a new analysis result (tests). */
    void refreshed();
    void timelineReady();
    void comparisonReady();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Timed
    {
        core::PhaseTimeline timeline;
        core::ScenarioComparison comparison;
        bool stopped = false;
    };

    void onAnalysis(AnalysisResultPtr result);
    void refresh();
    void refreshTimeline();
    void refreshScenarios();
    void updateScopes();
    void updateBanner();
    void startJobs();
    void startTimeline();
    void startComparison();
    void onTimelineFinished();
    void onComparisonFinished();
    QWidget *makePage(std::initializer_list<ChartKind> kinds);

    PlanDocument *mDocument;
    AnalysisRunner *mRunner;
    QComboBox *mScope;
    QLabel *mBanner;
    QTabWidget *mTabs;
    std::map<ChartKind, ChartWidget *> mCharts;
    AnalysisResultPtr mResult;
    std::shared_ptr<const core::FailureReport> mWhatIf;
    std::optional<std::string> mScopeHall;
    bool mStale = false; ///< a result arrived while hidden

    // A job is in flight from setFuture() until its finished() is handled (a finished worker's
    // result may still be queued): the flags, not QFutureWatcher::isRunning(), say so.
    QFutureWatcher<Timed> mTimelineWatcher;
    bool mTimelineInFlight = false;
    std::stop_source mTimelineStop;
    quint64 mTimelineRevision = 0;
    std::shared_ptr<const core::PhaseTimeline> mTimeline;
    quint64 mTimelineFor = 0; ///< revision mTimeline shows

    QFutureWatcher<Timed> mComparisonWatcher;
    bool mComparisonInFlight = false;
    std::stop_source mComparisonStop;
    quint64 mComparisonRevision = 0;
    std::shared_ptr<const core::ScenarioComparison> mComparison;
    quint64 mComparisonFor = 0;
    int mDropped = 0;
};

} // namespace hw::ui
