// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/render/plan_sheet.h"

#include "ui/render/render_text.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace hw::ui {

namespace {

constexpr int kScales[] = {20,  25,   50,   75,   100,  125,  150,  200,   250,   300,   400,   500,
                           750, 1000, 1250, 1500, 2000, 2500, 5000, 10000, 20000, 50000, 100000};

constexpr double kTitleMm = 5.0;
constexpr double kSubtitleMm = 3.0;
constexpr double kLegendLineMm = 4.2;

QPen mmPen(const QColor &c, double mm, double pxPerMm)
{
    QPen pen(c, std::max(0.1, mm * pxPerMm));
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

} // namespace

PlanSheet::PlanSheet(const PlanRenderer &renderer, QString title, QString subtitle)
    : mRenderer(renderer), mTitle(std::move(title)), mSubtitle(std::move(subtitle))
{}

int PlanSheet::fittingScale(const QSizeF &extentMetres, const QSizeF &areaMm)
{
    for (int s : kScales) {
        if (extentMetres.width() * 1000.0 / s <= areaMm.width() &&
            extentMetres.height() * 1000.0 / s <= areaMm.height())
            return s;
    }
    return kScales[std::size(kScales) - 1];
}

int PlanSheet::scaleFor(const QSizeF &pageMm) const
{
    const QSizeF area(pageMm.width() - kPanelMm - 2 * kMarginMm, pageMm.height() - 2 * kMarginMm);
    return fittingScale(mRenderer.extent().size(), area);
}

double PlanSheet::panelHeightMm(double legendScale) const
{
    double h = 62.0; // title block, scale, north arrow and scale bar
    for (const auto &g : mRenderer.legend())
        h += (2.0 + double(g.entries.size()) + (g.moreNotShown > 0 ? 1 : 0)) * kLegendLineMm *
             legendScale;
    return h;
}

QSizeF PlanSheet::sheetSizeMm(int scale) const
{
    const QSizeF e = mRenderer.extent().size() * (1000.0 / scale);
    return QSizeF(e.width() + 2 * kMarginMm + kPanelMm,
                  std::max(e.height() + 2 * kMarginMm, panelHeightMm(1.0)));
}

void PlanSheet::paint(QPainter &painter, const QRectF &page, double pxPerMm, int scale,
                      const QString &paperName, double minTextPx) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double panelPx = kPanelMm * pxPerMm;
    const QRectF drawingArea(page.left(), page.top(), page.width() - panelPx, page.height());
    const QRectF panel(drawingArea.right(), page.top(), panelPx, page.height());

    painter.fillRect(page, Qt::white);
    painter.setPen(mmPen(QColor(60, 60, 60), 0.35, pxPerMm));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(page);
    painter.drawLine(panel.topLeft(), panel.bottomLeft());

    // The drawing, clipped to its frame: metres → paper mm at the scale → device units.
    const double pxPerMetre = 1000.0 / scale * pxPerMm;
    painter.save();
    painter.setClipRect(drawingArea.adjusted(1, 1, -1, -1));
    mRenderer.paint(painter, mRenderer.transformFor(drawingArea, pxPerMetre), pxPerMm, minTextPx);
    painter.restore();

    paintPanel(painter, panel, pxPerMm, scale, paperName);
    painter.restore();
}

void PlanSheet::paintPanel(QPainter &painter, const QRectF &panel, double pxPerMm, int scale,
                           const QString &paperName) const
{
    const double pad = 4.0 * pxPerMm;
    const double width = panel.width() - 2 * pad;
    double y = panel.top() + pad;
    const double x = panel.left() + pad;
    const QColor ink(20, 20, 20);

    // Title block.
    const QFont titleFont = renderFont(painter.device(), kTitleMm * pxPerMm, true);
    painter.setFont(titleFont);
    painter.setPen(ink);
    const QFontMetricsF tm(titleFont, painter.device());
    const QRectF titleRect(x, y, width, tm.height() * 2.2);
    QRectF used;
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, mTitle, &used);
    y += used.height() + 1.5 * pxPerMm;
    const QFont subFont = renderFont(painter.device(), kSubtitleMm * pxPerMm);
    painter.setFont(subFont);
    const QFontMetricsF sm(subFont, painter.device());
    painter.drawText(QRectF(x, y, width, sm.height() * 3),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, mSubtitle, &used);
    y += used.height() + 1.0 * pxPerMm;
    const QString scaleText =
        QStringLiteral("Scale 1:%1").arg(scale) +
        (paperName.isEmpty() ? QString() : QStringLiteral(" on %1").arg(paperName)) +
        QStringLiteral("  ·  metres, north up");
    painter.drawText(QRectF(x, y, width, sm.height() * 2),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, scaleText, &used);
    y += used.height() + 3.0 * pxPerMm;

    // North arrow and scale bar side by side.
    paintNorthArrow(painter, QPointF(x + 6.0 * pxPerMm, y + 8.0 * pxPerMm), pxPerMm);
    paintScaleBar(painter, QPointF(x + 16.0 * pxPerMm, y + 9.0 * pxPerMm), pxPerMm, scale,
                  width / pxPerMm - 20.0);
    y += 20.0 * pxPerMm;
    painter.setPen(mmPen(QColor(150, 150, 150), 0.2, pxPerMm));
    painter.drawLine(QPointF(x, y), QPointF(x + width, y));
    y += 3.0 * pxPerMm;

    // The legend, squeezed when the panel is short.
    const double available = (panel.bottom() - pad - y) / pxPerMm;
    const double needed = panelHeightMm(1.0) - 62.0;
    const double squeeze = needed > available ? std::max(0.55, available / needed) : 1.0;
    paintLegend(painter, QPointF(x, y), pxPerMm, width / pxPerMm, kLegendLineMm * squeeze);
}

