// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

namespace hw::core {

/** Tolerance of every geometric rule (SPEC §3, §8): a rule is broken only by more than 1 mm. */
inline constexpr double kToleranceM = 0.001;

/** Hours in a (non-leap) year, for annual energy. */
inline constexpr double kHoursPerYear = 8760.0;

} // namespace hw::core
