// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/services/plan_lock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

namespace hw::ui {

namespace {
QString &directoryOverride()
{
    static QString dir;
    return dir;
}
} // namespace

PlanLock::PlanLock() = default;
PlanLock::~PlanLock()
{
    unlock();
}

void PlanLock::setDirectory(const QString &directory)
{
    directoryOverride() = directory;
}

QString PlanLock::lockPathFor(const QString &planPath)
{
    QString dir = directoryOverride();
    if (dir.isEmpty()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        if (dir.isEmpty()) dir = QDir::tempPath();
        dir += QStringLiteral("/hallwright-locks");
    }
    QDir().mkpath(dir);
    const QFileInfo info(planPath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex();
    return dir + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".lock");
}

bool PlanLock::lock(const QString &path)
{
    unlock();
    mOwner.clear();
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    lock->setStaleLockTime(0); // only a dead owner makes it stale
    if (lock->tryLock(0)) {
        mLock = std::move(lock);
        return true;
    }
    qint64 pid = 0;
    QString host, app;
    if (lock->getLockInfo(&pid, &host, &app))
        mOwner = QCoreApplication::translate("PlanLock", "process %1 on %2").arg(pid).arg(host);
    else
        mOwner = QCoreApplication::translate("PlanLock", "another process");
    return false;
}

void PlanLock::lockAnyway(const QString &path)
{
    unlock();
    // Keep our own marker beside theirs: a second lock file with our pid.
    auto lock = std::make_unique<QLockFile>(lockPathFor(path) + QStringLiteral(".") +
                                            QString::number(QCoreApplication::applicationPid()));
    if (lock->tryLock(0)) mLock = std::move(lock);
}

void PlanLock::unlock()
{
    if (mLock) mLock->unlock();
    mLock.reset();
}

} // namespace hw::ui
