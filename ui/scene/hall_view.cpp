// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/scene/hall_view.h"

#include "core/engine/report.h"
#include "ui/document/plan_document.h"
#include "ui/scene/coords.h"
#include "ui/scene/hall_scene.h"
#include "ui/scene/plan_palette.h"
#include "ui/tools/abstract_tool.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace hw::ui {

namespace {
constexpr double kMinZoom = 0.05; // pixels per metre: a 20 km site fits a screen
constexpr double kMaxZoom = 600;
const char *const kRackTypeMime = "application/x-hallwright-rack-type";

/** The smallest "nice" length (1, 2, 5 × 10^k metres) at least `min` long. */
double niceLength(double min)
{
    const double e = std::pow(10.0, std::floor(std::log10(std::max(min, 1e-6))));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * e >= min) return m * e;
    }
    return 10 * e;
}

QString metres(double m)
{
    if (m >= 1000) return QStringLiteral("%1 km").arg(m / 1000);
    if (m < 1) return QStringLiteral("%1 cm").arg(std::lround(m * 100));
    return QStringLiteral("%1 m").arg(m);
}
} // namespace

HallView::HallView(HallScene *scene, QWidget *parent) : QGraphicsView(scene, parent), mScene(scene)
{
    setRenderHint(QPainter::Antialiasing, false);
    setRenderHint(QPainter::TextAntialiasing, true);
    setOptimizationFlags(QGraphicsView::DontSavePainterState |
                         QGraphicsView::DontAdjustForAntialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::NoDrag);
    setMouseTracking(true);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(PlanPalette::instance().background);
    setTransform(QTransform::fromScale(10, 10));
    connect(scene, &HallScene::overlayChanged, viewport(), [this] { viewport()->update(); });
    connect(this, &HallView::zoomChanged, scene, &HallScene::setZoom);
    scene->setZoom(pixelsPerMetre());
}

PlanDocument *HallView::document() const
{
    return mScene->document();
}

void HallView::setTool(AbstractTool *tool)
{
    if (mTool == tool) return;
    if (mTool) mTool->deactivate();
    mTool = tool;
    if (mTool) mTool->activate();
    updateCursor();
    viewport()->update();
}

void HallView::updateCursor()
{
    if (mPanning)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (mSpaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->setCursor(mTool ? mTool->cursor() : QCursor(Qt::ArrowCursor));
}

void HallView::zoomBy(double factor, std::optional<QPoint> anchor)
{
    const double current = pixelsPerMetre();
    const double target = std::clamp(current * factor, kMinZoom, kMaxZoom);
    if (target == current) return;
    // Zoom about the cursor (or the given point) so that the point under it stays put.
    QPoint at = anchor ? *anchor : viewport()->mapFromGlobal(QCursor::pos());
    if (!viewport()->rect().contains(at)) at = viewport()->rect().center();
    const QPointF before = mapToScene(at);
    mAutoFit = false;
    const double f = target / current;
    scale(f, f);
    const QPointF after = mapToScene(at);
    centerOn(mapToScene(viewport()->rect().center()) + (before - after));
    Q_EMIT zoomChanged(pixelsPerMetre());
}

void HallView::zoomToRect(const QRectF &rect)
{
    if (rect.isEmpty()) return;
    const QRectF r = rect.adjusted(-rect.width() * 0.04 - 1, -rect.height() * 0.04 - 1,
                                   rect.width() * 0.04 + 1, rect.height() * 0.04 + 1);
    // Fit the plan into what the overlays leave free: below the hall figures (five lines in a
    // hall, three on the site), left of the legend, above the scale bar; centred there.
    const QRect legend = legendBox();
    const int top = mOverlays ? (document()->currentHall().empty() ? 90 : 124) : 20;
    const int right = legend.isEmpty() ? 20 : legend.width() + 24;
    QRect vp = viewport()->rect().adjusted(20, top, -right, mOverlays ? -50 : -20);
    if (vp.width() < 120 || vp.height() < 120) vp = viewport()->rect().adjusted(20, 20, -20, -20);
    double ppm =
        std::min(std::max(vp.width(), 50) / r.width(), std::max(vp.height(), 50) / r.height());
    ppm = std::clamp(ppm, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(ppm, ppm));
    const QPointF shift = QPointF(vp.center() - viewport()->rect().center()) / ppm;
    centerOn(r.center() - shift);
    Q_EMIT zoomChanged(pixelsPerMetre());
}

void HallView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (mAutoFit) zoomToFit();
}

void HallView::zoomToFit()
{
    mAutoFit = true;
    const std::string &hall = document()->currentHall();
    zoomToRect(hall.empty() ? mScene->siteRect() : mScene->hallRect(hall));
}

