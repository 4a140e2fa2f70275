// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/catalog.h"
#include "core/model/rack.h"

#include <QGraphicsItem>
#include <QVector>

#include <vector>

namespace hw::ui {

/**
 * Racks proposed but not yet in the plan (the auto-place preview): one item that draws all their
 * footprints, dashed and translucent, in the coordinates of the hall it is a child of. It holds
 * no plan state: Apply turns the proposal into a normal undoable command.
 */
class PreviewItem : public QGraphicsItem
{
public:
    explicit PreviewItem(QGraphicsItem *parent);

    void setRacks(const std::vector<core::Rack> &racks, const core::Catalog &catalog);

    QRectF boundingRect() const override { return mBounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QVector<QRectF> mRects;
    QRectF mBounds;
};

} // namespace hw::ui
