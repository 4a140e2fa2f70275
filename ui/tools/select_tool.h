// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/object_ref.h"
#include "core/model/vec2.h"
#include "ui/tools/abstract_tool.h"

#include <QPolygonF>
#include <QRectF>

#include <optional>
#include <vector>

namespace hw::ui {

/**
 * Selects and moves. Click selects, Shift adds, Ctrl toggles, a drag on empty floor selects by
 * rubber band; dragging a selection moves its racks, CDUs and obstacles with snapping (one undo
 * step per drag); arrow keys nudge by the snap step (Shift: ten steps). A selected outline,
 * obstacle or feed route shows vertex handles; Alt+click picks a feed route or wall lying over
 * racks: drag one to move it, double-click a vertex to
 * delete it, double-click an edge to insert one. On the site overview it selects and drags whole
 * halls (their origin), and a double-click opens a hall.
 */
class SelectTool : public AbstractTool
{
    Q_OBJECT

public:
    explicit SelectTool(HallView *view, QObject *parent = nullptr);

    bool mousePressed(QMouseEvent *event, const QPointF &scenePos) override;
    bool mouseMoved(QMouseEvent *event, const QPointF &scenePos) override;
    bool mouseReleased(QMouseEvent *event, const QPointF &scenePos) override;
    bool mouseDoubleClicked(QMouseEvent *event, const QPointF &scenePos) override;
    bool keyPressed(QKeyEvent *event) override;
    void paintOverlay(QPainter *painter) override;
    void deactivate() override;

    /**
     * The object under a scene point for this tool's mode, if any: on the site a hall; in a hall
     * the rack, CDU or obstacle before a feed route or the wall (Alt: the other way round).
     */
    std::optional<core::ObjectRef> objectAt(const QPointF &scenePos,
                                            Qt::KeyboardModifiers modifiers = {}) const;

Q_SIGNALS:
    /** A hall was double-clicked on the site overview. */
    void hallOpened(const std::string &hallId);

private:
    enum class Mode
    {
        Idle,
        Pressing,
        Moving,
        RubberBand,
        VertexDrag,
        HallDrag
    };

    struct Vertices
    {
        core::ObjectRef owner;
        QPolygonF scenePoints; ///< in scene coordinates
        bool closed = true;
    };
    /** The vertices of the single selected outline, obstacle or feed route. */
    std::optional<Vertices> editableVertices() const;
    int vertexAt(const Vertices &v, const QPointF &scenePos) const;
    int edgeAt(const Vertices &v, const QPointF &scenePos) const;
    bool setVertices(const core::ObjectRef &owner, const core::Polyline &points, int session);
    core::Polyline polylineOf(const core::ObjectRef &owner) const;
    void moveSelectionBy(core::Vec2 delta, int session);
    void selectInRubberBand(Qt::KeyboardModifiers modifiers);

    Mode mMode = Mode::Idle;
    QPointF mPressScene;
    core::Vec2 mApplied; ///< the snapped delta already applied during a move
    int mSession = 0;
    QRectF mRubberBand;
    std::optional<core::ObjectRef> mPressed;
    Vertices mDragVertices;
    int mDragVertex = -1;
    std::optional<core::Vec2> mDragOrigin;
    int mKeySession = 0;
};

} // namespace hw::ui
