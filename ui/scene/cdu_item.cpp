// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/scene/cdu_item.h"

#include "core/geometry/footprint.h"
#include "ui/scene/coords.h"
#include "ui/scene/paint_util.h"
#include "ui/scene/plan_palette.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace hw::ui {

CduItem::CduItem(std::string id, QGraphicsItem *parent)
    : QGraphicsItem(parent), mId(std::move(id)), mLabel(QString::fromStdString(mId))
{
    setZValue(1);
}

void CduItem::syncWithModel(const core::Cdu &cdu, const core::CduValues &v)
{
    const QRectF rect = coords::toScene(
        core::footprint({0, 0}, cdu.rotation(), v.widthM.value_or(1.2), v.depthM.value_or(1.2)));
    if (rect != mRect) {
        prepareGeometryChange();
        mRect = rect;
    }
    setPos(coords::toScene(cdu.position));
    update();
}

void CduItem::setUtilization(const QString &text, int colour)
{
    if (text == mUtilization && colour == mUtilColour) return;
    mUtilization = text;
    mUtilColour = colour;
    update();
}

void CduItem::setPlanSelected(bool selected)
{
    if (selected == mSelected) return;
    mSelected = selected;
    update();
}

QPainterPath CduItem::shape() const
{
    QPainterPath p;
    p.addRect(mRect);
    return p;
}

void CduItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const PlanPalette &pal = PlanPalette::instance();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 4) {
        painter->fillRect(mRect, mSelected ? pal.selectionSolid : pal.cduBrush);
        return;
    }
    painter->setPen(mSelected ? pal.selection : pal.cduOutline);
    painter->setBrush(pal.cduBrush);
    painter->drawRect(mRect);
    painter->drawLine(mRect.topLeft(), mRect.bottomRight());
    painter->drawLine(mRect.topRight(), mRect.bottomLeft());
    if (lod > 22) {
        const QPointF c = mRect.center();
        if (lod > 45)
            drawFixedText(painter, QPointF(c.x(), mRect.top()), mLabel, pal.smallFont, pal.label,
                          Qt::AlignHCenter | Qt::AlignBottom);
        if (!mUtilization.isEmpty()) {
            const QPen pen(mUtilColour >= PlanPalette::UtilLow &&
                                   mUtilColour <= PlanPalette::UtilOver
                               ? pal.utilText[mUtilColour - PlanPalette::UtilLow]
                               : pal.label.color());
            // Close up: "L1 72 %" under the CDU; farther: the percentage inside it.
            if (lod > 45)
                drawFixedText(painter, QPointF(c.x(), mRect.bottom()), mUtilization, pal.smallFont,
                              pen, Qt::AlignHCenter | Qt::AlignTop, false, &pal.labelBackground);
            else
                drawFixedText(painter, c,
                              mUtilization.mid(mUtilization.indexOf(QLatin1Char(' ')) + 1),
                              pal.smallFont, pen, Qt::AlignCenter, false, &pal.labelBackground);
        }
    }
}

} // namespace hw::ui
