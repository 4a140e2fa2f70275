// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/panels/whatif_panel.h"

#include "core/io/builtin_catalog.h"
#include "ui/document/plan_document.h"
#include "ui/scene/hall_scene.h"
#include "ui/scene/what_if_item.h"
#include "ui/services/worker_result.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace hw::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kHallRole = Qt::UserRole + 2;

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

QString kw(double v)
{
    return QLocale().toString(v, 'f', v < 10 ? 1 : 0);
}

/** The kind of a feed, source or CDU id in the plan ("feed", "source", "cdu"), or empty. */
std::string kindOf(const core::Plan &plan, const std::string &id, std::string *hall = nullptr)
{
    for (const core::Hall &h : plan.halls) {
        const char *kind = nullptr;
        for (const core::Feed &f : h.power.feeds)
            if (f.id == id) kind = "feed";
        for (const core::Source &s : h.power.sources)
            if (s.id == id) kind = "source";
        for (const core::Cdu &c : h.cooling.cdus)
            if (c.id == id) kind = "cdu";
        if (kind) {
            if (hall) *hall = h.id;
            return kind;
        }
    }
    return {};
}

} // namespace

WhatIfPanel::WhatIfPanel(PlanDocument *document, HallScene *scene, QWidget *parent)
    : QDockWidget(tr("Failure What-if"), parent), mDocument(document), mScene(scene),
      mOverlay(new WhatIfItem(scene)), mScope(new QComboBox(this)), mList(new QTreeWidget(this)),
      mSummary(new QLabel(this)), mClear(new QPushButton(tr("Clear"), this))
{
    setObjectName(QStringLiteral("WhatIfPanel"));
    scene->addItem(mOverlay); // the scene owns it and may outlive this panel
    auto *w = new QWidget(this);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    mScope->setObjectName(QStringLiteral("whatIfScope"));
    mScope->addItem(tr("Hall being edited"));
    mScope->addItem(tr("All halls"));
    mScope->setToolTip(tr("Which halls' feeds, sources and CDUs are listed"));
    top->addWidget(mScope, 1);
    mClear->setObjectName(QStringLiteral("whatIfClear"));
    mClear->setToolTip(tr("Restore every failed object: normal operation"));
    top->addWidget(mClear);
    layout->addLayout(top);
    mList->setObjectName(QStringLiteral("whatIfList"));
    mList->setColumnCount(3);
    mList->setHeaderLabels({tr("Fail"), tr("Kind"), tr("Details")});
    mList->setUniformRowHeights(true);
    mList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mList->header()->setStretchLastSection(true);
    layout->addWidget(mList, 1);
    mSummary->setObjectName(QStringLiteral("whatIfSummary"));
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::RichText);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mSummary->setMinimumHeight(60);
    mSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(mSummary);
    setWidget(w);

    mRerun.setSingleShot(true);
    mRerun.setInterval(150);
    connect(&mRerun, &QTimer::timeout, this, &WhatIfPanel::start);
    connect(&mWatcher, &QFutureWatcher<Outcome>::finished, this, &WhatIfPanel::onFinished);
    connect(&mWorstWatcher, &QFutureWatcher<WorstOutcome>::finished, this,
            &WhatIfPanel::onWorstFinished);
    connect(mScope, &QComboBox::currentIndexChanged, this, &WhatIfPanel::refill);
    connect(mClear, &QPushButton::clicked, this, &WhatIfPanel::clear);
    connect(mList, &QTreeWidget::itemChanged, this, &WhatIfPanel::onItemChanged);
    connect(mDocument, &PlanDocument::changed, this, &WhatIfPanel::onChanged);
    connect(mDocument, &PlanDocument::currentHallChanged, this, [this] {
        refill();
        mOverlay->refresh();
    });
    refill();
    updateSummary();
}

WhatIfPanel::~WhatIfPanel()
{
    mWorstStop.request_stop();
    mWatcher.waitForFinished();
    mWorstWatcher.waitForFinished();
}

bool WhatIfPanel::isFailed(const std::string &id) const
{
    return std::find(mFailed.begin(), mFailed.end(), id) != mFailed.end();
}

bool WhatIfPanel::isBusy() const
{
    // In flight until its finished() is handled: a finished future may not be delivered yet.
    return mInFlight || mWorstInFlight || mRerun.isActive();
}

void WhatIfPanel::setFailed(std::vector<std::string> ids)
{
    std::vector<std::string> known;
    for (std::string &id : ids) {
        if (!kindOf(mDocument->plan(), id).empty() &&
            std::find(known.begin(), known.end(), id) == known.end())
            known.push_back(std::move(id));
    }
    mFailed = std::move(known);
    ++mRequest;
    syncChecks(); // not refill(): this may run inside the list's own itemChanged
    if (mFailed.empty()) {
        mRerun.stop();
        showReport(nullptr);
        return;
    }
    start();
}

