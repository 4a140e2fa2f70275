// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/services/document_io.h"

#include "core/io/builtin_catalog.h"
#include "core/io/plan_files.h"
#include "ui/document/plan_document.h"
#include "ui/services/worker_result.h"

#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace hw::ui {

core::Result<core::Plan> DocumentIo::load(const QString &path)
{
    if (!QFile::exists(path)) return core::Error(path.toStdString(), "no such file");
    if (!core::planFormatForPath(path.toStdString()))
        return core::Error(path.toStdString(),
                           "unknown file type: Hallwright opens .hallplan and .json plans");
    return core::loadPlan(QFile::encodeName(path).toStdString(), core::builtinCatalog());
}

QFuture<core::Status> DocumentIo::write(std::shared_ptr<const core::Plan> plan, const QString &path)
{
    const std::string target = QFile::encodeName(path).toStdString();
    return QtConcurrent::run([plan = std::move(plan), target]() -> core::Status {
        if (!core::planFormatForPath(target))
            return core::Error(target, "unknown file type: save as .hallplan or .json");
        return core::writePlanFile(*plan, target);
    });
}

core::Status DocumentIo::save(PlanDocument *document, const QString &path, bool asCopy)
{
    const quint64 revision = document->revision();
    QFuture<core::Status> future = write(document->snapshot(), path);
    QFutureWatcher<core::Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<core::Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished()) loop.exec(QEventLoop::ExcludeUserInputEvents);
    QString failure;
    const std::optional<core::Status> written = takeResult(future, &failure);
    if (!written)
        return core::Error(path.toStdString(),
                           "not saved: " + failure.toStdString() + "; the file is unchanged");
    const core::Status &status = *written;
    if (!status.ok() || asCopy) return status;
    document->setFilePath(path);
    if (document->revision() == revision) document->markSaved();
    return status;
}

QString DocumentIo::withPlanExtension(const QString &path)
{
    if (path.endsWith(QLatin1String(".hallplan"), Qt::CaseInsensitive) ||
        path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return path;
    return path + QStringLiteral(".hallplan");
}

} // namespace hw::ui
