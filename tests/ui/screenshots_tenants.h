// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QString>

namespace hw::ui {
class MainWindow;
}

/**
 * Writes tenants.png into `out`: tests/data/tenants_energy.json (from `dataDir`) with its hall
 * coloured by tenant, the reservations' ghost racks and the tenant dock raised, and
 * reservation-dialog.png (the dialog on its first reservation). Opens that plan in
 * `window` (the one open before must be saved or clean). False when the file was not written.
 */
bool tenantScreenshots(hw::ui::MainWindow &window, const QString &dataDir, const QString &out);