void HallView::zoomToSelection()
{
    mAutoFit = false;
    const QRectF r = mScene->objectsRect(document()->selection());
    if (r.isEmpty()) return;
    // A single small object: show it with some surroundings.
    const double minSize = 8.0;
    QRectF grown = r;
    if (r.width() < minSize || r.height() < minSize) {
        const QPointF c = r.center();
        grown = QRectF(c - QPointF(minSize / 2, minSize / 2), QSizeF(minSize, minSize)) | r;
    }
    zoomToRect(grown);
}

void HallView::setGridVisible(bool visible)
{
    mGridVisible = visible;
    resetCachedContent();
    viewport()->update();
}

void HallView::setSnap(bool enabled, double stepM)
{
    mSnapEnabled = enabled;
    if (stepM > 0) mSnapStep = stepM;
}

core::Vec2 HallView::snapped(core::Vec2 p) const
{
    return mSnapEnabled ? coords::snap(p, mSnapStep) : p;
}

core::Vec2 HallView::workOrigin() const
{
    const core::Hall *h = document()->hall(document()->currentHall());
    return h ? h->originOrZero() : core::Vec2{};
}

core::Vec2 HallView::toWork(const QPointF &scenePos) const
{
    return coords::sceneToHall(scenePos, workOrigin());
}

QPointF HallView::fromWork(core::Vec2 p) const
{
    return coords::hallToScene(p, workOrigin());
}

void HallView::setOverlaysVisible(bool visible)
{
    mOverlays = visible;
    viewport()->update();
}

void HallView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta.y()), event->position().toPoint());
    event->accept();
}

void HallView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && mSpaceHeld)) {
        mPanning = true;
        mPanLast = event->position().toPoint();
        updateCursor();
        event->accept();
        return;
    }
    if (mTool && mTool->mousePressed(event, mapToScene(event->position().toPoint()))) {
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void HallView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (mPanning) {
        const QPoint d = pos - mPanLast;
        mPanLast = pos;
        mAutoFit = false;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    const QPointF scenePos = mapToScene(pos);
    Q_EMIT cursorMoved(toWork(scenePos));
    if (mTool && mTool->mouseMoved(event, scenePos)) {
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void HallView::mouseReleaseEvent(QMouseEvent *event)
{
    if (mPanning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        mPanning = false;
        updateCursor();
        event->accept();
        return;
    }
    if (mTool && mTool->mouseReleased(event, mapToScene(event->position().toPoint()))) {
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void HallView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (mTool && mTool->mouseDoubleClicked(event, mapToScene(event->position().toPoint()))) {
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void HallView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        mSpaceHeld = true;
        updateCursor();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space) {
        event->accept();
        return;
    }
    if (mTool && mTool->keyPressed(event)) {
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void HallView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        mSpaceHeld = false;
        mPanning = false;
        updateCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void HallView::leaveEvent(QEvent *event)
{
    Q_EMIT cursorLeft();
    if (mTool) mTool->mouseLeft();
    QGraphicsView::leaveEvent(event);
}

void HallView::focusOutEvent(QFocusEvent *event)
{
    mSpaceHeld = false;
    mPanning = false;
    updateCursor();
    QGraphicsView::focusOutEvent(event);
}

void HallView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kRackTypeMime)) &&
        !document()->currentHall().empty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void HallView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kRackTypeMime)) &&
        !document()->currentHall().empty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void HallView::dropEvent(QDropEvent *event)
{
    const QByteArray type = event->mimeData()->data(QLatin1String(kRackTypeMime));
    if (type.isEmpty() || document()->currentHall().empty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT rackTypeDropped(QString::fromUtf8(type),
                           snapped(toWork(mapToScene(event->position().toPoint()))));
}

void HallView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const PlanPalette &pal = PlanPalette::instance();
    painter->fillRect(rect, pal.background);
    if (!mGridVisible) return;
    const double ppm = pixelsPerMetre();
    double minor = niceLength(8.0 / ppm);
    minor = std::max(minor, 0.1);
    const double major =
        minor * 5 * (niceLength(minor) == minor && std::fmod(std::log10(minor), 1.0) == 0 ? 2 : 1);
    const QPointF origin = coords::toScene(workOrigin());
    // Integer device lines in opaque colours: the raster engine's fast path (cosmetic lines with
    // alpha in scene coordinates cost ten times more).
    const QTransform t = painter->worldTransform();
    const QRect device = t.mapRect(rect).toAlignedRect().adjusted(-1, -1, 1, 1);
    auto blend = [&](const QColor &c) {
        const double a = c.alphaF();
        return QColor::fromRgbF(pal.background.redF() * (1 - a) + c.redF() * a,
                                pal.background.greenF() * (1 - a) + c.greenF() * a,
                                pal.background.blueF() * (1 - a) + c.blueF() * a);
    };
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, false);
    auto lines = [&](double step, const QColor &colour) {
        if (step * ppm < 6) return;
        QVector<QLine> v;
        const double x0 = origin.x() + std::floor((rect.left() - origin.x()) / step) * step;
        for (double x = x0; x <= rect.right() + step; x += step) {
            const int px = int(std::lround(t.map(QPointF(x, 0)).x()));
            v.append(QLine(px, device.top(), px, device.bottom()));
        }
        const double y0 = origin.y() + std::floor((rect.top() - origin.y()) / step) * step;
        for (double y = y0; y <= rect.bottom() + step; y += step) {
            const int py = int(std::lround(t.map(QPointF(0, y)).y()));
            v.append(QLine(device.left(), py, device.right(), py));
        }
        painter->setPen(QPen(blend(colour), 1));
        painter->drawLines(v);
    };
    lines(minor, pal.gridMinor);
    lines(major, pal.gridMajor);
    painter->restore();
}

void HallView::drawForeground(QPainter *painter, const QRectF &)
{
    if (mTool) {
        painter->save();
        mTool->paintOverlay(painter);
        painter->restore();
    }
    if (!mOverlays) return;
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, true);
    drawScaleBar(painter);
    drawLegend(painter);
    drawHallInfo(painter);
    painter->restore();
}

