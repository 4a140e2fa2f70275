// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/report/pdf_report.h"

#include "core/io/csv_export.h"
#include "core/model/resolve.h"
#include "ui/render/plan_renderer.h"
#include "ui/render/plan_sheet.h"
#include "ui/render/render_text.h"
#include "ui/report/capacity_bars.h"
#include "ui/report/report_layout.h"
#include "ui/report/tenant_energy_pages.h"

#include <QBuffer>
#include <QDate>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace hw::ui {

namespace {

constexpr int kDpi = 300;
constexpr double kMarginMm = 12.0;
constexpr double kHeaderMm = 9.0;
constexpr double kFooterMm = 8.0;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString number(double v, int decimals = 1)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(v, 'f', decimals);
}

QString whole(long long v)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(v);
}

QString optionalRacks(const std::optional<int> &v)
{
    return v ? whole(*v) : QStringLiteral("not limiting");
}

QString percent(double fraction)
{
    return number(fraction * 100.0, 1) + QStringLiteral(" %");
}

QString joined(const std::vector<std::string> &items,
               const QString &separator = QStringLiteral(", "))
{
    QStringList list;
    for (const auto &i : items)
        list << qs(i);
    return list.join(separator);
}

QString pflopsText(const std::map<std::string, double> &pflops, const QString &suffix = {})
{
    QStringList parts;
    for (const auto &[precision, value] : pflops)
        parts << number(value, 0) + QLatin1Char(' ') + qs(precision).toUpper() + suffix;
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(", "));
}

/** The totals of `m`, each marked "at least" when racks without a figure for it are left out. */
QString pflopsText(const core::Metrics &m)
{
    QStringList parts;
    for (const auto &[precision, value] : m.pflops) {
        QString part = number(value, 0) + QLatin1Char(' ') + qs(precision).toUpper();
        if (const int n = m.pflopsUnrated(precision); n > 0)
            part = QStringLiteral("≥ ") + part +
                   (n == 1 ? QStringLiteral(" (1 rack without a figure)")
                           : QStringLiteral(" (%1 racks without a figure)").arg(n));
        parts << part;
    }
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(", "));
}

/** What one report holds, gathered before layout: the halls and the catalog entries they use. */
struct Scope
{
    std::vector<const core::Hall *> halls;
    std::set<std::string> rackTypes, cduTypes, feedTypes, coolants;
};

Scope scopeOf(const core::Plan &plan, const std::string &hallId)
{
    Scope s;
    for (const auto &h : plan.halls) {
        if (!hallId.empty() && h.id != hallId) continue;
        s.halls.push_back(&h);
        for (const auto &r : h.racks)
            s.rackTypes.insert(r.type);
        if (!h.referenceRackType.empty()) s.rackTypes.insert(h.referenceRackType);
        for (const auto &c : h.cooling.cdus) {
            if (!c.type.empty()) s.cduTypes.insert(c.type);
        }
        for (const auto &f : h.power.feeds) {
            if (!f.type.empty()) s.feedTypes.insert(f.type);
        }
        for (const auto &l : h.cooling.loops)
            s.coolants.insert(core::resolveLoop(l).coolant);
    }
    return s;
}

/** Splits a chart's rows into charts that each fit on a page. */
void addBars(ReportLayout &layout, const std::vector<CapacityBars::Row> &rows, double pageMm,
             const std::function<CapacityBars(bool continued)> &make)
{
    const double overhead = make(false).heightMm();
    const int perPage = std::max(1, int((pageMm - overhead - 12.0) / 4.6));
    for (std::size_t start = 0; start < rows.size(); start += std::size_t(perPage)) {
        CapacityBars bars = make(start > 0);
        for (std::size_t i = start; i < std::min(rows.size(), start + std::size_t(perPage)); ++i)
            bars.addRow(rows[i]);
        auto shared = std::make_shared<CapacityBars>(std::move(bars));
        const double pxPerMm = kDpi / 25.4;
        layout.block(shared->heightMm(), [shared, pxPerMm](QPainter &p, const QRectF &r) {
            shared->paint(p, r, pxPerMm);
        });
        layout.space(3.0);
    }
}

} // namespace

PdfReport::PdfReport(const core::Plan &plan, const core::Catalog &catalog,
                     const core::EvaluationReport &report, std::string hallId)
    : mPlan(plan), mCatalog(catalog), mReport(report), mHallId(std::move(hallId)),
      mDate(QDate::currentDate().toString(Qt::ISODate))
{}

