// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/scene/preview_item.h"

#include "core/geometry/footprint.h"
#include "ui/scene/coords.h"
#include "ui/scene/plan_palette.h"

#include <QPainter>

namespace hw::ui {

PreviewItem::PreviewItem(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    setZValue(5);
}

void PreviewItem::setRacks(const std::vector<core::Rack> &racks, const core::Catalog &catalog)
{
    prepareGeometryChange();
    mRects.clear();
    mBounds = QRectF();
    for (const core::Rack &r : racks) {
        const core::RackType *t = catalog.rackType(r.type);
        const QRectF rect = coords::toScene(
            core::footprint(r.position, r.rotation(), t ? t->widthM : 0.6, t ? t->depthM : 1.2));
        mRects.append(rect);
        mBounds |= rect;
    }
    update();
}

void PreviewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const PlanPalette &pal = PlanPalette::instance();
    painter->setPen(pal.selectionThin);
    painter->setBrush(pal.selectionFill);
    painter->drawRects(mRects);
}

} // namespace hw::ui
