// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/catalog.h"

#include <string_view>

namespace hw::core {

/**
 * The catalog that ships with the program: resources/catalog.json, compiled into the binary so
 * that nothing is looked up on disk at run time. Parsed once, on first use; thread-safe.
 */
const Catalog &builtinCatalog();

/** The raw text of resources/catalog.json as built in. */
std::string_view builtinCatalogText();

} // namespace hw::core
