// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/dialogs/scenario_compare_dialog.h"

#include "core/io/builtin_catalog.h"
#include "ui/charts/chart_data.h"
#include "ui/charts/chart_widget.h"
#include "ui/document/plan_document.h"
#include "ui/services/worker_result.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <functional>
#include <set>

namespace hw::ui {

namespace {

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

/** One row of the table: its label and how to read it from a summary (nullopt: "—"). */
struct Row
{
    QString label;
    int decimals;
    std::function<std::optional<double>(const core::ScenarioSummary &)> value;
    /** Why the figure is only a lower bound (empty: it is complete). */
    std::function<QString(const core::ScenarioSummary &)> partial = {};
};

std::vector<Row> rowsFor(const core::ScenarioComparison &c)
{
    using S = core::ScenarioSummary;
    auto tr = [](const char *t) { return QCoreApplication::translate("ScenarioCompareDialog", t); };
    std::vector<Row> rows = {
        {tr("Racks"), 0, [](const S &s) { return double(s.rackCount); }},
        {tr("GPUs"), 0, [](const S &s) { return double(s.gpus); }},
        {tr("IT MW"), 2, [](const S &s) { return s.itKw / 1000; }},
        {tr("Facility MW"), 2, [](const S &s) { return s.facilityKw / 1000; }},
    };
    std::set<std::string> precisions;
    for (const S &s : c.scenarios)
        for (const auto &[p, v] : s.pflops)
            precisions.insert(p);
    for (const std::string &p : precisions) {
        rows.push_back({tr("PFLOPS %1").arg(str(p)), 1,
                        [p](const S &s) -> std::optional<double> {
                            auto it = s.pflops.find(p);
                            return it == s.pflops.end() ? 0.0 : it->second;
                        },
                        [p](const S &s) {
                            const int n = s.pflopsUnrated(p);
                            return n > 0 ? QObject::tr("At least: %n rack(s) of a type with no %1 "
                                                       "figure in the catalog are not counted",
                                                       nullptr, n)
                                               .arg(str(p))
                                         : QString();
                        }});
    }
    auto optional = [](std::optional<int> v) -> std::optional<double> {
        if (!v) return std::nullopt;
        return double(*v);
    };
    const std::vector<Row> rest = {
        {tr("Stranded power kW"), 0, [](const S &s) { return s.stranded.powerKw; }},
        {tr("Stranded liquid kW"), 0, [](const S &s) { return s.stranded.liquidKw; }},
        {tr("Stranded air kW"), 0, [](const S &s) { return s.stranded.airKw; }},
        {tr("Stranded slots"), 0, [](const S &s) { return double(s.stranded.slots); }},
        {tr("Headroom: racks addable"), 0, [](const S &s) { return double(s.addableRacks); }},
        {tr("Headroom by space (racks)"), 0, [optional](const S &s) { return optional(s.space); }},
        {tr("Headroom by power (racks)"), 0, [optional](const S &s) { return optional(s.power); }},
        {tr("Headroom by liquid (racks)"), 0,
         [optional](const S &s) { return optional(s.liquid); }},
        {tr("Headroom by air (racks)"), 0, [optional](const S &s) { return optional(s.air); }},
        {tr("Errors"), 0, [](const S &s) { return double(s.errors); }},
        {tr("Warnings"), 0, [](const S &s) { return double(s.warnings); }},
    };
    rows.insert(rows.end(), rest.begin(), rest.end());
    return rows;
}

} // namespace

ScenarioCompareDialog::ScenarioCompareDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent), mDocument(document), mTabs(new QTabWidget(this)),
      mTable(new QTableWidget(this)), mStatus(new QLabel(this)), mProgress(new QProgressBar(this)),
      mStop(new QPushButton(tr("Stop"), this)), mCopy(new QPushButton(tr("Copy Table"), this))
{
    setObjectName(QStringLiteral("ScenarioCompareDialog"));
    setWindowTitle(tr("Compare Scenarios"));
    auto *layout = new QVBoxLayout(this);
    mTable->setObjectName(QStringLiteral("compareTable"));
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setAlternatingRowColors(true);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTabs->addTab(mTable, tr("Table"));
    const std::pair<ChartKind, QString> kinds[] = {{ChartKind::ScenarioPower, tr("Power")},
                                                   {ChartKind::ScenarioCompute, tr("Compute")},
                                                   {ChartKind::ScenarioStranded, tr("Stranded")},
                                                   {ChartKind::ScenarioHeadroom, tr("Headroom")}};
    for (const auto &[kind, name] : kinds) {
        Q_UNUSED(kind); // the order of fill()
        auto *chart = new ChartWidget(mTabs);
        chart->setMessage(tr("Computing…"));
        mCharts.append(chart);
        mTabs->addTab(chart, name);
    }
    layout->addWidget(mTabs, 1);
    auto *bottom = new QHBoxLayout;
    mStatus->setObjectName(QStringLiteral("compareStatus"));
    mStatus->setWordWrap(true);
    bottom->addWidget(mStatus, 1);
    mProgress->setRange(0, 0); // busy: the engine reports no fraction
    mProgress->setMaximumWidth(160);
    bottom->addWidget(mProgress);
    bottom->addWidget(mStop);
    mCopy->setToolTip(tr("Copy the table as tab-separated text (pastes into a spreadsheet)"));
    bottom->addWidget(mCopy);
    auto *close = new QPushButton(tr("Close"), this);
    bottom->addWidget(close);
    layout->addLayout(bottom);
    resize(900, 560);

    mRestart.setSingleShot(true);
    mRestart.setInterval(300);
    connect(&mRestart, &QTimer::timeout, this, &ScenarioCompareDialog::start);
    connect(&mWatcher, &QFutureWatcher<Outcome>::finished, this,
            &ScenarioCompareDialog::onFinished);
    connect(mStop, &QPushButton::clicked, this, &ScenarioCompareDialog::cancel);
    connect(mCopy, &QPushButton::clicked, this, &ScenarioCompareDialog::copyToClipboard);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(mDocument, &PlanDocument::changed, this, [this] {
        if (isVisible()) mRestart.start(); // the figures shown are no longer the plan's
    });
    mProgress->hide();
    mStop->hide();
    mCopy->setEnabled(false);
}

