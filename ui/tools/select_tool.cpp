// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/tools/select_tool.h"

#include "core/edit/hall_objects.h"
#include "core/edit/hall_ops.h"
#include "ui/document/plan_document.h"
#include "ui/scene/coords.h"
#include "ui/scene/hall_scene.h"
#include "ui/scene/hall_view.h"
#include "ui/scene/item_types.h"
#include "ui/scene/plan_palette.h"

#include <QGraphicsItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace hw::ui {

namespace {
constexpr double kHandlePx = 5;
constexpr double kDragStartPx = 4;

bool movable(core::ObjectKind k)
{
    return k == core::ObjectKind::Rack || k == core::ObjectKind::Cdu ||
           k == core::ObjectKind::Obstacle;
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF q = a + t * ab;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}
} // namespace

SelectTool::SelectTool(HallView *view, QObject *parent)
    : AbstractTool(tr("Select"), QIcon(QStringLiteral(":/icons/tool-select.svg")), view, parent)
{}

void SelectTool::deactivate()
{
    mMode = Mode::Idle;
    AbstractTool::deactivate();
}

std::optional<core::ObjectRef> SelectTool::objectAt(const QPointF &scenePos,
                                                    Qt::KeyboardModifiers modifiers) const
{
    HallScene *scene = view()->planScene();
    const std::string &current = document()->currentHall();
    const QList<QGraphicsItem *> items =
        scene->items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, view()->transform());
    // Racks, CDUs and obstacles win over the feed routes drawn across them and over the walls;
    // with Alt the routes and walls win, to pick a busway that runs over a row.
    auto priority = [&](const core::ObjectRef &r) {
        const bool line = r.kind == core::ObjectKind::Feed || r.kind == core::ObjectKind::Hall;
        return (modifiers & Qt::AltModifier) ? (line ? 0 : 1) : (line ? 1 : 0);
    };
    std::optional<core::ObjectRef> best;
    for (QGraphicsItem *item : items) {
        if (!item->isVisible()) continue;
        core::ObjectRef ref;
        if (!scene->refForItem(item, &ref)) continue;
        if (current.empty()) return core::ObjectRef{core::ObjectKind::Hall, ref.hall, ref.hall};
        if (ref.hall != current || item->type() == HallItemType) continue;
        if (!best || priority(ref) < priority(*best)) best = ref;
    }
    return best;
}

std::optional<SelectTool::Vertices> SelectTool::editableVertices() const
{
    const auto &sel = document()->selection();
    const std::string &current = document()->currentHall();
    if (sel.size() != 1 || current.empty() || sel.front().hall != current) return std::nullopt;
    const core::ObjectRef &ref = sel.front();
    if (ref.kind != core::ObjectKind::Hall && ref.kind != core::ObjectKind::Obstacle &&
        ref.kind != core::ObjectKind::Feed)
        return std::nullopt;
    const core::Polyline points = polylineOf(ref);
    if (points.empty()) return std::nullopt;
    Vertices v;
    v.owner = ref;
    v.closed = ref.kind != core::ObjectKind::Feed;
    for (const core::Vec2 &p : points)
        v.scenePoints.append(view()->fromWork(p));
    return v;
}

core::Polyline SelectTool::polylineOf(const core::ObjectRef &ref) const
{
    const core::Hall *h = document()->hall(ref.hall);
    if (!h) return {};
    switch (ref.kind) {
    case core::ObjectKind::Hall:
        return h->outline;
    case core::ObjectKind::Obstacle:
        if (const auto *o = core::findObject<core::Obstacle>(*h, ref.id)) return o->polygon;
        return {};
    case core::ObjectKind::Feed:
        if (const auto *f = core::findObject<core::Feed>(*h, ref.id)) return f->path;
        return {};
    default:
        return {};
    }
}

