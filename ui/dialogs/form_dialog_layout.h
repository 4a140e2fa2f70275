// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

class QDialog;
class QFormLayout;
class QLabel;
class QString;

namespace hw::ui {

/**
 * Lays out an edit dialog the one way Hallwright's object dialogs look: `form`, then a hidden
 * error line in red for the reason a value is refused, then OK and Cancel wired to the dialog's
 * (virtual) accept() and reject(). Returns the error line.
 */
QLabel *layOutFormDialog(QDialog *dialog, QFormLayout *form);

/**
 * Shows a refused edit's reason on the dialog's error line (from layOutFormDialog()) and returns
 * false; returns true, showing nothing, when there is no reason (`refusal` empty).
 */
bool acceptedOrShown(QLabel *error, const QString &refusal);

} // namespace hw::ui
