// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/render/render_text.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace hw::ui {

QFont renderFont(const QPaintDevice *device, double heightPx, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    const double dpi = device ? device->logicalDpiY() : 96.0;
    font.setPointSizeF(std::max(0.1, heightPx * 72.0 / dpi));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting); // the same shapes at every scale
    return font;
}

void drawTextAt(QPainter &painter, const QString &text, QPointF at, double heightPx,
                const QColor &colour, Qt::Alignment alignment, bool bold)
{
    const QFont font = renderFont(painter.device(), heightPx, bold);
    const QFontMetricsF metrics(font, painter.device());
    const double w = metrics.horizontalAdvance(text);
    const double h = metrics.height();
    double x = at.x(), y = at.y();
    if (alignment & Qt::AlignHCenter)
        x -= w / 2;
    else if (alignment & Qt::AlignRight)
        x -= w;
    if (alignment & Qt::AlignVCenter)
        y -= h / 2;
    else if (alignment & Qt::AlignBottom)
        y -= h;
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(QRectF(x, y, w + 1, h), Qt::AlignLeft | Qt::AlignTop | Qt::TextDontClip, text);
}

void drawFittedText(QPainter &painter, const QString &text, const QRectF &rect,
                    const QColor &colour, double minTextPx)
{
    if (text.isEmpty()) return;
    // Turned only when clearly taller than wide: square CDUs keep level text.
    const bool turned = rect.height() > rect.width() * 1.15;
    const double along = turned ? rect.height() : rect.width();
    const double across = turned ? rect.width() : rect.height();
    // Measure at a reference size, then scale: advance grows linearly with the font size.
    const double reference = 100.0;
    const QFont refFont = renderFont(painter.device(), reference);
    const QFontMetricsF refMetrics(refFont, painter.device());
    const double perPx =
        refMetrics.horizontalAdvance(text) / reference; // advance per unit of font size
    const double heightPx = std::min(across * 0.6, along * 0.88 / std::max(perPx, 0.01));
    if (heightPx < std::max(minTextPx, 0.05)) return;
    painter.save();
    painter.translate(rect.center());
    if (turned) painter.rotate(-90); // reads from below, as on architectural drawings
    const QFont font = renderFont(painter.device(), heightPx);
    const QFontMetricsF metrics(font, painter.device());
    painter.setFont(font);
    painter.setPen(colour);
    const QRectF box(-along / 2, -metrics.height() / 2, along, metrics.height());
    painter.drawText(box, Qt::AlignCenter | Qt::TextDontClip, text);
    painter.restore();
}

} // namespace hw::ui