void WhatIfPanel::toggleFailed(const std::string &id)
{
    std::vector<std::string> ids = mFailed;
    auto it = std::find(ids.begin(), ids.end(), id);
    if (it == ids.end())
        ids.push_back(id);
    else
        ids.erase(it);
    setFailed(std::move(ids));
}

bool WhatIfPanel::toggleObjects(const std::vector<core::ObjectRef> &objects)
{
    std::vector<std::string> ids;
    for (const core::ObjectRef &r : objects) {
        if (r.kind == core::ObjectKind::Feed || r.kind == core::ObjectKind::Source ||
            r.kind == core::ObjectKind::Cdu)
            ids.push_back(r.id);
    }
    if (ids.empty()) return false;
    const bool anyWorking = std::any_of(ids.begin(), ids.end(),
                                        [this](const std::string &id) { return !isFailed(id); });
    std::vector<std::string> next = mFailed;
    for (const std::string &id : ids) {
        auto it = std::find(next.begin(), next.end(), id);
        if (anyWorking && it == next.end()) next.push_back(id);
        if (!anyWorking && it != next.end()) next.erase(it);
    }
    setFailed(std::move(next));
    return true;
}

void WhatIfPanel::clear()
{
    mWorstStop.request_stop();
    setFailed({});
}

void WhatIfPanel::start()
{
    if (mFailed.empty()) return;
    if (mInFlight) {
        mPending = true; // its result will be stale; run again when it is back
        return;
    }
    mPending = false;
    auto plan = mDocument->snapshot();
    const quint64 revision = mDocument->revision();
    const quint64 request = mRequest;
    const std::vector<std::string> ids = mFailed;
    mInFlight = true;
    mWatcher.setFuture(QtConcurrent::run([plan, revision, request, ids] {
        // Worker thread: the snapshot only, never a QObject.
        Outcome o;
        o.revision = revision;
        o.request = request;
        o.report = core::analyzeFailure(*plan, core::builtinCatalog(), ids);
        return o;
    }));
    updateSummary();
}

void WhatIfPanel::onFinished()
{
    mInFlight = false;
    QString failure;
    std::optional<Outcome> got = takeResult(mWatcher.future(), &failure);
    if (!got) {
        showReport(nullptr, tr("The what-if failed: %1").arg(failure));
        if (mPending) start();
        Q_EMIT runFinished();
        return;
    }
    Outcome &o = *got;
    const bool current = o.revision == mDocument->revision() && o.request == mRequest;
    if (!current) {
        ++mDropped;
        if (!mFailed.empty() && !mRerun.isActive()) start();
    } else if (o.report.ok()) {
        showReport(std::make_shared<const core::FailureReport>(std::move(o.report.value())));
    } else {
        showReport(nullptr, str(o.report.error().toString()));
    }
    if (mPending) start();
    Q_EMIT runFinished();
}

void WhatIfPanel::showReport(std::shared_ptr<const core::FailureReport> report,
                             const QString &error)
{
    const bool wasShown = bool(mReport);
    mReport = std::move(report);
    mError = error;
    mOverlay->setReport(mReport);
    updateSummary();
    if (mReport || wasShown) Q_EMIT whatIfChanged(mReport);
}

void WhatIfPanel::onChanged(const ChangeEvent &event)
{
    const bool lists =
        event.everything() ||
        event.touches(ChangeEvent::Properties(ChangeEvent::Feeds) | ChangeEvent::Sources |
                      ChangeEvent::Cdus | ChangeEvent::Halls | ChangeEvent::Loops);
    if (!mFailed.empty()) {
        // Objects that are gone cannot fail any more; the rest is analysed again.
        std::vector<std::string> kept;
        for (const std::string &id : mFailed)
            if (!kindOf(mDocument->plan(), id).empty()) kept.push_back(id);
        if (kept.size() != mFailed.size()) {
            mFailed = std::move(kept);
            ++mRequest;
        }
        if (mFailed.empty()) {
            showReport(nullptr);
        } else {
            mOverlay->refresh(); // positions from the plan now; figures when the run is back
            mRerun.start();
        }
    }
    if (lists) refill();
    updateSummary();
}

void WhatIfPanel::failWorstOf(const std::string &hallId)
{
    if (!mDocument->hall(hallId)) return;
    mWorstStop.request_stop();
    mWorstWatcher.waitForFinished();
    mWorstStop = std::stop_source();
    auto plan = mDocument->snapshot();
    const quint64 revision = mDocument->revision();
    const std::stop_token stop = mWorstStop.get_token();
    mWorstInFlight = true;
    mWorstWatcher.setFuture(QtConcurrent::run([plan, revision, hallId, stop] {
        WorstOutcome o;
        o.revision = revision;
        o.worst = core::worstSingleFailure(*plan, core::builtinCatalog(), hallId, stop);
        return o;
    }));
    Q_EMIT statusMessage(tr("Looking for the worst single failure of %1…").arg(str(hallId)));
    updateSummary();
}

