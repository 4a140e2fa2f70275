// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/hall_objects.h"
#include "core/model/plan.h"

#include <QUndoCommand>

#include <string>

namespace hw::ui {

class PlanDocument;

/** Adds a reservation or removes one; a removed one is kept with its index for undo. */
class AddRemoveReservation : public QUndoCommand
{
public:
    /** Adds `reservation` at the end of the reservation list. */
    static AddRemoveReservation *add(PlanDocument *document, core::Reservation reservation,
                                     QUndoCommand *parent = nullptr);
    static AddRemoveReservation *remove(PlanDocument *document, const std::string &reservationId,
                                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    AddRemoveReservation(PlanDocument *document, bool add,
                         core::Indexed<core::Reservation> reservation, const QString &text,
                         QUndoCommand *parent);
    void insert();
    void take();

    PlanDocument *mDocument;
    bool mAdd;
    core::Indexed<core::Reservation> mReservation;
};

} // namespace hw::ui
