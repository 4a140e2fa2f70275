// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/panels/tenants_panel.h"

#include "core/edit/tenant_ops.h"
#include "ui/dialogs/reservation_dialog.h"
#include "ui/dialogs/tenant_dialog.h"
#include "ui/document/plan_document.h"
#include "ui/render/tenant_colour.h"
#include "ui/services/prompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace hw::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

QIcon swatch(const QColor &colour)
{
    QPixmap p(16, 12);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setPen(QColor(60, 60, 60));
    painter.setBrush(colour);
    painter.drawRect(0, 0, 15, 11);
    return QIcon(p);
}

QTreeWidget *makeList(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setColumnCount(int(headers.size()));
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    return list;
}

QString joined(const std::vector<std::string> &v, const QString &none)
{
    QStringList out;
    for (const std::string &s : v)
        out << str(s);
    return out.isEmpty() ? none : out.join(QStringLiteral(", "));
}

} // namespace

TenantsPanel::TenantsPanel(PlanDocument *document, QWidget *parent)
    : QDockWidget(tr("Tenants"), parent), mDocument(document)
{
    setObjectName(QStringLiteral("TenantsPanel"));
    auto *w = new QWidget(this);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(4, 4, 4, 4);
    mTenants = makeList(QStringLiteral("tenantList"),
                        {tr("Tenant"), tr("Racks"), tr("IT kW"), tr("GPUs"), tr("Reserved racks"),
                         tr("Reserved kW")},
                        w);
    mTenants->header()->setStretchLastSection(false);
    mTenants->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(mTenants, 1);
    auto buttonRow = [&](QPushButton *&add, QPushButton *&edit, QPushButton *&remove) {
        auto *row = new QHBoxLayout;
        add = new QPushButton(tr("Add…"), w);
        edit = new QPushButton(tr("Edit…"), w);
        remove = new QPushButton(tr("Remove"), w);
        row->addWidget(add);
        row->addWidget(edit);
        row->addWidget(remove);
        row->addStretch(1);
        layout->addLayout(row);
    };
    buttonRow(mAddTenant, mEditTenant, mRemoveTenant);
    auto *title = new QLabel(tr("<b>Reservations</b>"), w);
    layout->addWidget(title);
    mReservations = makeList(QStringLiteral("reservationList"),
                             {tr("Reservation"), tr("Tenant"), tr("Hall"), tr("Rack type"),
                              tr("Racks"), tr("Pairs"), tr("Loops"), tr("Phase"), tr("Fits")},
                             w);
    layout->addWidget(mReservations, 1);
    buttonRow(mAddReservation, mEditReservation, mRemoveReservation);
    mError = new QLabel(w);
    mError->setWordWrap(true);
    mError->setStyleSheet(QStringLiteral("color: #b00000;"));
    mError->hide();
    layout->addWidget(mError);
    setWidget(w);

    connect(mAddTenant, &QPushButton::clicked, this, &TenantsPanel::addTenant);
    connect(mEditTenant, &QPushButton::clicked, this, &TenantsPanel::editTenant);
    connect(mRemoveTenant, &QPushButton::clicked, this, [this] { removeTenant(currentTenant()); });
    connect(mTenants, &QTreeWidget::itemDoubleClicked, this, &TenantsPanel::editTenant);
    connect(mAddReservation, &QPushButton::clicked, this, &TenantsPanel::addReservation);
    connect(mEditReservation, &QPushButton::clicked, this, &TenantsPanel::editReservation);
    connect(mRemoveReservation, &QPushButton::clicked, this, &TenantsPanel::removeReservation);
    connect(mReservations, &QTreeWidget::itemDoubleClicked, this, &TenantsPanel::editReservation);
    connect(mTenants, &QTreeWidget::currentItemChanged, this, &TenantsPanel::updateButtons);
    connect(mReservations, &QTreeWidget::currentItemChanged, this, &TenantsPanel::updateButtons);
    connect(mDocument, &PlanDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.everything()) mResult.reset();
        if (event.everything() ||
            event.touches(ChangeEvent::Properties(ChangeEvent::Tenants) | ChangeEvent::Racks |
                          ChangeEvent::Halls | ChangeEvent::Feeds | ChangeEvent::Loops))
            refill();
    });
    refill();
}

