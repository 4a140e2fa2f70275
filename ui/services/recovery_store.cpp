// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/services/recovery_store.h"

#include "core/io/plan_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

namespace hw::ui {

namespace {
QString &directoryOverride()
{
    static QString dir;
    return dir;
}
QString base(const QString &planFile)
{
    QString b = planFile;
    b.chop(int(qstrlen(".json")));
    return b;
}
} // namespace

QString RecoveryStore::Entry::description() const
{
    const QString what = originalPath.isEmpty()
                             ? QCoreApplication::translate("RecoveryStore", "an unsaved plan")
                             : originalPath;
    return QCoreApplication::translate("RecoveryStore", "\"%1\" (%2), autosaved %3")
        .arg(planName, what, QLocale().toString(savedAt, QLocale::ShortFormat));
}

RecoveryStore::RecoveryStore() : mId(QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

RecoveryStore::~RecoveryStore() = default;

void RecoveryStore::setDirectory(const QString &directory)
{
    directoryOverride() = directory;
}

QString RecoveryStore::directory()
{
    QString dir = directoryOverride();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
              QStringLiteral("/recovery");
    QDir().mkpath(dir);
    return dir;
}

core::Status RecoveryStore::save(const core::Plan &plan, const QString &originalPath)
{
    const QString b = directory() + QLatin1Char('/') + mId;
    if (!mLock) {
        mLock = std::make_unique<QLockFile>(b + QStringLiteral(".lock"));
        mLock->setStaleLockTime(0);
        if (!mLock->tryLock(0))
            return core::Error("cannot lock the recovery file " + b.toStdString());
    }
    const QString planFile = b + QStringLiteral(".json");
    core::Status s = core::writePlanFile(plan, QFile::encodeName(planFile).toStdString());
    if (!s.ok()) return s;
    mPlanFile = planFile;
    QJsonObject info{
        {QStringLiteral("originalPath"), originalPath},
        {QStringLiteral("planName"), QString::fromStdString(plan.name)},
        {QStringLiteral("savedAt"), QDateTime::currentDateTime().toString(Qt::ISODate)}};
    return core::writeFileAtomically(QFile::encodeName(b + QStringLiteral(".info")).toStdString(),
                                     QJsonDocument(info).toJson().toStdString());
}

bool RecoveryStore::hasCopy() const
{
    return !mPlanFile.isEmpty() && QFile::exists(mPlanFile);
}

void RecoveryStore::discard()
{
    const QString b = directory() + QLatin1Char('/') + mId;
    QFile::remove(b + QStringLiteral(".json"));
    QFile::remove(b + QStringLiteral(".info"));
    if (mLock) mLock->unlock();
    mLock.reset();
    mPlanFile.clear();
}

QList<RecoveryStore::Entry> RecoveryStore::orphans()
{
    QList<Entry> out;
    const QDir dir(directory());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time)) {
        const QString planFile = dir.filePath(name);
        const QString b = base(planFile);
        QLockFile lock(b + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0)) continue; // its session is still running
        lock.unlock();
        Entry e;
        e.planFile = planFile;
        QFile info(b + QStringLiteral(".info"));
        if (info.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(info.readAll()).object();
            e.originalPath = o.value(QStringLiteral("originalPath")).toString();
            e.planName = o.value(QStringLiteral("planName")).toString();
            e.savedAt =
                QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        }
        if (!e.savedAt.isValid()) e.savedAt = QFileInfo(planFile).lastModified();
        out.append(e);
    }
    return out;
}

core::Result<core::Plan> RecoveryStore::take(const Entry &entry)
{
    auto plan = core::readPlanFile(QFile::encodeName(entry.planFile).toStdString());
    if (plan.ok()) remove(entry);
    return plan;
}

void RecoveryStore::remove(const Entry &entry)
{
    const QString b = base(entry.planFile);
    QFile::remove(entry.planFile);
    QFile::remove(b + QStringLiteral(".info"));
    QFile::remove(b + QStringLiteral(".lock"));
}

} // namespace hw::ui
