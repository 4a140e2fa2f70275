// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "screenshots_tenants.h"

#include "ui/dialogs/reservation_dialog.h"
#include "ui/document/plan_document.h"
#include "ui/main_window.h"
#include "ui/panels/tenants_panel.h"
#include "ui/panels/violations_panel.h"
#include "ui/scene/hall_view.h"
#include "ui/services/analysis_runner.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>

bool tenantScreenshots(hw::ui::MainWindow &w, const QString &dataDir, const QString &out)
{
    if (!w.openFile(dataDir + QStringLiteral("/tenants_energy.json"))) return false;
    const std::string hall = w.document()->plan().halls.front().id;
    w.openHall(hall);
    w.action(QStringLiteral("actionColour3"))->trigger(); // colour by tenant
    w.tenantsPanel()->show();
    w.tenantsPanel()->raise();
    w.resizeDocks({w.tenantsPanel()}, {600}, Qt::Horizontal); // every column in view
    w.resizeDocks({w.violationsPanel()}, {140}, Qt::Vertical);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 5000) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!w.runner()->isBusy() && w.runner()->latest() &&
            w.runner()->latest()->revision == w.document()->revision())
            break;
    }
    QApplication::processEvents();
    w.view()->zoomToFit();
    QApplication::processEvents();
    const QString path = out + QStringLiteral("/tenants.png");
    const bool ok = w.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    // The reservation dialog on the first reservation, for the eye (not applied).
    const hw::core::Plan &plan = w.document()->plan();
    hw::ui::ReservationDialog dialog(
        plan, w.document()->catalog(), plan.reservations.front(),
        [](const hw::core::Reservation &) { return hw::core::Status(hw::core::Done{}); }, false,
        &w);
    dialog.setAttribute(Qt::WA_DontShowOnScreen);
    dialog.show();
    QApplication::processEvents();
    const QString dialogPath = out + QStringLiteral("/reservation-dialog.png");
    const bool dialogOk = dialog.grab().save(dialogPath);
    std::printf("%s %s\n", dialogOk ? "wrote" : "FAILED", qPrintable(dialogPath));
    dialog.close();
    w.action(QStringLiteral("actionColour0"))->trigger();
    return ok && dialogOk;
}