bool SelectTool::setVertices(const core::ObjectRef &owner, const core::Polyline &points,
                             int session)
{
    PlanDocument *doc = document();
    const core::Hall *h = doc->hall(owner.hall);
    if (!h) return false;
    core::Status s = core::Done{};
    switch (owner.kind) {
    case core::ObjectKind::Hall: {
        core::HallProperties p = core::hallProperties(*h);
        p.outline = points;
        s = doc->changeHallProperties(owner.hall, p, tr("Edit hall outline"), session);
        break;
    }
    case core::ObjectKind::Obstacle: {
        auto o = core::objectsById<core::Obstacle>(*h, {owner.id});
        if (o.empty()) return false;
        o[0].polygon = points;
        s = doc->changeObstacles(owner.hall, o, tr("Edit obstacle"), session);
        break;
    }
    case core::ObjectKind::Feed: {
        auto f = core::objectsById<core::Feed>(*h, {owner.id});
        if (f.empty()) return false;
        f[0].path = points;
        s = doc->changeFeeds(owner.hall, f, tr("Edit feed route"), session);
        break;
    }
    default:
        return false;
    }
    if (!s.ok()) {
        Q_EMIT statusMessage(tr("Refused: %1").arg(QString::fromStdString(s.error().toString())));
        return false;
    }
    return true;
}

int SelectTool::vertexAt(const Vertices &v, const QPointF &scenePos) const
{
    const double tol = (kHandlePx + 2) / view()->pixelsPerMetre();
    for (int i = 0; i < v.scenePoints.size(); ++i) {
        const QPointF d = v.scenePoints[i] - scenePos;
        if (std::abs(d.x()) <= tol && std::abs(d.y()) <= tol) return i;
    }
    return -1;
}

int SelectTool::edgeAt(const Vertices &v, const QPointF &scenePos) const
{
    const double tol = 6 / view()->pixelsPerMetre();
    const int n = int(v.scenePoints.size());
    const int edges = v.closed ? n : n - 1;
    for (int i = 0; i < edges; ++i) {
        if (distanceToSegment(scenePos, v.scenePoints[i], v.scenePoints[(i + 1) % n]) <= tol)
            return i;
    }
    return -1;
}

bool SelectTool::mousePressed(QMouseEvent *event, const QPointF &scenePos)
{
    if (event->button() != Qt::LeftButton) return false;
    PlanDocument *doc = document();
    mPressScene = scenePos;
    mApplied = {};
    mSession = 0;
    mPressed.reset();
    if (auto v = editableVertices()) {
        const int i = vertexAt(*v, scenePos);
        if (i >= 0) {
            mMode = Mode::VertexDrag;
            mDragVertices = *v;
            mDragVertex = i;
            mSession = doc->newMergeSession();
            return true;
        }
    }
    const Qt::KeyboardModifiers mods = event->modifiers();
    const auto hit = objectAt(scenePos, mods);
    if (!hit) {
        mMode = Mode::RubberBand;
        mRubberBand = QRectF(scenePos, scenePos);
        if (!(mods & (Qt::ShiftModifier | Qt::ControlModifier))) doc->setSelection({});
        return true;
    }
    mPressed = hit;
    auto selection = doc->selection();
    if (mods & Qt::ControlModifier) {
        auto it = std::find(selection.begin(), selection.end(), *hit);
        if (it != selection.end())
            selection.erase(it);
        else
            selection.push_back(*hit);
        doc->setSelection(selection);
        mMode = Mode::Idle;
        return true;
    }
    if (mods & Qt::ShiftModifier) {
        selection.push_back(*hit);
        doc->setSelection(selection);
    } else if (!doc->isSelected(*hit)) {
        doc->setSelection({*hit});
    }
    mMode = Mode::Pressing;
    if (hit->kind == core::ObjectKind::Hall && doc->currentHall().empty()) {
        if (const core::Hall *h = doc->hall(hit->hall)) mDragOrigin = h->originOrZero();
    }
    return true;
}

void SelectTool::moveSelectionBy(core::Vec2 delta, int session)
{
    PlanDocument *doc = document();
    const std::string &hall = doc->currentHall();
    std::vector<std::string> racks, cdus, obstacles;
    for (const auto &ref : doc->selection()) {
        if (ref.hall != hall || !movable(ref.kind)) continue;
        (ref.kind == core::ObjectKind::Rack  ? racks
         : ref.kind == core::ObjectKind::Cdu ? cdus
                                             : obstacles)
            .push_back(ref.id);
    }
    doc->moveObjects(hall, racks, cdus, obstacles, delta, session);
}

