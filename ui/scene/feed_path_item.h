// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/power.h"
#include "ui/scene/item_types.h"

#include <QGraphicsItem>
#include <QPolygonF>
#include <QString>

#include <string>

namespace hw::ui {

/**
 * The route of a feed (an overhead busway) with its id and N-1 utilization at the middle of the
 * route: the first feed of a pair solid blue, the second dashed orange.
 */
class FeedPathItem : public QGraphicsItem
{
public:
    enum
    {
        Type = FeedPathItemType
    };

    FeedPathItem(std::string id, QGraphicsItem *parent);
    int type() const override { return Type; }
    const std::string &id() const { return mId; }

    void syncWithModel(const core::Feed &feed, int side);
    void setUtilization(const QString &text, int colour);
    void setPlanSelected(bool selected);
    const QPolygonF &path() const { return mPath; }

    QRectF boundingRect() const override { return mBounds; }
    QPainterPath shape() const override { return mShape; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::string mId;
    QString mLabel;
    QString mUtilization;
    int mUtilColour = -1;
    QPolygonF mPath;
    QPainterPath mShape;
    QRectF mBounds;
    QPointF mLabelAt;
    int mSide = 0;
    bool mSelected = false;
};

} // namespace hw::ui
