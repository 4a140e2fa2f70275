// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "screenshots_whatif.h"

#include "ui/dialogs/scenario_compare_dialog.h"
#include "ui/document/plan_document.h"
#include "ui/main_window.h"
#include "ui/panels/scenarios_panel.h"
#include "ui/panels/whatif_panel.h"
#include "ui/scene/hall_scene.h"
#include "ui/scene/hall_view.h"
#include "ui/scene/what_if_item.h"
#include "ui/services/analysis_runner.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QPainter>
#include <QTabWidget>
#include <QUndoStack>

#include <cstdio>
#include <functional>

namespace {

void waitFor(const std::function<bool()> &done, int ms = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    QApplication::processEvents();
}

bool analysed(hw::ui::MainWindow &w)
{
    return !w.runner()->isBusy() && w.runner()->latest() &&
           w.runner()->latest()->revision == w.document()->revision();
}

bool save(const QImage &image, const QString &path)
{
    const bool ok = image.save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

bool whatIfScreenshots(hw::ui::MainWindow &w, const QString &sample, const QString &out)
{
    using namespace hw;
    if (!w.openFile(sample)) return false;
    bool ok = true;

    // Failure what-if: the A1W busway pair and two CDUs of loop L1 of hall 1.
    w.openHall("H1");
    // Room for the plan: the docks this shot is not about step aside.
    std::vector<QDockWidget *> hidden;
    for (QDockWidget *d : w.findChildren<QDockWidget *>()) {
        const QString name = d->objectName();
        if (d->isVisible() &&
            (name == QLatin1String("ViolationsPanel") || name == QLatin1String("TenantsPanel") ||
             name == QLatin1String("UndoPanel"))) {
            d->hide();
            hidden.push_back(d);
        }
    }
    ui::WhatIfPanel *panel = w.whatIfPanel();
    panel->show();
    panel->raise();
    panel->setFailed({"H1-A1W-A", "H1-A1W-B", "H1-CDU1", "H1-CDU2"});
    waitFor([&] { return !panel->isBusy() && analysed(w); });
    std::vector<core::ObjectRef> shown;
    for (const std::string &id : panel->overlay()->darkRacks())
        shown.push_back({core::ObjectKind::Rack, "H1", id});
    for (const std::string &id : panel->overlay()->throttledRacks())
        shown.push_back({core::ObjectKind::Rack, "H1", id});
    for (const std::string &id : panel->overlay()->failedCdus())
        shown.push_back({core::ObjectKind::Cdu, "H1", id});
    QRectF r = w.scene()->objectsRect(shown);
    w.view()->zoomToRect(r.adjusted(-2, -6, 2, 2));
    QApplication::processEvents();
    ok = save(w.grab().toImage(), out + QStringLiteral("/whatif.png")) && ok;
    panel->clear();
    for (QDockWidget *d : hidden)
        d->show();
    w.showSite();

    // Phase filter: the site as built up to phase 2.
    w.action(QStringLiteral("actionPhaseUpTo_P2"))->trigger();
    w.view()->zoomToFit();
    waitFor([&] { return analysed(w); }, 5000);
    ok = save(w.grab().toImage(), out + QStringLiteral("/phases.png")) && ok;
    w.action(QStringLiteral("actionPhaseAll"))->trigger();

    // Scenarios: a copy of the campus with half of hall 3 on Vera Rubin, then compare.
    ui::ScenariosPanel *scenarios = w.scenariosPanel();
    scenarios->show();
    scenarios->raise();
    if (!scenarios->newFromCurrent("Half Vera Rubin").ok()) return false;
    const core::Hall *h3 = w.document()->hall("H3");
    std::vector<core::Rack> racks;
    for (std::size_t i = 0; h3 && i < h3->racks.size(); i += 2) {
        core::Rack rack = h3->racks[i];
        rack.type = "vr-nvl144";
        racks.push_back(rack);
    }
    if (!racks.empty()) w.document()->changeRacks("H3", racks, QStringLiteral("Vera Rubin"));
    waitFor([&] { return analysed(w); }, 10000);
    ui::ScenarioCompareDialog *compare = scenarios->showCompare();
    bool finished = false;
    QObject::connect(compare, &ui::ScenarioCompareDialog::finishedRun, compare,
                     [&finished] { finished = true; });
    waitFor([&] { return finished && !compare->isRunning(); });
    compare->resize(760, 560);
    QApplication::processEvents();
    QImage shot = w.grab().toImage();
    {
        QPainter p(&shot);
        const QImage d = compare->grab().toImage();
        const QPoint at(shot.width() - d.width() - 60, 120);
        p.drawImage(at, d);
        p.setPen(QColor(120, 120, 120));
        p.drawRect(QRect(at, d.size()));
    }
    ok = save(shot, out + QStringLiteral("/scenarios.png")) && ok;
    if (auto *tabs = compare->findChild<QTabWidget *>()) {
        tabs->setCurrentIndex(1);
        QApplication::processEvents();
        ok = save(compare->grab().toImage(), out + QStringLiteral("/scenarios-chart.png")) && ok;
    }
    compare->close();
    while (w.document()->undoStack()->canUndo())
        w.document()->undoStack()->undo();
    w.document()->undoStack()->setClean();
    return ok;
}
