// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QFuture>
#include <QString>

#include <optional>

namespace hw::ui {

/**
 * What the exception being handled says, for a message to the user. QtConcurrent wraps anything
 * that is not a QException in a QUnhandledException; the original is unwrapped. Call only inside
 * a catch block.
 */
QString describeCurrentException();

/**
 * The result of a finished worker, or empty with `error` set if the work threw (an internal
 * error, no memory). QFuture::result() rethrows on the UI thread, where an exception would end
 * in the event loop; every place that takes a worker's result goes through this instead.
 */
template <class T> std::optional<T> takeResult(const QFuture<T> &future, QString *error)
{
    try {
        return future.result();
    } catch (...) {
        *error = describeCurrentException();
        return std::nullopt;
    }
}

} // namespace hw::ui
