// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/plan.h"
#include "core/model/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace hw::ui {

/**
 * Autosave and crash recovery. Each running Hallwright writes its unsaved plan every few minutes
 * to its own recovery file (JSON, atomic) in the user's data folder, next to a lock file it holds
 * while it runs and a small description. A clean close or a save deletes them. At start, recovery
 * files whose lock is stale belong to a session that crashed and are offered for recovery.
 */
class RecoveryStore
{
public:
    struct Entry
    {
        QString planFile;     ///< the recovery copy (JSON)
        QString originalPath; ///< the file the plan came from; empty for an unsaved plan
        QString planName;
        QDateTime savedAt;
        QString description() const;
    };

    RecoveryStore();
    ~RecoveryStore();

    /** Where recovery files live; tests point it to a temporary folder. */
    static void setDirectory(const QString &directory);
    static QString directory();

    /** Writes the recovery copy of `plan` (synchronously; call it with a snapshot off the UI). */
    core::Status save(const core::Plan &plan, const QString &originalPath);
    /** Deletes this session's recovery copy (after a save or a clean close). */
    void discard();
    bool hasCopy() const;
    QString planFile() const { return mPlanFile; }

    /** Recovery copies left by sessions that did not end cleanly. */
    static QList<Entry> orphans();
    /** Loads an orphan's plan; the files are deleted once it is read. */
    static core::Result<core::Plan> take(const Entry &entry);
    /** Deletes an orphan without loading it. */
    static void remove(const Entry &entry);

private:
    QString mId;
    QString mPlanFile;
    std::unique_ptr<QLockFile> mLock;
};

} // namespace hw::ui
