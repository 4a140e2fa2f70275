// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/scene/hall_item.h"

#include "ui/scene/coords.h"
#include "ui/scene/paint_util.h"
#include "ui/scene/plan_palette.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace hw::ui {

/**
 * The name and figures of a hall on the site overview: ignores the view's scale, so it stays
 * legible at any zoom, and stands above the racks.
 */
class HallItem::Label : public QGraphicsItem
{
public:
    explicit Label(HallItem *hall) : mHall(hall)
    {
        setFlag(ItemIgnoresTransformations);
        setZValue(10);
    }
    QRectF boundingRect() const override { return QRectF(0, 0, 360, 44); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const PlanPalette &pal = PlanPalette::instance();
        const QFontMetrics tfm(pal.titleFont), fm(pal.labelFont);
        const int w =
            std::max(tfm.horizontalAdvance(mHall->mTitle), fm.horizontalAdvance(mHall->mSummary)) +
            12;
        const int h = mHall->mSummary.isEmpty() ? 22 : 40;
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.labelBackground);
        painter->drawRoundedRect(QRectF(0, 0, std::min(w, 360), h), 3, 3);
        painter->setFont(pal.titleFont);
        painter->setPen(pal.label);
        painter->drawText(QRectF(6, 2, 350, 18), Qt::AlignLeft | Qt::AlignVCenter, mHall->mTitle);
        if (!mHall->mSummary.isEmpty()) {
            painter->setFont(pal.labelFont);
            painter->setPen(mHall->mErrors ? pal.errorLabel : pal.labelLight);
            painter->drawText(QRectF(6, 20, 350, 18), Qt::AlignLeft | Qt::AlignVCenter,
                              mHall->mSummary);
        }
    }

private:
    HallItem *mHall;
};

HallItem::HallItem(std::string id, QGraphicsItem *parent)
    : QGraphicsItem(parent), mId(std::move(id)), mLabel(new Label(this))
{
    setZValue(-1);
}

HallItem::~HallItem()
{
    delete mLabel;
}

QGraphicsItem *HallItem::label() const
{
    return mLabel;
}

void HallItem::syncWithModel(const core::Hall &hall)
{
    prepareGeometryChange();
    mOutline = coords::toScene(hall.outline);
    mBounds = mOutline.boundingRect();
    mTitle = QString::fromStdString(hall.name.empty() ? hall.id : hall.id + " · " + hall.name);
    setPos(coords::toScene(hall.originOrZero()));
    mLabel->setPos(pos() + mBounds.topLeft());
    mLabel->update();
    update();
}

void HallItem::setSummary(const QString &summary, bool hasErrors)
{
    if (summary == mSummary && hasErrors == mErrors) return;
    mSummary = summary;
    mErrors = hasErrors;
    mLabel->update();
}

void HallItem::setCurrent(bool current)
{
    if (current == mCurrent) return;
    mCurrent = current;
    update();
}

void HallItem::setPlanSelected(bool selected)
{
    if (selected == mSelected) return;
    mSelected = selected;
    update();
}

QPainterPath HallItem::shape() const
{
    QPainterPath p;
    p.addPolygon(mOutline);
    p.closeSubpath();
    return p;
}

void HallItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const PlanPalette &pal = PlanPalette::instance();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setPen(mSelected ? pal.selection : (mCurrent ? pal.hallCurrentWall : pal.wall));
    painter->setBrush(pal.floor);
    painter->drawPolygon(mOutline);
    Q_UNUSED(lod);
}

} // namespace hw::ui
