// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/commands/change_hall_properties.h"

#include "ui/document/plan_document.h"

namespace hw::ui {

ChangeHallProperties::ChangeHallProperties(PlanDocument *document, std::string hall,
                                           core::HallProperties properties, const QString &text,
                                           int mergeSession, QUndoCommand *parent)
    : ChangeValue<core::HallProperties>(document, std::move(properties), text,
                                        CommandId::ChangeHallProperties, mergeSession, parent),
      mHall(std::move(hall))
{}

core::HallProperties ChangeHallProperties::getValue() const
{
    const core::Hall *h = mDocument->plan().hall(mHall);
    return h ? core::hallProperties(*h) : core::HallProperties{};
}

void ChangeHallProperties::setValue(const core::HallProperties &value)
{
    core::Hall *h = mDocument->planForCommands().hall(mHall);
    if (!h) return;
    core::swapHallProperties(*h, value);
    mDocument->notify({ChangeEvent::HallProperties, {mHall}, {mHall}});
}

bool ChangeHallProperties::sameTarget(const ChangeValue<core::HallProperties> &other) const
{
    const auto *o = dynamic_cast<const ChangeHallProperties *>(&other);
    return o && o->mHall == mHall;
}

} // namespace hw::ui