void WhatIfPanel::onWorstFinished()
{
    mWorstInFlight = false;
    QString failure;
    const std::optional<WorstOutcome> got = takeResult(mWorstWatcher.future(), &failure);
    if (!got) {
        Q_EMIT statusMessage(tr("The worst single failure could not be found: %1").arg(failure));
        updateSummary();
        Q_EMIT runFinished();
        return;
    }
    const WorstOutcome &o = *got;
    if (mWorstStop.stop_requested() || o.revision != mDocument->revision()) {
        ++mDropped; // stopped, or the plan changed: the ranking is not this plan's
    } else if (!o.worst.ok()) {
        Q_EMIT statusMessage(str(o.worst.error().toString()));
    } else if (o.worst.value().ranked.empty()) {
        Q_EMIT statusMessage(
            tr("Hall %1 has no feed, source or CDU to fail.").arg(str(o.worst.value().hall)));
    } else {
        const core::SingleFailure &w = o.worst.value().ranked.front();
        Q_EMIT statusMessage(
            tr("Worst single failure of %1: %2 (%3 kW down, %4 kW throttled)")
                .arg(str(o.worst.value().hall), str(w.id), kw(w.lostKw), kw(w.throttleKw)));
        setFailed({w.id});
        return;
    }
    updateSummary();
    Q_EMIT runFinished();
}

int WhatIfPanel::addFailActions(QMenu *menu, const core::ObjectRef &ref)
{
    const core::Hall *hall = mDocument->hall(ref.hall);
    if (!hall) return 0;
    int added = 0;
    auto add = [&](const QString &text, const std::string &id) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(isFailed(id));
        connect(a, &QAction::triggered, this, [this, id] { toggleFailed(id); });
        ++added;
    };
    if (ref.kind == core::ObjectKind::Feed) {
        for (const core::Feed &f : hall->power.feeds) {
            if (f.id != ref.id) continue;
            add(tr("Fail Feed %1").arg(str(f.id)), f.id);
            if (!f.source.empty())
                add(tr("Fail Source %1 (all its feeds)").arg(str(f.source)), f.source);
        }
    } else if (ref.kind == core::ObjectKind::Source || ref.kind == core::ObjectKind::Cdu) {
        add((ref.kind == core::ObjectKind::Cdu ? tr("Fail CDU %1") : tr("Fail Source %1"))
                .arg(str(ref.id)),
            ref.id);
    }
    if (added == 0 && ref.kind != core::ObjectKind::Hall && ref.kind != core::ObjectKind::Rack)
        return 0;
    QAction *worst = menu->addAction(tr("Worst Single Failure of %1").arg(str(hall->id)));
    const std::string hallId = hall->id;
    connect(worst, &QAction::triggered, this, [this, hallId] { failWorstOf(hallId); });
    ++added;
    if (!mFailed.empty()) {
        QAction *clearA = menu->addAction(tr("Clear What-if"));
        connect(clearA, &QAction::triggered, this, &WhatIfPanel::clear);
        ++added;
    }
    return added;
}

void WhatIfPanel::refill()
{
    mRefilling = true;
    mList->clear();
    const core::Plan &plan = mDocument->plan();
    const std::string &current = mDocument->currentHall();
    const bool all = mScope->currentIndex() == 1 || current.empty();
    mScope->setItemText(0, current.empty() ? tr("All halls (no hall open)")
                                           : tr("Hall %1 (being edited)").arg(str(current)));
    for (const core::Hall &h : plan.halls) {
        if (!all && h.id != current) continue;
        auto *hallRow = new QTreeWidgetItem(mList);
        hallRow->setText(0, h.name.empty() ? str(h.id) : str(h.name));
        hallRow->setData(0, kHallRole, str(h.id));
        hallRow->setFirstColumnSpanned(false);
        auto addRow = [&](const std::string &id, const QString &kind, const QString &details) {
            auto *row = new QTreeWidgetItem(hallRow);
            row->setText(0, str(id));
            row->setData(0, kIdRole, str(id));
            row->setText(1, kind);
            row->setText(2, details);
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(0, isFailed(id) ? Qt::Checked : Qt::Unchecked);
        };
        for (const core::Source &s : h.power.sources)
            addRow(s.id, tr("source"),
                   s.capacityKw ? tr("%1 kW").arg(kw(*s.capacityKw)) : QString());
        for (const core::Feed &f : h.power.feeds) {
            QStringList d;
            if (!f.pair.empty()) d << tr("pair %1").arg(str(f.pair));
            if (!f.source.empty()) d << tr("on %1").arg(str(f.source));
            addRow(f.id, tr("feed"), d.join(QStringLiteral(", ")));
        }
        for (const core::Cdu &c : h.cooling.cdus)
            addRow(c.id, tr("CDU"), tr("loop %1").arg(str(c.loop)));
        hallRow->setExpanded(true);
        if (hallRow->childCount() > 0) {
            auto *worst = new QToolButton(mList);
            worst->setObjectName(QStringLiteral("worst_") + str(h.id));
            worst->setText(tr("Worst single failure"));
            worst->setToolTip(tr("Find the feed, source or CDU of %1 whose failure costs the "
                                 "most IT kW, and fail it")
                                  .arg(str(h.id)));
            worst->setAutoRaise(true);
            const std::string hallId = h.id;
            connect(worst, &QToolButton::clicked, this, [this, hallId] { failWorstOf(hallId); });
            mList->setItemWidget(hallRow, 2, worst);
        }
    }
    mClear->setEnabled(!mFailed.empty());
    mRefilling = false;
}