void HallView::drawScaleBar(QPainter *painter)
{
    const PlanPalette &pal = PlanPalette::instance();
    const double ppm = pixelsPerMetre();
    const double length = niceLength(90.0 / ppm);
    const int px = int(std::lround(length * ppm));
    const QRect vp = viewport()->rect();
    const QPoint at(16, vp.height() - 22);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 215));
    painter->drawRoundedRect(QRect(at.x() - 8, at.y() - 22, px + 70, 36), 4, 4);
    painter->setBrush(QColor(30, 30, 30));
    painter->drawRect(QRect(at.x(), at.y(), px / 2, 5));
    painter->setBrush(Qt::white);
    painter->setPen(QPen(QColor(30, 30, 30), 1));
    painter->drawRect(QRect(at.x() + px / 2, at.y(), px - px / 2, 5));
    painter->setFont(pal.labelFont);
    painter->setPen(QColor(30, 30, 30));
    painter->drawText(QRect(at.x(), at.y() - 20, px + 60, 18), Qt::AlignLeft | Qt::AlignBottom,
                      QStringLiteral("0"));
    painter->drawText(QRect(at.x() + px - 40, at.y() - 20, 100, 18),
                      Qt::AlignHCenter | Qt::AlignBottom, metres(length));
    // North arrow: plan y is north, up on the screen.
    painter->drawText(QRect(at.x() + px + 20, at.y() - 20, 40, 18), Qt::AlignCenter,
                      QStringLiteral("N ↑"));
}

QRect HallView::legendBox() const
{
    const PlanPalette &pal = PlanPalette::instance();
    const auto entries = mScene->legend();
    if (!mOverlays || (entries.empty() && document()->currentHall().empty())) return {};
    const QString title = tr("Racks by %1").arg(mScene->colourModeName());
    const int rows = std::min<int>(int(entries.size()), 14);
    const QFontMetrics fm(pal.labelFont);
    QFont bold = pal.labelFont;
    bold.setBold(true);
    int width = QFontMetrics(bold).horizontalAdvance(title) + 24;
    for (int i = 0; i < rows; ++i)
        width = std::max(width, fm.horizontalAdvance(entries[std::size_t(i)].label) + 44);
    const QString none =
        document()->currentHall().empty() ? tr("open a hall to see its legend") : tr("no racks");
    if (entries.empty()) width = std::max(width, fm.horizontalAdvance(none) + 24);
    width = std::min(width, 420);
    const int lineH = 18;
    const int height = 28 + rows * lineH + (int(entries.size()) > rows ? lineH : 0) +
                       (entries.empty() ? lineH : 0);
    return QRect(viewport()->width() - width - 12, 12, width, height);
}

