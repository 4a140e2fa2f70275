// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/plan.h"
#include "ui/commands/change_value.h"

namespace hw::ui {

/** Changes a tenant's name and colour (the whole value, same id). */
class ChangeTenant : public ChangeValue<core::Tenant>
{
public:
    ChangeTenant(PlanDocument *document, core::Tenant tenant, const QString &text,
                 QUndoCommand *parent = nullptr);

protected:
    core::Tenant getValue() const override;
    void setValue(const core::Tenant &value) override;
    bool sameTarget(const ChangeValue<core::Tenant> &other) const override
    {
        return other.newValue().id == newValue().id;
    }
};

} // namespace hw::ui
