// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/commands/add_remove_tenant.h"

#include "ui/document/plan_document.h"

#include <QCoreApplication>

#include <algorithm>

namespace hw::ui {

AddRemoveTenant::AddRemoveTenant(PlanDocument *document, bool add, core::TenantRemoval removal,
                                 bool clearUses, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), mDocument(document), mAdd(add), mClearUses(clearUses),
      mRemoval(std::move(removal))
{}

AddRemoveTenant *AddRemoveTenant::add(PlanDocument *document, core::Tenant tenant,
                                      QUndoCommand *parent)
{
    const QString text =
        QCoreApplication::translate("AddRemoveTenant", "Add tenant %1")
            .arg(QString::fromStdString(tenant.name.empty() ? tenant.id : tenant.name));
    core::TenantRemoval r;
    r.tenant = {document->plan().tenants.size(), std::move(tenant)};
    return new AddRemoveTenant(document, true, std::move(r), false, text, parent);
}

AddRemoveTenant *AddRemoveTenant::remove(PlanDocument *document, const std::string &tenantId,
                                         bool clearUses, QUndoCommand *parent)
{
    const core::Tenant *t = document->plan().tenant(tenantId);
    const std::string name = t && !t->name.empty() ? t->name : tenantId;
    const QString text = QCoreApplication::translate("AddRemoveTenant", "Remove tenant %1")
                             .arg(QString::fromStdString(name));
    core::TenantRemoval r;
    r.tenant.value.id = tenantId;
    return new AddRemoveTenant(document, false, std::move(r), clearUses, text, parent);
}

void AddRemoveTenant::redo()
{
    mAdd ? insert() : take();
}
void AddRemoveTenant::undo()
{
    mAdd ? take() : insert();
}

void AddRemoveTenant::insert()
{
    const core::Status s = core::restoreTenant(mDocument->planForCommands(), mRemoval);
    if (!s.ok()) {
        qWarning("%s", s.error().toString().c_str());
        return;
    }
    notifyChange(true);
}

void AddRemoveTenant::take()
{
    auto removed =
        core::removeTenant(mDocument->planForCommands(), mRemoval.tenant.value.id, mClearUses);
    if (!removed.ok()) {
        qWarning("%s", removed.error().toString().c_str());
        return;
    }
    mRemoval = std::move(removed.value());
    notifyChange(false);
}

void AddRemoveTenant::notifyChange(bool added)
{
    ChangeEvent event;
    event.properties = ChangeEvent::Properties(ChangeEvent::Tenants) |
                       (added ? ChangeEvent::Added : ChangeEvent::Removed);
    for (const core::TenantRackRef &ref : mRemoval.racks) {
        if (!ref.scenario.empty()) continue; // not on the plan view
        event.properties |= ChangeEvent::Racks;
        if (std::find(event.halls.begin(), event.halls.end(), ref.hall) == event.halls.end())
            event.halls.push_back(ref.hall);
        event.objects.push_back(ref.rack);
    }
    mDocument->notify(event);
}

} // namespace hw::ui
