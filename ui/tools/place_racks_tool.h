// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/vec2.h"
#include "ui/tools/abstract_tool.h"

#include <optional>
#include <string>

namespace hw::ui {

/**
 * Places racks of a catalog type: a click (or a drop from the catalog dock) places one rack, or a
 * whole row of N racks side by side, snapped to the grid, optionally connected at once to a feed
 * pair and a loop. A ghost shows where they will stand. One undo step per placement.
 */
class PlaceRacksTool : public AbstractTool
{
    Q_OBJECT

public:
    explicit PlaceRacksTool(HallView *view, QObject *parent = nullptr);

    const std::string &rackType() const { return mRackType; }
    void setRackType(const std::string &type);
    int count() const { return mCount; }
    void setCount(int count);
    int rotation() const { return mRotation; }
    void setRotation(int degrees);
    /** Feed pair and loop the new racks are connected to; empty: none. */
    void setConnection(const std::string &pair, const std::string &loop);

    /** Places the racks with the first centred at `p` (current hall's metres); false if refused. */
    bool placeAt(core::Vec2 p);

    bool mousePressed(QMouseEvent *event, const QPointF &scenePos) override;
    bool mouseMoved(QMouseEvent *event, const QPointF &scenePos) override;
    bool keyPressed(QKeyEvent *event) override;
    void mouseLeft() override;
    void paintOverlay(QPainter *painter) override;
    QCursor cursor() const override { return Qt::CrossCursor; }
    QWidget *createOptionsWidget(QWidget *parent) override;
    void activate() override;

Q_SIGNALS:
    void optionsChanged();

private:
    std::string mRackType = "gb300-nvl72";
    int mCount = 1;
    int mRotation = 0;
    std::string mPair;
    std::string mLoop;
    std::optional<core::Vec2> mHover;
};

} // namespace hw::ui
