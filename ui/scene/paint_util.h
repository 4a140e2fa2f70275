// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QFont>
#include <QPainter>
#include <QPen>
#include <QString>
#include <QTransform>

namespace hw::ui {

/**
 * Draws `text` at a fixed pixel size whatever the zoom, anchored at `pos` (item coordinates),
 * optionally turned by 90° to run along a tall object. Items paint with DontSavePainterState, so
 * this restores the transform it changes.
 */
inline void drawFixedText(QPainter *painter, const QPointF &pos, const QString &text,
                          const QFont &font, const QPen &pen, int flags = Qt::AlignCenter,
                          bool vertical = false, const QBrush *background = nullptr)
{
    const QTransform saved = painter->worldTransform();
    const QPointF device = saved.map(pos);
    QTransform t;
    t.translate(device.x(), device.y());
    if (vertical) t.rotate(-90);
    painter->setWorldTransform(t);
    painter->setFont(font);
    painter->setPen(pen);
    QRectF box(-400, -200, 800, 400);
    if (flags & Qt::AlignLeft) box.moveLeft(0);
    if (flags & Qt::AlignRight) box.moveRight(0);
    if (flags & Qt::AlignTop) box.moveTop(0);
    if (flags & Qt::AlignBottom) box.moveBottom(0);
    if (background) {
        const QRectF used = painter->boundingRect(box, flags, text).adjusted(-3, -1, 3, 1);
        painter->setPen(Qt::NoPen);
        painter->setBrush(*background);
        painter->drawRoundedRect(used, 3, 3);
        painter->setPen(pen);
    }
    painter->drawText(box, flags, text);
    painter->setWorldTransform(saved);
}

} // namespace hw::ui
