// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/vec2.h"

#include <QGraphicsView>

#include <optional>

namespace hw::ui {

class AbstractTool;
class HallScene;
class PlanDocument;

/**
 * The plan view: wheel zoom about the cursor, pan with the middle button or space + drag, a metric
 * grid aligned to the hall being edited, a scale bar, the colour legend and the hall's worst N-1
 * figure as overlays. Mouse and key input goes to the active tool; coordinates reach tools in
 * the hall's own metres through coords.h.
 */
class HallView : public QGraphicsView
{
    Q_OBJECT

public:
    HallView(HallScene *scene, QWidget *parent = nullptr);

    HallScene *planScene() const { return mScene; }
    PlanDocument *document() const;

    void setTool(AbstractTool *tool);
    AbstractTool *tool() const { return mTool; }

    /** Screen pixels per metre. */
    double pixelsPerMetre() const { return transform().m11(); }
    /** Zooms by `factor` about `anchor` (viewport pixels; default: the cursor or the centre). */
    void zoomBy(double factor, std::optional<QPoint> anchor = std::nullopt);
    void zoomToRect(const QRectF &sceneRect);
    void zoomToFit();
    void zoomToSelection();

    bool gridVisible() const { return mGridVisible; }
    void setGridVisible(bool visible);
    bool snapEnabled() const { return mSnapEnabled; }
    double snapStep() const { return mSnapStep; }
    void setSnap(bool enabled, double stepM);
    /** `p` snapped to the grid when snapping is on. */
    core::Vec2 snapped(core::Vec2 p) const;

    /** Origin of the coordinates tools work in: the current hall's origin, or the site's. */
    core::Vec2 workOrigin() const;
    /** A scene point in working coordinates (the current hall's metres). */
    core::Vec2 toWork(const QPointF &scenePos) const;
    QPointF fromWork(core::Vec2 p) const;

    /** Whether the overlays (legend, scale bar, N-1) are drawn; the render benchmark turns them
     * off. */
    void setOverlaysVisible(bool visible);

Q_SIGNALS:
    /** The cursor is at `p` in working metres (hall or site coordinates). */
    void cursorMoved(hw::core::Vec2 p);
    void cursorLeft();
    void zoomChanged(double pixelsPerMetre);
    /** A rack type was dropped from the catalog at `p` (working metres). */
    void rackTypeDropped(const QString &rackType, hw::core::Vec2 p);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void drawScaleBar(QPainter *painter);
    void drawLegend(QPainter *painter);
    /** Where the legend stands in the viewport (empty when none is drawn). */
    QRect legendBox() const;
    void drawHallInfo(QPainter *painter);
    void updateCursor();

    HallScene *mScene;
    AbstractTool *mTool = nullptr;
    bool mGridVisible = true;
    bool mSnapEnabled = true;
    double mSnapStep = 0.1;
    bool mSpaceHeld = false;
    bool mPanning = false;
    bool mOverlays = true;
    bool mAutoFit = false; ///< refit on resize until the user zooms or pans
    QPoint mPanLast;
};

} // namespace hw::ui
