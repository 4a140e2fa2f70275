// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/commands/add_remove_reservation.h"

#include "core/edit/tenant_ops.h"
#include "ui/document/plan_document.h"

#include <QCoreApplication>

namespace hw::ui {

AddRemoveReservation::AddRemoveReservation(PlanDocument *document, bool add,
                                           core::Indexed<core::Reservation> reservation,
                                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), mDocument(document), mAdd(add),
      mReservation(std::move(reservation))
{}

AddRemoveReservation *AddRemoveReservation::add(PlanDocument *document,
                                                core::Reservation reservation, QUndoCommand *parent)
{
    const QString text = QCoreApplication::translate("AddRemoveReservation", "Add reservation %1")
                             .arg(QString::fromStdString(reservation.id));
    const std::size_t index = document->plan().reservations.size();
    return new AddRemoveReservation(document, true, {index, std::move(reservation)}, text, parent);
}

AddRemoveReservation *AddRemoveReservation::remove(PlanDocument *document,
                                                   const std::string &reservationId,
                                                   QUndoCommand *parent)
{
    core::Reservation r;
    r.id = reservationId;
    const QString text =
        QCoreApplication::translate("AddRemoveReservation", "Remove reservation %1")
            .arg(QString::fromStdString(reservationId));
    return new AddRemoveReservation(document, false, {0, std::move(r)}, text, parent);
}

void AddRemoveReservation::redo()
{
    mAdd ? insert() : take();
}
void AddRemoveReservation::undo()
{
    mAdd ? take() : insert();
}

void AddRemoveReservation::insert()
{
    const core::Status s = core::insertReservation(mDocument->planForCommands(), mReservation);
    if (!s.ok()) {
        qWarning("%s", s.error().toString().c_str());
        return;
    }
    mDocument->notify({ChangeEvent::Tenants | ChangeEvent::Added, {}, {}});
}

void AddRemoveReservation::take()
{
    auto removed = core::removeReservation(mDocument->planForCommands(), mReservation.value.id);
    if (!removed.ok()) {
        qWarning("%s", removed.error().toString().c_str());
        return;
    }
    mReservation = std::move(removed.value());
    mDocument->notify({ChangeEvent::Tenants | ChangeEvent::Removed, {}, {}});
}

} // namespace hw::ui
