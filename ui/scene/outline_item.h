// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/vec2.h"
#include "ui/scene/item_types.h"

#include <QGraphicsItem>
#include <QPolygonF>

namespace hw::ui {

/**
 * The hall's walls as a pick target: clicking the wall line selects the hall (for the property
 * editor and vertex editing), while clicks on the floor inside start a rubber band. Its shape is
 * the stroked outline, much tighter than its bounding box.
 */
class OutlineItem : public QGraphicsItem
{
public:
    enum
    {
        Type = OutlineItemType
    };

    explicit OutlineItem(QGraphicsItem *parent);
    int type() const override { return Type; }

    void syncWithModel(const core::Polyline &outline);
    void setPlanSelected(bool selected);
    const QPolygonF &polygon() const { return mPolygon; }

    QRectF boundingRect() const override { return mBounds; }
    QPainterPath shape() const override { return mShape; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPolygonF mPolygon;
    QPainterPath mShape;
    QRectF mBounds;
    bool mSelected = false;
};

} // namespace hw::ui
