// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/render/tenant_colour.h"

#include "ui/render/plan_renderer.h"

namespace hw::ui {

QColor tenantColour(const core::Tenant &tenant, std::size_t index)
{
    const QColor own(QString::fromStdString(tenant.color));
    return own.isValid() && !tenant.color.empty() ? own : categoricalColour(int(index));
}

QColor tenantColour(const core::Plan &plan, const std::string &tenantId)
{
    for (std::size_t i = 0; i < plan.tenants.size(); ++i) {
        if (plan.tenants[i].id == tenantId) return tenantColour(plan.tenants[i], i);
    }
    return {};
}

QColor noTenantColour()
{
    return QColor(0xb8, 0xb8, 0xb8);
}

} // namespace hw::ui
