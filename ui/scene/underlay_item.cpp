// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/scene/underlay_item.h"

#include "ui/scene/coords.h"

#include <QPainter>

namespace hw::ui {

UnderlayItem::UnderlayItem(const core::DxfUnderlay &underlay, QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    // Above the hall's floor (its parent), below everything on it.
    setZValue(-0.5);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setFlag(ItemIsSelectable, false);
    mLines.reserve(underlay.segments.size());
    for (const auto &[a, b] : underlay.segments)
        mLines.emplace_back(coords::toScene(a), coords::toScene(b));
    mBounds = coords::toScene(core::Box{underlay.minX, underlay.minY, underlay.maxX, underlay.maxY})
                  .adjusted(-0.05, -0.05, 0.05, 0.05);
    mPen = QPen(QColor(110, 120, 135, 170), 1.0);
    mPen.setCosmetic(true);
}

void UnderlayItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setPen(mPen);
    painter->drawLines(mLines.data(), int(mLines.size()));
}

} // namespace hw::ui
