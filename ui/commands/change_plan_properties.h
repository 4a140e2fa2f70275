// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/hall_ops.h"
#include "ui/commands/change_value.h"

namespace hw::ui {

/** Changes the plan's own attributes (name, PUE). Reaches every hall's figures (facility kW). */
class ChangePlanProperties : public ChangeValue<core::PlanProperties>
{
public:
    ChangePlanProperties(PlanDocument *document, core::PlanProperties properties,
                         const QString &text, QUndoCommand *parent = nullptr);

protected:
    core::PlanProperties getValue() const override;
    void setValue(const core::PlanProperties &value) override;
    bool sameTarget(const ChangeValue<core::PlanProperties> &) const override { return true; }
};

} // namespace hw::ui
