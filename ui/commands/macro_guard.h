// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QString>
#include <QUndoStack>

namespace hw::ui {

/**
 * Groups the commands pushed during its lifetime into one undo step (Glaxnimate's RAII macro
 * guard): no path out of a scope, early return included, leaves a macro open.
 */
class MacroGuard
{
public:
    MacroGuard(QUndoStack *stack, const QString &text) : mStack(stack) { mStack->beginMacro(text); }
    ~MacroGuard() { mStack->endMacro(); }
    MacroGuard(const MacroGuard &) = delete;
    MacroGuard &operator=(const MacroGuard &) = delete;

private:
    QUndoStack *mStack;
};

} // namespace hw::ui
