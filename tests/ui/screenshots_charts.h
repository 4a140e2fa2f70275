// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QString>

namespace hw::ui {
class MainWindow;
}

/**
 * Writes the chart screenshots into `out`: charts-*.png (every chart kind, light, and the feeds
 * chart dark), charts-dashboard.png, presentation-hall.png and presentation-chart.png. `window` has
 * the sample campus open; `dataDir` holds scenarios.json and tenants_energy.json. False when a file
 * could not be written.
 */
bool chartScreenshots(hw::ui::MainWindow &window, const QString &dataDir, const QString &out);
