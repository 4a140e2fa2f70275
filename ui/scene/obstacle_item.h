// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/hall.h"
#include "ui/scene/item_types.h"

#include <QGraphicsItem>
#include <QPolygonF>

#include <string>

namespace hw::ui {

/** A column, shaft or keep-out zone: solid for columns, hatched otherwise. */
class ObstacleItem : public QGraphicsItem
{
public:
    enum
    {
        Type = ObstacleItemType
    };

    ObstacleItem(std::string id, QGraphicsItem *parent);
    int type() const override { return Type; }
    const std::string &id() const { return mId; }

    void syncWithModel(const core::Obstacle &obstacle);
    void setPlanSelected(bool selected);
    const QPolygonF &polygon() const { return mPolygon; }

    QRectF boundingRect() const override { return mBounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::string mId;
    QPolygonF mPolygon;
    QRectF mBounds;
    bool mSolid = true;
    bool mSelected = false;
};

} // namespace hw::ui
