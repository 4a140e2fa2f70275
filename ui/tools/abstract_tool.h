// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QCursor>
#include <QIcon>
#include <QObject>
#include <QPointF>
#include <QString>

class QAction;
class QKeyEvent;
class QMouseEvent;
class QPainter;
class QWidget;

namespace hw::ui {

class HallView;
class PlanDocument;

/**
 * An editing tool (Tiled's AbstractTool): gets the view's mouse and key input and turns it into
 * document edits through PlanDocument's methods. Tools keep only transient state (a drag's
 * start, a polygon being drawn) and paint it over the plan in paintOverlay(). A handler returns
 * false to let the view do its default (nothing, for most events).
 */
class AbstractTool : public QObject
{
    Q_OBJECT

public:
    /** A tool works in one view for its whole life (the view outlives its tools). */
    AbstractTool(const QString &name, const QIcon &icon, HallView *view, QObject *parent = nullptr);

    QString name() const { return mName; }
    QIcon icon() const { return mIcon; }
    /** The checkable action that activates the tool (created by the main window's tool group). */
    QAction *action() const { return mAction; }
    void setAction(QAction *action) { mAction = action; }

    virtual void activate();
    virtual void deactivate();
    bool isActive() const { return mActive; }
    HallView *view() const { return mView; }
    PlanDocument *document() const;

    virtual bool mousePressed(QMouseEvent *event, const QPointF &scenePos);
    virtual bool mouseMoved(QMouseEvent *event, const QPointF &scenePos);
    virtual bool mouseReleased(QMouseEvent *event, const QPointF &scenePos);
    virtual bool mouseDoubleClicked(QMouseEvent *event, const QPointF &scenePos);
    virtual bool keyPressed(QKeyEvent *event);
    virtual void mouseLeft() {}
    /** Paints transient state in scene coordinates (rubber band, ghosts, handles). */
    virtual void paintOverlay(QPainter *painter);
    virtual QCursor cursor() const { return Qt::ArrowCursor; }
    /** Extra controls shown in the tool options bar, or null. Owned by the caller. */
    virtual QWidget *createOptionsWidget(QWidget *parent);

Q_SIGNALS:
    /** A hint or an error for the status bar. */
    void statusMessage(const QString &message);

protected:
    /** Asks the view to repaint the overlay. */
    void updateOverlay();

private:
    QString mName;
    QIcon mIcon;
    QAction *mAction = nullptr;
    HallView *mView;
    bool mActive = false;
};

} // namespace hw::ui
