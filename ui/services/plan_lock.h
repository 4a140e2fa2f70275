// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace hw::ui {

/**
 * Marks a plan as open in this Hallwright, so that a second instance opening the same file can
 * warn. A QLockFile per canonical path in the user's runtime folder (not beside the plan, which
 * may be on a read-only or shared drive); a lock left by a crashed instance is stale and taken
 * over.
 */
class PlanLock
{
public:
    PlanLock();
    ~PlanLock();

    /** Locks `path`; false when another live instance holds it (see owner()). */
    bool lock(const QString &path);
    /** Takes the lock even though another instance holds it (the user chose to open anyway). */
    void lockAnyway(const QString &path);
    void unlock();
    /** Who holds the lock that lock() could not take: "process 1234 on host". */
    QString owner() const { return mOwner; }

    /** Where the locks live; tests point it to a temporary folder. */
    static void setDirectory(const QString &directory);
    static QString lockPathFor(const QString &planPath);

private:
    std::unique_ptr<QLockFile> mLock;
    QString mOwner;
};

} // namespace hw::ui
