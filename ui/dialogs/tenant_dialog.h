// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/plan.h"
#include "core/model/result.h"

#include <QColor>
#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hw::ui {

/**
 * Adds or edits a tenant: its name and its colour (QColorDialog). OK hands the value to `apply`
 * (the document's edit); a refusal is shown in the dialog, which stays open.
 */
class TenantDialog : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<core::Status(const core::Tenant &)>;

    /** `tenant` is the value to edit (a new one has a fresh id); `colour` its colour now. */
    TenantDialog(core::Tenant tenant, const QColor &colour, Apply apply, bool adding,
                 QWidget *parent = nullptr);

    core::Tenant tenant() const;
    void setName(const QString &name);
    void setColour(const QColor &colour);

    void accept() override;

private:
    void chooseColour();
    void showColour();

    core::Tenant mTenant;
    QColor mColour;
    Apply mApply;
    QLineEdit *mName;
    QPushButton *mColourButton;
    QLabel *mError;
};

} // namespace hw::ui
