// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/hall_ops.h"
#include "ui/commands/change_value.h"

#include <string>

namespace hw::ui {

/**
 * Changes a hall's own attributes (name, origin, outline, rules, topology, air) as one value.
 * Merges within a session: dragging an outline vertex or a whole hall is one undo step.
 */
class ChangeHallProperties : public ChangeValue<core::HallProperties>
{
public:
    ChangeHallProperties(PlanDocument *document, std::string hall, core::HallProperties properties,
                         const QString &text, int mergeSession = 0, QUndoCommand *parent = nullptr);

protected:
    core::HallProperties getValue() const override;
    void setValue(const core::HallProperties &value) override;
    bool sameTarget(const ChangeValue<core::HallProperties> &other) const override;

private:
    std::string mHall;
};

} // namespace hw::ui
