// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Screenshots of the capacity charts (docs/screenshots/charts-*.png, light and one dark), the
// dashboard dock and presentation slides, for hw_screenshots (screenshots.cpp calls it).
#include "screenshots_charts.h"

#include "core/engine/evaluate.h"
#include "core/engine/failure_analysis.h"
#include "core/engine/phase_timeline.h"
#include "core/engine/scenario_compare.h"
#include "core/io/builtin_catalog.h"
#include "core/io/plan_files.h"
#include "ui/charts/chart_widget.h"
#include "ui/charts/dashboard_panel.h"
#include "ui/document/plan_document.h"
#include "ui/main_window.h"
#include "ui/presentation/presentation_window.h"
#include "ui/services/analysis_runner.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace {

using namespace hw;
using namespace hw::ui;

bool save(QWidget &w, const QString &path)
{
    QApplication::processEvents();
    const bool ok = w.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

bool shoot(const ChartData &data, const QString &path, const QPalette &palette,
           const QString &context = {}, QSize size = {760, 440})
{
    ChartWidget w;
    w.setAttribute(Qt::WA_DontShowOnScreen);
    w.setPalette(palette);
    w.resize(size);
    w.setContext(context);
    w.setData(data);
    w.show();
    return save(w, path);
}

QPalette darkPalette()
{
    QPalette p;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(g, QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
        p.setColor(g, QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
        p.setColor(g, QPalette::WindowText, QColor(0xE6, 0xE6, 0xE6));
        p.setColor(g, QPalette::Text, QColor(0xE6, 0xE6, 0xE6));
        p.setColor(g, QPalette::Button, QColor(0x3A, 0x3A, 0x3A));
        p.setColor(g, QPalette::ButtonText, QColor(0xE6, 0xE6, 0xE6));
    }
    return p;
}

core::Plan load(const QString &path)
{
    auto plan = core::loadPlan(path.toStdString(), core::builtinCatalog());
    if (!plan.ok()) {
        std::fprintf(stderr, "cannot load %s\n", qPrintable(path));
        return {};
    }
    return plan.value();
}

} // namespace

bool chartScreenshots(MainWindow &w, const QString &dataDir, const QString &out)
{
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, QColor(0x1A, 0x1A, 0x1A));
    const core::Plan &plan = w.document()->plan();
    const core::EvaluationReport report = core::evaluate(plan, core::builtinCatalog());
    const std::string h1 = plan.halls.front().id;
    bool ok = true;
    auto file = [&out](const char *name) {
        return out + QStringLiteral("/charts-%1.png").arg(QLatin1String(name));
    };

    ok = shoot(feedsChart(report, h1), file("feeds"), light) && ok;
    ok = shoot(feedsChart(report, h1), file("feeds-dark"), darkPalette()) && ok;
    ok = shoot(sourcesChart(report, {}), file("sources"), light, {}, {560, 400}) && ok;
    ok = shoot(loopHeatChart(report, {}), file("loop-heat"), light) && ok;
    ok = shoot(loopFlowChart(report, h1), file("loop-flow"), light, {}, {560, 400}) && ok;
    ok = shoot(airChart(report, {}), file("air"), light, {}, {560, 400}) && ok;
    ok = shoot(headroomChart(report, {}), file("headroom"), light, {}, {640, 400}) && ok;
    ok = shoot(strandedChart(report, {}), file("stranded"), light, {}, {560, 400}) && ok;
    ok = shoot(densityChart(report, ChartKind::DensityPflops), file("density-pflops"), light, {},
               {560, 400}) &&
         ok;
    ok = shoot(densityChart(report, ChartKind::DensityKw), file("density-kw"), light, {},
               {560, 400}) &&
         ok;
    ok = shoot(densityChart(report, ChartKind::DensityGpus), file("density-gpus"), light, {},
               {560, 400}) &&
         ok;
    ok = shoot(timelineChart(core::phaseTimeline(plan, core::builtinCatalog()), {}),
               file("timeline"), light, {}, {640, 420}) &&
         ok;
    // The same campus with the last hall's racks swapped for Vera Rubin: the build-out runs out.
    core::Plan denser = plan;
    for (core::Rack &r : denser.halls.back().racks)
        r.type = "vr-nvl144";
    const core::EvaluationReport denserReport = core::evaluate(denser, core::builtinCatalog());
    ok = shoot(timelineChart(core::phaseTimeline(denser, core::builtinCatalog()), {}),
               file("timeline-runout"), light, {}, {640, 420}) &&
         ok;
    ok = shoot(feedsChart(denserReport, denser.halls.back().id), file("feeds-over"), light) && ok;

    // What-if: a feed and a CDU of the first hall fail together.
    const core::Hall &hall = plan.halls.front();
    if (!hall.power.feeds.empty() && !hall.cooling.cdus.empty()) {
        auto f = core::analyzeFailure(plan, core::builtinCatalog(),
                                      {hall.power.feeds.front().id, hall.cooling.cdus.front().id});
        if (f.ok()) {
            const QString context = QStringLiteral("what-if: %1, %2 failed")
                                        .arg(QString::fromStdString(hall.power.feeds.front().id),
                                             QString::fromStdString(hall.cooling.cdus.front().id));
            ok = shoot(feedsChart(report, h1, &f.value()), file("whatif-feeds"), light, context) &&
                 ok;
            ok = shoot(loopHeatChart(report, h1, &f.value()), file("whatif-loops"), light, context,
                       {560, 400}) &&
                 ok;
        }
    }

    const core::Plan scenarios = load(dataDir + QStringLiteral("/scenarios.json"));
    if (!scenarios.scenarios.empty()) {
        const core::ScenarioComparison c =
            core::compareScenarios(scenarios, core::builtinCatalog());
        ok = shoot(scenarioChart(c, ChartKind::ScenarioPower), file("scenario-power"), light, {},
                   {560, 400}) &&
             ok;
        ok = shoot(scenarioChart(c, ChartKind::ScenarioHeadroom), file("scenario-headroom"), light,
                   {}, {640, 400}) &&
             ok;
    }
    const core::Plan tenants = load(dataDir + QStringLiteral("/tenants_energy.json"));
    if (!tenants.halls.empty()) {
        const core::EvaluationReport t = core::evaluate(tenants, core::builtinCatalog());
        ok = shoot(tenantKwChart(t, {}), file("tenants-kw"), light, {}, {560, 400}) && ok;
        ok = shoot(tenantShareChart(t, {}), file("tenants-share"), light, {}, {560, 400}) && ok;
    }

    // The dashboard docked in the main window.
    w.openHall(h1);
    w.action(QStringLiteral("actionDashboard"))->trigger(); // shows and raises it
    w.dashboardPanel()->showPage(DashboardPanel::Page::Power);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 500)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    ok = save(w, out + QStringLiteral("/charts-dashboard.png")) && ok;
    w.dashboardPanel()->hide();
    w.showSite();

    // Presentation: a hall slide and a chart slide.
    PresentationWindow *p = w.present();
    p->setAttribute(Qt::WA_DontShowOnScreen);
    // Full screen takes the offscreen platform's screen size; a normal window of a projector's
    // 16:9 is what the page shows.
    p->showNormal();
    p->resize(1600, 900);
    p->setCurrentSlide(1);
    ok = save(*p, out + QStringLiteral("/presentation-hall.png")) && ok;
    t.restart();
    while (p->isComputing() && t.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    for (int i = 0; i < p->slideCount(); ++i) {
        if (p->slideTitle(i).startsWith(QStringLiteral("Feeds"))) p->setCurrentSlide(i);
    }
    ok = save(*p, out + QStringLiteral("/presentation-chart.png")) && ok;
    p->close();
    QApplication::processEvents();
    return ok;
}
