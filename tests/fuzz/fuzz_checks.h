// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

// What every fuzz target does with one input, apart from libFuzzer, so that the regression test
// (tests/fuzz/test_fuzz_regressions.cpp) runs exactly the same code on the inputs the fuzzers
// found. A crash, a sanitizer report or a hang is a finding; so is a broken promise, which these
// functions return as text (empty: every promise held).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace hw::test {

/**
 * The JSON plan reader on `bytes`: a refusal must say why; an accepted plan must survive
 * writePlanJson() -> readPlanJson() unchanged, and when validatePlan() accepts it, evaluate() runs
 * on it (and, for a small plan, place --max in its first hall).
 */
std::string checkJsonPlanInput(std::string_view bytes);

/**
 * The .hallplan reader on `bytes`, written to a temporary file first: the same promises as for
 * JSON, and the input file is never written to.
 */
std::string checkHallplanInput(std::string_view bytes);

/**
 * The DXF importer on `bytes`: the drawing's layers, a hall taken from it (outline from the first
 * layer with a closed polyline, obstacles from the others) added to a small plan, then
 * validatePlan(), evaluate() and, for a small hall, place --max in it.
 */
std::string checkDxfInput(std::string_view bytes);

/** The body of a libFuzzer target: runs `check` and aborts (a finding) on a broken promise. */
int fuzzOne(std::string (*check)(std::string_view), const std::uint8_t *data, std::size_t size);

} // namespace hw::test
