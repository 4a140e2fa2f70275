// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/vec2.h"
#include "ui/tools/abstract_tool.h"

#include <optional>
#include <string>

namespace hw::ui {

/**
 * Draws a polygon or a route point by point: a new hall's outline (on the site overview), a new
 * obstacle, a new outline for the current hall, or the route of the selected feed. Click adds a
 * snapped vertex, Backspace removes the last, double-click or Enter finishes, Esc cancels. The
 * result is checked like any edit (a self-intersecting outline is refused with the reason).
 */
class DrawPolygonTool : public AbstractTool
{
    Q_OBJECT

public:
    enum class Target
    {
        NewHall,
        Obstacle,
        HallOutline,
        FeedRoute
    };

    explicit DrawPolygonTool(HallView *view, QObject *parent = nullptr);

    Target target() const { return mTarget; }
    /** What the next polygon becomes; for FeedRoute, `feedId` names the feed. */
    void setTarget(Target target, const std::string &feedId = {});

    /** Adds a vertex (working metres, snapped by the caller); for tests and the mouse. */
    void addPoint(core::Vec2 p);
    /** Finishes the polygon; false (with a status message) when it is refused. */
    bool finish();
    void cancel();
    int pointCount() const { return int(mPoints.size()); }

    bool mousePressed(QMouseEvent *event, const QPointF &scenePos) override;
    bool mouseMoved(QMouseEvent *event, const QPointF &scenePos) override;
    bool mouseDoubleClicked(QMouseEvent *event, const QPointF &scenePos) override;
    bool keyPressed(QKeyEvent *event) override;
    void paintOverlay(QPainter *painter) override;
    void activate() override;
    void deactivate() override;
    QCursor cursor() const override { return Qt::CrossCursor; }

Q_SIGNALS:
    /** A new hall was drawn and added: the main window opens it. */
    void hallCreated(const std::string &hallId);

private:
    QString hint() const;

    Target mTarget = Target::Obstacle;
    std::string mFeed;
    core::Polyline mPoints;
    std::optional<core::Vec2> mHover;
};

} // namespace hw::ui
