// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/hall.h"
#include "ui/scene/item_types.h"

#include <QBrush>
#include <QGraphicsItem>
#include <QPolygonF>
#include <QString>

#include <QVector>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace hw::ui {

/**
 * A hall on the site plan: stands at the hall's origin and parents the hall's racks, CDUs,
 * obstacles, feed routes and outline, which therefore use the hall's own coordinates. Paints the
 * floor and walls, and on the site overview the hall's name and key figures.
 */
class HallItem : public QGraphicsItem
{
public:
    enum
    {
        Type = HallItemType
    };

    HallItem(std::string id, QGraphicsItem *parent = nullptr);
    ~HallItem() override;
    int type() const override { return Type; }
    /**
     * The hall's name tag for the site overview: a top-level item (not a child, so it is never
     * clipped by the hall and stays above every hall) that the scene adds and shows.
     */
    QGraphicsItem *label() const;
    const std::string &id() const { return mId; }

    void syncWithModel(const core::Hall &hall);
    /** Lines shown under the name on the site overview (racks, MW, worst N-1). */
    void setSummary(const QString &summary, bool hasErrors);
    void setCurrent(bool current);
    /** The hall's width on screen, so that its name tag fits inside it. */
    void setScreenWidth(double pixels);
    void setPlanSelected(bool selected);
    const QPolygonF &outline() const { return mOutline; }

    /**
     * Rack footprints by fill (a PlanPalette index, or -1 for selected), drawn by the hall itself
     * on the site overview instead of 7,000 rack items: a handful of drawRects() per hall keeps a
     * whole-campus frame cheap. The rack items are hidden meanwhile (HallScene decides).
     */
    static constexpr int kCduFill = -2; ///< batch entry drawn with the CDU brush
    void setRackBatch(std::vector<std::pair<int, QVector<QRectF>>> batch);
    /** Brushes of batch entries outside the palette (tenant colours), by their key. */
    void setCustomBrushes(std::map<int, QBrush> brushes);
    void setBatchVisible(bool visible);

    QRectF boundingRect() const override { return mBounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    class Label;

    std::string mId;
    Label *mLabel; ///< owned
    QString mTitle;
    QString mSummary;
    QPolygonF mOutline;
    QRectF mBounds;
    bool mCurrent = false;
    bool mSelected = false;
    bool mErrors = false;
    bool mBatchVisible = false;
    double mScreenWidth = 400;
    std::vector<std::pair<int, QVector<QRectF>>> mBatch;
    std::map<int, QBrush> mCustomBrushes;
};

} // namespace hw::ui