void WhatIfPanel::syncChecks()
{
    mRefilling = true;
    for (int i = 0; i < mList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *hall = mList->topLevelItem(i);
        for (int j = 0; j < hall->childCount(); ++j) {
            QTreeWidgetItem *row = hall->child(j);
            const bool on = isFailed(row->data(0, kIdRole).toString().toStdString());
            if ((row->checkState(0) == Qt::Checked) != on)
                row->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
        }
    }
    mClear->setEnabled(!mFailed.empty());
    mRefilling = false;
}

void WhatIfPanel::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (mRefilling || column != 0) return;
    const std::string id = item->data(0, kIdRole).toString().toStdString();
    if (id.empty()) return;
    const bool on = item->checkState(0) == Qt::Checked;
    if (on != isFailed(id)) toggleFailed(id);
}

QString WhatIfPanel::objectKind(const std::string &id) const
{
    const std::string k = kindOf(mDocument->plan(), id);
    if (k == "feed") return tr("feed");
    if (k == "source") return tr("source");
    if (k == "cdu") return tr("CDU");
    return {};
}

QString WhatIfPanel::summaryText() const
{
    return mSummary->text();
}

void WhatIfPanel::updateSummary()
{
    mClear->setEnabled(!mFailed.empty());
    if (mFailed.empty()) {
        mSummary->setText(tr("Normal operation. Check feeds, sources or CDUs above (or "
                             "right-click one on the plan) to see what their failure costs."));
        return;
    }
    QStringList names;
    for (const std::string &id : mFailed)
        names << objectKind(id) + QLatin1Char(' ') + str(id);
    QString text = tr("<b>Failed:</b> %1").arg(names.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!mError.isEmpty()) {
        mSummary->setText(text + QStringLiteral("<br>") + mError.toHtmlEscaped());
        return;
    }
    if (!mReport || mReport->failed != mFailed) {
        mSummary->setText(text + QStringLiteral("<br>") + tr("Analysing…"));
        return;
    }
    const core::FailureReport &r = *mReport;
    text += QStringLiteral("<br>") + tr("<b>%n rack(s) down</b>", nullptr, r.racksDown) +
            QStringLiteral(" · ") + tr("%1 kW lost").arg(kw(r.lostKw)) + QStringLiteral(" · ") +
            tr("<b>%n rack(s) throttle</b>", nullptr, r.racksThrottled) + QStringLiteral(" ") +
            tr("%1 kW in all").arg(kw(r.throttleKw));
    QStringList shortfalls;
    for (const core::HallFailureReport &h : r.halls) {
        for (const core::LoopUnderFailure &l : h.loops) {
            if (l.shortKw > 0 || l.shortLpm > 0)
                shortfalls << tr("loop %1 short by %2 kW, %3 L/min")
                                  .arg(str(l.id), kw(l.shortKw), kw(l.shortLpm));
        }
        for (const auto *list : {&h.feeds, &h.sources}) {
            for (const core::PowerUnderFailure &p : *list) {
                if (p.overKw > 0) shortfalls << tr("%1 over by %2 kW").arg(str(p.id), kw(p.overKw));
            }
        }
        if (h.air && h.air->overKw > 0)
            shortfalls << tr("air over by %1 kW").arg(kw(h.air->overKw));
    }
    if (!shortfalls.isEmpty())
        text += QStringLiteral("<br>") + shortfalls.join(QStringLiteral("; ")).toHtmlEscaped();
    else if (r.racksDown == 0 && r.racksThrottled == 0)
        text += QStringLiteral("<br>") + tr("Everything left carries the load: no rack is lost.");
    mSummary->setText(text);
}

} // namespace hw::ui
