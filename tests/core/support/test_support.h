// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

// Helpers shared by the core tests: fixture files and a failing SQLite VFS. Compiled into every
// core test executable (tests/core/CMakeLists.txt), so it stays small.

#include <cstdint>
#include <string>
#include <vector>

namespace hw::test {

/** The whole content of a file; throws std::runtime_error (a failed test) when unreadable. */
std::string readFile(const std::string &path);
/** Writes `bytes` to `path`, replacing it (plain write, for setting up fixtures). */
void writeFile(const std::string &path, const std::string &bytes);

/** Every `*.json` directly in tests/data and resources/samples, sorted: the golden fixtures. */
std::vector<std::string> planFixtures();

/** The names in a folder (not recursive, without "." and ".."), sorted. */
std::vector<std::string> folderEntries(const std::string &dir);

/**
 * The name of an SQLite VFS that forwards to the default one but fails every write with
 * SQLITE_FULL once `budget` bytes have been written through it (the write that crosses the budget
 * is written in part first, as a disk filling up would). Registered on first use; never the
 * default VFS.
 */
const char *failingVfsName();
/** Sets the byte budget and clears the count; a negative budget never fails. */
void setFailingVfsBudget(std::int64_t bytes);
/** Bytes written through the failing VFS since the last setFailingVfsBudget(). */
std::int64_t failingVfsBytesWritten();

} // namespace hw::test
