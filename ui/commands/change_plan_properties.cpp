// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/commands/change_plan_properties.h"

#include "ui/document/plan_document.h"

namespace hw::ui {

ChangePlanProperties::ChangePlanProperties(PlanDocument *document, core::PlanProperties properties,
                                           const QString &text, QUndoCommand *parent)
    : ChangeValue<core::PlanProperties>(document, std::move(properties), text,
                                        CommandId::ChangePlanProperties, 0, parent)
{}

core::PlanProperties ChangePlanProperties::getValue() const
{
    return core::planProperties(mDocument->plan());
}

void ChangePlanProperties::setValue(const core::PlanProperties &value)
{
    core::swapPlanProperties(mDocument->planForCommands(), value);
    mDocument->notify({ChangeEvent::PlanProperties, {}, {}});
}

} // namespace hw::ui
