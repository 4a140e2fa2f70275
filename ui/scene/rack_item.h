// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/catalog.h"
#include "core/model/rack.h"
#include "ui/scene/item_types.h"

#include <QBrush>
#include <QGraphicsItem>
#include <QString>

#include <string>

namespace hw::ui {

/**
 * A rack on the plan: a plain QGraphicsItem (not a QObject; 7,000 of them must stay cheap). It
 * holds the rack's id and what paint() needs, copied from the model by syncWithModel(); it never
 * holds state of its own. Detail follows the zoom: a filled box from far away, then the outline
 * and the front (cold-aisle) edge, then the id.
 */
class RackItem : public QGraphicsItem
{
public:
    enum
    {
        Type = RackItemType
    };

    RackItem(std::string id, QGraphicsItem *parent);

    int type() const override { return Type; }
    const std::string &id() const { return mId; }

    void syncWithModel(const core::Rack &rack, const core::RackType *type);
    void setColour(int paletteIndex);
    /**
     * A colour outside the palette (a tenant's): `key` (PlanPalette::ColourCount or more) groups
     * racks of one colour in the site overview's batches, `brush` fills the rack.
     */
    void setCustomColour(int key, const QBrush &brush);
    void setPlanSelected(bool selected);
    void setHasError(bool error);
    bool hasError() const { return mError; }
    int colour() const { return mColour; }
    const QBrush &fill() const { return mFill; }
    bool planSelected() const { return mSelected; }
    /** The footprint in the hall's (parent's) coordinates. */
    QRectF footprintInHall() const { return mRect.translated(pos()); }

    QRectF boundingRect() const override { return mRect; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::string mId;
    QString mLabel;
    QRectF mRect;  ///< footprint around the centre (item position)
    QLineF mFront; ///< the front edge
    QBrush mFill;  ///< the palette's brush for mColour, or the custom one
    quint16 mColour = 0;
    bool mSelected = false;
    bool mError = false;
};

} // namespace hw::ui
