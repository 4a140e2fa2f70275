// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/commands/add_remove_halls.h"

#include "core/edit/hall_ops.h"
#include "ui/document/plan_document.h"

#include <QCoreApplication>

namespace hw::ui {

AddRemoveHalls::AddRemoveHalls(PlanDocument *document, bool add, core::Indexed<core::Hall> hall,
                               const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), mDocument(document), mAdd(add), mHall(std::move(hall))
{}

AddRemoveHalls *AddRemoveHalls::add(PlanDocument *document, core::Hall hall, QUndoCommand *parent)
{
    const QString text = QCoreApplication::translate("AddRemoveHalls", "Add hall %1")
                             .arg(QString::fromStdString(hall.id));
    const std::size_t index = document->plan().halls.size();
    return new AddRemoveHalls(document, true, {index, std::move(hall)}, text, parent);
}

AddRemoveHalls *AddRemoveHalls::remove(PlanDocument *document, const std::string &hallId,
                                       QUndoCommand *parent)
{
    core::Hall h;
    h.id = hallId;
    const QString text = QCoreApplication::translate("AddRemoveHalls", "Remove hall %1")
                             .arg(QString::fromStdString(hallId));
    return new AddRemoveHalls(document, false, {0, std::move(h)}, text, parent);
}

void AddRemoveHalls::redo()
{
    mAdd ? insert() : take();
}
void AddRemoveHalls::undo()
{
    mAdd ? take() : insert();
}

void AddRemoveHalls::insert()
{
    const core::Status s = core::insertHall(mDocument->planForCommands(), mHall);
    if (!s.ok()) {
        qWarning("%s", s.error().toString().c_str());
        return;
    }
    mDocument->notify({ChangeEvent::Halls | ChangeEvent::Added, {mHall.value.id}, {}});
}

void AddRemoveHalls::take()
{
    const std::string id = mHall.value.id;
    auto removed = core::removeHall(mDocument->planForCommands(), id);
    if (!removed.ok()) {
        qWarning("%s", removed.error().toString().c_str());
        return;
    }
    mHall = std::move(removed.value());
    mDocument->notify({ChangeEvent::Halls | ChangeEvent::Removed, {id}, {}});
}

} // namespace hw::ui
