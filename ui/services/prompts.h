// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QString>

class QWidget;

namespace hw::ui {

/**
 * Every question the GUI asks the user, behind one interface so that tests (and the screenshot
 * tool) answer them without a modal dialog. DialogPrompts asks with message boxes and file
 * dialogs.
 */
class Prompts
{
public:
    enum class SaveChoice
    {
        Save,
        Discard,
        Cancel
    };

    virtual ~Prompts() = default;
    virtual SaveChoice askSaveChanges(QWidget *parent, const QString &documentName) = 0;
    /** A recovery file from a session that did not end cleanly: restore it? */
    virtual bool askRecover(QWidget *parent, const QString &description) = 0;
    /** Another Hallwright has the plan open: open it here too? */
    virtual bool askOpenDespiteLock(QWidget *parent, const QString &path, const QString &owner) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void showInfo(QWidget *parent, const QString &title, const QString &text) = 0;
    /**
     * A question with one action (`action` names it, as the button says) or Cancel; true: do it.
     * Prompts that cannot ask answer no.
     */
    virtual bool askConfirm(QWidget *parent, const QString &title, const QString &text,
                            const QString &action);
    /** Empty when cancelled. */
    virtual QString openFileName(QWidget *parent, const QString &directory) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter) = 0;
};

/** The real dialogs. */
class DialogPrompts : public Prompts
{
public:
    SaveChoice askSaveChanges(QWidget *parent, const QString &documentName) override;
    bool askRecover(QWidget *parent, const QString &description) override;
    bool askOpenDespiteLock(QWidget *parent, const QString &path, const QString &owner) override;
    void showError(QWidget *parent, const QString &title, const QString &text) override;
    void showInfo(QWidget *parent, const QString &title, const QString &text) override;
    bool askConfirm(QWidget *parent, const QString &title, const QString &text,
                    const QString &action) override;
    QString openFileName(QWidget *parent, const QString &directory) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                         const QString &filter) override;
};

} // namespace hw::ui
