// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/charts/dashboard_panel.h"

#include "core/io/builtin_catalog.h"
#include "ui/charts/chart_widget.h"
#include "ui/document/plan_document.h"
#include "ui/services/analysis_runner.h"
#include "ui/services/worker_result.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <vector>

namespace hw::ui {

namespace {

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

/**
 * Charts of one page: as many columns as the width allows (each chart at least 420 px wide);
 * a wide chart (many bars) takes a row of its own.
 */
class ChartPage : public QWidget
{
public:
    explicit ChartPage(QWidget *parent = nullptr) : QWidget(parent), mGrid(new QGridLayout(this))
    {
        mGrid->setContentsMargins(4, 4, 4, 4);
        mGrid->setSpacing(6);
    }

    void add(ChartWidget *chart, bool wide)
    {
        mCharts.push_back(chart);
        mWide.push_back(wide);
        mColumns = 0;
        regrid();
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        regrid();
    }

private:
    void regrid()
    {
        int narrow = 0;
        for (bool w : mWide)
            narrow += w ? 0 : 1;
        const int columns = std::clamp(width() / 420, 1, std::max(1, std::min(narrow, 3)));
        if (columns == mColumns) return;
        mColumns = columns;
        for (QWidget *w : mCharts)
            mGrid->removeWidget(w);
        int row = 0, column = 0;
        for (std::size_t i = 0; i < mCharts.size(); ++i) {
            if (mWide[i]) {
                if (column > 0) ++row;
                mGrid->addWidget(mCharts[i], row++, 0, 1, columns);
                column = 0;
                continue;
            }
            mGrid->addWidget(mCharts[i], row, column);
            if (++column == columns) {
                column = 0;
                ++row;
            }
        }
    }

    QGridLayout *mGrid;
    std::vector<QWidget *> mCharts;
    std::vector<bool> mWide;
    int mColumns = 0;
};

} // namespace

DashboardPanel::DashboardPanel(PlanDocument *document, AnalysisRunner *runner, QWidget *parent)
    : QDockWidget(tr("Capacity Dashboard"), parent), mDocument(document), mRunner(runner),
      mScope(new QComboBox), mBanner(new QLabel), mTabs(new QTabWidget)
{
    setObjectName(QStringLiteral("DashboardPanel"));
    auto *body = new QWidget(this);
    auto *column = new QVBoxLayout(body);
    column->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Scope:"), body);
    scopeLabel->setBuddy(mScope);
    mScope->setObjectName(QStringLiteral("dashboardScope"));
    mScope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mScope->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    top->addWidget(scopeLabel);
    top->addWidget(mScope);
    top->addSpacing(12);
    mBanner->setObjectName(QStringLiteral("whatIfBanner"));
    mBanner->setWordWrap(true);
    mBanner->setTextFormat(Qt::RichText);
    top->addWidget(mBanner, 1);
    top->addStretch(); // keeps the scope box compact while the banner is hidden
    column->addLayout(top);
    column->addWidget(mTabs, 1);
    setWidget(body);

    mTabs->setObjectName(QStringLiteral("dashboardTabs"));
    mTabs->addTab(makePage({ChartKind::Feeds, ChartKind::Sources}), tr("Power"));
    mTabs->addTab(makePage({ChartKind::LoopHeat, ChartKind::LoopFlow, ChartKind::Air}),
                  tr("Cooling"));
    mTabs->addTab(makePage({ChartKind::Headroom, ChartKind::Stranded}), tr("Headroom && Stranded"));
    mTabs->addTab(
        makePage({ChartKind::DensityPflops, ChartKind::DensityKw, ChartKind::DensityGpus}),
        tr("Density"));
    mTabs->addTab(makePage({ChartKind::Timeline}), tr("Timeline"));
    mTabs->addTab(makePage({ChartKind::ScenarioPower, ChartKind::ScenarioCompute,
                            ChartKind::ScenarioStranded, ChartKind::ScenarioHeadroom}),
                  tr("Scenarios"));
    mTabs->addTab(makePage({ChartKind::TenantKw, ChartKind::TenantShare}), tr("Tenants"));

    connect(mScope, &QComboBox::activated, this, [this](int index) {
        const QVariant v = mScope->itemData(index);
        setScope(v.isNull() ? std::nullopt
                            : std::optional<std::string>(v.toString().toStdString()));
    });
    connect(mTabs, &QTabWidget::currentChanged, this, [this] { startJobs(); });
    connect(mRunner, &AnalysisRunner::analysisReady, this, &DashboardPanel::onAnalysis);
    connect(mDocument, &PlanDocument::currentHallChanged, this, [this] {
        if (mScopeHall) return;
        if (isVisible())
            refresh();
        else
            mStale = true;
    });
    connect(mDocument, &PlanDocument::changed, this, [this](const ChangeEvent &e) {
        if (e.structural() || e.touches(ChangeEvent::HallProperties)) updateScopes();
    });
    connect(&mTimelineWatcher, &QFutureWatcher<Timed>::finished, this,
            &DashboardPanel::onTimelineFinished);
    connect(&mComparisonWatcher, &QFutureWatcher<Timed>::finished, this,
            &DashboardPanel::onComparisonFinished);
    updateScopes();
    updateBanner();
    if (mRunner->latest() && mRunner->latest()->revision == mDocument->revision())
        onAnalysis(mRunner->latest());
    else
        refresh();
}

DashboardPanel::~DashboardPanel()
{
    mTimelineStop.request_stop();
    mComparisonStop.request_stop();
    mTimelineWatcher.waitForFinished();
    mComparisonWatcher.waitForFinished();
}

QWidget *DashboardPanel::makePage(std::initializer_list<ChartKind> kinds)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new ChartPage;
    for (ChartKind kind : kinds) {
        auto *chart = new ChartWidget(page);
        ChartData empty;
        empty.kind = kind;
        chart->setData(empty);
        chart->setMinimumHeight(280);
        page->add(chart, kind == ChartKind::Feeds);
        mCharts[kind] = chart;
    }
    scroll->setWidget(page);
    return scroll;
}

