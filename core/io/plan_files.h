// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/io/hallplan_format.h"
#include "core/model/catalog.h"
#include "core/model/plan.h"
#include "core/model/result.h"

#include <optional>
#include <string>

namespace hw::core {

enum class PlanFileFormat { Json, Hallplan };

/** The format a path's extension names (`.json`, `.hallplan`), if any. */
std::optional<PlanFileFormat> planFormatForPath(const std::string &path);

/** Reads a plan file in the format its extension names (syntax and types only). */
Result<Plan> readPlanFile(const std::string &path);

/**
 * Reads a plan file and checks it with validatePlan(): what every command and the GUI open.
 * `builtin` is the shipped catalog.
 */
Result<Plan> loadPlan(const std::string &path, const Catalog &builtin);

struct WriteOptions
{
    std::string vfs; ///< .hallplan only: SQLite VFS (tests inject failing writes)
};

/**
 * Writes a plan in the format its extension names, atomically: the content goes to a temporary
 * file beside the target, is flushed to disk, and is then renamed over the target. A crash or a
 * full disk at any moment leaves either the old file or the new one, never a mixture.
 */
Status writePlanFile(const Plan &plan, const std::string &path, const WriteOptions &options = {});

/** Writes `bytes` to `path` atomically (temporary file, fsync, rename, fsync of the folder). */
Status writeFileAtomically(const std::string &path, const std::string &bytes);

/** Reads a whole file; refuses files larger than `maxBytes`. */
Result<std::string> readWholeFile(const std::string &path,
                                  std::size_t maxBytes = std::size_t(1) << 30);

} // namespace hw::core
