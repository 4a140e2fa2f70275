// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The numbers behind every chart are the engine's: each chart_data function is checked against
// the fields of evaluate() (and of analyzeFailure(), phaseTimeline(), compareScenarios()) on the
// sample campus and the tenants fixture. Then ChartWidget: it draws the series, categories and
// marks it is given, follows a dark or light palette, and exports a PNG at 300 dpi and an SVG
// that an XML parser (and xmllint) accepts.
#include "gui_test_support.h"

#include "core/engine/evaluate.h"
#include "core/engine/failure_analysis.h"
#include "core/engine/phase_timeline.h"
#include "core/engine/scenario_compare.h"
#include "ui/charts/chart_data.h"
#include "ui/charts/chart_export.h"
#include "ui/charts/chart_widget.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>

using namespace hw;
using namespace hw::ui;

namespace {

core::Plan load(const char *path)
{
    auto plan = core::loadPlan(path, core::builtinCatalog());
    if (!plan.ok()) qFatal("cannot load %s: %s", path, plan.error().toString().c_str());
    return plan.value();
}

int indexOf(const ChartData &d, const std::string &category)
{
    for (std::size_t i = 0; i < d.categories.size(); ++i) {
        if (d.categories[i] == category) return int(i);
    }
    return -1;
}

double at(const ChartData &d, const char *key, int i)
{
    const ChartSeries *s = d.find(key);
    if (!s) qFatal("no series %s", key);
    return s->values[std::size_t(i)];
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

QPalette darkPalette()
{
    QPalette p;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(g, QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
        p.setColor(g, QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
        p.setColor(g, QPalette::WindowText, QColor(0xE8, 0xE8, 0xE8));
        p.setColor(g, QPalette::Text, QColor(0xE8, 0xE8, 0xE8));
    }
    return p;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private:
    core::Plan mCampus;
    core::EvaluationReport mReport;
    core::Plan mTenantPlan;
    core::EvaluationReport mTenants;

private Q_SLOTS:
    void initTestCase()
    {
        mCampus = test::samplePlan();
        mReport = core::evaluate(mCampus, core::builtinCatalog());
        QVERIFY(mReport.halls.size() >= 2);
        mTenantPlan = load(HW_TEST_DATA_DIR "/tenants_energy.json");
        mTenants = core::evaluate(mTenantPlan, core::builtinCatalog());
        QVERIFY(!mTenants.tenants.empty());
    }

    void feedsEqualTheReport()
    {
        for (const core::HallReport &h : mReport.halls) {
            const ChartData d = feedsChart(mReport, h.id);
            QCOMPARE(d.categories.size(), h.feeds.size());
            QVERIFY(!d.whatIf);
            for (const core::FeedReport &f : h.feeds) {
                const int i = indexOf(d, f.id);
                QVERIFY2(i >= 0, f.id.c_str());
                QCOMPARE(at(d, "load", i), f.loadKw);
                QCOMPARE(at(d, "worst", i), f.worstCaseKw);
                QCOMPARE(at(d, "capacity", i), f.capacityKw);
                QCOMPARE(d.notes[std::size_t(i)], f.worstCaseScenario);
                QCOMPARE(bool(d.marked[std::size_t(i)]),
                         f.worstCaseKw > f.capacityKw + 1e-6 || f.loadKw > f.capacityKw + 1e-6);
            }
            // Fullest first.
            for (std::size_t i = 1; i < d.categories.size(); ++i)
                QVERIFY(at(d, "worst", int(i - 1)) / at(d, "capacity", int(i - 1)) >=
                        at(d, "worst", int(i)) / at(d, "capacity", int(i)) - 1e-12);
        }
    }

    void siteFeedsKeepTheFullest()
    {
        const ChartData d = feedsChart(mReport, {});
        std::size_t total = 0;
        double leftOutMax = 0;
        for (const core::HallReport &h : mReport.halls) {
            total += h.feeds.size();
            for (const core::FeedReport &f : h.feeds) {
                if (indexOf(d, f.id) < 0) leftOutMax = std::max(leftOutMax, f.utilization);
            }
        }
        QCOMPARE(d.totalCategories, total);
        QCOMPARE(d.categories.size(), std::min(total, kMaxSiteBars));
        const int last = int(d.categories.size()) - 1;
        QVERIFY(at(d, "worst", last) / at(d, "capacity", last) >= leftOutMax - 1e-12);
    }

    void sourcesEqualTheReport()
    {
        for (const core::HallReport &h : mReport.halls) {
            const ChartData d = sourcesChart(mReport, h.id);
            QCOMPARE(d.categories.size(), h.sources.size());
            for (const core::SourceReport &s : h.sources) {
                const int i = indexOf(d, s.id);
                QVERIFY(i >= 0);
                QCOMPARE(at(d, "load", i), s.loadKw);
                QCOMPARE(at(d, "worst", i), s.worstCaseKw);
                QVERIFY(same(at(d, "capacity", i), s.capacityKw ? *s.capacityKw : NAN));
            }
        }
    }

    void loopsAndAirEqualTheReport()
    {
        for (const core::HallReport &h : mReport.halls) {
            const ChartData heat = loopHeatChart(mReport, h.id);
            const ChartData flow = loopFlowChart(mReport, h.id);
            QCOMPARE(heat.categories.size(), h.loops.size());
            for (const core::LoopReport &l : h.loops) {
                const int i = indexOf(heat, l.id), j = indexOf(flow, l.id);
                QVERIFY(i >= 0 && j >= 0);
                QCOMPARE(at(heat, "heat", i), l.loadKw);
                QCOMPARE(at(heat, "capacity", i), l.capacityKw);
                QCOMPARE(at(flow, "flow", j), l.flowLpm);
                QCOMPARE(at(flow, "capacity", j), l.flowCapacityLpm);
                QCOMPARE(bool(heat.marked[std::size_t(i)]), l.loadKw > l.capacityKw + 1e-6);
            }
            const ChartData air = airChart(mReport, h.id);
            QCOMPARE(air.categories.size(), std::size_t(h.air ? 1 : 0));
            if (h.air) {
                QCOMPARE(at(air, "heat", 0), h.air->loadKw);
                QCOMPARE(at(air, "capacity", 0), h.air->capacityKw);
            }
        }
    }

    void headroomAndStrandedEqualTheReport()
    {
        auto v = [](const std::optional<int> &o) { return o ? double(*o) : NAN; };
        const ChartData site = headroomChart(mReport, {});
        QCOMPARE(site.categories.size(), mReport.halls.size());
        for (const core::HallReport &h : mReport.halls) {
            const ChartData d = headroomChart(mReport, h.id);
            QCOMPARE(d.categories, (std::vector<std::string>{"space", "power", "liquid", "air"}));
            QVERIFY(same(at(d, "headroom", 0), v(h.headroom.space)));
            QVERIFY(same(at(d, "headroom", 1), v(h.headroom.power)));
            QVERIFY(same(at(d, "headroom", 2), v(h.headroom.liquid)));
            QVERIFY(same(at(d, "headroom", 3), v(h.headroom.air)));
            for (std::size_t i = 0; i < 4; ++i)
                QCOMPARE(bool(d.marked[i]), d.categories[i] == h.headroom.limitedBy);
            const int k = indexOf(site, h.id);
            QVERIFY(same(at(site, "power", k), v(h.headroom.power)));
            QVERIFY(same(at(site, "liquid", k), v(h.headroom.liquid)));
            const int binding = site.binding[std::size_t(k)];
            QCOMPARE(binding < 0 ? std::string() : site.series[std::size_t(binding)].key,
                     h.headroom.limitedBy);

            const ChartData s = strandedChart(mReport, h.id);
            QCOMPARE(at(s, "stranded", 0), h.stranded.powerKw);
            QCOMPARE(at(s, "stranded", 1), h.stranded.liquidKw);
            QCOMPARE(at(s, "stranded", 2), h.stranded.airKw);
        }
        const ChartData stacked = strandedChart(mReport, {});
        QVERIFY(stacked.stacked);
        double power = 0;
        for (const ChartSeries &s : stacked.series)
            power += s.values[0];
        QVERIFY(same(power, mReport.site.stranded.powerKw));
    }

    void densityEqualsTheReport()
    {
        const ChartData kw = densityChart(mReport, ChartKind::DensityKw);
        const ChartData gpus = densityChart(mReport, ChartKind::DensityGpus);
        const ChartData pf = densityChart(mReport, ChartKind::DensityPflops);
        QCOMPARE(kw.categories.size(), mReport.halls.size() + 1);
        QCOMPARE(kw.siteCategory, int(mReport.halls.size()));
        for (std::size_t i = 0; i <= mReport.halls.size(); ++i) {
            const core::Metrics &m =
                i < mReport.halls.size() ? mReport.halls[i].metrics : mReport.site.metrics;
            QCOMPARE(at(kw, "kwPerM2", int(i)), m.kwPerM2);
            QVERIFY(same(at(gpus, "gpusPerMw", int(i)), m.itKw > 0 ? m.gpus * 1000.0 / m.itKw : 0));
            for (const auto &[precision, value] : m.pflopsPerM2)
                QCOMPARE(at(pf, precision.c_str(), int(i)), value);
        }
        QVERIFY(!pf.series.empty());
    }

    void timelineEqualsPhaseTimeline()
    {
        const core::PhaseTimeline t = core::phaseTimeline(mCampus, core::builtinCatalog());
        QVERIFY(!t.steps.empty());
        const ChartData d = timelineChart(t, {});
        QCOMPARE(d.categories.size(), t.steps.size());
        QCOMPARE(d.runOut, t.runOut);
        for (std::size_t i = 0; i < t.steps.size(); ++i) {
            QCOMPARE(d.categories[i], t.steps[i].phase);
            QCOMPARE(d.notes[i], t.steps[i].date);
            QCOMPARE(at(d, "itLoad", int(i)), t.steps[i].itKw);
            QCOMPARE(at(d, "powerCapacity", int(i)), t.steps[i].capacity.powerKw);
            QCOMPARE(at(d, "liquidCapacity", int(i)), t.steps[i].capacity.liquidKw);
            QCOMPARE(bool(d.marked[i]), int(i) == t.runOut);
        }
        const std::string hall = mReport.halls[1].id;
        const ChartData h = timelineChart(t, hall);
        for (std::size_t i = 0; i < t.steps.size(); ++i) {
            for (const core::TimelineHall &th : t.steps[i].halls) {
                if (th.id == hall) QCOMPARE(at(h, "itLoad", int(i)), th.itKw);
            }
        }
    }

    void runOutAndOverloadAreCalledOut()
    {
        // The campus with its last hall re-fitted with Vera Rubin racks no longer fits.
        core::Plan denser = mCampus;
        for (core::Rack &r : denser.halls.back().racks)
            r.type = "vr-nvl144";
        const core::PhaseTimeline t = core::phaseTimeline(denser, core::builtinCatalog());
        QVERIFY(t.runOut >= 0);
        const ChartData d = timelineChart(t, {});
        QCOMPARE(d.runOut, t.runOut);
        ChartWidget w;
        w.resize(700, 420);
        w.setData(d);
        QVERIFY(w.categoryLabels()[t.runOut].endsWith(QStringLiteral("(run-out)")));
        QVERIFY(w.markedBars(QStringLiteral("IT load")).contains(t.runOut));
        QVERIFY(w.title().contains(
            QStringLiteral("runs out at %1")
                .arg(QString::fromStdString(t.steps[std::size_t(t.runOut)].phase))));

        const core::EvaluationReport r = core::evaluate(denser, core::builtinCatalog());
        const core::HallReport &h = r.halls.back();
        const ChartData feeds = feedsChart(r, h.id);
        w.setData(feeds);
        int over = 0;
        for (const core::FeedReport &f : h.feeds) {
            const int i = indexOf(feeds, f.id);
            const bool worstOver = f.worstCaseKw > f.capacityKw + 1e-6;
            QCOMPARE(bool(feeds.marked[std::size_t(i)]),
                     worstOver || f.loadKw > f.capacityKw + 1e-6);
            QCOMPARE(w.markedBars(QStringLiteral("Worst single failure")).contains(i), worstOver);
            over += worstOver ? 1 : 0;
        }
        QVERIFY(over > 0);
    }

    void scenariosEqualTheComparison()
    {
        const core::Plan plan = load(HW_TEST_DATA_DIR "/scenarios.json");
        const core::ScenarioComparison c = core::compareScenarios(plan, core::builtinCatalog());
        QVERIFY(c.scenarios.size() >= 2);
        const ChartData power = scenarioChart(c, ChartKind::ScenarioPower);
        const ChartData stranded = scenarioChart(c, ChartKind::ScenarioStranded);
        const ChartData headroom = scenarioChart(c, ChartKind::ScenarioHeadroom);
        for (std::size_t i = 0; i < c.scenarios.size(); ++i) {
            // Each scenario's figures are those of evaluating that variant alone.
            const core::EvaluationReport &alone = c.reports[i];
            QCOMPARE(at(power, "it", int(i)), alone.site.metrics.itKw / 1000.0);
            QCOMPARE(at(power, "facility", int(i)), alone.site.metrics.facilityKw / 1000.0);
            QCOMPARE(at(stranded, "power", int(i)), c.scenarios[i].stranded.powerKw);
            QCOMPARE(at(headroom, "addable", int(i)), double(alone.site.addableRacks));
            QCOMPARE(bool(power.marked[i]), c.scenarios[i].active);
        }
    }

    void tenantsEqualTheReport()
    {
        const ChartData kw = tenantKwChart(mTenants, {});
        QVERIFY(kw.stacked);
        QCOMPARE(kw.categories.size(), mTenants.tenants.size());
        for (const core::TenantReport &t : mTenants.tenants) {
            const int i = indexOf(kw, t.id);
            QVERIFY(i >= 0);
            QCOMPARE(at(kw, "installed", i), t.itKw);
            QCOMPARE(at(kw, "reserved", i), t.reservedKw);
            QCOMPARE(kw.notes[std::size_t(i)], t.name);
        }
        bool anyReserved = false;
        for (const core::TenantReport &t : mTenants.tenants)
            anyReserved = anyReserved || t.reservedKw > 0;
        QVERIFY(anyReserved); // the fixture reserves capacity: the chart shows it

        const ChartData share = tenantShareChart(mTenants, {});
        QVERIFY(share.stacked);
        for (const core::TenantReport &t : mTenants.tenants) {
            for (const core::TenantHallShare &s : t.halls) {
                const ChartSeries *series = share.find(t.id);
                QVERIFY(series);
                QCOMPARE(series->colour, t.color);
                QCOMPARE(series->label, t.name);
                QCOMPARE(series->values[std::size_t(indexOf(share, s.hall))], s.sharePct);

                const ChartData inHall = tenantKwChart(mTenants, s.hall);
                const int i = indexOf(inHall, t.id);
                QVERIFY(i >= 0);
                QCOMPARE(at(inHall, "installed", i), s.itKw);
                QCOMPARE(at(inHall, "reserved", i), s.reservedKw);
            }
        }
    }

    void whatIfShowsTheFailureReport()
    {
        const core::Hall &hall = mCampus.halls.front();
        QVERIFY(!hall.power.feeds.empty() && !hall.cooling.cdus.empty());
        const std::string feed = hall.power.feeds.front().id, cdu = hall.cooling.cdus.front().id;
        auto failure = core::analyzeFailure(mCampus, core::builtinCatalog(), {feed, cdu});
        QVERIFY(failure.ok());
        const core::FailureReport &f = failure.value();
        const core::HallFailureReport &hf = f.halls.front();

        const ChartData d = feedsChart(mReport, hall.id, &f);
        QVERIFY(d.whatIf);
        QVERIFY(d.find("whatif"));
        QVERIFY(!d.find("worst"));
        QCOMPARE(d.categories.front(), feed); // the failed one first
        QVERIFY(d.failed.front());
        for (const core::PowerUnderFailure &p : hf.feeds) {
            const int i = indexOf(d, p.id);
            QVERIFY(i >= 0);
            QCOMPARE(bool(d.failed[std::size_t(i)]), p.failed);
            QCOMPARE(at(d, "whatif", i), p.failed ? 0.0 : p.loadKw);
        }
        const ChartData heat = loopHeatChart(mReport, hall.id, &f);
        for (const core::LoopUnderFailure &l : hf.loops) {
            const int i = indexOf(heat, l.id);
            QCOMPARE(at(heat, "whatif", i), l.loadKw);
            QCOMPARE(at(heat, "capacity", i), l.capacityKw);
            QCOMPARE(bool(heat.failed[std::size_t(i)]), !l.failedCdus.empty());
        }
        // The site under a what-if shows only the halls the failure touches.
        const ChartData site = feedsChart(mReport, {}, &f);
        QCOMPARE(site.totalCategories, hall.power.feeds.size());
    }

    void widgetDrawsTheData()
    {
        ChartWidget w;
        w.resize(800, 450);
        const ChartData d = feedsChart(mReport, mReport.halls.front().id);
        w.setData(d);
        QCOMPARE(w.categoryLabels().size(), qsizetype(d.categories.size()));
        QCOMPARE(w.legendNames(),
                 QStringList({QStringLiteral("Normal load"), QStringLiteral("Worst single failure"),
                              QStringLiteral("Usable capacity")}));
        QVERIFY(!w.isStacked());
        const QList<double> load = w.barValues(QStringLiteral("Normal load"));
        const QList<double> cap = w.lineValues(QStringLiteral("Usable capacity"));
        for (std::size_t i = 0; i < d.categories.size(); ++i) {
            QVERIFY(w.categoryLabels()[qsizetype(i)].startsWith(
                QString::fromStdString(d.categories[i])));
            QCOMPARE(load[qsizetype(i)], d.series[0].values[i]);
            QCOMPARE(cap[qsizetype(i)], d.find("capacity")->values[i]);
        }
        QVERIFY(w.title().contains(QStringLiteral("(kW)")));
        QVERIFY(w.title().contains(QString::fromStdString(mReport.halls.front().id)));
        const QString tip = w.toolTipFor(0);
        QVERIFY2(tip.contains(QString::number(d.series[1].values[0], 'f', 1)), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Usable capacity")));

        w.setData(strandedChart(mReport, {}));
        QVERIFY(w.isStacked());
        QCOMPARE(w.legendNames().size(), qsizetype(mReport.halls.size()));

        w.setData(tenantShareChart(mTenants, {}));
        QVERIFY(w.legendNames().contains(QString::fromStdString(mTenants.tenants.front().name)));
    }

    void widgetMarksOverFailedAndBinding()
    {
        ChartData d;
        d.kind = ChartKind::Feeds;
        d.hall = "H9";
        d.categories = {"A1", "B1", "C1"};
        d.notes = {"", "", "feed:A1"};
        d.series = {ChartSeries("load", {100, 50, 70}), ChartSeries("whatif", {0, 120, 90}),
                    ChartSeries("capacity", {110, 110, NAN}, true)};
        d.marked = {false, true, false};
        d.failed = {true, false, false};
        d.whatIf = true;
        ChartWidget w;
        w.resize(700, 400);
        w.setContext(QStringLiteral("what-if: A1 failed"));
        w.setData(d);
        QCOMPARE(w.categoryLabels(),
                 QStringList({QStringLiteral("A1 (failed)"), QStringLiteral("B1 (over)"),
                              QStringLiteral("C1")}));
        QCOMPARE(w.markedBars(QStringLiteral("Under the what-if failure")), QList<int>({1}));
        QCOMPARE(w.markedBars(QStringLiteral("Normal load")), QList<int>()); // 50 of 110 kW: fine
        QVERIFY(w.title().contains(QStringLiteral("over capacity in red")));
        QVERIFY(std::isnan(w.lineValues(QStringLiteral("Usable capacity"))[2]));
        QVERIFY(w.toolTipFor(1).contains(QStringLiteral("Over capacity</b> by 10.0 kW")));
        QVERIFY(w.toolTipFor(0).contains(QStringLiteral("Failed")));
        QVERIFY(w.title().contains(QStringLiteral("what-if: A1 failed")));

        w.setData(headroomChart(mReport, {}));
        for (std::size_t k = 0; k < mReport.halls.size(); ++k) {
            const int b = w.data().binding[k];
            if (b < 0) continue;
            const QString set = ChartWidget::seriesName(w.data().series[std::size_t(b)]);
            QVERIFY(w.markedBars(set).contains(int(k)));
        }

        ChartData empty;
        empty.kind = ChartKind::Timeline;
        w.setData(empty);
        QVERIFY(w.emptyMessage().contains(QStringLiteral("phases")));
        QVERIFY(w.categoryLabels().isEmpty());
    }

    void followsDarkAndLightPalettes()
    {
        ChartWidget w;
        w.resize(600, 360);
        w.setData(loopHeatChart(mReport, mReport.halls.front().id));
        w.setPalette(darkPalette());
        const QImage dark = w.grab().toImage();
        QVERIFY(dark.pixelColor(3, 3).lightness() < 80);
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::WindowText, Qt::black);
        w.setPalette(light);
        const QImage bright = w.grab().toImage();
        QVERIFY(bright.pixelColor(3, 3).lightness() > 200);
    }

    void exportsPngAndSvg()
    {
        QTemporaryDir dir;
        ChartWidget w;
        w.resize(640, 400);
        w.setData(feedsChart(mReport, mReport.halls.front().id));
        const QString png = dir.filePath(QStringLiteral("feeds.png"));
        QString error;
        QVERIFY2(exportWidget(&w, png, {180, 110, 300}, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(2126, 1299)); // 180 × 110 mm at 300 dpi
        QCOMPARE(image.dotsPerMeterX(), 11811);
        // Not blank: the bars are drawn.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                const QColor c = image.pixelColor(x, y);
                if (c.saturation() > 80) ++coloured;
            }
        }
        QVERIFY(coloured > 500);

        const QString svg = dir.filePath(QStringLiteral("feeds.svg"));
        QVERIFY2(exportWidget(&w, svg, ExportOptions::chart(), &error), qPrintable(error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray xml = f.readAll();
        QXmlStreamReader reader(xml);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(xml.contains("<svg"));
        QVERIFY(xml.contains(mReport.halls.front().feeds.front().id.c_str())); // text, not pixels
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (!xmllint.isEmpty()) {
            QProcess p;
            p.start(xmllint, {QStringLiteral("--noout"), svg});
            QVERIFY(p.waitForFinished(20000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }

        // "Export Chart…" from the context menu: the file dialog's answer, then any error shown.
        test::ScriptedPrompts prompts;
        w.setPrompts(&prompts);
        prompts.saveName = dir.filePath(QStringLiteral("menu.svg"));
        w.exportWithDialog();
        QVERIFY(QFileInfo(prompts.saveName).size() > 1000);
        prompts.saveName = QStringLiteral("/nonexistent-dir/menu.png");
        w.exportWithDialog();
        QCOMPARE(prompts.asked.size(), 1);
        QVERIFY(prompts.asked.front().startsWith(QStringLiteral("error: ")));

        QVERIFY(!exportWidget(&w, dir.filePath(QStringLiteral("feeds.bmp")), {}, &error));
        QVERIFY(error.contains(QStringLiteral(".svg")));
        QVERIFY(!exportWidget(&w, QStringLiteral("/nonexistent-dir/x.png"), {}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestCharts)
#include "test_charts.moc"