bool SelectTool::mouseMoved(QMouseEvent *event, const QPointF &scenePos)
{
    PlanDocument *doc = document();
    const double ppm = view()->pixelsPerMetre();
    if (mMode == Mode::Pressing) {
        const QPointF d = (scenePos - mPressScene) * ppm;
        if (std::hypot(d.x(), d.y()) < kDragStartPx) return true;
        if (doc->currentHall().empty()) {
            if (!mPressed || !mDragOrigin) return true;
            mMode = Mode::HallDrag;
        } else {
            const bool any = std::any_of(doc->selection().begin(), doc->selection().end(),
                                         [&](const core::ObjectRef &r) {
                                             return r.hall == doc->currentHall() && movable(r.kind);
                                         });
            if (!any) return true;
            mMode = Mode::Moving;
        }
        mSession = doc->newMergeSession();
    }
    switch (mMode) {
    case Mode::Moving: {
        const core::Vec2 raw = view()->toWork(scenePos) - view()->toWork(mPressScene);
        const core::Vec2 snapped = view()->snapped(raw);
        const core::Vec2 step = snapped - mApplied;
        if (step.x != 0 || step.y != 0) {
            moveSelectionBy(step, mSession);
            mApplied = snapped;
        }
        Q_EMIT statusMessage(
            tr("Moving by %1 m, %2 m").arg(mApplied.x, 0, 'f', 2).arg(mApplied.y, 0, 'f', 2));
        return true;
    }
    case Mode::HallDrag: {
        const core::Hall *h = doc->hall(mPressed->hall);
        if (!h) return true;
        const core::Vec2 raw = coords::toPlan(scenePos) - coords::toPlan(mPressScene);
        core::HallProperties p = core::hallProperties(*h);
        p.origin = view()->snapped(*mDragOrigin + raw);
        doc->changeHallProperties(h->id, p, tr("Move hall %1").arg(QString::fromStdString(h->id)),
                                  mSession);
        return true;
    }
    case Mode::VertexDrag: {
        core::Polyline points = polylineOf(mDragVertices.owner);
        if (mDragVertex < 0 || mDragVertex >= int(points.size())) return true;
        points[std::size_t(mDragVertex)] = view()->snapped(view()->toWork(scenePos));
        setVertices(mDragVertices.owner, points, mSession);
        updateOverlay();
        return true;
    }
    case Mode::RubberBand:
        mRubberBand.setBottomRight(scenePos);
        updateOverlay();
        return true;
    default:
        break;
    }
    // Hover: a hint for vertex handles.
    if (auto v = editableVertices()) {
        if (vertexAt(*v, scenePos) >= 0)
            view()->viewport()->setCursor(Qt::SizeAllCursor);
        else
            view()->viewport()->setCursor(Qt::ArrowCursor);
    }
    Q_UNUSED(event);
    return false;
}

void SelectTool::selectInRubberBand(Qt::KeyboardModifiers mods)
{
    PlanDocument *doc = document();
    HallScene *scene = view()->planScene();
    const std::string &current = doc->currentHall();
    std::vector<core::ObjectRef> picked = (mods & (Qt::ShiftModifier | Qt::ControlModifier))
                                              ? doc->selection()
                                              : std::vector<core::ObjectRef>{};
    const QList<QGraphicsItem *> items =
        scene->items(mRubberBand.normalized(), Qt::IntersectsItemShape, Qt::DescendingOrder,
                     view()->transform());
    for (QGraphicsItem *item : items) {
        if (!item->isVisible()) continue;
        core::ObjectRef ref;
        if (!scene->refForItem(item, &ref)) continue;
        if (current.empty()) {
            if (item->type() == HallItemType) picked.push_back(ref);
            continue;
        }
        if (ref.hall != current || ref.kind == core::ObjectKind::Hall) continue;
        // A box picks what stands on the floor; feed routes only with Alt.
        if (ref.kind == core::ObjectKind::Feed && !(mods & Qt::AltModifier)) continue;
        picked.push_back(ref);
    }
    doc->setSelection(std::move(picked));
}

