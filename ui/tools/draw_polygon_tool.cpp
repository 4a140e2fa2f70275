// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/tools/draw_polygon_tool.h"

#include "core/edit/hall_objects.h"
#include "core/edit/hall_ops.h"
#include "ui/document/plan_document.h"
#include "ui/scene/coords.h"
#include "ui/scene/hall_view.h"
#include "ui/scene/plan_palette.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hw::ui {

DrawPolygonTool::DrawPolygonTool(HallView *view, QObject *parent)
    : AbstractTool(tr("Draw Polygon"), QIcon(QStringLiteral(":/icons/tool-polygon.svg")), view,
                   parent)
{}

void DrawPolygonTool::setTarget(Target target, const std::string &feedId)
{
    mTarget = target;
    mFeed = feedId;
    mPoints.clear();
    updateOverlay();
    if (isActive()) Q_EMIT statusMessage(hint());
}

QString DrawPolygonTool::hint() const
{
    QString what;
    switch (mTarget) {
    case Target::NewHall:
        what = tr("Drawing a new hall on the site");
        break;
    case Target::Obstacle:
        what = tr("Drawing an obstacle");
        break;
    case Target::HallOutline:
        what = tr("Drawing a new outline for this hall");
        break;
    case Target::FeedRoute:
        what = tr("Drawing the route of feed %1").arg(QString::fromStdString(mFeed));
        break;
    }
    return tr("%1: click to add points, double-click or Enter to finish, Backspace to undo a "
              "point, Esc to cancel.")
        .arg(what);
}

void DrawPolygonTool::activate()
{
    AbstractTool::activate();
    Q_EMIT statusMessage(hint());
}

void DrawPolygonTool::deactivate()
{
    mPoints.clear();
    mHover.reset();
    AbstractTool::deactivate();
}

void DrawPolygonTool::addPoint(core::Vec2 p)
{
    if (!mPoints.empty() && mPoints.back() == p) return;
    mPoints.push_back(p);
    updateOverlay();
}

void DrawPolygonTool::cancel()
{
    mPoints.clear();
    updateOverlay();
    Q_EMIT statusMessage(tr("Drawing cancelled."));
}

bool DrawPolygonTool::finish()
{
    PlanDocument *doc = document();
    const bool route = mTarget == Target::FeedRoute;
    const std::size_t min = route ? 2 : 3;
    if (mPoints.size() < min) {
        Q_EMIT statusMessage(tr("Refused: a %1 needs at least %2 points.")
                                 .arg(route ? tr("route") : tr("polygon"))
                                 .arg(min));
        return false;
    }
    const std::string hallId = doc->currentHall();
    const core::Hall *hall = doc->hall(hallId);
    core::Status s = core::Done{};
    switch (mTarget) {
    case Target::NewHall: {
        double minX = std::numeric_limits<double>::max(), minY = minX;
        for (const core::Vec2 &p : mPoints) {
            minX = std::min(minX, p.x);
            minY = std::min(minY, p.y);
        }
        core::Hall h;
        h.id = core::freshIds(doc->plan(), core::ObjectKind::Hall, "H", 1).front();
        h.name = tr("Hall %1").arg(QString::fromStdString(h.id.substr(1))).toStdString();
        h.origin = core::Vec2{minX, minY};
        for (const core::Vec2 &p : mPoints)
            h.outline.push_back(p - *h.origin);
        const std::string id = h.id;
        s = doc->addHall(std::move(h));
        if (s.ok()) {
            mPoints.clear();
            updateOverlay();
            Q_EMIT hallCreated(id);
            return true;
        }
        break;
    }
    case Target::Obstacle: {
        if (!hall) {
            s = core::Error("open a hall first");
            break;
        }
        core::Obstacle o;
        o.id = core::freshIds(doc->plan(), core::ObjectKind::Obstacle, hallId + "-OBS", 1).front();
        double area = 0;
        for (std::size_t i = 0; i < mPoints.size(); ++i) {
            const core::Vec2 a = mPoints[i], b = mPoints[(i + 1) % mPoints.size()];
            area += a.x * b.y - b.x * a.y;
        }
        o.kind = std::abs(area) / 2 <= 1.0 ? "column" : "keepout";
        o.polygon = mPoints;
        const std::string id = o.id;
        s = doc->addObstacles(hallId, {o}, tr("Add obstacle %1").arg(QString::fromStdString(id)));
        if (s.ok()) doc->setSelection({{core::ObjectKind::Obstacle, hallId, id}});
        break;
    }
    case Target::HallOutline: {
        if (!hall) {
            s = core::Error("open a hall first");
            break;
        }
        core::HallProperties p = core::hallProperties(*hall);
        p.outline = mPoints;
        s = doc->changeHallProperties(hallId, p, tr("Redraw hall outline"));
        break;
    }
    case Target::FeedRoute: {
        if (!hall) {
            s = core::Error("open a hall first");
            break;
        }
        auto feeds = core::objectsById<core::Feed>(*hall, {mFeed});
        if (feeds.empty()) {
            s = core::Error("select a feed of this hall first");
            break;
        }
        feeds[0].path = mPoints;
        s = doc->changeFeeds(hallId, feeds,
                             tr("Draw route of feed %1").arg(QString::fromStdString(mFeed)));
        break;
    }
    }
    if (!s.ok()) {
        Q_EMIT statusMessage(tr("Refused: %1").arg(QString::fromStdString(s.error().toString())));
        return false;
    }
    mPoints.clear();
    updateOverlay();
    Q_EMIT statusMessage(tr("Done. %1").arg(hint()));
    return true;
}

bool DrawPolygonTool::mousePressed(QMouseEvent *event, const QPointF &scenePos)
{
    if (event->button() != Qt::LeftButton) return false;
    addPoint(view()->snapped(view()->toWork(scenePos)));
    return true;
}

bool DrawPolygonTool::mouseMoved(QMouseEvent *, const QPointF &scenePos)
{
    mHover = view()->snapped(view()->toWork(scenePos));
    if (!mPoints.empty()) updateOverlay();
    return true;
}

bool DrawPolygonTool::mouseDoubleClicked(QMouseEvent *event, const QPointF &)
{
    if (event->button() != Qt::LeftButton) return false;
    // The first click of the double-click already added the point.
    finish();
    return true;
}

bool DrawPolygonTool::keyPressed(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    case Qt::Key_Escape:
        if (mPoints.empty()) return false;
        cancel();
        return true;
    case Qt::Key_Backspace:
        if (!mPoints.empty()) {
            mPoints.pop_back();
            updateOverlay();
        }
        return true;
    default:
        return false;
    }
}

void DrawPolygonTool::paintOverlay(QPainter *painter)
{
    if (mPoints.empty()) return;
    const PlanPalette &pal = PlanPalette::instance();
    QPolygonF poly;
    for (const core::Vec2 &p : mPoints)
        poly.append(view()->fromWork(p));
    if (mHover) poly.append(view()->fromWork(*mHover));
    painter->setPen(pal.selection);
    painter->setBrush(mTarget == Target::FeedRoute ? QBrush(Qt::NoBrush) : pal.selectionFill);
    if (mTarget == Target::FeedRoute)
        painter->drawPolyline(poly);
    else
        painter->drawPolygon(poly);
    const double s = 4 / view()->pixelsPerMetre();
    painter->setBrush(Qt::white);
    for (const core::Vec2 &p : mPoints) {
        const QPointF q = view()->fromWork(p);
        painter->drawRect(QRectF(q.x() - s, q.y() - s, 2 * s, 2 * s));
    }
}

} // namespace hw::ui
