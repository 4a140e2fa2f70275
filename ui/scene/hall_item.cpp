// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/scene/hall_item.h"

#include "ui/scene/coords.h"
#include "ui/scene/paint_util.h"
#include "ui/scene/plan_palette.h"

#include <QPainter>

#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

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
    /** The tag stands above the hall's top-left corner (its bottom edge 2 px over the outline's
     *  bounding box), so it never covers racks or CDUs at any zoom. */
    QRectF boundingRect() const override { return QRectF(0, -46, 360, 46); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        // Fit the tag into the hall's width on screen: elide, and drop the figures when narrow.
        const PlanPalette &pal = PlanPalette::instance();
        const QFontMetrics tfm(pal.titleFont), fm(pal.labelFont);
        const int room = int(std::clamp(mHall->mScreenWidth - 4, 24.0, 356.0));
        const QString title = tfm.elidedText(mHall->mTitle, Qt::ElideRight, room - 12);
        const bool figures = !mHall->mSummary.isEmpty() && room >= 120;
        const QString summary =
            figures ? fm.elidedText(mHall->mSummary, Qt::ElideRight, room - 12) : QString();
        const int w = std::max(tfm.horizontalAdvance(title), fm.horizontalAdvance(summary)) + 12;
        const int h = figures ? 40 : 22;
        painter->translate(0, -h - 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.labelBackground);
        painter->drawRoundedRect(QRectF(0, 0, std::min(w, room), h), 3, 3);
        painter->setFont(pal.titleFont);
        painter->setPen(pal.label);
        painter->drawText(QRectF(6, 2, room - 8, 18), Qt::AlignLeft | Qt::AlignVCenter, title);
        if (figures) {
            painter->setFont(pal.labelFont);
            painter->setPen(mHall->mErrors ? pal.errorLabel : pal.labelLight);
            painter->drawText(QRectF(6, 20, room - 8, 18), Qt::AlignLeft | Qt::AlignVCenter,
                              summary);
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

void HallItem::setRackBatch(std::vector<std::pair<int, QVector<QRectF>>> batch)
{
    mBatch = std::move(batch);
    if (mBatchVisible) update();
}

void HallItem::setCustomBrushes(std::map<int, QBrush> brushes)
{
    mCustomBrushes = std::move(brushes);
    if (mBatchVisible) update();
}

void HallItem::setScreenWidth(double pixels)
{
    if (std::abs(pixels - mScreenWidth) < 1) return;
    mScreenWidth = pixels;
    mLabel->update();
}

void HallItem::setBatchVisible(bool visible)
{
    if (visible == mBatchVisible) return;
    mBatchVisible = visible;
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
    if (!mBatchVisible) return;
    painter->setPen(Qt::NoPen);
    for (const auto &[colour, rects] : mBatch) {
        if (colour >= PlanPalette::ColourCount) {
            auto it = mCustomBrushes.find(colour);
            painter->setBrush(it != mCustomBrushes.end() ? it->second
                                                         : pal.rackBrushes[PlanPalette::NoData]);
        } else {
            painter->setBrush(colour == kCduFill ? pal.cduBrush
                              : colour < 0       ? pal.selectionSolid
                                                 : pal.rackBrushes[colour]);
        }
        painter->drawRects(rects);
    }
}

} // namespace hw::ui
