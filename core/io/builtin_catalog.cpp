// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/io/builtin_catalog.h"

#include "core/io/json_plan_format.h"

#include <cstdio>

namespace hw::core {

namespace detail {
extern const char kBuiltinCatalogJson[];
extern const unsigned long kBuiltinCatalogJsonSize;
} // namespace detail

std::string_view builtinCatalogText()
{
    return {detail::kBuiltinCatalogJson, detail::kBuiltinCatalogJsonSize};
}

const Catalog &builtinCatalog()
{
    static const Catalog catalog = [] {
        auto parsed = readCatalogJson(builtinCatalogText());
        if (!parsed) {
            // Only a broken build can get here; tests/core/test_catalog.cpp guards it.
            std::fprintf(stderr, "hallwright: the built-in catalog is damaged: %s\n",
                         parsed.error().toString().c_str());
            return Catalog{};
        }
        return std::move(parsed).value();
    }();
    return catalog;
}

} // namespace hw::core
