// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/dialogs/auto_place_dialog.h"

#include "core/engine/plan_validator.h"
#include "core/engine/reservations.h"
#include "core/io/builtin_catalog.h"
#include "ui/commands/macro_guard.h"
#include "ui/document/plan_document.h"
#include "ui/scene/hall_scene.h"
#include "ui/services/worker_result.h"

#include <QButtonGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace hw::ui {

namespace {
QString str(const std::string &s)
{
    return QString::fromStdString(s);
}
QString bound(const std::optional<int> &v)
{
    return v ? QLocale().toString(*v) : AutoPlaceDialog::tr("does not bind");
}
} // namespace

AutoPlaceDialog::AutoPlaceDialog(PlanDocument *document, HallScene *scene, QWidget *parent)
    : QDialog(parent), mDocument(document), mScene(scene), mHall(new QComboBox(this)),
      mRackType(new QComboBox(this)), mMode(new QButtonGroup(this)), mCount(new QSpinBox(this)),
      mPhase(new QComboBox(this)), mTenant(new QComboBox(this)), mProgress(new QProgressBar(this)),
      mStatus(new QLabel(this)), mRun(new QPushButton(tr("&Place"), this)),
      mCancel(new QPushButton(tr("&Stop"), this)), mApply(new QPushButton(tr("&Apply"), this)),
      mProgressTimer(new QTimer(this)), mFraction(std::make_shared<std::atomic<double>>(0.0))
{
    setWindowTitle(tr("Auto-place Racks"));
    setObjectName(QStringLiteral("AutoPlaceDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Hall:"), mHall);
    for (const core::RackType &t : mDocument->catalog().rackTypes)
        mRackType->addItem(
            QStringLiteral("%1 (%2 kW)").arg(str(t.name.empty() ? t.id : t.name)).arg(t.maxKw),
            str(t.id));
    mRackType->setCurrentIndex(std::max(0, mRackType->findData(QStringLiteral("gb300-nvl72"))));
    form->addRow(tr("Rack type:"), mRackType);
    auto *countRow = new QHBoxLayout;
    auto *exact = new QRadioButton(tr("Count:"), this);
    auto *max = new QRadioButton(tr("As many as fit"), this);
    mMode->addButton(exact, 0);
    mMode->addButton(max, 1);
    exact->setChecked(true);
    mCount->setRange(1, 100000);
    mCount->setValue(40);
    countRow->addWidget(exact);
    countRow->addWidget(mCount);
    countRow->addWidget(max);
    countRow->addStretch();
    form->addRow(tr("Racks:"), countRow);
    mPhase->addItem(tr("(none)"), QString());
    for (const core::Phase &p : mDocument->plan().phases)
        mPhase->addItem(str(p.id + " — " + p.name), str(p.id));
    form->addRow(tr("Phase:"), mPhase);
    mTenant->setToolTip(tr("Racks for a tenant carry it and may use its reserved capacity in the "
                           "hall; capacity reserved for other tenants is never used."));
    form->addRow(tr("Tenant:"), mTenant);
    refillTenants();
    layout->addLayout(form);
    mProgress->setRange(0, 1000);
    mProgress->setValue(0);
    mProgress->setTextVisible(false);
    layout->addWidget(mProgress);
    mStatus->setWordWrap(true);
    mStatus->setMinimumHeight(90);
    mStatus->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    mStatus->setText(tr("Choose what to place and press Place. Racks already in the hall never "
                        "move; new racks are connected per the hall's topology and to a loop."));
    layout->addWidget(mStatus);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(mRun, QDialogButtonBox::ActionRole);
    buttons->addButton(mCancel, QDialogButtonBox::ActionRole);
    buttons->addButton(mApply, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(mMode, &QButtonGroup::idClicked, this, [this](int id) { mCount->setEnabled(id == 0); });
    connect(mRun, &QPushButton::clicked, this, &AutoPlaceDialog::start);
    connect(mCancel, &QPushButton::clicked, this, &AutoPlaceDialog::cancel);
    connect(mApply, &QPushButton::clicked, this, [this] {
        if (apply()) close();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(&mWatcher, &QFutureWatcher<core::Result<core::PlacementResult>>::finished, this,
            &AutoPlaceDialog::onFinished);
    mProgressTimer->setInterval(50);
    connect(mProgressTimer, &QTimer::timeout, this,
            [this] { mProgress->setValue(int(mFraction->load() * 1000)); });
    // A new plan or an edit makes the proposal stale: drop it rather than apply it blindly.
    connect(mDocument, &PlanDocument::changed, this, [this](const ChangeEvent &e) {
        if (e.touches(ChangeEvent::Halls) || e.everything()) refillHalls();
        if (e.touches(ChangeEvent::Tenants) || e.everything()) refillTenants();
        if (mResult && mDocument->revision() != mResultRevision) {
            clearPreview();
            mResult.reset();
            mStatus->setText(tr("The plan changed; press Place again for a new proposal."));
            updateButtons();
        }
    });
    refillHalls();
    updateButtons();
}

AutoPlaceDialog::~AutoPlaceDialog()
{
    mStop.request_stop();
    mWatcher.waitForFinished();
    clearPreview();
}

void AutoPlaceDialog::refillHalls()
{
    const QString keep = mHall->currentData().toString();
    mHall->clear();
    for (const core::Hall &h : mDocument->plan().halls)
        mHall->addItem(str(h.name.empty() ? h.id : h.id + " · " + h.name), str(h.id));
    const QString want = keep.isEmpty() ? str(mDocument->currentHall()) : keep;
    mHall->setCurrentIndex(std::max(0, mHall->findData(want)));
}

void AutoPlaceDialog::refillTenants()
{
    const QString keep = mTenant->currentData().toString();
    mTenant->clear();
    mTenant->addItem(tr("(none: reserved capacity stays free)"), QString());
    for (const core::Tenant &t : mDocument->plan().tenants)
        mTenant->addItem(str(t.name.empty() ? t.id : t.id + " · " + t.name), str(t.id));
    mTenant->setCurrentIndex(std::max(0, mTenant->findData(keep)));
    mTenant->setEnabled(mTenant->count() > 1);
}

void AutoPlaceDialog::setTenant(const std::string &tenantId)
{
    mTenant->setCurrentIndex(std::max(0, mTenant->findData(str(tenantId))));
}

void AutoPlaceDialog::setRequest(const std::string &hallId, const std::string &rackType,
                                 std::optional<int> count)
{
    mHall->setCurrentIndex(std::max(0, mHall->findData(str(hallId))));
    mRackType->setCurrentIndex(std::max(0, mRackType->findData(str(rackType))));
    mMode->button(count ? 0 : 1)->setChecked(true);
    mCount->setEnabled(count.has_value());
    if (count) mCount->setValue(*count);
}

void AutoPlaceDialog::start()
{
    if (mRunning) return;
    clearPreview();
    mResult.reset();
    core::PlacementRequest request;
    request.hallId = mHall->currentData().toString().toStdString();
    request.rackType = mRackType->currentData().toString().toStdString();
    if (mMode->checkedId() == 0) request.count = mCount->value();
    request.phase = mPhase->currentData().toString().toStdString();
    if (request.hallId.empty()) {
        mStatus->setText(tr("The plan has no hall yet: draw one first (Insert ▸ New Hall)."));
        return;
    }
    mResultHall = request.hallId;
    mResultRevision = mDocument->revision();
    mStop = std::stop_source();
    mFraction->store(0);
    auto fraction = mFraction;
    auto plan = mDocument->snapshot();
    // Worker thread: the snapshot only; progress through an atomic the UI polls.
    const std::string tenant = mTenant->currentData().toString().toStdString();
    mWatcher.setFuture(QtConcurrent::run([plan, request, tenant, fraction,
                                          stop = mStop.get_token()] {
        return core::placeHonouringReservations(*plan, core::builtinCatalog(), request, tenant,
                                                stop, [fraction](double f) { fraction->store(f); });
    }));
    mRunning = true;
    mProgressTimer->start();
    mStatus->setText(tr("Placing racks in %1…").arg(str(request.hallId)));
    updateButtons();
}

void AutoPlaceDialog::cancel()
{
    if (!mRunning) return;
    mStop.request_stop();
    mStatus->setText(tr("Stopping: keeping what was found so far…"));
}

void AutoPlaceDialog::onFinished()
{
    mProgressTimer->stop();
    mProgress->setValue(1000);
    mRunning = false;
    // The engine reports refusals as results; anything it throws (an internal error, memory)
    // is shown, never let through the event loop.
    QString failure;
    const std::optional<core::Result<core::PlacementResult>> got =
        takeResult(mWatcher.future(), &failure);
    if (!got) {
        mStatus->setText(tr("Placement failed: %1").arg(failure));
        updateButtons();
        Q_EMIT finishedRun();
        return;
    }
    const core::Result<core::PlacementResult> &r = *got;
    if (!r.ok()) {
        mStatus->setText(tr("Refused: %1").arg(str(r.error().toString())));
        updateButtons();
        Q_EMIT finishedRun();
        return;
    }
    if (mDocument->revision() != mResultRevision) {
        mStatus->setText(tr("The plan changed while placing; press Place again."));
        updateButtons();
        Q_EMIT finishedRun();
        return;
    }
    mResult = r.value();
    const core::PlacementResult &p = *mResult;
    QString text = tr("<b>%n rack(s) placed</b>", nullptr, p.placed);
    if (p.requested) text += tr(" of %1 requested").arg(*p.requested);
    text +=
        tr(" in %1 s.<br>Upper bound %2 racks (space %3, power %4, liquid %5, air %6); "
           "bound by <b>%7</b>.")
            .arg(p.seconds, 0, 'f', 2)
            .arg(p.upperBound.total)
            .arg(bound(p.upperBound.space), bound(p.upperBound.power), bound(p.upperBound.liquid),
                 bound(p.upperBound.air), str(p.limitedBy.empty() ? "—" : p.limitedBy));
    if (p.gapPct) text += tr(" Gap to the bound: %1 %.").arg(*p.gapPct, 0, 'f', 1);
    if (!p.reason.empty()) text += QStringLiteral("<br>") + str(p.reason).toHtmlEscaped();
    if (p.placed > 0)
        text +=
            tr("<br>The dashed racks on the plan are the proposal; Apply adds them as one step.");
    mStatus->setText(text);
    if (mScene) mScene->setPreview(mResultHall, p.racks);
    updateButtons();
    Q_EMIT finishedRun();
}

QString AutoPlaceDialog::statusText() const
{
    return mStatus->text();
}

bool AutoPlaceDialog::apply()
{
    if (!mResult || mResult->racks.empty()) return false;
    // Racks of a tenant fulfil its reservations in the hall (core::applyPlacement): the racks and
    // the reduced or fulfilled reservations go in as one undo step. The whole result is checked
    // first, so a refusal leaves no step behind.
    const core::Plan after = core::applyPlacement(mDocument->plan(), mResultHall, mResult->racks);
    core::Status s = core::checkPlan(after, core::builtinCatalog());
    if (s.ok()) {
        const std::vector<core::Reservation> before = mDocument->plan().reservations;
        QUndoStack *stack = mDocument->undoStack();
        const int depth = stack->index();
        {
            MacroGuard macro(stack,
                             tr("Auto-place %n rack(s)", nullptr, int(mResult->racks.size())));
            s = mDocument->addRacks(mResultHall, mResult->racks, tr("Add racks"));
            for (const core::Reservation &r : before) {
                if (!s.ok()) break;
                auto kept = std::find_if(after.reservations.begin(), after.reservations.end(),
                                         [&](const core::Reservation &a) { return a.id == r.id; });
                if (kept == after.reservations.end())
                    s = mDocument->removeReservation(r.id);
                else if (!(*kept == r))
                    s = mDocument->changeReservation(*kept);
            }
        }
        if (!s.ok() && stack->index() > depth) stack->undo(); // nothing half-applied stays
    }
    if (!s.ok()) {
        mStatus->setText(tr("Refused: %1").arg(str(s.error().toString())));
        return false;
    }
    clearPreview();
    mResult.reset();
    updateButtons();
    return true;
}

void AutoPlaceDialog::clearPreview()
{
    if (mScene) mScene->setPreview({}, {});
}

void AutoPlaceDialog::updateButtons()
{
    const bool running = mRunning;
    mRun->setEnabled(!running);
    mCancel->setEnabled(running);
    mApply->setEnabled(!running && mResult && !mResult->racks.empty());
}

void AutoPlaceDialog::closeEvent(QCloseEvent *event)
{
    mStop.request_stop();
    clearPreview();
    QDialog::closeEvent(event);
}

} // namespace hw::ui
