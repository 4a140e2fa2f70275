// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/commands/change_tenant.h"

#include "core/edit/tenant_ops.h"
#include "ui/document/plan_document.h"

namespace hw::ui {

ChangeTenant::ChangeTenant(PlanDocument *document, core::Tenant tenant, const QString &text,
                           QUndoCommand *parent)
    : ChangeValue<core::Tenant>(document, std::move(tenant), text, CommandId::ChangeTenant, 0,
                                parent)
{}

core::Tenant ChangeTenant::getValue() const
{
    const core::Tenant *t = mDocument->plan().tenant(newValue().id);
    return t ? *t : core::Tenant{};
}

void ChangeTenant::setValue(const core::Tenant &value)
{
    auto old = core::replaceTenant(mDocument->planForCommands(), value);
    if (!old.ok()) {
        qWarning("%s", old.error().toString().c_str());
        return;
    }
    mDocument->notify({ChangeEvent::Tenants, {}, {}});
}

} // namespace hw::ui