ScenarioCompareDialog::~ScenarioCompareDialog()
{
    mStopSource.request_stop();
    mWatcher.waitForFinished();
}

void ScenarioCompareDialog::start()
{
    mRestart.stop();
    if (mInFlight) {
        mAgain = true;
        mStopSource.request_stop();
        return;
    }
    mAgain = false;
    mStopSource = std::stop_source();
    auto plan = mDocument->snapshot();
    const quint64 revision = mDocument->revision();
    const std::stop_token stop = mStopSource.get_token();
    mInFlight = true;
    mWatcher.setFuture(QtConcurrent::run([plan, revision, stop] {
        Outcome o;
        o.revision = revision;
        o.comparison = core::compareScenarios(*plan, core::builtinCatalog(), {}, stop);
        return o;
    }));
    mStatus->setText(tr("Evaluating every scenario on its own…"));
    mProgress->show();
    mStop->show();
}

void ScenarioCompareDialog::cancel()
{
    mAgain = false;
    mStopSource.request_stop();
}

void ScenarioCompareDialog::onFinished()
{
    mInFlight = false;
    QString failure;
    std::optional<Outcome> got = takeResult(mWatcher.future(), &failure);
    const bool stopped = mStopSource.stop_requested();
    mProgress->hide();
    mStop->hide();
    if (!got) {
        mStatus->setText(tr("The comparison failed: %1").arg(failure));
        Q_EMIT finishedRun();
        return;
    }
    Outcome &o = *got;
    if (mAgain) {
        start();
        return;
    }
    if (stopped) {
        mStatus->setText(tr("Stopped; the table shows the previous figures, if any."));
    } else if (o.revision != mDocument->revision()) {
        start(); // the plan changed meanwhile: these figures are not its own
        return;
    } else {
        mComparison = std::move(o.comparison);
        fill();
        const int n = int(mComparison->scenarios.size());
        mStatus->setText(mDocument->plan().scenarios.empty()
                             ? tr("This plan has no scenarios: the plan alone.")
                             : tr("%n scenario(s), each evaluated on its own.", nullptr, n));
    }
    Q_EMIT finishedRun();
}

void ScenarioCompareDialog::fill()
{
    const core::ScenarioComparison &c = *mComparison;
    const std::vector<Row> rows = rowsFor(c);
    mTable->clear();
    mTable->setColumnCount(int(c.scenarios.size()));
    mTable->setRowCount(int(rows.size()));
    QStringList headers;
    for (const core::ScenarioSummary &s : c.scenarios) {
        QString h = s.name.empty() ? tr("This plan") : str(s.name);
        if (s.active) h += tr("\n(active)");
        headers << h;
    }
    mTable->setHorizontalHeaderLabels(headers);
    QStringList labels;
    for (const Row &r : rows)
        labels << r.label;
    mTable->setVerticalHeaderLabels(labels);
    const QLocale locale;
    for (int row = 0; row < int(rows.size()); ++row) {
        for (int col = 0; col < int(c.scenarios.size()); ++col) {
            const std::optional<double> v =
                rows[std::size_t(row)].value(c.scenarios[std::size_t(col)]);
            const Row &r = rows[std::size_t(row)];
            const QString partial =
                r.partial ? r.partial(c.scenarios[std::size_t(col)]) : QString();
            auto *item =
                new QTableWidgetItem((v ? locale.toString(*v, 'f', r.decimals) : tr("—")) +
                                     (partial.isEmpty() ? QString() : QStringLiteral("+")));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(Qt::UserRole, v ? QVariant(*v) : QVariant());
            if (!v) item->setToolTip(tr("Does not bind in any hall (or is not modelled)"));
            if (!partial.isEmpty()) item->setToolTip(partial);
            if (c.scenarios[std::size_t(col)].active) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            mTable->setItem(row, col, item);
        }
    }
    const ChartKind kinds[] = {ChartKind::ScenarioPower, ChartKind::ScenarioCompute,
                               ChartKind::ScenarioStranded, ChartKind::ScenarioHeadroom};
    for (int i = 0; i < mCharts.size(); ++i)
        mCharts[i]->setData(scenarioChart(c, kinds[i]));
    mCopy->setEnabled(true);
}

QString ScenarioCompareDialog::tableText() const
{
    QStringList lines;
    QStringList header{tr("Figure")};
    for (int col = 0; col < mTable->columnCount(); ++col)
        header << mTable->horizontalHeaderItem(col)->text().replace(QLatin1Char('\n'),
                                                                    QLatin1Char(' '));
    lines << header.join(QLatin1Char('\t'));
    for (int row = 0; row < mTable->rowCount(); ++row) {
        QStringList cells{mTable->verticalHeaderItem(row)->text()};
        for (int col = 0; col < mTable->columnCount(); ++col) {
            const QVariant v = mTable->item(row, col)->data(Qt::UserRole);
            // Exact figures, unlocalized, so a spreadsheet reads them as numbers.
            cells << (v.isValid() ? QString::number(v.toDouble(), 'g', 12) : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ScenarioCompareDialog::copyToClipboard() const
{
    if (!mComparison) return;
    QApplication::clipboard()->setText(tableText());
}

QString ScenarioCompareDialog::statusText() const
{
    return mStatus->text();
}

} // namespace hw::ui
