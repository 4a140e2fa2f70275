// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/result.h"

#include <sqlite3.h>

#include <memory>
#include <optional>
#include <string>

namespace hw::core::detail {

struct SqliteCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct SqliteFinalizer
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};

/** An open connection; closed when it goes out of scope. One per thread (STYLE). */
class SqliteDb
{
public:
    /** Opens `path` with `flags` (SQLITE_OPEN_*), optionally through a named VFS. */
    static Result<SqliteDb> open(const std::string &path, int flags, const char *vfs = nullptr);

    sqlite3 *get() const { return mDb.get(); }
    /** Runs statements without results; the error names the statement's purpose. */
    Status exec(const char *sql) const;
    std::string lastError() const { return sqlite3_errmsg(mDb.get()); }
    int lastErrorCode() const { return sqlite3_errcode(mDb.get()); }

private:
    std::unique_ptr<sqlite3, SqliteCloser> mDb;
};

/**
 * A prepared statement with 1-based binds and 0-based column reads. Optional values bind and read
 * as NULL, so "not given" in a plan survives the file.
 */
class SqliteStmt
{
public:
    static Result<SqliteStmt> prepare(const SqliteDb &db, const char *sql);

    void bind(int i, const std::string &v);
    void bind(int i, double v) { sqlite3_bind_double(mStmt.get(), i, v); }
    void bind(int i, int v) { sqlite3_bind_int(mStmt.get(), i, v); }
    void bind(int i, long long v) { sqlite3_bind_int64(mStmt.get(), i, v); }
    void bind(int i, std::size_t v) { sqlite3_bind_int64(mStmt.get(), i, static_cast<long long>(v)); }
    void bind(int i, const std::optional<double> &v);
    void bind(int i, const std::optional<int> &v);
    void bind(int i, const std::optional<std::string> &v);
    void bindNull(int i) { sqlite3_bind_null(mStmt.get(), i); }

    /** SQLITE_ROW, SQLITE_DONE or an error code. */
    int step() { return sqlite3_step(mStmt.get()); }
    /** Steps to completion and resets for the next bind; false on error. */
    bool run();
    void reset()
    {
        sqlite3_reset(mStmt.get());
        sqlite3_clear_bindings(mStmt.get());
    }

    int columnType(int c) const { return sqlite3_column_type(mStmt.get(), c); }
    bool isNull(int c) const { return columnType(c) == SQLITE_NULL; }
    std::string text(int c) const;
    double real(int c) const { return sqlite3_column_double(mStmt.get(), c); }
    long long integer(int c) const { return sqlite3_column_int64(mStmt.get(), c); }

    sqlite3_stmt *get() const { return mStmt.get(); }

private:
    std::unique_ptr<sqlite3_stmt, SqliteFinalizer> mStmt;
};

} // namespace hw::core::detail
