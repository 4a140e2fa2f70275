// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/plan.h"
#include "core/model/result.h"

#include <QFuture>
#include <QString>

#include <memory>

namespace hw::ui {

class PlanDocument;

/**
 * Reading and writing plan files for the GUI. Writing always works on a snapshot on a worker
 * thread (the UI stays responsive and the file shows one consistent state) through the core's
 * atomic writer, so a failed save never damages the previous file.
 */
class DocumentIo
{
public:
    /** Reads and validates a .hallplan or .json plan (the same checks as the command line). */
    static core::Result<core::Plan> load(const QString &path);

    /** Writes `plan` to `path` in the format its extension names, on a worker thread. */
    static QFuture<core::Status> write(std::shared_ptr<const core::Plan> plan, const QString &path);

    /**
     * Saves the document to `path` and waits for the worker while the event loop keeps running.
     * On success the document takes the path (unless `asCopy`) and is marked saved, provided no
     * edit arrived during the save.
     */
    static core::Status save(PlanDocument *document, const QString &path, bool asCopy = false);

    /** A path with the extension its format needs (.hallplan when it has none we know). */
    static QString withPlanExtension(const QString &path);
};

} // namespace hw::ui
