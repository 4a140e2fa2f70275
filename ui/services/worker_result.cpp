// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/services/worker_result.h"

#include <QCoreApplication>
#include <QUnhandledException>

#include <exception>
#include <new>

namespace hw::ui {

namespace {

QString describe(const std::exception_ptr &e)
{
    try {
        std::rethrow_exception(e);
    } catch (const QUnhandledException &wrapped) {
        if (wrapped.exception()) return describe(wrapped.exception());
        return QCoreApplication::translate("hw::ui", "internal error");
    } catch (const std::bad_alloc &) {
        return QCoreApplication::translate("hw::ui", "not enough memory");
    } catch (const std::exception &other) {
        return QString::fromUtf8(other.what());
    } catch (...) {
        return QCoreApplication::translate("hw::ui", "internal error");
    }
}

} // namespace

QString describeCurrentException()
{
    return describe(std::current_exception());
}

} // namespace hw::ui
