// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/io/sqlite_handle.h"

namespace hw::core::detail {

Result<SqliteDb> SqliteDb::open(const std::string &path, int flags, const char *vfs)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, vfs);
    SqliteDb db;
    db.mDb.reset(raw);
    if (rc != SQLITE_OK) {
        std::string message = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        return Error(message);
    }
    sqlite3_extended_result_codes(raw, 1);
    return db;
}

Status SqliteDb::exec(const char *sql) const
{
    char *err = nullptr;
    if (sqlite3_exec(mDb.get(), sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::string message = err ? err : lastError();
        sqlite3_free(err);
        return Error(message);
    }
    return Done{};
}

Result<SqliteStmt> SqliteStmt::prepare(const SqliteDb &db, const char *sql)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db.get(), sql, -1, &raw, nullptr) != SQLITE_OK) {
        sqlite3_finalize(raw);
        return Error(db.lastError());
    }
    SqliteStmt s;
    s.mStmt.reset(raw);
    return s;
}

void SqliteStmt::bind(int i, const std::string &v)
{
    sqlite3_bind_text(mStmt.get(), i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

void SqliteStmt::bind(int i, const std::optional<double> &v)
{
    if (v)
        bind(i, *v);
    else
        bindNull(i);
}

void SqliteStmt::bind(int i, const std::optional<int> &v)
{
    if (v)
        bind(i, *v);
    else
        bindNull(i);
}

void SqliteStmt::bind(int i, const std::optional<std::string> &v)
{
    if (v)
        bind(i, *v);
    else
        bindNull(i);
}

bool SqliteStmt::run()
{
    int rc;
    while ((rc = step()) == SQLITE_ROW) {
    }
    reset();
    return rc == SQLITE_DONE;
}

std::string SqliteStmt::text(int c) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(mStmt.get(), c));
    const int n = sqlite3_column_bytes(mStmt.get(), c);
    return p ? std::string(p, static_cast<std::size_t>(n)) : std::string();
}

} // namespace hw::core::detail
