// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/scene/obstacle_item.h"

#include "ui/scene/coords.h"
#include "ui/scene/plan_palette.h"

#include <QPainter>

namespace hw::ui {

ObstacleItem::ObstacleItem(std::string id, QGraphicsItem *parent)
    : QGraphicsItem(parent), mId(std::move(id))
{
    setZValue(0.5);
}

void ObstacleItem::syncWithModel(const core::Obstacle &o)
{
    prepareGeometryChange();
    mPolygon = coords::toScene(o.polygon);
    mBounds = mPolygon.boundingRect();
    mSolid = o.kind == "column" || o.kind == "wall" || o.kind == "shaft";
    update();
}

void ObstacleItem::setPlanSelected(bool selected)
{
    if (selected == mSelected) return;
    mSelected = selected;
    update();
}

QPainterPath ObstacleItem::shape() const
{
    QPainterPath p;
    p.addPolygon(mPolygon);
    p.closeSubpath();
    return p;
}

void ObstacleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const PlanPalette &pal = PlanPalette::instance();
    painter->setPen(mSelected ? pal.selection : pal.obstacleOutline);
    painter->setBrush(mSolid ? pal.obstacleBrush : pal.keepoutBrush);
    painter->drawPolygon(mPolygon);
}

} // namespace hw::ui
