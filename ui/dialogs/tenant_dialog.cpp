// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/dialogs/tenant_dialog.h"

#include "ui/dialogs/form_dialog_layout.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>

namespace hw::ui {

TenantDialog::TenantDialog(core::Tenant tenant, const QColor &colour, Apply apply, bool adding,
                           QWidget *parent)
    : QDialog(parent), mTenant(std::move(tenant)), mColour(colour), mApply(std::move(apply))
{
    setWindowTitle(adding ? tr("Add Tenant") : tr("Edit Tenant"));
    auto *form = new QFormLayout;
    form->addRow(tr("Id:"), new QLabel(QString::fromStdString(mTenant.id)));
    mName = new QLineEdit(QString::fromStdString(mTenant.name));
    mName->setPlaceholderText(tr("the customer's name"));
    form->addRow(tr("&Name:"), mName);
    mColourButton = new QPushButton;
    connect(mColourButton, &QPushButton::clicked, this, &TenantDialog::chooseColour);
    form->addRow(tr("&Colour:"), mColourButton);
    mError = layOutFormDialog(this, form);
    showColour();
}

core::Tenant TenantDialog::tenant() const
{
    core::Tenant t = mTenant;
    t.name = mName->text().trimmed().toStdString();
    t.color = mColour.isValid() ? mColour.name(QColor::HexRgb).toStdString() : std::string();
    return t;
}

void TenantDialog::setName(const QString &name)
{
    mName->setText(name);
}

void TenantDialog::setColour(const QColor &colour)
{
    mColour = colour;
    showColour();
}

void TenantDialog::chooseColour()
{
    const QColor c = QColorDialog::getColor(mColour, this, tr("Tenant Colour"));
    if (c.isValid()) setColour(c);
}

void TenantDialog::showColour()
{
    QPixmap swatch(28, 14);
    swatch.fill(mColour.isValid() ? mColour : QColor(Qt::lightGray));
    mColourButton->setIcon(QIcon(swatch));
    mColourButton->setText(mColour.isValid() ? mColour.name(QColor::HexRgb).toUpper()
                                             : tr("Choose…"));
}

void TenantDialog::accept()
{
    const core::Tenant t = tenant();
    if (!acceptedOrShown(mError, t.name.empty() ? tr("A tenant needs a name.") : QString())) return;
    const core::Status s = mApply(t);
    if (acceptedOrShown(mError, s.ok() ? QString() : QString::fromStdString(s.error().toString())))
        QDialog::accept();
}

} // namespace hw::ui
