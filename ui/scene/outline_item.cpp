// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/scene/outline_item.h"

#include "ui/scene/coords.h"
#include "ui/scene/plan_palette.h"

#include <QPainter>
#include <QPainterPathStroker>

namespace hw::ui {

OutlineItem::OutlineItem(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    setZValue(3);
}

void OutlineItem::syncWithModel(const core::Polyline &outline)
{
    prepareGeometryChange();
    mPolygon = coords::toScene(outline);
    QPainterPath p;
    p.addPolygon(mPolygon);
    p.closeSubpath();
    QPainterPathStroker stroker;
    stroker.setWidth(0.6);
    mShape = stroker.createStroke(p);
    mBounds = mShape.boundingRect();
    update();
}

void OutlineItem::setPlanSelected(bool selected)
{
    if (selected == mSelected) return;
    mSelected = selected;
    update();
}

void OutlineItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!mSelected) return; // the hall item draws the walls
    painter->setPen(PlanPalette::instance().selection);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolygon(mPolygon);
}

} // namespace hw::ui
