// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <string>

namespace hw::core {

/**
 * Keys of a plan object that this version does not know, kept verbatim so that they survive a round
 * trip (SPEC §2: forward compatibility). Held as the compact JSON text of an object so the model
 * stays free of any JSON library; only core/io reads or writes it. Empty means "no unknown keys".
 */
struct Extras
{
    std::string json;

    bool empty() const { return json.empty(); }
    friend bool operator==(const Extras &, const Extras &) = default;
};

} // namespace hw::core
