// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QString>

namespace hw::ui {
class MainWindow;
}

/**
 * Writes whatif.png (hall H1 of the sample with a 2N feed pair and two CDUs of one loop failed:
 * racks dark and throttled, the panel's summary), phases.png (the site built up to phase 2) and
 * scenarios.png (a "Half Vera Rubin" variant of the sample, the scenarios dock and the compare
 * dialog) into `out`. Opens `sample` in `window`. False when a file was not written.
 */
bool whatIfScreenshots(hw::ui::MainWindow &window, const QString &sample, const QString &out);
