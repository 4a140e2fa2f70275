// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/dialogs/form_dialog_layout.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hw::ui {

QLabel *layOutFormDialog(QDialog *dialog, QFormLayout *form)
{
    auto *error = new QLabel;
    error->setObjectName(QStringLiteral("formError"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00000;"));
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    return error;
}

bool acceptedOrShown(QLabel *error, const QString &refusal)
{
    if (refusal.isEmpty()) return true;
    error->setText(refusal);
    error->show();
    return false;
}

} // namespace hw::ui
