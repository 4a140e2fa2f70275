// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/io/dxf_import.h"

#include <QGraphicsItem>
#include <QLineF>
#include <QPen>

#include <vector>

namespace hw::ui {

/**
 * A DXF drawing shown behind a hall as a read-only background (File ▸ Import DXF…, "show as
 * underlay"): thin grey lines, never selectable, never part of the plan or the undo stack. Made a
 * child of the hall's HallItem it stands in hall coordinates (the drawing's own, in metres) and
 * moves with the hall's origin. A plain QGraphicsItem, one drawLines() per paint.
 */
class UnderlayItem : public QGraphicsItem
{
public:
    explicit UnderlayItem(const core::DxfUnderlay &underlay, QGraphicsItem *parent = nullptr);

    enum
    {
        Type = UserType + 90
    };
    int type() const override { return Type; }

    QRectF boundingRect() const override { return mBounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    std::size_t segmentCount() const { return mLines.size(); }

private:
    std::vector<QLineF> mLines; ///< scene units (metres, y down)
    QRectF mBounds;
    QPen mPen;
};

} // namespace hw::ui
