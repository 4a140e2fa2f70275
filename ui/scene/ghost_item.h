// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/report.h"
#include "core/model/catalog.h"
#include "ui/scene/item_types.h"

#include <QBrush>
#include <QColor>
#include <QGraphicsItem>
#include <QPen>
#include <QVector>

#include <string>
#include <vector>

namespace hw::ui {

/**
 * The reserved racks of one hall (issue 9): where the engine keeps room for each reservation
 * (core::HallReport::ghosts), drawn as dashed outlines in the tenant's colour over a pale hatch.
 * One item per hall, a child of its HallItem, rebuilt from each analysis. It stands for no plan
 * object: it is not selectable, takes no mouse button and HallScene::refForItem ignores it.
 */
class GhostItem : public QGraphicsItem
{
public:
    enum
    {
        Type = GhostItemType
    };

    /** One reserved rack: its footprint in hall coordinates and its tenant's colour. */
    struct Ghost
    {
        QRectF rect;
        QColor colour;
        std::string reservation;
        std::string rack;
    };

    explicit GhostItem(QGraphicsItem *parent);

    int type() const override { return Type; }
    void setGhosts(std::vector<Ghost> ghosts);
    const std::vector<Ghost> &ghosts() const { return mGhosts; }

    QRectF boundingRect() const override { return mBounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    /** The ghosts of one colour with their pens and brushes, made once (not in paint()). */
    struct Group
    {
        QPen pen;
        QBrush fill, hatch;
        QVector<QRectF> rects;
    };

    std::vector<Ghost> mGhosts;
    std::vector<Group> mGroups;
    QRectF mBounds;
};

} // namespace hw::ui
