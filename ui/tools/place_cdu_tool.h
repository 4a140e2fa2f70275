// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/vec2.h"
#include "ui/tools/abstract_tool.h"

#include <optional>
#include <string>

namespace hw::ui {

/** Places a CDU of a catalog type on a loop of the current hall with a click. */
class PlaceCduTool : public AbstractTool
{
    Q_OBJECT

public:
    explicit PlaceCduTool(HallView *view, QObject *parent = nullptr);

    void setCduType(const std::string &type) { mType = type; }
    void setLoop(const std::string &loop) { mLoop = loop; }
    /** Places a CDU centred at `p` (current hall's metres); false (with the reason) if refused. */
    bool placeAt(core::Vec2 p);

    bool mousePressed(QMouseEvent *event, const QPointF &scenePos) override;
    bool mouseMoved(QMouseEvent *event, const QPointF &scenePos) override;
    void mouseLeft() override;
    void paintOverlay(QPainter *painter) override;
    void activate() override;
    QCursor cursor() const override { return Qt::CrossCursor; }
    QWidget *createOptionsWidget(QWidget *parent) override;

private:
    std::string mType = "incdu-1350";
    std::string mLoop;
    std::optional<core::Vec2> mHover;
};

} // namespace hw::ui
