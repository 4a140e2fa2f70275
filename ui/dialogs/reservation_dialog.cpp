// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/dialogs/reservation_dialog.h"

#include "ui/dialogs/form_dialog_layout.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>

#include <algorithm>
#include <set>

namespace hw::ui {

namespace {

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

/** Selects the item whose data is `value` (adding it when the list lacks it). */
void selectData(QComboBox *box, const std::string &value)
{
    int i = box->findData(str(value));
    if (i < 0) {
        box->addItem(str(value), str(value));
        i = box->count() - 1;
    }
    box->setCurrentIndex(i);
}

std::vector<std::string> checked(const QListWidget *list)
{
    std::vector<std::string> out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out.push_back(list->item(i)->data(Qt::UserRole).toString().toStdString());
    }
    return out;
}

} // namespace

ReservationDialog::ReservationDialog(const core::Plan &plan, const core::Catalog &catalog,
                                     core::Reservation reservation, Apply apply, bool adding,
                                     QWidget *parent)
    : QDialog(parent), mPlan(plan), mReservation(std::move(reservation)), mApply(std::move(apply))
{
    setWindowTitle(adding ? tr("Add Reservation") : tr("Edit Reservation"));
    auto *form = new QFormLayout;
    form->addRow(tr("Id:"), new QLabel(str(mReservation.id)));
    mTenant = new QComboBox;
    for (const core::Tenant &t : plan.tenants)
        mTenant->addItem(str(t.name.empty() ? t.id : t.name), str(t.id));
    selectData(mTenant, mReservation.tenant);
    form->addRow(tr("&Tenant:"), mTenant);
    mHall = new QComboBox;
    for (const core::Hall &h : plan.halls)
        mHall->addItem(h.name.empty() ? str(h.id) : tr("%1 (%2)").arg(str(h.name), str(h.id)),
                       str(h.id));
    selectData(mHall, mReservation.hall);
    form->addRow(tr("&Hall:"), mHall);
    mRackType = new QComboBox;
    for (const core::RackType &t : catalog.rackTypes)
        mRackType->addItem(t.name.empty() ? str(t.id) : tr("%1 (%2)").arg(str(t.name), str(t.id)),
                           str(t.id));
    selectData(mRackType, mReservation.rackType);
    form->addRow(tr("Rack t&ype:"), mRackType);
    mRacks = new QSpinBox;
    mRacks->setRange(1, 100000);
    mRacks->setValue(std::max(1, mReservation.racks));
    form->addRow(tr("&Racks:"), mRacks);
    mPairs = new QListWidget;
    mPairs->setMaximumHeight(90);
    form->addRow(tr("Feed &pairs (none: any):"), mPairs);
    mLoops = new QListWidget;
    mLoops->setMaximumHeight(90);
    form->addRow(tr("&Loops (none: any):"), mLoops);
    mPhase = new QComboBox;
    mPhase->addItem(tr("(none)"), QString());
    for (const core::Phase &p : plan.phases) {
        const QString label =
            p.date.empty() ? str(p.name.empty() ? p.id : p.name)
                           : tr("%1 (%2)").arg(str(p.name.empty() ? p.id : p.name), str(p.date));
        mPhase->addItem(label, str(p.id));
    }
    selectData(mPhase, mReservation.phase);
    form->addRow(tr("Needed by p&hase:"), mPhase);
    mError = layOutFormDialog(this, form);
    fillHallLists();
    connect(mHall, &QComboBox::currentIndexChanged, this, [this] {
        // Pairs and loops belong to a hall: another hall starts with none chosen.
        mReservation.pairs.clear();
        mReservation.loops.clear();
        fillHallLists();
    });
}

void ReservationDialog::fillHallLists()
{
    mPairs->clear();
    mLoops->clear();
    const core::Hall *hall = mPlan.hall(mHall->currentData().toString().toStdString());
    if (!hall) return;
    auto add = [](QListWidget *list, const std::string &id, const QString &label, bool on) {
        auto *item = new QListWidgetItem(label, list);
        item->setData(Qt::UserRole, str(id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    };
    auto has = [](const std::vector<std::string> &v, const std::string &x) {
        return std::find(v.begin(), v.end(), x) != v.end();
    };
    std::set<std::string> pairs;
    for (const core::Feed &f : hall->power.feeds) {
        if (f.pair.empty() || !pairs.insert(f.pair).second) continue;
        QStringList members;
        for (const core::Feed &g : hall->power.feeds) {
            if (g.pair == f.pair) members << str(g.id);
        }
        add(mPairs, f.pair, tr("%1 (%2)").arg(str(f.pair), members.join(QLatin1Char('+'))),
            has(mReservation.pairs, f.pair));
    }
    for (const core::Loop &l : hall->cooling.loops)
        add(mLoops, l.id, str(l.id), has(mReservation.loops, l.id));
}

core::Reservation ReservationDialog::reservation() const
{
    core::Reservation r = mReservation;
    r.tenant = mTenant->currentData().toString().toStdString();
    r.hall = mHall->currentData().toString().toStdString();
    r.rackType = mRackType->currentData().toString().toStdString();
    r.racks = mRacks->value();
    r.pairs = checked(mPairs);
    r.loops = checked(mLoops);
    r.phase = mPhase->currentData().toString().toStdString();
    return r;
}

void ReservationDialog::accept()
{
    const core::Status s = mApply(reservation());
    if (acceptedOrShown(mError, s.ok() ? QString() : QString::fromStdString(s.error().toString())))
        QDialog::accept();
}

} // namespace hw::ui
