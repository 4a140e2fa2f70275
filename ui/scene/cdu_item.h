// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/cooling.h"
#include "core/model/resolve.h"
#include "ui/scene/item_types.h"

#include <QGraphicsItem>
#include <QString>

#include <string>

namespace hw::ui {

/** A CDU on the floor, labelled with its id and its loop's utilization (from the analysis). */
class CduItem : public QGraphicsItem
{
public:
    enum
    {
        Type = CduItemType
    };

    CduItem(std::string id, QGraphicsItem *parent);
    int type() const override { return Type; }
    const std::string &id() const { return mId; }

    void syncWithModel(const core::Cdu &cdu, const core::CduValues &values);
    /** "L1 72 %" and the utilization colour index (PlanPalette::UtilLow..UtilOver), or -1. */
    void setUtilization(const QString &text, int colour);
    void setPlanSelected(bool selected);

    QRectF boundingRect() const override { return mRect; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::string mId;
    QString mLabel;
    QString mUtilization;
    int mUtilColour = -1;
    QRectF mRect;
    bool mSelected = false;
};

} // namespace hw::ui
