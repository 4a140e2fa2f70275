// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/plan.h"
#include "ui/commands/change_value.h"

namespace hw::ui {

/** Changes a reservation (the whole value, same id): tenant, hall, type, racks, pairs, ... */
class ChangeReservation : public ChangeValue<core::Reservation>
{
public:
    ChangeReservation(PlanDocument *document, core::Reservation reservation, const QString &text,
                      QUndoCommand *parent = nullptr);

protected:
    core::Reservation getValue() const override;
    void setValue(const core::Reservation &value) override;
    bool sameTarget(const ChangeValue<core::Reservation> &other) const override
    {
        return other.newValue().id == newValue().id;
    }
};

} // namespace hw::ui
