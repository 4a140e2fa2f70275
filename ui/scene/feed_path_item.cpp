// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/scene/feed_path_item.h"

#include "ui/scene/coords.h"
#include "ui/scene/paint_util.h"
#include "ui/scene/plan_palette.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace hw::ui {

FeedPathItem::FeedPathItem(std::string id, QGraphicsItem *parent)
    : QGraphicsItem(parent), mId(std::move(id)), mLabel(QString::fromStdString(mId))
{
    setZValue(2);
}

void FeedPathItem::syncWithModel(const core::Feed &feed, int side)
{
    prepareGeometryChange();
    mPath = coords::toScene(feed.path);
    mSide = side & 1;
    QPainterPath p;
    p.addPolygon(mPath);
    QPainterPathStroker stroker;
    stroker.setWidth(0.5);
    mShape = stroker.createStroke(p);
    mBounds = mShape.boundingRect().adjusted(-0.3, -0.3, 0.3, 0.3);
    // Label at the middle of the route's length.
    double total = 0;
    for (int i = 1; i < mPath.size(); ++i)
        total += QLineF(mPath[i - 1], mPath[i]).length();
    double half = total / 2;
    mLabelAt = mPath.isEmpty() ? QPointF() : mPath.first();
    for (int i = 1; i < mPath.size(); ++i) {
        const QLineF seg(mPath[i - 1], mPath[i]);
        if (half <= seg.length()) {
            mLabelAt = seg.pointAt(seg.length() > 0 ? half / seg.length() : 0);
            break;
        }
        half -= seg.length();
    }
    update();
}

void FeedPathItem::setUtilization(const QString &text, int colour)
{
    if (text == mUtilization && colour == mUtilColour) return;
    mUtilization = text;
    mUtilColour = colour;
    update();
}

void FeedPathItem::setPlanSelected(bool selected)
{
    if (selected == mSelected) return;
    mSelected = selected;
    update();
}

void FeedPathItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const PlanPalette &pal = PlanPalette::instance();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setBrush(Qt::NoBrush);
    if (mSelected) {
        painter->setPen(pal.selection);
        painter->drawPolyline(mPath);
    }
    painter->setPen(pal.feedPens[mSide]);
    painter->drawPolyline(mPath);
    if (lod > 18) {
        // Close up the id and its N-1 load; farther only the percentage, so that the racks under
        // a busway stay visible.
        QString text = mLabel;
        if (!mUtilization.isEmpty())
            text = lod > 45 ? mLabel + QLatin1Char(' ') + mUtilization
                            : mUtilization.mid(mUtilization.indexOf(QLatin1Char(' ')) + 1);
        const QPen pen(mUtilColour >= PlanPalette::UtilLow && mUtilColour <= PlanPalette::UtilOver
                           ? pal.utilText[mUtilColour - PlanPalette::UtilLow]
                           : pal.feedPens[mSide].color());
        drawFixedText(painter, mLabelAt, text, lod > 45 ? pal.labelFont : pal.smallFont, pen,
                      Qt::AlignHCenter | (mSide == 0 ? Qt::AlignBottom : Qt::AlignTop), false,
                      &pal.labelBackground);
    }
}

} // namespace hw::ui