void DashboardPanel::setPrompts(Prompts *prompts)
{
    for (auto &[kind, chart] : mCharts)
        chart->setPrompts(prompts);
}

ChartWidget *DashboardPanel::chart(ChartKind kind) const
{
    auto it = mCharts.find(kind);
    return it == mCharts.end() ? nullptr : it->second;
}

void DashboardPanel::showPage(Page page)
{
    mTabs->setCurrentIndex(int(page));
}

DashboardPanel::Page DashboardPanel::currentPage() const
{
    return Page(mTabs->currentIndex());
}

void DashboardPanel::setWhatIf(std::shared_ptr<const core::FailureReport> failure)
{
    mWhatIf = std::move(failure);
    updateBanner();
    refresh();
}

void DashboardPanel::setScope(std::optional<std::string> hall)
{
    mScopeHall = std::move(hall);
    const QVariant want = mScopeHall ? QVariant(str(*mScopeHall)) : QVariant();
    for (int i = 0; i < mScope->count(); ++i) {
        if (mScope->itemData(i) == want) mScope->setCurrentIndex(i);
    }
    refresh();
}

std::string DashboardPanel::scopeHall() const
{
    const std::string hall = mScopeHall ? *mScopeHall : mDocument->currentHall();
    return hall.empty() || mDocument->hall(hall) ? hall : std::string();
}

void DashboardPanel::updateScopes()
{
    const QSignalBlocker block(mScope);
    mScope->clear();
    mScope->addItem(tr("The hall being edited"), QVariant());
    mScope->addItem(tr("Site (all halls)"), QString());
    for (const core::Hall &h : mDocument->plan().halls) {
        const QString label = h.name.empty() || h.name == h.id
                                  ? tr("Hall %1").arg(str(h.id))
                                  : tr("Hall %1 — %2").arg(str(h.id), str(h.name));
        mScope->addItem(label, str(h.id));
    }
    if (mScopeHall && !mScopeHall->empty() && !mDocument->hall(*mScopeHall)) mScopeHall.reset();
    const QVariant want = mScopeHall ? QVariant(str(*mScopeHall)) : QVariant();
    for (int i = 0; i < mScope->count(); ++i) {
        if (mScope->itemData(i) == want) mScope->setCurrentIndex(i);
    }
}

