// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/io/json_walker.h"
#include "core/model/catalog.h"

namespace hw::core::detail {

/** Reads a catalog section (the plan's `catalog` or the built-in file's top level). */
Catalog readCatalogSection(JsonWalker &w, const Json &obj, const std::string &place,
                           std::initializer_list<std::string_view> extraKnownKeys = {});

/** Writes the entry arrays of `catalog` (empty arrays are left out) plus its extras. */
Json writeCatalogSection(const Catalog &catalog);

} // namespace hw::core::detail
