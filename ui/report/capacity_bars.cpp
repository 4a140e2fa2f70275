// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/report/capacity_bars.h"

#include "ui/render/render_text.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace hw::ui {

namespace {

constexpr double kTitleMm = 3.4;
constexpr double kLegendMm = 5.0;
constexpr double kRowMm = 4.6;
constexpr double kAxisMm = 6.0;
constexpr double kTextMm = 2.1;

const QColor kLight(0x9e, 0xbc, 0xda);
const QColor kDark(0x2f, 0x5f, 0x93);
const QColor kHighlight(0xd6, 0x27, 0x28);
const QColor kInk(20, 20, 20);

/** A round axis maximum: 1, 2, 2.5, 5 × 10^k at or above `v`. */
double niceCeiling(double v)
{
    if (v <= 0) return 1;
    const double decade = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * decade >= v * 0.999) return step * decade;
    }
    return 10 * decade;
}

} // namespace

CapacityBars::CapacityBars(QString title, QString unit, QString valueName, QString secondaryName,
                           QString capacityName)
    : mTitle(std::move(title)), mUnit(std::move(unit)), mValueName(std::move(valueName)),
      mSecondaryName(std::move(secondaryName)), mCapacityName(std::move(capacityName))
{}

double CapacityBars::heightMm() const
{
    return kTitleMm * 1.6 + kLegendMm + double(mRows.size()) * kRowMm + kAxisMm + 2.0;
}

void CapacityBars::paint(QPainter &painter, const QRectF &rect, double pxPerMm) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    double y = rect.top();
    drawTextAt(painter, mTitle + QStringLiteral(" (") + mUnit + QLatin1Char(')'),
               QPointF(rect.left(), y), kTitleMm * pxPerMm, kInk, Qt::AlignLeft | Qt::AlignTop,
               true);
    y += kTitleMm * 1.6 * pxPerMm;

    // Legend.
    double lx = rect.left();
    auto legendItem = [&](const QColor &fill, bool line, const QString &text) {
        const QRectF sw(lx, y + 0.8 * pxPerMm, 5 * pxPerMm, 2.6 * pxPerMm);
        if (line) {
            painter.setPen(QPen(kInk, 0.5 * pxPerMm));
            painter.drawLine(QPointF(sw.center().x(), sw.top() - 0.4 * pxPerMm),
                             QPointF(sw.center().x(), sw.bottom() + 0.4 * pxPerMm));
        } else {
            painter.fillRect(sw, fill);
        }
        drawTextAt(painter, text, QPointF(sw.right() + 1.5 * pxPerMm, sw.center().y()),
                   kTextMm * pxPerMm, kInk, Qt::AlignLeft | Qt::AlignVCenter);
        lx = sw.right() + (3.0 + 1.9 * kTextMm * 0.55 * double(text.size())) * pxPerMm;
    };
    legendItem(kLight, false, mValueName);
    if (!mSecondaryName.isEmpty()) legendItem(kDark, false, mSecondaryName);
    if (!mCapacityName.isEmpty()) legendItem(kInk, true, mCapacityName);
    legendItem(kHighlight, false, QStringLiteral("over capacity / binding"));
    y += kLegendMm * pxPerMm;

    const double labelW = 30.0 * pxPerMm;
    const double noteW = 62.0 * pxPerMm;
    const double x0 = rect.left() + labelW;
    const double barW = std::max(10.0, rect.width() - labelW - noteW);
    double maxValue = 0;
    for (const auto &r : mRows)
        maxValue = std::max({maxValue, r.value, r.secondary.value_or(0), r.capacity.value_or(0)});
    const double axisMax = niceCeiling(maxValue);
    auto xOf = [&](double v) { return x0 + barW * std::clamp(v / axisMax, 0.0, 1.0); };

    // Grid lines at fifths of the axis.
    const double top = y, bottom = y + double(mRows.size()) * kRowMm * pxPerMm;
    for (int i = 0; i <= 5; ++i) {
        const double v = axisMax * i / 5;
        painter.setPen(QPen(QColor(220, 220, 220), 0.1 * pxPerMm));
        painter.drawLine(QPointF(xOf(v), top), QPointF(xOf(v), bottom));
        drawTextAt(painter, QString::number(v, 'g', 6), QPointF(xOf(v), bottom + 0.8 * pxPerMm),
                   kTextMm * pxPerMm, QColor(80, 80, 80), Qt::AlignHCenter | Qt::AlignTop);
    }

    for (const auto &r : mRows) {
        const double rowTop = y + 0.6 * pxPerMm, rowH = (kRowMm - 1.2) * pxPerMm;
        drawTextAt(painter, r.label, QPointF(rect.left(), y + kRowMm * pxPerMm / 2),
                   kTextMm * pxPerMm, kInk, Qt::AlignLeft | Qt::AlignVCenter);
        painter.fillRect(QRectF(QPointF(x0, rowTop), QPointF(xOf(r.value), rowTop + rowH)),
                         r.highlighted && !r.secondary ? kHighlight : kLight);
        if (r.secondary) {
            const double inset = rowH * 0.28;
            painter.fillRect(QRectF(QPointF(x0, rowTop + inset),
                                    QPointF(xOf(*r.secondary), rowTop + rowH - inset)),
                             r.highlighted ? kHighlight : kDark);
        }
        if (r.capacity) {
            painter.setPen(QPen(kInk, 0.5 * pxPerMm));
            painter.drawLine(QPointF(xOf(*r.capacity), rowTop - 0.4 * pxPerMm),
                             QPointF(xOf(*r.capacity), rowTop + rowH + 0.4 * pxPerMm));
        }
        drawTextAt(painter, r.note, QPointF(x0 + barW + 2.0 * pxPerMm, y + kRowMm * pxPerMm / 2),
                   kTextMm * pxPerMm, r.highlighted ? kHighlight : kInk,
                   Qt::AlignLeft | Qt::AlignVCenter);
        y += kRowMm * pxPerMm;
    }
    painter.setPen(QPen(kInk, 0.2 * pxPerMm));
    painter.drawLine(QPointF(x0, top), QPointF(x0, bottom));
    painter.drawLine(QPointF(x0, bottom), QPointF(x0 + barW, bottom));
    painter.restore();
}

} // namespace hw::ui