void PlanSheet::paintScaleBar(QPainter &painter, QPointF origin, double pxPerMm, int scale,
                              double maxWidthMm) const
{
    // The longest round length (1, 2, 5 × 10^k metres) that fits.
    double length = 1.0;
    for (double decade = 0.1; decade <= 1e5; decade *= 10) {
        for (double step : {1.0, 2.0, 5.0}) {
            if (step * decade * 1000.0 / scale <= maxWidthMm) length = step * decade;
        }
    }
    const int parts = 4;
    const double partPx = length * 1000.0 / scale * pxPerMm / parts;
    const double h = 1.8 * pxPerMm;
    painter.setPen(mmPen(QColor(20, 20, 20), 0.2, pxPerMm));
    for (int i = 0; i < parts; ++i) {
        painter.setBrush(i % 2 == 0 ? QColor(20, 20, 20) : QColor(Qt::white));
        painter.drawRect(QRectF(origin.x() + i * partPx, origin.y(), partPx, h));
    }
    const double textPx = 2.4 * pxPerMm;
    auto label = [&](double metres, double atPx) {
        const QString t =
            metres >= 1 || metres == 0 ? QString::number(metres) : QString::number(metres, 'g', 3);
        drawTextAt(painter, t, QPointF(origin.x() + atPx, origin.y() + h + 0.6 * pxPerMm), textPx,
                   QColor(20, 20, 20), Qt::AlignHCenter | Qt::AlignTop);
    };
    label(0, 0);
    label(length / 2, partPx * parts / 2);
    label(length, partPx * parts);
    drawTextAt(painter, QStringLiteral("metres"), QPointF(origin.x(), origin.y() - 0.8 * pxPerMm),
               textPx, QColor(20, 20, 20), Qt::AlignLeft | Qt::AlignBottom);
}

void PlanSheet::paintNorthArrow(QPainter &painter, QPointF c, double pxPerMm) const
{
    // Plan y is north and the drawing is never turned, so north is straight up.
    const double r = 5.0 * pxPerMm;
    QPainterPath left, right;
    left.moveTo(c.x(), c.y() - r);
    left.lineTo(c.x() - 0.45 * r, c.y() + r);
    left.lineTo(c.x(), c.y() + 0.55 * r);
    left.closeSubpath();
    right.moveTo(c.x(), c.y() - r);
    right.lineTo(c.x() + 0.45 * r, c.y() + r);
    right.lineTo(c.x(), c.y() + 0.55 * r);
    right.closeSubpath();
    painter.setPen(mmPen(QColor(20, 20, 20), 0.2, pxPerMm));
    painter.setBrush(QColor(20, 20, 20));
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.drawPath(right);
    drawTextAt(painter, QStringLiteral("N"), QPointF(c.x(), c.y() - r - 0.5 * pxPerMm),
               3.2 * pxPerMm, QColor(20, 20, 20), Qt::AlignHCenter | Qt::AlignBottom, true);
}

double PlanSheet::paintLegend(QPainter &painter, QPointF topLeft, double pxPerMm, double widthMm,
                              double lineMm) const
{
    double y = topLeft.y();
    const double x = topLeft.x();
    const double line = lineMm * pxPerMm;
    const double textPx = line * 0.6;
    const QColor ink(20, 20, 20);
    const QFont font = renderFont(painter.device(), textPx);
    const QFontMetricsF metrics(font, painter.device());
    const double swatchW = 6.0 * pxPerMm * lineMm / kLegendLineMm;
    const double textX = x + swatchW + 2.0 * pxPerMm;
    const double textW = widthMm * pxPerMm - (textX - x);
    for (const auto &group : mRenderer.legend()) {
        drawTextAt(painter, group.title, QPointF(x, y + line * 0.15), textPx, ink,
                   Qt::AlignLeft | Qt::AlignTop, true);
        y += line * 1.2;
        for (const auto &e : group.entries) {
            const QRectF swatch(x, y + line * 0.15, swatchW, line * 0.62);
            painter.save();
            switch (e.kind) {
            case LegendEntry::Kind::Fill:
                painter.setPen(mmPen(QColor(40, 40, 40), 0.12, pxPerMm));
                painter.setBrush(e.colour);
                painter.drawRect(swatch);
                break;
            case LegendEntry::Kind::Outline:
                painter.setPen(mmPen(e.colour, 0.45, pxPerMm));
                painter.setBrush(Qt::white);
                painter.drawRect(swatch);
                break;
            case LegendEntry::Kind::Line:
            case LegendEntry::Kind::DashedLine: {
                QPen pen = mmPen(e.colour, 0.5, pxPerMm);
                if (e.kind == LegendEntry::Kind::DashedLine) pen.setStyle(Qt::DashLine);
                painter.setPen(pen);
                painter.drawLine(QPointF(swatch.left(), swatch.center().y()),
                                 QPointF(swatch.right(), swatch.center().y()));
                break;
            }
            }
            painter.restore();
            const QString label = metrics.elidedText(e.label, Qt::ElideRight, textW);
            drawTextAt(painter, label, QPointF(textX, swatch.center().y()), textPx, ink,
                       Qt::AlignLeft | Qt::AlignVCenter);
            y += line;
        }
        if (group.moreNotShown > 0) {
            drawTextAt(painter, QStringLiteral("… and %1 more").arg(group.moreNotShown),
                       QPointF(textX, y + line * 0.2), textPx, ink, Qt::AlignLeft | Qt::AlignTop);
            y += line;
        }
        y += line * 0.8;
    }
    return y - topLeft.y();
}

} // namespace hw::ui
