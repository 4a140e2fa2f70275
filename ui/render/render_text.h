// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;
class QPaintDevice;

namespace hw::ui {

/**
 * The font of drawings and reports (DejaVu Sans, which Debian's fonts-dejavu-core ships, so that
 * exports look the same on every machine) sized to `heightPx` device units on `device`, whatever
 * its resolution (PDF, SVG, image).
 */
QFont renderFont(const QPaintDevice *device, double heightPx, bool bold = false);

/** Draws `text` anchored at `at` by `alignment` (e.g. AlignLeft | AlignBottom). */
void drawTextAt(QPainter &painter, const QString &text, QPointF at, double heightPx,
                const QColor &colour, Qt::Alignment alignment, bool bold = false);

/**
 * Draws `text` centred in `rect`, as large as fits (along the longer side, turned when the rect
 * is taller than wide); leaves it out when it would be smaller than `minTextPx`.
 */
void drawFittedText(QPainter &painter, const QString &text, const QRectF &rect,
                    const QColor &colour, double minTextPx);

} // namespace hw::ui
