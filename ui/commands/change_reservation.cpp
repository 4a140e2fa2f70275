// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/commands/change_reservation.h"

#include "core/edit/tenant_ops.h"
#include "ui/document/plan_document.h"

#include <algorithm>

namespace hw::ui {

ChangeReservation::ChangeReservation(PlanDocument *document, core::Reservation reservation,
                                     const QString &text, QUndoCommand *parent)
    : ChangeValue<core::Reservation>(document, std::move(reservation), text,
                                     CommandId::ChangeReservation, 0, parent)
{}

core::Reservation ChangeReservation::getValue() const
{
    const auto &list = mDocument->plan().reservations;
    auto it = std::find_if(list.begin(), list.end(),
                           [this](const core::Reservation &r) { return r.id == newValue().id; });
    return it == list.end() ? core::Reservation{} : *it;
}

void ChangeReservation::setValue(const core::Reservation &value)
{
    auto old = core::replaceReservation(mDocument->planForCommands(), value);
    if (!old.ok()) {
        qWarning("%s", old.error().toString().c_str());
        return;
    }
    mDocument->notify({ChangeEvent::Tenants, {}, {}});
}

} // namespace hw::ui
