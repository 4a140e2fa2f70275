// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/hall_objects.h"
#include "core/model/hall.h"

#include <QUndoCommand>

#include <string>

namespace hw::ui {

class PlanDocument;

/** Adds a whole hall or removes one; a removed hall is kept whole (with its index) for undo. */
class AddRemoveHalls : public QUndoCommand
{
public:
    /** Adds `hall` at the end of the hall list. */
    static AddRemoveHalls *add(PlanDocument *document, core::Hall hall,
                               QUndoCommand *parent = nullptr);
    static AddRemoveHalls *remove(PlanDocument *document, const std::string &hallId,
                                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    AddRemoveHalls(PlanDocument *document, bool add, core::Indexed<core::Hall> hall,
                   const QString &text, QUndoCommand *parent);
    void insert();
    void take();

    PlanDocument *mDocument;
    bool mAdd;
    core::Indexed<core::Hall> mHall;
};

} // namespace hw::ui
