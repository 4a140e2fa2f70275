// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// libFuzzer target: the .hallplan reader (readHallplan), then the engine on what it accepts
// (fuzz_checks.h).
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return hw::test::fuzzOne(hw::test::checkHallplanInput, data, size);
}