void DashboardPanel::updateBanner()
{
    if (!mWhatIf) {
        mBanner->clear();
        mBanner->hide();
        return;
    }
    QStringList failed;
    for (const std::string &id : mWhatIf->failed)
        failed << str(id).toHtmlEscaped();
    mBanner->setText(
        tr("<b>What-if: %1 failed</b> — %2 racks down (%3 kW lost), %4 racks throttle by %5 kW. "
           "Power and cooling charts show this failure.")
            .arg(failed.join(QStringLiteral(", ")))
            .arg(mWhatIf->racksDown)
            .arg(mWhatIf->lostKw, 0, 'f', 1)
            .arg(mWhatIf->racksThrottled)
            .arg(mWhatIf->throttleKw, 0, 'f', 1));
    mBanner->show();
}

void DashboardPanel::onAnalysis(AnalysisResultPtr result)
{
    if (!result) return;
    mResult = std::move(result);
    if (!isVisible()) { // drawn when shown: no chart work behind a closed dock
        mStale = true;
        return;
    }
    refresh();
    startJobs();
}

void DashboardPanel::refresh()
{
    mStale = false;
    if (!mResult) {
        for (auto &[kind, chart] : mCharts) {
            ChartData empty;
            empty.kind = kind;
            chart->setData(empty);
        }
        return;
    }
    const core::EvaluationReport &r = mResult->report;
    const std::string hall = scopeHall();
    const core::FailureReport *f = mWhatIf.get();
    QString context;
    if (f) {
        QStringList ids;
        for (const std::string &id : f->failed)
            ids << str(id);
        context = tr("what-if: %1 failed").arg(ids.join(QStringLiteral(", ")));
    }
    auto set = [&](ChartKind kind, ChartData data) {
        ChartWidget *c = mCharts.at(kind);
        c->setContext(context);
        c->setData(std::move(data));
    };
    set(ChartKind::Feeds, feedsChart(r, hall, f));
    set(ChartKind::Sources, sourcesChart(r, hall, f));
    set(ChartKind::LoopHeat, loopHeatChart(r, hall, f));
    set(ChartKind::LoopFlow, loopFlowChart(r, hall, f));
    set(ChartKind::Air, airChart(r, hall, f));
    set(ChartKind::Headroom, headroomChart(r, hall));
    set(ChartKind::Stranded, strandedChart(r, hall));
    set(ChartKind::DensityPflops, densityChart(r, ChartKind::DensityPflops));
    set(ChartKind::DensityKw, densityChart(r, ChartKind::DensityKw));
    set(ChartKind::DensityGpus, densityChart(r, ChartKind::DensityGpus));
    set(ChartKind::TenantKw, tenantKwChart(r, hall));
    set(ChartKind::TenantShare, tenantShareChart(r, hall));
    refreshTimeline();
    refreshScenarios();
    Q_EMIT refreshed();
}

void DashboardPanel::refreshTimeline()
{
    ChartWidget *c = mCharts.at(ChartKind::Timeline);
    if (mTimeline) {
        c->setData(timelineChart(*mTimeline, scopeHall()));
    } else {
        c->setMessage(tr("Computing the phase timeline (the plan evaluated at each phase)…"));
    }
}

void DashboardPanel::refreshScenarios()
{
    for (ChartKind kind : {ChartKind::ScenarioPower, ChartKind::ScenarioCompute,
                           ChartKind::ScenarioStranded, ChartKind::ScenarioHeadroom}) {
        if (mComparison)
            mCharts.at(kind)->setData(scenarioChart(*mComparison, kind));
        else
            mCharts.at(kind)->setMessage(tr("Evaluating every scenario of the plan…"));
    }
}