bool SelectTool::mouseReleased(QMouseEvent *event, const QPointF &)
{
    if (event->button() != Qt::LeftButton) return false;
    PlanDocument *doc = document();
    switch (mMode) {
    case Mode::RubberBand:
        selectInRubberBand(event->modifiers());
        updateOverlay();
        break;
    case Mode::Pressing:
        // A plain click on one of several selected objects selects just that one.
        if (mPressed && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)))
            doc->setSelection({*mPressed});
        break;
    case Mode::Moving:
        Q_EMIT statusMessage({});
        break;
    default:
        break;
    }
    mMode = Mode::Idle;
    mSession = 0;
    mPressed.reset();
    mDragOrigin.reset();
    return true;
}

bool SelectTool::mouseDoubleClicked(QMouseEvent *event, const QPointF &scenePos)
{
    if (event->button() != Qt::LeftButton) return false;
    PlanDocument *doc = document();
    if (doc->currentHall().empty()) {
        const auto hit = objectAt(scenePos);
        if (hit) {
            doc->setSelection({});
            Q_EMIT hallOpened(hit->hall);
        }
        return true;
    }
    if (auto v = editableVertices()) {
        core::Polyline points = polylineOf(v->owner);
        const int vertex = vertexAt(*v, scenePos);
        if (vertex >= 0) {
            const std::size_t min = v->closed ? 3 : 2;
            if (points.size() <= min) {
                Q_EMIT statusMessage(tr("Refused: a %1 needs at least %2 vertices")
                                         .arg(v->closed ? tr("polygon") : tr("route"))
                                         .arg(min));
                return true;
            }
            points.erase(points.begin() + vertex);
            setVertices(v->owner, points, 0);
            return true;
        }
        const int edge = edgeAt(*v, scenePos);
        if (edge >= 0) {
            points = core::insertedVertex(points, std::size_t(edge + 1),
                                          view()->snapped(view()->toWork(scenePos)));
            setVertices(v->owner, points, 0);
            return true;
        }
    }
    return false;
}

bool SelectTool::keyPressed(QKeyEvent *event)
{
    PlanDocument *doc = document();
    core::Vec2 d;
    const double step = (view()->snapEnabled() ? view()->snapStep() : 0.1) *
                        ((event->modifiers() & Qt::ShiftModifier) ? 10 : 1);
    switch (event->key()) {
    case Qt::Key_Left:
        d = {-step, 0};
        break;
    case Qt::Key_Right:
        d = {step, 0};
        break;
    case Qt::Key_Up:
        d = {0, step};
        break;
    case Qt::Key_Down:
        d = {0, -step};
        break;
    case Qt::Key_Escape:
        if (mMode == Mode::Idle) {
            doc->setSelection({});
            return true;
        }
        return false;
    default:
        return false;
    }
    if (doc->currentHall().empty() || doc->selection().empty()) return false;
    if (!event->isAutoRepeat() || mKeySession == 0) mKeySession = doc->newMergeSession();
    moveSelectionBy(d, mKeySession);
    return true;
}

void SelectTool::paintOverlay(QPainter *painter)
{
    const PlanPalette &pal = PlanPalette::instance();
    if (mMode == Mode::RubberBand) {
        painter->setPen(pal.selectionThin);
        painter->setBrush(pal.selectionFill);
        painter->drawRect(mRubberBand.normalized());
    }
    if (auto v = editableVertices()) {
        const double s = kHandlePx / view()->pixelsPerMetre();
        painter->setPen(pal.selection);
        painter->setBrush(Qt::white);
        for (const QPointF &p : v->scenePoints)
            painter->drawRect(QRectF(p.x() - s, p.y() - s, 2 * s, 2 * s));
    }
}

} // namespace hw::ui
