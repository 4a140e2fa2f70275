// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/tools/abstract_tool.h"

#include "ui/scene/hall_view.h"

namespace hw::ui {

AbstractTool::AbstractTool(const QString &name, const QIcon &icon, HallView *view, QObject *parent)
    : QObject(parent), mName(name), mIcon(icon), mView(view)
{}

void AbstractTool::activate()
{
    mActive = true;
}
void AbstractTool::deactivate()
{
    updateOverlay();
    mActive = false;
}

PlanDocument *AbstractTool::document() const
{
    return mView->document();
}

bool AbstractTool::mousePressed(QMouseEvent *, const QPointF &)
{
    return false;
}
bool AbstractTool::mouseMoved(QMouseEvent *, const QPointF &)
{
    return false;
}
bool AbstractTool::mouseReleased(QMouseEvent *, const QPointF &)
{
    return false;
}
bool AbstractTool::mouseDoubleClicked(QMouseEvent *, const QPointF &)
{
    return false;
}
bool AbstractTool::keyPressed(QKeyEvent *)
{
    return false;
}
void AbstractTool::paintOverlay(QPainter *) {}
QWidget *AbstractTool::createOptionsWidget(QWidget *)
{
    return nullptr;
}

void AbstractTool::updateOverlay()
{
    mView->viewport()->update();
}

} // namespace hw::ui
