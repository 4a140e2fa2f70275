// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/plan.h"
#include "core/model/result.h"

#include <string>

namespace hw::core {

/** `PRAGMA application_id` of a .hallplan file: "HWPL". */
inline constexpr int kHallplanApplicationId = 0x4857504C;
/** `PRAGMA user_version`: the schema version this program writes and the newest it reads. */
inline constexpr int kHallplanSchemaVersion = 2;

struct HallplanWriteOptions
{
    /** SQLite VFS to write through (tests inject failing writes); empty: the default. */
    std::string vfs;
};

/**
 * Writes `plan` as a new .hallplan database at `path`, which must not exist yet. Not atomic by
 * itself: writePlanFile() writes to a temporary name and renames it over the target.
 * See docs/FILE-FORMATS.md for the schema.
 */
Status writeHallplan(const Plan &plan, const std::string &path,
                     const HallplanWriteOptions &options = {});

/**
 * Reads a .hallplan file. Refuses, with a message saying which, a file that is not an SQLite
 * database, one that is not a Hallwright plan (application id), one from a newer Hallwright
 * (schema or plan version), a damaged one, and one whose schema holds anything else (extra
 * tables, views, triggers). Opens read-only in defensive mode with trusted_schema off, so
 * nothing the file contains is ever run.
 */
Result<Plan> readHallplan(const std::string &path);

} // namespace hw::core
