// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/tenant_ops.h"

#include <QUndoCommand>

#include <string>

namespace hw::ui {

class PlanDocument;

/**
 * Adds a tenant or removes one. A removal may take the tenant's reservations with it and clear
 * the racks that name it (core::removeTenant with clearUses); the command keeps what it took
 * (core::TenantRemoval) so that undo restores the plan exactly.
 */
class AddRemoveTenant : public QUndoCommand
{
public:
    /** Adds `tenant` at the end of the tenant list. */
    static AddRemoveTenant *add(PlanDocument *document, core::Tenant tenant,
                                QUndoCommand *parent = nullptr);
    static AddRemoveTenant *remove(PlanDocument *document, const std::string &tenantId,
                                   bool clearUses, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    AddRemoveTenant(PlanDocument *document, bool add, core::TenantRemoval removal, bool clearUses,
                    const QString &text, QUndoCommand *parent);
    void insert();
    void take();
    void notifyChange(bool added);

    PlanDocument *mDocument;
    bool mAdd;
    bool mClearUses;
    core::TenantRemoval mRemoval; ///< the tenant (to add, or removed) and what went with it
};

} // namespace hw::ui
