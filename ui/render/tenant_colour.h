// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/plan.h"

#include <QColor>

#include <string>

namespace hw::ui {

/**
 * A tenant's colour wherever it is drawn (the plan, its legend, the tenant dock, the PDF report):
 * its own "#RRGGBB", else the categorical colour of its position in the plan's tenant list, so a
 * tenant without a colour still looks the same everywhere.
 */
QColor tenantColour(const core::Tenant &tenant, std::size_t index);
/** The colour of tenant `tenantId` of `plan`; an invalid QColor for an unknown tenant. */
QColor tenantColour(const core::Plan &plan, const std::string &tenantId);
/** Racks (and shares) of no tenant: a neutral grey. */
QColor noTenantColour();

} // namespace hw::ui