core::Result<QByteArray> PdfReport::render(const ExportProgress &progress, int *pageCount) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    const bool a3 = mPaper == PaperSize::A3;
    const QString paperName = a3 ? QStringLiteral("A3") : QStringLiteral("A4");
    writer.setPageLayout(QPageLayout(QPageSize(a3 ? QPageSize::A3 : QPageSize::A4),
                                     QPageLayout::Landscape, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setResolution(kDpi);
    writer.setTitle(QStringLiteral("Capacity report: ") + qs(mPlan.name));
    writer.setCreator(QStringLiteral("Hallwright ") + QStringLiteral(HW_VERSION));

    const QSizeF pageMm = a3 ? QSizeF(420, 297) : QSizeF(297, 210);
    const double pxPerMm = kDpi / 25.4;
    const QRectF content(kMarginMm, kMarginMm + kHeaderMm, pageMm.width() - 2 * kMarginMm,
                         pageMm.height() - 2 * kMarginMm - kHeaderMm - kFooterMm);
    ReportLayout layout(&writer, pxPerMm, content);
    const Scope scope = scopeOf(mPlan, mHallId);
    const bool site = mHallId.empty();
    const ReportLayout *layoutPtr = &layout;

    auto hallReport = [this](const std::string &id) -> const core::HallReport * {
        for (const auto &h : mReport.halls) {
            if (h.id == id) return &h;
        }
        return nullptr;
    };

    // Renderers live as long as the layout that paints through them.
    std::vector<std::unique_ptr<PlanRenderer>> renderers;
    std::vector<std::unique_ptr<PlanSheet>> sheets;
    auto sheetPage = [&](const QString &section, const std::string &hallId, const QString &title,
                         const QString &subtitle) {
        renderers.push_back(std::make_unique<PlanRenderer>(mPlan, mCatalog, &mReport, hallId));
        sheets.push_back(std::make_unique<PlanSheet>(*renderers.back(), title, subtitle));
        const PlanSheet *sheet = sheets.back().get();
        const int scale = sheet->scaleFor(content.size());
        layout.fullPage(section, [sheet, scale, pxPerMm, paperName](QPainter &p, const QRectF &r) {
            sheet->paint(p, r, pxPerMm, scale, paperName);
        });
    };

    // ---- Cover -------------------------------------------------------------------------------
    const int contentsLines =
        (site ? 2 : 0) + int(scope.halls.size()) * 3 + 2 + (mPlan.tenants.empty() ? 0 : 1);
    layout.newPage(QStringLiteral("Cover"));
    layout.heading(QStringLiteral("Capacity report"));
    layout.block(12.0, [this, pxPerMm](QPainter &p, const QRectF &r) {
        drawTextAt(p, qs(mPlan.name.empty() ? std::string("Unnamed plan") : mPlan.name),
                   r.topLeft(), 8.0 * pxPerMm, QColor(20, 20, 20), Qt::AlignLeft | Qt::AlignTop,
                   true);
    });
    QString scopeText = site ? QStringLiteral("The whole site: %1 halls").arg(scope.halls.size())
                             : QStringLiteral("Hall %1 alone").arg(qs(mHallId));
    layout.paragraph(scopeText + QStringLiteral(". Date: ") + mDate +
                     QStringLiteral(". Made with Hallwright ") + QStringLiteral(HW_VERSION) +
                     QStringLiteral(" from the plan file; figures per SPEC §3–§6."));
    const core::Metrics &m =
        site ? mReport.site.metrics
             : (hallReport(mHallId) ? hallReport(mHallId)->metrics : mReport.site.metrics);
    // Facility figures are the energy report's: each hall's own PUE, else the site's (issue 9).
    const core::EnergyReport &energy =
        site ? mReport.site.energy
             : (hallReport(mHallId) ? hallReport(mHallId)->energy : mReport.site.energy);
    layout.heading(site ? QStringLiteral("Plan summary") : QStringLiteral("Hall summary"), 2);
    int errors = 0, warnings = 0, addable = 0;
    for (const core::Hall *h : scope.halls) {
        if (const auto *hr = hallReport(h->id)) {
            errors += hr->errors;
            warnings += hr->warnings;
            addable += hr->headroom.addableRacks;
        }
    }
    layout.keyValues({
        {QStringLiteral("Racks"), whole(m.rackCount)},
        {QStringLiteral("IT load (planning)"), number(m.itKw / 1000.0, 2) + QStringLiteral(" MW")},
        {QStringLiteral("IT load (typical)"),
         number(m.typicalKw / 1000.0, 2) + QStringLiteral(" MW")},
        {QStringLiteral("Facility load (IT × PUE %1)").arg(number(energy.pue, 2)),
         number(energy.facilityKw / 1000.0, 2) + QStringLiteral(" MW")},
        {QStringLiteral("GPUs"), whole(m.gpus)},
        {QStringLiteral("Dense PFLOPS"), pflopsText(m)},
        {QStringLiteral("Floor area"), number(m.areaM2, 0) + QStringLiteral(" m²")},
        {QStringLiteral("Density"), number(m.kwPerM2, 2) + QStringLiteral(" kW/m²")},
        {QStringLiteral("Racks that can still be added"), whole(addable)},
        {QStringLiteral("Errors / warnings"),
         whole(errors) + QStringLiteral(" / ") + whole(warnings)},
    });
    layout.space(3.0);
    layout.heading(QStringLiteral("Errors and warnings by hall"), 2);
    {
        ReportTable t;
        t.columns = {
            {QStringLiteral("Hall"), 2},           {QStringLiteral("Racks"), 1, true},
            {QStringLiteral("IT kW"), 1.3, true},  {QStringLiteral("Errors"), 1, true},
            {QStringLiteral("Warnings"), 1, true}, {QStringLiteral("Addable racks"), 1.3, true},
            {QStringLiteral("Limited by"), 1.3}};
        for (const core::Hall *h : scope.halls) {
            const auto *hr = hallReport(h->id);
            if (!hr) continue;
            t.rows.push_back(
                {qs(h->id) + (h->name.empty() ? QString() : QStringLiteral("  ") + qs(h->name)),
                 whole(hr->metrics.rackCount), number(hr->metrics.itKw, 0), whole(hr->errors),
                 whole(hr->warnings), whole(hr->headroom.addableRacks),
                 hr->headroom.limitedBy.empty() ? QStringLiteral("–")
                                                : qs(hr->headroom.limitedBy)});
            t.highlighted.push_back(hr->errors > 0);
        }
        layout.table(t);
    }
    // The contents run over as many pages as they need (a gigawatt campus has hundreds of
    // entries), and the heading never stands alone at the foot of a page.
    const double lineMm = ReportLayout::kBodyMm * 1.6;
    if (layout.remainingMm() < 14 + 3 * lineMm) layout.newPage(QStringLiteral("Contents"));
    layout.heading(QStringLiteral("Contents"), 2);
    for (int start = 0; start < contentsLines;) {
        const int fit = int((layout.remainingMm() - 2) / lineMm);
        if (fit < 1) {
            layout.newPage(QStringLiteral("Contents"));
            continue;
        }
        const int count = std::min(fit, contentsLines - start);
        layout.block(count * lineMm + 2, [layoutPtr, pxPerMm, start, count](QPainter &p,
                                                                            const QRectF &r) {
            double y = r.top();
            const double line = ReportLayout::kBodyMm * 1.6 * pxPerMm;
            const auto &entries = layoutPtr->contents();
            for (int i = start; i < start + count && i < int(entries.size()); ++i) {
                const auto &e = entries[std::size_t(i)];
                drawTextAt(p, e.text, QPointF(r.left(), y), ReportLayout::kBodyMm * pxPerMm,
                           QColor(20, 20, 20), Qt::AlignLeft | Qt::AlignTop);
                drawTextAt(p, QStringLiteral("page %1").arg(e.page + 1),
                           QPointF(r.left() + 140 * pxPerMm, y), ReportLayout::kBodyMm * pxPerMm,
                           QColor(20, 20, 20), Qt::AlignRight | Qt::AlignTop);
                y += line;
            }
        });
        start += count;
    }

    // A small plan of what the report covers, in the room the cover has left.
    if (layout.remainingMm() > 60.0) {
        renderers.push_back(std::make_unique<PlanRenderer>(mPlan, mCatalog, &mReport, mHallId));
        const PlanRenderer *overview = renderers.back().get();
        layout.block(layout.remainingMm() - 2.0, [overview, pxPerMm](QPainter &p, const QRectF &r) {
            const QRectF e = overview->extent();
            const double pxPerMetre = std::min(r.width() / e.width(), r.height() / e.height());
            const QRectF area(r.left(), r.top(), e.width() * pxPerMetre, r.height());
            overview->paint(p, overview->transformFor(area, pxPerMetre), pxPerMm, 0.8 * pxPerMm);
        });
    }

    // ---- Site ----------------------------------------------------------------------------------
    if (site) {
        sheetPage(QStringLiteral("Site plan"), {}, QStringLiteral("Site plan"),
                  qs(mPlan.name) + QStringLiteral(" — halls placed at their origins"));
        layout.addContentsEntry(QStringLiteral("Site plan"));

        layout.newPage(QStringLiteral("Site summary"));
        layout.addContentsEntry(QStringLiteral("Site summary"));
        layout.heading(QStringLiteral("Site summary"));
        const core::SiteReport &s = mReport.site;
        layout.keyValues({
            {QStringLiteral("Halls"), whole(qsizetype(scope.halls.size()))},
            {QStringLiteral("Racks"), whole(s.metrics.rackCount)},
            {QStringLiteral("IT load (planning)"),
             number(s.metrics.itKw, 0) + QStringLiteral(" kW")},
            {QStringLiteral("IT load (typical)"),
             number(s.metrics.typicalKw, 0) + QStringLiteral(" kW")},
            {QStringLiteral("PUE (facility / IT)"), number(s.energy.pue, 2)},
            {QStringLiteral("Facility load"),
             number(s.energy.facilityKw, 0) + QStringLiteral(" kW")},
            {QStringLiteral("GPUs"), whole(s.metrics.gpus)},
            {QStringLiteral("Dense PFLOPS"), pflopsText(s.metrics)},
            {QStringLiteral("Floor area (less obstacles)"),
             number(s.metrics.areaM2, 0) + QStringLiteral(" m²")},
            {QStringLiteral("kW per m²"), number(s.metrics.kwPerM2, 2)},
            {QStringLiteral("GPUs per m²"), number(s.metrics.gpusPerM2, 2)},
            {QStringLiteral("PFLOPS per m²"), pflopsText(s.metrics.pflopsPerM2)},
            {QStringLiteral("Racks that can still be added"), whole(s.addableRacks)},
            {QStringLiteral("Stranded power / liquid / air"),
             number(s.stranded.powerKw, 0) + QStringLiteral(" / ") +
                 number(s.stranded.liquidKw, 0) + QStringLiteral(" / ") +
                 number(s.stranded.airKw, 0) + QStringLiteral(" kW")},
            {QStringLiteral("Stranded rack slots"), whole(s.stranded.slots)},
            {QStringLiteral("Errors / warnings"),
             whole(s.errors) + QStringLiteral(" / ") + whole(s.warnings)},
        });
        layout.space(3.0);
        layout.heading(QStringLiteral("Halls compared"), 2);
        ReportTable t;
        t.columns = {{QStringLiteral("Hall"), 1.2},
                     {QStringLiteral("Racks"), 0.8, true},
                     {QStringLiteral("IT kW"), 1, true},
                     {QStringLiteral("Area m²"), 1, true},
                     {QStringLiteral("kW/m²"), 0.8, true},
                     {QStringLiteral("Worst feed N-1"), 1.1, true},
                     {QStringLiteral("Worst loop"), 1, true},
                     {QStringLiteral("Addable racks"), 1, true},
                     {QStringLiteral("Limited by"), 1},
                     {QStringLiteral("Stranded power kW"), 1.1, true},
                     {QStringLiteral("Stranded liquid kW"), 1.1, true},
                     {QStringLiteral("Errors"), 0.7, true},
                     {QStringLiteral("Warnings"), 0.8, true}};
        for (const core::Hall *h : scope.halls) {
            const auto *hr = hallReport(h->id);
            if (!hr) continue;
            double worstFeed = 0, worstLoop = 0;
            for (const auto &f : hr->feeds)
                worstFeed = std::max(worstFeed, f.utilization);
            for (const auto &l : hr->loops)
                worstLoop = std::max(worstLoop, l.utilization);
            t.rows.push_back(
                {qs(h->id), whole(hr->metrics.rackCount), number(hr->metrics.itKw, 0),
                 number(hr->metrics.areaM2, 0), number(hr->metrics.kwPerM2, 2), percent(worstFeed),
                 percent(worstLoop), whole(hr->headroom.addableRacks),
                 hr->headroom.limitedBy.empty() ? QStringLiteral("–") : qs(hr->headroom.limitedBy),
                 number(hr->stranded.powerKw, 0), number(hr->stranded.liquidKw, 0),
                 whole(hr->errors), whole(hr->warnings)});
            t.highlighted.push_back(hr->errors > 0);
        }
        layout.table(t);
        std::vector<CapacityBars::Row> rows;
        for (const core::Hall *h : scope.halls) {
            if (const auto *hr = hallReport(h->id)) {
                rows.push_back(
                    {qs(h->id), double(hr->headroom.addableRacks), std::nullopt, std::nullopt,
                     whole(hr->headroom.addableRacks) + QStringLiteral(" racks, limited by ") +
                         (hr->headroom.limitedBy.empty() ? QStringLiteral("–")
                                                         : qs(hr->headroom.limitedBy)),
                     false});
            }
        }
        addBars(layout, rows, content.height(), [](bool continued) {
            return CapacityBars(QStringLiteral("Racks that can still be added, by hall") +
                                    (continued ? QStringLiteral(" (continued)") : QString()),
                                QStringLiteral("racks of the reference type"),
                                QStringLiteral("addable racks"));
        });
    }

    // ---- Halls ---------------------------------------------------------------------------------
    for (const core::Hall *hall : scope.halls) {
        const core::HallReport *hr = hallReport(hall->id);
        const QString hallTitle =
            QStringLiteral("Hall ") + qs(hall->id) +
            (hall->name.empty() ? QString() : QStringLiteral(" — ") + qs(hall->name));
        sheetPage(QStringLiteral("Hall %1: floor plan").arg(qs(hall->id)), hall->id, hallTitle,
                  qs(mPlan.name) + QStringLiteral(" — floor plan, hall coordinates"));
        layout.addContentsEntry(hallTitle + QStringLiteral(": floor plan"));
        if (!hr) continue;

        layout.newPage(QStringLiteral("Hall %1: capacity").arg(qs(hall->id)));
        layout.addContentsEntry(hallTitle + QStringLiteral(": capacity"));
        layout.heading(hallTitle + QStringLiteral(": capacity"));
        const core::Metrics &hm = hr->metrics;
        layout.keyValues({
            {QStringLiteral("Racks"), whole(hm.rackCount)},
            {QStringLiteral("IT load (planning)"), number(hm.itKw, 0) + QStringLiteral(" kW")},
            {QStringLiteral("IT load (typical)"), number(hm.typicalKw, 0) + QStringLiteral(" kW")},
            {QStringLiteral("GPUs"), whole(hm.gpus)},
            {QStringLiteral("Dense PFLOPS"), pflopsText(hm)},
            {QStringLiteral("Floor area"), number(hm.areaM2, 1) + QStringLiteral(" m²")},
            {QStringLiteral("kW per m²"), number(hm.kwPerM2, 2)},
            {QStringLiteral("GPUs per m²"), number(hm.gpusPerM2, 2)},
            {QStringLiteral("Reference rack type"), hr->headroom.referenceRackType.empty()
                                                        ? QStringLiteral("–")
                                                        : qs(hr->headroom.referenceRackType)},
            {QStringLiteral("Racks that can still be added"),
             whole(hr->headroom.addableRacks) +
                 (hr->headroom.limitedBy.empty()
                      ? QString()
                      : QStringLiteral(" (") + qs(hr->headroom.limitedBy) + QLatin1Char(')'))},
            {QStringLiteral("Headroom: space / power"), optionalRacks(hr->headroom.space) +
                                                            QStringLiteral(" / ") +
                                                            optionalRacks(hr->headroom.power)},
            {QStringLiteral("Headroom: liquid / air"), optionalRacks(hr->headroom.liquid) +
                                                           QStringLiteral(" / ") +
                                                           optionalRacks(hr->headroom.air)},
            {QStringLiteral("Stranded power"),
             number(hr->stranded.powerKw, 0) + QStringLiteral(" kW")},
            {QStringLiteral("Stranded liquid cooling"),
             number(hr->stranded.liquidKw, 0) + QStringLiteral(" kW")},
            {QStringLiteral("Stranded air cooling"),
             number(hr->stranded.airKw, 0) + QStringLiteral(" kW")},
            {QStringLiteral("Stranded rack slots"), whole(hr->stranded.slots)},
        });
        layout.space(4.0);

        {
            std::vector<CapacityBars::Row> rows;
            const auto &hh = hr->headroom;
            const std::pair<const char *, std::optional<int>> parts[] = {
                {"space", hh.space}, {"power", hh.power}, {"liquid", hh.liquid}, {"air", hh.air}};
            for (const auto &[name, value] : parts) {
                if (!value) continue;
                rows.push_back(
                    {QString::fromLatin1(name), double(*value), std::nullopt, std::nullopt,
                     whole(*value) + QStringLiteral(" racks") +
                         (hh.limitedBy == name ? QStringLiteral(" (binding)") : QString()),
                     hh.limitedBy == name});
            }
            addBars(layout, rows, content.height(), [](bool continued) {
                return CapacityBars(QStringLiteral("Headroom by resource") +
                                        (continued ? QStringLiteral(" (continued)") : QString()),
                                    QStringLiteral("racks of the reference type"),
                                    QStringLiteral("racks that fit"));
            });
        }
        {
            std::vector<const core::FeedReport *> feeds;
            for (const auto &f : hr->feeds)
                feeds.push_back(&f);
            std::stable_sort(feeds.begin(), feeds.end(), [](const auto *a, const auto *b) {
                return a->utilization > b->utilization;
            });
            std::vector<CapacityBars::Row> rows;
            for (const auto *f : feeds) {
                rows.push_back({qs(f->id), f->loadKw, f->worstCaseKw, f->capacityKw,
                                number(f->loadKw, 0) + QStringLiteral(" / ") +
                                    number(f->worstCaseKw, 0) + QStringLiteral(" of ") +
                                    number(f->capacityKw, 0) + QStringLiteral(" kW (") +
                                    percent(f->utilization) + QLatin1Char(')'),
                                f->worstCaseKw > f->capacityKw + 1e-6});
            }
            addBars(layout, rows, content.height(), [](bool continued) {
                return CapacityBars(
                    QStringLiteral("Feeds: load against usable capacity, worst first") +
                        (continued ? QStringLiteral(" (continued)") : QString()),
                    QStringLiteral("kW"), QStringLiteral("normal operation"),
                    QStringLiteral("worst single failure"), QStringLiteral("usable capacity"));
            });
        }
        {
            std::vector<CapacityBars::Row> rows;
            for (const auto &s : hr->sources) {
                rows.push_back(
                    {qs(s.id), s.loadKw, s.worstCaseKw, s.capacityKw,
                     number(s.loadKw, 0) + QStringLiteral(" / ") + number(s.worstCaseKw, 0) +
                         (s.capacityKw ? QStringLiteral(" of ") + number(*s.capacityKw, 0)
                                       : QString()) +
                         QStringLiteral(" kW"),
                     s.capacityKw && s.worstCaseKw > *s.capacityKw + 1e-6});
            }
            addBars(layout, rows, content.height(), [](bool continued) {
                return CapacityBars(QStringLiteral("Sources (UPS)") +
                                        (continued ? QStringLiteral(" (continued)") : QString()),
                                    QStringLiteral("kW"), QStringLiteral("normal operation"),
                                    QStringLiteral("worst single failure"),
                                    QStringLiteral("capacity"));
            });
        }
        {
            std::vector<CapacityBars::Row> heat, flow;
            for (const auto &l : hr->loops) {
                heat.push_back({qs(l.id), l.loadKw, std::nullopt, l.capacityKw,
                                number(l.loadKw, 0) + QStringLiteral(" of ") +
                                    number(l.capacityKw, 0) +
                                    QStringLiteral(" kW at N+%1").arg(l.redundantCdus),
                                l.loadKw > l.capacityKw + 1e-6});
                flow.push_back({qs(l.id), l.flowLpm, std::nullopt, l.flowCapacityLpm,
                                number(l.flowLpm, 0) + QStringLiteral(" of ") +
                                    number(l.flowCapacityLpm, 0) + QStringLiteral(" L/min"),
                                l.flowLpm > l.flowCapacityLpm + 1e-6});
            }
            if (hr->air) {
                heat.push_back(
                    {QStringLiteral("air"), hr->air->loadKw, std::nullopt, hr->air->capacityKw,
                     number(hr->air->loadKw, 0) + QStringLiteral(" of ") +
                         number(hr->air->capacityKw, 0) + QStringLiteral(" kW (air units at N+k)"),
                     hr->air->loadKw > hr->air->capacityKw + 1e-6});
            }
            addBars(layout, heat, content.height(), [](bool continued) {
                return CapacityBars(QStringLiteral("Cooling: heat against usable capacity") +
                                        (continued ? QStringLiteral(" (continued)") : QString()),
                                    QStringLiteral("kW"), QStringLiteral("heat"), {},
                                    QStringLiteral("usable capacity (N+k)"));
            });
            addBars(layout, flow, content.height(), [](bool continued) {
                return CapacityBars(
                    QStringLiteral("Liquid loops: coolant flow against usable flow") +
                        (continued ? QStringLiteral(" (continued)") : QString()),
                    QStringLiteral("L/min"), QStringLiteral("flow"), {},
                    QStringLiteral("usable flow (N+k)"));
            });
        }

        // Tables.
        layout.newPage(QStringLiteral("Hall %1: tables").arg(qs(hall->id)));
        layout.addContentsEntry(hallTitle + QStringLiteral(": racks, feeds, loops, violations"));
        layout.heading(hallTitle + QStringLiteral(": racks by row"));
        {
            const auto labels = core::rackRowLabels(*hall, mCatalog);
            struct RowInfo
            {
                std::vector<const core::Rack *> racks;
                double kw = 0;
                std::set<std::string> pairs, loops, phases;
            };
            std::map<std::string, RowInfo> rows;
            for (const auto &r : hall->racks) {
                auto it = labels.find(r.id);
                RowInfo &info = rows[it == labels.end() ? std::string("(no row)") : it->second];
                info.racks.push_back(&r);
                if (const core::RackType *type = mCatalog.rackType(r.type))
                    info.kw += core::planningKw(r, *type);
                for (const auto &fid : r.feeds) {
                    for (const auto &f : hall->power.feeds) {
                        if (f.id == fid) info.pairs.insert(f.pair.empty() ? f.id : f.pair);
                    }
                }
                if (!r.loop.empty()) info.loops.insert(r.loop);
                if (!r.phase.empty()) info.phases.insert(r.phase);
            }
            ReportTable t;
            t.columns = {{QStringLiteral("Row"), 0.6},      {QStringLiteral("Racks"), 0.6, true},
                         {QStringLiteral("Facing"), 0.6},   {QStringLiteral("kW"), 0.8, true},
                         {QStringLiteral("Rack ids"), 2.4}, {QStringLiteral("Feed pairs"), 2.2},
                         {QStringLiteral("Loops"), 1},      {QStringLiteral("Phases"), 0.8}};
            for (const auto &[label, info] : rows) {
                const int rotation = info.racks.front()->rotation();
                const char *facing = rotation == 0     ? "north"
                                     : rotation == 90  ? "west"
                                     : rotation == 180 ? "south"
                                                       : "east";
                const QString ids =
                    info.racks.size() <= 2
                        ? qs(info.racks.front()->id) +
                              (info.racks.size() == 2
                                   ? QStringLiteral(", ") + qs(info.racks.back()->id)
                                   : QString())
                        : qs(info.racks.front()->id) + QStringLiteral(" … ") +
                              qs(info.racks.back()->id);
                t.rows.push_back(
                    {qs(label), whole(qsizetype(info.racks.size())), QString::fromLatin1(facing),
                     number(info.kw, 0), ids,
                     joined(std::vector<std::string>(info.pairs.begin(), info.pairs.end())),
                     joined(std::vector<std::string>(info.loops.begin(), info.loops.end())),
                     joined(std::vector<std::string>(info.phases.begin(), info.phases.end()))});
            }
            layout.paragraph(
                QStringLiteral(
                    "A row is the racks that share a rotation and a front line; rows are numbered "
                    "from south to north, then west to east. The rack schedule (CSV export) lists "
                    "every rack with its row."),
                true);
            layout.table(t);
        }

        layout.heading(hallTitle + QStringLiteral(": feeds"), 2);
        {
            ReportTable t;
            t.columns = {{QStringLiteral("Feed"), 1.2},
                         {QStringLiteral("Source"), 1},
                         {QStringLiteral("Pair"), 0.9},
                         {QStringLiteral("Racks"), 0.6, true},
                         {QStringLiteral("Capacity kW"), 0.9, true},
                         {QStringLiteral("Load kW"), 0.9, true},
                         {QStringLiteral("Worst case kW"), 0.9, true},
                         {QStringLiteral("Worst case when"), 1.3},
                         {QStringLiteral("Headroom kW"), 0.9, true},
                         {QStringLiteral("Utilisation"), 0.9, true}};
            for (const auto &f : hr->feeds) {
                t.rows.push_back({qs(f.id), qs(f.source), qs(f.pair), whole(f.racks),
                                  number(f.capacityKw), number(f.loadKw), number(f.worstCaseKw),
                                  qs(f.worstCaseScenario), number(f.headroomKw),
                                  percent(f.utilization)});
                t.highlighted.push_back(f.headroomKw < -1e-6);
            }
            layout.table(t);
        }
        if (!hr->sources.empty()) {
            layout.heading(hallTitle + QStringLiteral(": sources"), 2);
            ReportTable t;
            t.columns = {{QStringLiteral("Source"), 1.2},
                         {QStringLiteral("Capacity kW"), 1, true},
                         {QStringLiteral("Load kW"), 1, true},
                         {QStringLiteral("Worst case kW"), 1, true},
                         {QStringLiteral("Worst case when"), 1.4},
                         {QStringLiteral("Headroom kW"), 1, true},
                         {QStringLiteral("Utilisation"), 1, true}};
            for (const auto &s : hr->sources) {
                t.rows.push_back(
                    {qs(s.id), s.capacityKw ? number(*s.capacityKw) : QStringLiteral("not given"),
                     number(s.loadKw), number(s.worstCaseKw), qs(s.worstCaseScenario),
                     s.headroomKw ? number(*s.headroomKw) : QStringLiteral("–"),
                     s.utilization ? percent(*s.utilization) : QStringLiteral("–")});
                t.highlighted.push_back(s.headroomKw && *s.headroomKw < -1e-6);
            }
            layout.table(t);
        }
        layout.heading(hallTitle + QStringLiteral(": liquid loops and air"), 2);
        {
            ReportTable t;
            t.columns = {{QStringLiteral("Loop"), 1},
                         {QStringLiteral("Coolant"), 0.7},
                         {QStringLiteral("Supply °C"), 0.7, true},
                         {QStringLiteral("ΔT K"), 0.6, true},
                         {QStringLiteral("CDUs"), 0.7, true},
                         {QStringLiteral("Racks"), 0.6, true},
                         {QStringLiteral("Capacity kW"), 0.9, true},
                         {QStringLiteral("Heat kW"), 0.9, true},
                         {QStringLiteral("Headroom kW"), 0.9, true},
                         {QStringLiteral("Flow L/min"), 0.9, true},
                         {QStringLiteral("Usable flow L/min"), 1, true},
                         {QStringLiteral("Utilisation"), 0.9, true}};
            for (const auto &l : hr->loops) {
                t.rows.push_back({qs(l.id), qs(l.coolant), number(l.supplyTempC), number(l.deltaTK),
                                  QStringLiteral("%1 (N+%2)").arg(l.cdus).arg(l.redundantCdus),
                                  whole(l.racks), number(l.capacityKw), number(l.loadKw),
                                  number(l.headroomKw), number(l.flowLpm, 0),
                                  number(l.flowCapacityLpm, 0), percent(l.utilization)});
                t.highlighted.push_back(l.headroomKw < -1e-6 || l.flowHeadroomLpm < -1e-6);
            }
            layout.table(t);
            if (hr->air) {
                layout.paragraph(
                    QStringLiteral(
                        "Air cooling: %1 kW of heat against %2 kW usable (units less the "
                        "redundant ones); headroom %3 kW.")
                        .arg(number(hr->air->loadKw), number(hr->air->capacityKw),
                             number(hr->air->headroomKw)));
            } else {
                layout.paragraph(QStringLiteral("Air cooling is not modelled for this hall."));
            }
        }
        layout.heading(hallTitle + QStringLiteral(": single failures that take racks down"), 2);
        if (hr->outages.empty()) {
            layout.paragraph(QStringLiteral("No single feed or source failure takes a rack down."));
        } else {
            ReportTable t;
            t.columns = {{QStringLiteral("Failure"), 1.2},
                         {QStringLiteral("Racks down"), 0.8, true},
                         {QStringLiteral("Lost kW"), 0.8, true},
                         {QStringLiteral("Racks"), 4}};
            for (const auto &o : hr->outages) {
                t.rows.push_back({qs(o.scenario), whole(qsizetype(o.racks.size())),
                                  number(o.lostKw), joined(o.racks)});
            }
            layout.table(t);
        }
        layout.heading(hallTitle + QStringLiteral(": violations"), 2);
        if (hr->violations.empty()) {
            layout.paragraph(QStringLiteral("No violations: the hall meets every rule."));
        } else {
            ReportTable t;
            t.columns = {{QStringLiteral("Severity"), 0.7},
                         {QStringLiteral("Rule"), 1.3},
                         {QStringLiteral("Objects"), 1.6},
                         {QStringLiteral("What is wrong"), 5}};
            for (const auto &v : hr->violations) {
                t.rows.push_back({QString::fromLatin1(core::severityName(v.severity)), qs(v.code),
                                  joined(v.objects), qs(v.message)});
                t.highlighted.push_back(v.severity == core::Severity::Error);
            }
            layout.table(t);
        }
    }

    // ---- Energy, tenants (issue 9) -------------------------------------------------------------
    addEnergyPage(layout, mPlan, mReport, scope.halls, site);
    if (!mPlan.tenants.empty()) addTenantPage(layout, mPlan, mReport, scope.halls);

    // ---- Assumptions ---------------------------------------------------------------------------
    layout.newPage(QStringLiteral("Assumptions"));
    layout.addContentsEntry(QStringLiteral("Assumptions: catalog values, sources and confidence"));
    layout.heading(QStringLiteral("Assumptions"));
    layout.paragraph(QStringLiteral("Every figure above follows from the plan and these values. "
                                    "Catalog values say where they come from and "
                                    "how sure we are: H – vendor primary data or several sources "
                                    "agree; M – credible secondary source or "
                                    "derived; L – a single source, an inference or a rule of "
                                    "thumb. Values the plan sets itself override the "
                                    "catalog."));
    layout.keyValues({
        {QStringLiteral("PUE"),
         number(core::resolvePue(mPlan.assumptions), 2) +
             (mPlan.assumptions.pue ? QStringLiteral(" (plan)") : QStringLiteral(" (default)"))},
        {QStringLiteral("Geometric tolerance"), QStringLiteral("1 mm")},
    });
    layout.space(2.0);
    layout.heading(QStringLiteral("Rack types used"), 2);
    {
        ReportTable t;
        t.columns = {{QStringLiteral("Type"), 1.1},
                     {QStringLiteral("Name"), 1.5},
                     {QStringLiteral("W × D m"), 0.8},
                     {QStringLiteral("Max kW"), 0.6, true},
                     {QStringLiteral("Typical kW"), 0.7, true},
                     {QStringLiteral("Liquid"), 0.6, true},
                     {QStringLiteral("GPUs"), 0.5, true},
                     {QStringLiteral("Weight kg"), 0.7, true},
                     {QStringLiteral("Dense PFLOPS"), 1.3},
                     {QStringLiteral("Source"), 4},
                     {QStringLiteral("Conf."), 0.5}};
        for (const auto &id : scope.rackTypes) {
            const core::RackType *r = mCatalog.rackType(id);
            if (!r) continue;
            t.rows.push_back(
                {qs(r->id), qs(r->name),
                 number(r->widthM, 3) + QStringLiteral(" × ") + number(r->depthM, 3),
                 number(r->maxKw), number(r->typical()), percent(r->liquidShare()),
                 whole(r->gpuCount()), r->weightKg ? number(*r->weightKg, 0) : QStringLiteral("–"),
                 pflopsText(r->pflops), qs(r->provenance.source), qs(r->provenance.confidence)});
        }
        layout.table(t);
    }
    layout.heading(QStringLiteral("CDUs"), 2);
    {
        ReportTable t;
        t.columns = {{QStringLiteral("Type"), 1.1},
                     {QStringLiteral("Name"), 1.6},
                     {QStringLiteral("W × D m"), 0.8},
                     {QStringLiteral("Capacity kW"), 0.8, true},
                     {QStringLiteral("Flow L/min"), 0.8, true},
                     {QStringLiteral("Source"), 4.5},
                     {QStringLiteral("Conf."), 0.5}};
        for (const auto &id : scope.cduTypes) {
            const core::CduType *c = mCatalog.cduType(id);
            if (!c) continue;
            t.rows.push_back(
                {qs(c->id), qs(c->name),
                 c->widthM && c->depthM
                     ? number(*c->widthM, 2) + QStringLiteral(" × ") + number(*c->depthM, 2)
                     : QStringLiteral("–"),
                 c->capacityKw ? number(*c->capacityKw) : QStringLiteral("–"),
                 c->maxFlowLpm ? number(*c->maxFlowLpm, 0) : QStringLiteral("–"),
                 qs(c->provenance.source), qs(c->provenance.confidence)});
        }
        int custom = 0;
        for (const core::Hall *h : scope.halls) {
            for (const auto &c : h->cooling.cdus)
                custom += c.type.empty() ? 1 : 0;
        }
        if (custom > 0) {
            t.rows.push_back({QStringLiteral("(none)"),
                              QStringLiteral("%1 CDUs specified in the plan").arg(custom),
                              QStringLiteral("as given"), QStringLiteral("as given"),
                              QStringLiteral("as given"), QStringLiteral("the plan file"),
                              QString()});
        }
        if (t.rows.empty())
            layout.paragraph(QStringLiteral("The plan has no CDUs."));
        else
            layout.table(t);
    }
    if (!scope.feedTypes.empty()) {
        layout.heading(QStringLiteral("Feed types used"), 2);
        ReportTable t;
        t.columns = {{QStringLiteral("Type"), 1.1},
                     {QStringLiteral("Name"), 1.6},
                     {QStringLiteral("Rating"), 1.8},
                     {QStringLiteral("Source"), 4},
                     {QStringLiteral("Conf."), 0.5}};
        for (const auto &id : scope.feedTypes) {
            const core::FeedType *f = mCatalog.feedType(id);
            if (!f) continue;
            QString rating = f->capacityKw
                                 ? number(*f->capacityKw) + QStringLiteral(" kW")
                                 : (f->voltageV && f->currentA
                                        ? number(*f->voltageV, 0) + QStringLiteral(" V × ") +
                                              number(*f->currentA, 0) + QStringLiteral(" A")
                                        : QStringLiteral("–"));
            t.rows.push_back({qs(f->id), qs(f->name), rating, qs(f->provenance.source),
                              qs(f->provenance.confidence)});
        }
        layout.table(t);
    }
    layout.heading(QStringLiteral("Coolants"), 2);
    {
        ReportTable t;
        t.columns = {{QStringLiteral("Coolant"), 0.8},
                     {QStringLiteral("Name"), 1.4},
                     {QStringLiteral("ρ kg/L"), 0.6, true},
                     {QStringLiteral("cp kJ/(kg·K)"), 0.8, true},
                     {QStringLiteral("Freezes at °C"), 0.8, true},
                     {QStringLiteral("Source"), 4.5},
                     {QStringLiteral("Conf."), 0.5}};
        for (const auto &id : scope.coolants) {
            const core::Coolant *c = mCatalog.coolant(id);
            if (!c) continue;
            t.rows.push_back({qs(c->id), qs(c->name), number(c->densityKgPerL, 3),
                              number(c->cpKjPerKgK, 2),
                              c->freezeC ? number(*c->freezeC, 1) : QStringLiteral("–"),
                              qs(c->provenance.source), qs(c->provenance.confidence)});
        }
        layout.table(t);
    }
    layout.heading(QStringLiteral("Rules per hall"), 2);
    {
        ReportTable t;
        t.columns = {{QStringLiteral("Hall"), 0.8},
                     {QStringLiteral("Topology"), 0.8},
                     {QStringLiteral("Wall m"), 0.6, true},
                     {QStringLiteral("Obstacle m"), 0.7, true},
                     {QStringLiteral("Front m"), 0.6, true},
                     {QStringLiteral("Rear m"), 0.6, true},
                     {QStringLiteral("Max racks per run"), 0.9, true},
                     {QStringLiteral("Cross aisle m"), 0.8, true},
                     {QStringLiteral("Floor kg/m²"), 0.8, true}};
        for (const core::Hall *h : scope.halls) {
            const core::RuleValues r = core::resolveRules(h->rules);
            t.rows.push_back(
                {qs(h->id),
                 QString::fromLatin1(core::topologyName(core::resolveTopology(h->power))),
                 number(r.wallClearanceM, 2), number(r.obstacleClearanceM, 2),
                 number(r.frontClearanceM, 2), number(r.rearClearanceM, 2), whole(r.maxRowRacks),
                 number(r.crossAisleM, 2),
                 h->floorLoadKgPerM2 ? number(*h->floorLoadKgPerM2, 0)
                                     : QStringLiteral("not checked")});
        }
        layout.table(t);
    }
    layout.heading(QStringLiteral("Formulas"), 2);
    layout.paragraph(QStringLiteral("Feed capacity: as given, else √3 × V × I × PF × derate "
                                    "(three-phase) or V × I × PF × derate (single-phase). "
                                    "Power scenarios: normal operation, each feed failed, each "
                                    "source failed; a rack splits its power equally over "
                                    "its surviving feeds; a feed's worst case is its highest load "
                                    "over the scenarios it survives. Liquid heat "
                                    "Q = P × liquid fraction; flow = Q / (ρ × cp × ΔT) × 60 L/min. "
                                    "A loop's usable capacity and flow are the sums "
                                    "over its CDUs less the redundant largest. Air: P × (1 − "
                                    "liquid fraction) of all racks plus other load against "
                                    "(units − redundant) × unit kW. Headroom counts racks of the "
                                    "reference type; stranded capacity is what the "
                                    "binding resource leaves unusable in the others."));

    // ---- Paint ---------------------------------------------------------------------------------
    QPainter painter;
    if (!painter.begin(&writer)) return core::Error("the PDF could not be started");
    const int pages = layout.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (progress &&
            !progress(int(100.0 * i / pages),
                      QStringLiteral("page %1 of %2").arg(i + 1).arg(pages).toStdString())) {
            painter.end();
            return core::Error("export cancelled");
        }
        if (i > 0) writer.newPage();
        // Header and footer.
        const QColor grey(90, 90, 90);
        const double top = kMarginMm * pxPerMm;
        const double left = kMarginMm * pxPerMm, right = (pageMm.width() - kMarginMm) * pxPerMm;
        drawTextAt(painter, QStringLiteral("Hallwright · ") + qs(mPlan.name), QPointF(left, top),
                   2.6 * pxPerMm, grey, Qt::AlignLeft | Qt::AlignTop);
        drawTextAt(painter, layout.pageTitle(i), QPointF(right, top), 2.6 * pxPerMm, grey,
                   Qt::AlignRight | Qt::AlignTop, true);
        painter.setPen(QPen(QColor(180, 180, 180), 0.2 * pxPerMm));
        painter.drawLine(QPointF(left, top + 5.0 * pxPerMm), QPointF(right, top + 5.0 * pxPerMm));
        const double bottom = (pageMm.height() - kMarginMm) * pxPerMm;
        drawTextAt(
            painter,
            QStringLiteral("Generated %1 by Hallwright %2").arg(mDate, QStringLiteral(HW_VERSION)),
            QPointF(left, bottom), 2.2 * pxPerMm, grey, Qt::AlignLeft | Qt::AlignBottom);
        drawTextAt(painter, QStringLiteral("page %1 of %2").arg(i + 1).arg(pages),
                   QPointF(right, bottom), 2.2 * pxPerMm, grey, Qt::AlignRight | Qt::AlignBottom);
        layout.paintPage(painter, i);
    }
    painter.end();
    if (pageCount) *pageCount = pages;
    if (progress) progress(100, "done");
    return bytes;
}

} // namespace hw::ui
