// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/scene/rack_item.h"

#include "core/geometry/footprint.h"
#include "ui/scene/coords.h"
#include "ui/scene/paint_util.h"
#include "ui/scene/plan_palette.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace hw::ui {

RackItem::RackItem(std::string id, QGraphicsItem *parent)
    : QGraphicsItem(parent), mId(std::move(id)), mLabel(QString::fromStdString(mId)),
      mFill(PlanPalette::instance().rackBrushes[PlanPalette::NoData]),
      mColour(PlanPalette::NoData)
{
    setFlag(ItemUsesExtendedStyleOption, false);
    setFlag(ItemIsSelectable, false);
    setCacheMode(NoCache);
}

void RackItem::syncWithModel(const core::Rack &rack, const core::RackType *type)
{
    const double w = type ? type->widthM : 0.6;
    const double d = type ? type->depthM : 1.2;
    const int rot = rack.rotation();
    const core::Box box = core::footprint({0, 0}, rot, w, d);
    const QRectF rect = coords::toScene(box);
    if (rect != mRect) {
        prepareGeometryChange();
        mRect = rect;
    }
    const core::Vec2 f = core::frontDirection(rot);
    if (f.y > 0)
        mFront = QLineF(mRect.topLeft(), mRect.topRight());
    else if (f.y < 0)
        mFront = QLineF(mRect.bottomLeft(), mRect.bottomRight());
    else if (f.x > 0)
        mFront = QLineF(mRect.topRight(), mRect.bottomRight());
    else
        mFront = QLineF(mRect.topLeft(), mRect.bottomLeft());
    setPos(coords::toScene(rack.position));
    update();
}

void RackItem::setColour(int paletteIndex)
{
    if (mColour == paletteIndex) return;
    mColour = quint16(paletteIndex);
    mFill = PlanPalette::instance().rackBrushes[std::size_t(paletteIndex)];
    update();
}

void RackItem::setCustomColour(int key, const QBrush &brush)
{
    if (mColour == key && mFill == brush) return;
    mColour = quint16(key);
    mFill = brush;
    update();
}

void RackItem::setPlanSelected(bool selected)
{
    if (mSelected == selected) return;
    mSelected = selected;
    update();
}

void RackItem::setHasError(bool error)
{
    if (mError == error) return;
    mError = error;
    update();
}

QPainterPath RackItem::shape() const
{
    QPainterPath p;
    p.addRect(mRect);
    return p;
}

void RackItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const PlanPalette &pal = PlanPalette::instance();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 6) {
        // Far away: one fill, no pen. Errors and the selection still show.
        if (mSelected)
            painter->fillRect(mRect, pal.selectionSolid);
        else
            painter->fillRect(mRect, mError && lod < 3 ? pal.rackBrushes[PlanPalette::UtilOver]
                                                       : mFill);
        return;
    }
    painter->setPen(mError ? pal.rackError : pal.rackOutline);
    painter->setBrush(mFill);
    painter->drawRect(mRect);
    painter->setPen(pal.rackFront);
    painter->drawLine(mFront);
    if (mSelected) {
        painter->setPen(pal.selection);
        painter->setBrush(pal.selectionFill);
        const qreal inset = 1.5 / lod;
        painter->drawRect(mRect.adjusted(inset, inset, -inset, -inset));
    }
    if (lod > 45) {
        const bool vertical = mRect.height() > mRect.width();
        drawFixedText(painter, mRect.center(), mLabel, pal.smallFont, pal.label, Qt::AlignCenter,
                      vertical);
    }
}

} // namespace hw::ui
