// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/services/prompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace hw::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Prompts", text);
}
} // namespace

Prompts::SaveChoice DialogPrompts::askSaveChanges(QWidget *parent, const QString &name)
{
    const auto answer = QMessageBox::warning(
        parent, tr("Unsaved changes"),
        tr("The plan \"%1\" has changes that are not saved.\nSave them before closing?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return SaveChoice::Save;
    if (answer == QMessageBox::Discard) return SaveChoice::Discard;
    return SaveChoice::Cancel;
}

bool DialogPrompts::askRecover(QWidget *parent, const QString &description)
{
    return QMessageBox::question(parent, tr("Recover unsaved work"),
                                 tr("Hallwright did not close normally last time. A recovery copy "
                                    "was found:\n\n%1\n\nRecover it? (No deletes the copy.)")
                                     .arg(description),
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes) == QMessageBox::Yes;
}

bool DialogPrompts::askOpenDespiteLock(QWidget *parent, const QString &path, const QString &owner)
{
    return QMessageBox::warning(
               parent, tr("Plan already open"),
               tr("%1\n\nis already open in another Hallwright (%2). If both save, "
                  "one overwrites the other's changes.\n\nOpen it here anyway?")
                   .arg(path, owner),
               QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Open;
}

void DialogPrompts::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::critical(parent, title, text);
}

void DialogPrompts::showInfo(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

bool Prompts::askConfirm(QWidget *, const QString &, const QString &, const QString &)
{
    return false;
}

bool DialogPrompts::askConfirm(QWidget *parent, const QString &title, const QString &text,
                               const QString &action)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *yes = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

QString DialogPrompts::openFileName(QWidget *parent, const QString &directory)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Plan"), directory,
                                        tr("Hallwright plans (*.hallplan *.json);;Project files "
                                           "(*.hallplan);;JSON plans (*.json);;All files (*)"));
}

QString DialogPrompts::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                    const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace hw::ui