void HallView::drawLegend(QPainter *painter)
{
    const PlanPalette &pal = PlanPalette::instance();
    const auto entries = mScene->legend();
    // On the site, pair and loop colours repeat per hall: no legend until a hall is open.
    const QRect box = legendBox();
    if (box.isEmpty()) return;
    const QString title = tr("Racks by %1").arg(mScene->colourModeName());
    const int rows = std::min<int>(int(entries.size()), 14);
    const QFontMetrics fm(pal.labelFont);
    QFont bold = pal.labelFont;
    bold.setBold(true);
    const QString none =
        document()->currentHall().empty() ? tr("open a hall to see its legend") : tr("no racks");
    const int width = box.width();
    const int lineH = 18;
    painter->setPen(QColor(0, 0, 0, 60));
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRoundedRect(box, 5, 5);
    painter->setFont(bold);
    painter->setPen(QColor(25, 25, 25));
    painter->drawText(box.adjusted(10, 6, -8, 0), Qt::AlignLeft | Qt::AlignTop,
                      fm.elidedText(title, Qt::ElideRight, width - 16));
    painter->setFont(pal.labelFont);
    int y = box.top() + 28;
    if (entries.empty()) {
        painter->setPen(QColor(90, 90, 90));
        painter->drawText(QRect(box.left() + 10, y, width - 16, lineH), Qt::AlignVCenter, none);
    }
    for (int i = 0; i < rows; ++i, y += lineH) {
        const LegendEntry &e = entries[std::size_t(i)];
        painter->setPen(QColor(40, 40, 40));
        if (e.custom.isValid())
            painter->setBrush(e.custom);
        else
            painter->setBrush(pal.rackBrushes[e.colour]);
        painter->drawRect(QRect(box.left() + 10, y + 3, 20, 12));
        painter->drawText(QRect(box.left() + 36, y, width - 44, lineH),
                          Qt::AlignVCenter | Qt::AlignLeft,
                          fm.elidedText(e.label, Qt::ElideRight, width - 44));
    }
    if (int(entries.size()) > rows) {
        painter->setPen(QColor(90, 90, 90));
        painter->drawText(QRect(box.left() + 10, y, width - 16, lineH), Qt::AlignVCenter,
                          tr("… and %n more", nullptr, int(entries.size()) - rows));
    }
}

void HallView::drawHallInfo(QPainter *painter)
{
    const PlanPalette &pal = PlanPalette::instance();
    const std::string &hallId = document()->currentHall();
    QStringList lines;
    QString title;
    bool alarm = false;
    if (hallId.empty()) {
        title = tr("Site overview · %1").arg(QString::fromStdString(document()->plan().name));
        lines << tr("Double-click a hall to edit it.");
        double worst = -1;
        QString worstHall;
        for (const auto &h : document()->plan().halls) {
            const double w = mScene->worstN1(h.id);
            if (w > worst) {
                worst = w;
                worstHall = QString::fromStdString(h.id);
            }
        }
        if (worst >= 0) {
            lines << tr("Worst N-1 of the site: %1 % in %2")
                         .arg(std::lround(worst * 100))
                         .arg(worstHall);
            alarm = worst > 1.0;
        }
    } else {
        const core::Hall *h = document()->hall(hallId);
        if (!h) return;
        title = QString::fromStdString(h->name.empty() ? h->id : h->id + " · " + h->name);
        const core::HallReport *r = mScene->hallReport(hallId);
        const QString n1 = mScene->worstN1Text(hallId);
        if (!r) {
            lines << tr("Checking…");
        } else {
            lines << tr("%n rack(s), %1 MW IT", nullptr, r->metrics.rackCount)
                         .arg(QLocale().toString(r->metrics.itKw / 1000, 'f', 2));
            lines << (n1.isEmpty() ? tr("Worst N-1: no feeds") : n1);
            double worstLoop = -1;
            QString loopId;
            for (const auto &l : r->loops) {
                if (l.utilization > worstLoop) {
                    worstLoop = l.utilization;
                    loopId = QString::fromStdString(l.id);
                }
            }
            if (worstLoop >= 0)
                lines << tr("Worst loop (N+k): %1 at %2 %")
                             .arg(loopId)
                             .arg(std::lround(worstLoop * 100));
            lines << tr("%n error(s), ", nullptr, r->errors) +
                         tr("%n warning(s)", nullptr, r->warnings);
            alarm = r->errors > 0 || mScene->worstN1(hallId) > 1.0;
        }
    }
    const QFontMetrics fm(pal.labelFont);
    const QFontMetrics tfm(pal.titleFont);
    int width = tfm.horizontalAdvance(title) + 20;
    for (const QString &l : lines)
        width = std::max(width, fm.horizontalAdvance(l) + 20);
    const int height = 30 + int(lines.size()) * 17;
    const QRect box(12, 12, width, height);
    painter->setPen(alarm ? QPen(QColor(0xd0, 0x20, 0x20), 2) : QPen(QColor(0, 0, 0, 60)));
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRoundedRect(box, 5, 5);
    painter->setFont(pal.titleFont);
    painter->setPen(QColor(20, 20, 20));
    painter->drawText(box.adjusted(10, 6, -8, 0), Qt::AlignLeft | Qt::AlignTop, title);
    painter->setFont(pal.labelFont);
    int y = box.top() + 27;
    for (const QString &l : lines) {
        const bool bad = l.contains(QLatin1String("error")) && !l.startsWith(QLatin1String("0 "));
        painter->setPen(bad ? QColor(0xc0, 0x10, 0x10) : QColor(50, 50, 50));
        painter->drawText(QRect(box.left() + 10, y, width - 14, 17),
                          Qt::AlignLeft | Qt::AlignVCenter, l);
        y += 17;
    }
}

} // namespace hw::ui