std::shared_ptr<const core::PhaseTimeline> DashboardPanel::timeline() const
{
    return mTimelineFor == mDocument->revision() ? mTimeline : nullptr;
}

std::shared_ptr<const core::ScenarioComparison> DashboardPanel::comparison() const
{
    return mComparisonFor == mDocument->revision() ? mComparison : nullptr;
}

bool DashboardPanel::isComputing() const
{
    return mTimelineInFlight || mComparisonInFlight;
}

void DashboardPanel::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (mStale) refresh();
    startJobs();
}

void DashboardPanel::startJobs()
{
    if (!isVisible()) return;
    if (currentPage() == Page::Timeline && mTimelineFor != mDocument->revision()) startTimeline();
    if (currentPage() == Page::Scenarios && mComparisonFor != mDocument->revision())
        startComparison();
}

void DashboardPanel::startTimeline()
{
    if (mTimelineInFlight) {
        if (mTimelineRevision != mDocument->revision()) mTimelineStop.request_stop();
        return; // onTimelineFinished() starts again for the new revision
    }
    mTimelineStop = std::stop_source();
    mTimelineRevision = mDocument->revision();
    std::shared_ptr<const core::Plan> plan = mDocument->snapshot();
    const std::stop_token stop = mTimelineStop.get_token();
    mTimelineInFlight = true;
    mTimelineWatcher.setFuture(QtConcurrent::run([plan, stop] {
        Timed t;
        t.timeline = core::phaseTimeline(*plan, core::builtinCatalog(), stop);
        t.stopped = stop.stop_requested();
        return t;
    }));
}

void DashboardPanel::startComparison()
{
    if (mComparisonInFlight) {
        if (mComparisonRevision != mDocument->revision()) mComparisonStop.request_stop();
        return;
    }
    mComparisonStop = std::stop_source();
    mComparisonRevision = mDocument->revision();
    std::shared_ptr<const core::Plan> plan = mDocument->snapshot();
    const std::stop_token stop = mComparisonStop.get_token();
    mComparisonInFlight = true;
    mComparisonWatcher.setFuture(QtConcurrent::run([plan, stop] {
        Timed t;
        t.comparison = core::compareScenarios(*plan, core::builtinCatalog(), {}, stop);
        t.stopped = stop.stop_requested();
        return t;
    }));
}

void DashboardPanel::onTimelineFinished()
{
    mTimelineInFlight = false;
    QString failure;
    std::optional<Timed> got = takeResult(mTimelineWatcher.future(), &failure);
    if (!got) {
        mCharts.at(ChartKind::Timeline)
            ->setMessage(tr("The phase timeline could not be computed: %1").arg(failure));
        startJobs();
        return;
    }
    Timed &t = *got;
    if (t.stopped || mTimelineRevision != mDocument->revision()) {
        ++mDropped;
    } else {
        mTimeline = std::make_shared<const core::PhaseTimeline>(std::move(t.timeline));
        mTimelineFor = mTimelineRevision;
        refreshTimeline();
        Q_EMIT timelineReady();
    }
    startJobs();
}

void DashboardPanel::onComparisonFinished()
{
    mComparisonInFlight = false;
    QString failure;
    std::optional<Timed> got = takeResult(mComparisonWatcher.future(), &failure);
    if (!got) {
        for (ChartKind kind : {ChartKind::ScenarioPower, ChartKind::ScenarioCompute,
                               ChartKind::ScenarioStranded, ChartKind::ScenarioHeadroom})
            mCharts.at(kind)->setMessage(
                tr("The scenarios could not be compared: %1").arg(failure));
        startJobs();
        return;
    }
    Timed &t = *got;
    if (t.stopped || mComparisonRevision != mDocument->revision()) {
        ++mDropped;
    } else {
        mComparison = std::make_shared<const core::ScenarioComparison>(std::move(t.comparison));
        mComparisonFor = mComparisonRevision;
        refreshScenarios();
        Q_EMIT comparisonReady();
    }
    startJobs();
}

} // namespace hw::ui
