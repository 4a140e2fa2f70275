// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

namespace hw::core::defaults {

// SPEC §3 and §8. Change only with the SPEC.
inline constexpr double kWallClearanceM = 1.0;
inline constexpr double kObstacleClearanceM = 0.6;
inline constexpr double kFrontClearanceM = 1.2;
inline constexpr double kRearClearanceM = 1.2;
inline constexpr int kMaxRowRacks = 20;
inline constexpr double kCrossAisleM = 1.5;
inline constexpr const char *kTopology = "2N";
inline constexpr int kRedundantCdus = 1;
inline constexpr int kRedundantAirUnits = 1;
inline constexpr double kPue = 1.15;
inline constexpr int kFeedPhases = 3;
inline constexpr double kPowerFactor = 0.99;
inline constexpr double kDeratePct = 80.0;
inline constexpr double kReachM = 3.0;
inline constexpr const char *kCoolant = "water";
inline constexpr double kDeltaTK = 10.0;
inline constexpr double kSupplyTempC = 30.0;
inline constexpr const char *kCurrency = "USD";

} // namespace hw::core::defaults