void TenantsPanel::setAnalysis(AnalysisResultPtr result)
{
    mResult = std::move(result);
    refill();
}

std::string TenantsPanel::currentTenant() const
{
    const QTreeWidgetItem *item = mTenants->currentItem();
    return item ? item->data(0, kIdRole).toString().toStdString() : std::string();
}

std::string TenantsPanel::currentReservation() const
{
    const QTreeWidgetItem *item = mReservations->currentItem();
    return item ? item->data(0, kIdRole).toString().toStdString() : std::string();
}

QString TenantsPanel::errorText() const
{
    return mError->isHidden() ? QString() : mError->text();
}

void TenantsPanel::refill()
{
    const core::Plan &plan = mDocument->plan();
    const std::string tenant = currentTenant();
    const std::string reservation = currentReservation();
    const QLocale locale;
    const QString pending = QStringLiteral("…");

    std::map<std::string, const core::TenantReport *> reports;
    std::map<std::string, const core::ReservationFit *> fits;
    if (mResult) {
        for (const core::TenantReport &t : mResult->report.tenants)
            reports.emplace(t.id, &t);
        for (const core::HallReport &h : mResult->report.halls) {
            for (const core::ReservationFit &f : h.reservations)
                fits.emplace(f.id, &f);
        }
    }

    mTenants->clear();
    for (std::size_t i = 0; i < plan.tenants.size(); ++i) {
        const core::Tenant &t = plan.tenants[i];
        auto *item = new QTreeWidgetItem(mTenants);
        item->setText(0, str(t.name.empty() ? t.id : t.name));
        item->setToolTip(0, str(t.id));
        item->setIcon(0, swatch(tenantColour(t, i)));
        item->setData(0, kIdRole, str(t.id));
        auto it = reports.find(t.id);
        const core::TenantReport *r = it == reports.end() ? nullptr : it->second;
        item->setText(1, r ? locale.toString(r->racks) : pending);
        item->setText(2, r ? locale.toString(r->itKw, 'f', 0) : pending);
        item->setText(3, r ? locale.toString(r->gpus) : pending);
        item->setText(4, r ? locale.toString(r->reservedRacks) : pending);
        item->setText(5, r ? locale.toString(r->reservedKw, 'f', 0) : pending);
        for (int c = 1; c < 6; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (t.id == tenant) mTenants->setCurrentItem(item);
    }

    mReservations->clear();
    for (const core::Reservation &res : plan.reservations) {
        auto *item = new QTreeWidgetItem(mReservations);
        item->setText(0, str(res.id));
        item->setData(0, kIdRole, str(res.id));
        const core::Tenant *t = plan.tenant(res.tenant);
        item->setText(1, t && !t->name.empty() ? str(t->name) : str(res.tenant));
        const QColor colour = tenantColour(plan, res.tenant);
        item->setIcon(1, swatch(colour.isValid() ? colour : noTenantColour()));
        item->setText(2, str(res.hall));
        item->setText(3, str(res.rackType));
        item->setText(4, locale.toString(res.racks));
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(5, joined(res.pairs, tr("any")));
        item->setText(6, joined(res.loops, tr("any")));
        item->setText(7, res.phase.empty() ? tr("–") : str(res.phase));
        auto ft = fits.find(res.id);
        if (ft == fits.end() || ft->second->racks != res.racks) {
            item->setText(8, pending);
        } else if (ft->second->fitted >= ft->second->racks) {
            item->setText(8, tr("yes"));
            item->setForeground(8, QColor(0x1e, 0x7b, 0x34));
        } else {
            item->setText(8, tr("no: %1 of %2 fit").arg(ft->second->fitted).arg(ft->second->racks));
            item->setToolTip(8, str(ft->second->reason));
            item->setForeground(8, QColor(0xb0, 0x00, 0x00));
        }
        if (res.id == reservation) mReservations->setCurrentItem(item);
    }
    updateButtons();
}

void TenantsPanel::updateButtons()
{
    const bool tenant = mTenants->currentItem() != nullptr;
    mEditTenant->setEnabled(tenant);
    mRemoveTenant->setEnabled(tenant);
    const bool canReserve = !mDocument->plan().tenants.empty() && !mDocument->plan().halls.empty();
    mAddReservation->setEnabled(canReserve);
    mAddReservation->setToolTip(canReserve ? QString()
                                           : tr("A reservation needs a tenant and a hall."));
    const bool reservation = mReservations->currentItem() != nullptr;
    mEditReservation->setEnabled(reservation);
    mRemoveReservation->setEnabled(reservation);
}

void TenantsPanel::showStatus(const core::Status &status)
{
    if (status.ok()) {
        mError->clear();
        mError->hide();
        return;
    }
    mError->setText(str(status.error().toString()));
    mError->show();
}

void TenantsPanel::addTenant()
{
    const core::Plan &plan = mDocument->plan();
    core::Tenant t;
    std::string base = "T";
    base += std::to_string(plan.tenants.size() + 1);
    t.id = core::freshTenantId(plan, base);
    const QColor colour = tenantColour(t, plan.tenants.size());
    TenantDialog dialog(
        t, colour, [this](const core::Tenant &value) { return mDocument->addTenant(value); }, true,
        this);
    if (dialog.exec() == QDialog::Accepted) showStatus(core::Done{});
}

void TenantsPanel::editTenant()
{
    const core::Plan &plan = mDocument->plan();
    const core::Tenant *t = plan.tenant(currentTenant());
    if (!t) return;
    TenantDialog dialog(
        *t, tenantColour(plan, t->id),
        [this](const core::Tenant &value) { return mDocument->changeTenant(value); }, false, this);
    if (dialog.exec() == QDialog::Accepted) showStatus(core::Done{});
}

core::Status TenantsPanel::removeTenant(const std::string &tenantId)
{
    const core::Plan &plan = mDocument->plan();
    const core::Tenant *t = plan.tenant(tenantId);
    if (!t) {
        std::string message = "there is no tenant \"";
        message += tenantId;
        message += '"';
        return core::Error(message);
    }
    const core::TenantUses uses = core::tenantUses(plan, tenantId);
    bool clear = false;
    if (!uses.empty()) {
        const QString name = str(t->name.empty() ? t->id : t->name);
        const QString text =
            tr("%1 holds %2 and %3. Removing the tenant removes its reservations and leaves "
               "its racks without a tenant.")
                .arg(name, tr("%n rack(s)", nullptr, int(uses.racks.size())),
                     tr("%n reservation(s)", nullptr, int(uses.reservations.size())));
        clear = mPrompts &&
                mPrompts->askConfirm(this, tr("Remove Tenant"), text, tr("Remove with Its Uses"));
    }
    const core::Status s = mDocument->removeTenant(tenantId, clear);
    showStatus(s);
    return s;
}

void TenantsPanel::addReservation()
{
    const core::Plan &plan = mDocument->plan();
    if (plan.tenants.empty() || plan.halls.empty()) return;
    core::Reservation r;
    std::string base = "RES-";
    base += std::to_string(plan.reservations.size() + 1);
    r.id = core::freshReservationId(plan, base);
    r.tenant = currentTenant().empty() ? plan.tenants.front().id : currentTenant();
    const core::Hall *hall = mDocument->hall(mDocument->currentHall());
    if (!hall) hall = &plan.halls.front();
    r.hall = hall->id;
    r.rackType = hall->referenceRackType;
    if (r.rackType.empty() && !hall->racks.empty()) r.rackType = hall->racks.front().type;
    r.racks = 1;
    ReservationDialog dialog(
        plan, mDocument->catalog(), r,
        [this](const core::Reservation &value) { return mDocument->addReservation(value); }, true,
        this);
    if (dialog.exec() == QDialog::Accepted) showStatus(core::Done{});
}

void TenantsPanel::editReservation()
{
    const core::Plan &plan = mDocument->plan();
    const std::string id = currentReservation();
    auto it = std::find_if(plan.reservations.begin(), plan.reservations.end(),
                           [&](const core::Reservation &r) { return r.id == id; });
    if (it == plan.reservations.end()) return;
    ReservationDialog dialog(
        plan, mDocument->catalog(), *it,
        [this](const core::Reservation &value) { return mDocument->changeReservation(value); },
        false, this);
    if (dialog.exec() == QDialog::Accepted) showStatus(core::Done{});
}

void TenantsPanel::removeReservation()
{
    const std::string id = currentReservation();
    if (!id.empty()) showStatus(mDocument->removeReservation(id));
}

} // namespace hw::ui
