// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/render/plan_renderer.h"

#include "core/geometry/footprint.h"
#include "core/io/dxf_export.h"
#include "core/model/resolve.h"
#include "ui/render/render_text.h"
#include "ui/render/tenant_colour.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace hw::ui {

namespace {

QPolygonF toPolygon(const core::Polyline &points, core::Vec2 shift)
{
    QPolygonF p;
    p.reserve(qsizetype(points.size()));
    for (const auto &v : points)
        p << QPointF(v.x + shift.x, v.y + shift.y);
    return p;
}

QRectF toRect(const core::Box &b, core::Vec2 shift)
{
    return QRectF(QPointF(b.minX + shift.x, b.minY + shift.y),
                  QPointF(b.maxX + shift.x, b.maxY + shift.y));
}

/** A pen whose width is given in paper millimetres. */
QPen mmPen(const QColor &colour, double widthMm, double pxPerMm, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(colour, std::max(0.1, widthMm * pxPerMm), style);
    pen.setJoinStyle(Qt::MiterJoin);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

core::Box unite(const core::Box &a, const core::Box &b)
{
    return {std::min(a.minX, b.minX), std::min(a.minY, b.minY), std::max(a.maxX, b.maxX),
            std::max(a.maxY, b.maxY)};
}

constexpr const char *kCategorical[] = {"#4477AA", "#EE6677", "#228833", "#CCBB44",
                                        "#66CCEE", "#AA3377", "#332288", "#DDCC77",
                                        "#117733", "#88CCEE", "#882255", "#44AA99"};
constexpr int kCategoricalCount = int(std::size(kCategorical));
/** Colour groups beyond the base twelve use lighter variants before the colours repeat. */
constexpr int kDistinctColours = 2 * kCategoricalCount;

QColor loopColour(int index)
{
    // Loops take the categorical colours from the other end, darker, so they differ from racks.
    return categoricalColour(kCategoricalCount - 1 - (index % kCategoricalCount)).darker(135);
}

} // namespace

QColor categoricalColour(int index)
{
    const int i = ((index % kDistinctColours) + kDistinctColours) % kDistinctColours;
    const QColor base{QLatin1String(kCategorical[i % kCategoricalCount])};
    return i < kCategoricalCount ? base : base.lighter(145);
}

QColor feedSideColour(bool sideB)
{
    return sideB ? QColor(0xc0, 0x5a, 0x00) : QColor(0x1f, 0x5f, 0xbf);
}

PlanRenderer::PlanRenderer(const core::Plan &plan, const core::Catalog &catalog,
                           const core::EvaluationReport *report, const std::string &hallId)
    : mPlan(plan), mCatalog(catalog), mSite(hallId.empty())
{
    for (const auto &h : plan.halls) {
        if (mSite || h.id == hallId) mHalls.push_back(&h);
    }
    if (report) {
        for (const auto &hr : report->halls) {
            if (!hr.ghosts.empty()) mGhosts[hr.id] = hr.ghosts;
            for (const core::ReservationFit &f : hr.reservations)
                mReservationTenant[f.id] = f.tenant;
            for (const auto &v : hr.violations) {
                if (v.severity == core::Severity::Error)
                    mRacksInError.insert(v.objects.begin(), v.objects.end());
            }
        }
    }

    core::Box all{1e300, 1e300, -1e300, -1e300};
    for (const core::Hall *hall : mHalls) {
        HallStyle &style = mStyles[hall->id];
        for (const auto &rack : hall->racks) {
            std::string name;
            const std::string key = feedGroupKey(*hall, rack, &name);
            if (!key.empty() &&
                style.feedGroupIndex.emplace(key, int(style.feedGroupNames.size())).second)
                style.feedGroupNames.push_back(name);
        }
        for (const auto &loop : hall->cooling.loops)
            style.loopIndex.emplace(loop.id, int(style.loopIndex.size()));
        const core::Vec2 o = mSite ? hall->originOrZero() : core::Vec2{};
        for (const auto &p : hall->outline)
            all = unite(all, {p.x + o.x, p.y + o.y, p.x + o.x, p.y + o.y});
    }
    if (all.minX > all.maxX) all = {0, 0, 10, 10};
    const double size = std::max(all.width(), all.height());
    mDimOffset = std::clamp(size * 0.04, 1.0, 4.0);
    // Room for the dimension lines below and left, and the hall labels above.
    mExtent = QRectF(QPointF(all.minX - 2.0 * mDimOffset, all.minY - 2.0 * mDimOffset),
                     QPointF(all.maxX + 0.5 * mDimOffset, all.maxY + 1.5 * mDimOffset));
}

std::string PlanRenderer::feedGroupKey(const core::Hall &hall, const core::Rack &rack,
                                       std::string *name)
{
    if (rack.feeds.empty()) return {};
    // A 2N rack hangs on one pair; otherwise the set of its feeds is its group.
    std::string pair;
    bool onePair = true;
    for (const auto &feedId : rack.feeds) {
        const auto it = std::find_if(hall.power.feeds.begin(), hall.power.feeds.end(),
                                     [&](const core::Feed &f) { return f.id == feedId; });
        const std::string p = it == hall.power.feeds.end() ? std::string() : it->pair;
        if (p.empty() || (!pair.empty() && p != pair)) onePair = false;
        pair = p;
    }
    if (onePair && !pair.empty()) {
        if (name) *name = pair;
        return "pair:" + pair;
    }
    std::vector<std::string> feeds = rack.feeds;
    std::sort(feeds.begin(), feeds.end());
    std::string key;
    for (const auto &f : feeds)
        key += (key.empty() ? "" : "+") + f;
    if (name) *name = key;
    return "feeds:" + key;
}

QColor PlanRenderer::rackColour(const core::Hall &hall, const core::Rack &rack) const
{
    const auto style = mStyles.find(hall.id);
    const std::string key = feedGroupKey(hall, rack);
    if (style == mStyles.end() || key.empty()) return QColor(0xd0, 0xd0, 0xd0);
    const auto it = style->second.feedGroupIndex.find(key);
    return it == style->second.feedGroupIndex.end() ? QColor(0xd0, 0xd0, 0xd0)
                                                    : categoricalColour(it->second);
}

QTransform PlanRenderer::transformFor(const QRectF &area, double pxPerMetre) const
{
    const QPointF centre = area.center();
    const QPointF middle = mExtent.center();
    // x east → right; y north → up: the only y flip between plan and paper.
    return QTransform(pxPerMetre, 0, 0, -pxPerMetre, centre.x() - middle.x() * pxPerMetre,
                      centre.y() + middle.y() * pxPerMetre);
}

void PlanRenderer::paint(QPainter &painter, const QTransform &toDevice, double pxPerMm,
                         double minTextPx) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (const core::Hall *hall : mHalls)
        paintHall(painter, *hall, toDevice, pxPerMm, minTextPx);
    for (const core::Hall *hall : mHalls)
        paintDimensions(painter, *hall, toDevice, pxPerMm, minTextPx);
    painter.restore();
}

void PlanRenderer::paintHall(QPainter &painter, const core::Hall &hall, const QTransform &t,
                             double pxPerMm, double minTextPx) const
{
    const core::Vec2 o = mSite ? hall.originOrZero() : core::Vec2{};
    const double pxPerMetre = t.m11();
    const HallStyle &style = mStyles.at(hall.id);

    // Floor and walls.
    const QPolygonF outline = t.map(toPolygon(hall.outline, o));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xfb, 0xfb, 0xf8));
    painter.drawPolygon(outline);

    // Obstacles: grey, hatched.
    for (const auto &obstacle : hall.obstacles) {
        const QPolygonF p = t.map(toPolygon(obstacle.polygon, o));
        painter.setPen(mmPen(QColor(70, 70, 70), 0.15, pxPerMm));
        painter.setBrush(QColor(0x9a, 0x9a, 0x9a));
        painter.drawPolygon(p);
        painter.setBrush(QBrush(QColor(60, 60, 60), Qt::BDiagPattern));
        painter.drawPolygon(p);
    }

    painter.setBrush(Qt::NoBrush);
    painter.setPen(mmPen(QColor(40, 40, 40), 0.6, pxPerMm));
    painter.drawPolygon(outline);

    // Liquid loops: a dashed zone around the racks of each loop, and a line from each CDU.
    for (const auto &loop : hall.cooling.loops) {
        core::Box zone{1e300, 1e300, -1e300, -1e300};
        for (const auto &rack : hall.racks) {
            const core::RackType *type = mCatalog.rackType(rack.type);
            if (rack.loop == loop.id && type)
                zone = unite(zone, core::footprint(rack.position, rack.rotation(), type->widthM,
                                                   type->depthM));
        }
        if (zone.minX > zone.maxX) continue;
        zone = zone.grown(0.2);
        const QColor colour = loopColour(style.loopIndex.at(loop.id));
        painter.setPen(mmPen(colour, 0.25, pxPerMm, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(t.map(QPolygonF(toRect(zone, o))));
        for (const auto &cdu : hall.cooling.cdus) {
            if (cdu.loop != loop.id) continue;
            const core::Vec2 c = cdu.position;
            const QPointF from = t.map(QPointF(c.x + o.x, c.y + o.y));
            const QPointF to = t.map(QPointF(std::clamp(c.x, zone.minX, zone.maxX) + o.x,
                                             std::clamp(c.y, zone.minY, zone.maxY) + o.y));
            painter.drawLine(from, to);
        }
        const core::LoopValues v = core::resolveLoop(loop);
        const QString label =
            QString::fromStdString(loop.id) + QLatin1Char(' ') + QString::fromStdString(v.coolant);
        const double h = 0.22 * pxPerMetre;
        if (h >= minTextPx) {
            const QPointF at = t.map(QPointF(zone.minX + o.x + 0.1, zone.maxY + o.y));
            drawTextAt(painter, label, QPointF(at.x(), at.y() - 0.3 * h), h, colour,
                       Qt::AlignLeft | Qt::AlignBottom);
        }
    }

    // CDUs.
    for (const auto &cdu : hall.cooling.cdus) {
        const core::CduValues v = core::resolveCdu(cdu, mCatalog);
        if (!v.widthM || !v.depthM) continue;
        const QRectF r = t.mapRect(
            toRect(core::footprint(cdu.position, cdu.rotation(), *v.widthM, *v.depthM), o));
        painter.setPen(mmPen(QColor(0x0b, 0x4f, 0x6c), 0.25, pxPerMm));
        painter.setBrush(QColor(0x9f, 0xd8, 0xe8));
        painter.drawRect(r);
        drawFittedText(painter, QString::fromStdString(cdu.id), r, QColor(0x0b, 0x3f, 0x56),
                       minTextPx);
    }

    // Racks: filled by feed group, front edge marked, id fitted, red outline when in error.
    for (const auto &rack : hall.racks) {
        const core::RackType *type = mCatalog.rackType(rack.type);
        if (!type) continue;
        const core::Box box =
            core::footprint(rack.position, rack.rotation(), type->widthM, type->depthM);
        const QRectF r = t.mapRect(toRect(box, o));
        painter.setPen(mmPen(QColor(40, 40, 40), 0.12, pxPerMm));
        const QColor fill = rackColour(hall, rack);
        painter.setBrush(fill);
        painter.drawRect(r);
        // The front (cold aisle side) as a heavy line on that edge.
        const core::Vec2 f = core::frontDirection(rack.rotation());
        QLineF front;
        if (f.y > 0)
            front = QLineF(r.topLeft(), r.topRight());
        else if (f.y < 0)
            front = QLineF(r.bottomLeft(), r.bottomRight());
        else if (f.x > 0)
            front = QLineF(r.topRight(), r.bottomRight());
        else
            front = QLineF(r.topLeft(), r.bottomLeft());
        painter.setPen(mmPen(QColor(20, 20, 20), 0.35, pxPerMm));
        painter.drawLine(front);
        if (mRacksInError.count(rack.id)) {
            painter.setPen(mmPen(QColor(0xd0, 0x10, 0x10), 0.45, pxPerMm));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r);
        }
        // Ids in white on dark fills, in black on light ones.
        const double luminance =
            0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
        drawFittedText(painter, QString::fromStdString(rack.id), r,
                       luminance < 0.4 ? QColor(250, 250, 250) : QColor(15, 15, 15), minTextPx);
    }

    paintGhosts(painter, hall, t, pxPerMm, minTextPx);

    // Busways: A and B sides drawn a little apart so that a shared route shows both.
    for (const auto &feed : hall.power.feeds) {
        if (feed.path.size() < 2) continue;
        const bool sideB = core::isFeedSideB(hall, feed);
        QPolygonF path = t.map(toPolygon(feed.path, o));
        const double shift = (sideB ? 0.45 : -0.45) * pxPerMm;
        for (int i = 0; i < path.size(); ++i) {
            const QPointF a = path[std::max(0, i - 1)],
                          b = path[std::min<int>(int(path.size()) - 1, i + 1)];
            const QLineF dir(a, b);
            if (dir.length() > 0) path[i] += QPointF(-dir.dy(), dir.dx()) / dir.length() * shift;
        }
        QPen pen = mmPen(feedSideColour(sideB), 0.5, pxPerMm, sideB ? Qt::DashLine : Qt::SolidLine);
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(path);
    }

    // The hall's name above its outline.
    {
        core::Box b{1e300, 1e300, -1e300, -1e300};
        for (const auto &p : hall.outline)
            b = unite(b, {p.x, p.y, p.x, p.y});
        const double h = std::min(0.6 * mDimOffset, 1.2) * pxPerMetre;
        if (h >= minTextPx) {
            const QString label =
                QString::fromStdString(hall.id) +
                (hall.name.empty() ? QString()
                                   : QStringLiteral("  ") + QString::fromStdString(hall.name));
            const QPointF at = t.map(QPointF(b.minX + o.x, b.maxY + o.y + 0.35 * mDimOffset));
            drawTextAt(painter, label, at, h, QColor(20, 20, 20), Qt::AlignLeft | Qt::AlignBottom,
                       true);
        }
    }
}

void PlanRenderer::paintDimensions(QPainter &painter, const core::Hall &hall, const QTransform &t,
                                   double pxPerMm, double minTextPx) const
{
    if (hall.outline.empty()) return;
    const core::Vec2 o = mSite ? hall.originOrZero() : core::Vec2{};
    core::Box b{1e300, 1e300, -1e300, -1e300};
    for (const auto &p : hall.outline)
        b = unite(b, {p.x + o.x, p.y + o.y, p.x + o.x, p.y + o.y});
    const double pxPerMetre = t.m11();
    const QColor ink(30, 30, 30);
    const QPen line = mmPen(ink, 0.15, pxPerMm);
    const double textPx = std::min(0.45 * mDimOffset * pxPerMetre, 3.5 * pxPerMm);
    const double tick = 1.2 * pxPerMm;

    auto dimension = [&](QPointF a, QPointF bEnd, QPointF offsetDir, double metres) {
        // a, bEnd: the measured points (plan metres); the dimension line lies mDimOffset away.
        const QPointF da = t.map(a), db = t.map(bEnd);
        const QPointF shift = t.map(a + offsetDir * mDimOffset) - da;
        const QPointF la = da + shift, lb = db + shift;
        const QPointF gap =
            shift / std::max(1.0, QLineF(QPointF(), shift).length()) * (0.8 * pxPerMm);
        const QPointF over =
            shift / std::max(1.0, QLineF(QPointF(), shift).length()) * (1.5 * pxPerMm);
        painter.setPen(line);
        painter.drawLine(da + gap, la + over); // extension lines
        painter.drawLine(db + gap, lb + over);
        painter.drawLine(la, lb);
        // Architectural ticks at 45°.
        const QLineF along(la, lb);
        const QPointF u = (lb - la) / std::max(1.0, along.length());
        const QPointF diag = (u + QPointF(-u.y(), u.x())) * (tick / std::sqrt(2.0));
        QPen heavy = mmPen(ink, 0.35, pxPerMm);
        painter.setPen(heavy);
        painter.drawLine(la - diag, la + diag);
        painter.drawLine(lb - diag, lb + diag);
        if (textPx >= minTextPx && textPx > 0) {
            const QString text = QString::number(metres, 'f', 2) + QStringLiteral(" m");
            const QPointF mid = (la + lb) / 2;
            const double angle = std::atan2(lb.y() - la.y(), lb.x() - la.x()) * 180.0 / M_PI;
            painter.save();
            painter.translate(mid);
            painter.rotate(angle > 90 || angle < -90 ? angle + 180 : angle);
            drawTextAt(painter, text, QPointF(0, -0.6 * pxPerMm), textPx, ink,
                       Qt::AlignHCenter | Qt::AlignBottom);
            painter.restore();
        }
    };
    // Overall width below the hall, overall depth to its left.
    dimension(QPointF(b.minX, b.minY), QPointF(b.maxX, b.minY), QPointF(0, -1), b.width());
    dimension(QPointF(b.minX, b.maxY), QPointF(b.minX, b.minY), QPointF(-1, 0), b.height());
}

void PlanRenderer::paintGhosts(QPainter &painter, const core::Hall &hall, const QTransform &t,
                               double pxPerMm, double minTextPx) const
{
    // Reserved racks: a pale wash and a dashed outline in the tenant's colour, the reservation's
    // id inside, so a drawing never shows reserved floor as free.
    const auto it = mGhosts.find(hall.id);
    if (it == mGhosts.end()) return;
    const core::Vec2 o = mSite ? hall.originOrZero() : core::Vec2{};
    for (const core::GhostRack &g : it->second) {
        const core::RackType *type = mCatalog.rackType(g.rack.type);
        if (!type) continue;
        const auto tenant = mReservationTenant.find(g.reservation);
        QColor colour =
            tenant == mReservationTenant.end() ? QColor() : tenantColour(mPlan, tenant->second);
        if (!colour.isValid()) colour = noTenantColour();
        const core::Box box =
            core::footprint(g.rack.position, g.rack.rotation(), type->widthM, type->depthM);
        const QRectF r = t.mapRect(toRect(box, o));
        QColor wash = colour;
        wash.setAlpha(60);
        painter.setBrush(wash);
        painter.setPen(mmPen(colour.darker(130), 0.3, pxPerMm, Qt::DashLine));
        painter.drawRect(r);
        drawFittedText(painter, QString::fromStdString(g.reservation), r, colour.darker(200),
                       minTextPx);
    }
}

std::vector<LegendGroup> PlanRenderer::legend() const
{
    std::vector<LegendGroup> groups;
    constexpr int kMaxEntries = 24;

    LegendGroup racks;
    racks.title = mSite ? QStringLiteral("Racks by feed pair (colours per hall)")
                        : QStringLiteral("Racks by feed pair");
    std::vector<QStringList> names;
    for (const core::Hall *hall : mHalls) {
        const HallStyle &s = mStyles.at(hall->id);
        for (std::size_t i = 0; i < s.feedGroupNames.size(); ++i) {
            const std::size_t slot = mSite ? i % kDistinctColours : i;
            if (names.size() <= slot) names.resize(slot + 1);
            names[slot] << QString::fromStdString(s.feedGroupNames[i]);
        }
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (int(racks.entries.size()) >= kMaxEntries) {
            racks.moreNotShown = int(names.size() - i);
            break;
        }
        QString label = names[i].size() > 3
                            ? names[i].mid(0, 3).join(QStringLiteral(", ")) + QStringLiteral(", …")
                            : names[i].join(QStringLiteral(", "));
        racks.entries.push_back({LegendEntry::Kind::Fill, categoricalColour(int(i)), label});
    }
    racks.entries.push_back(
        {LegendEntry::Kind::Fill, QColor(0xd0, 0xd0, 0xd0), QStringLiteral("not connected")});
    racks.entries.push_back({LegendEntry::Kind::Outline, QColor(0xd0, 0x10, 0x10),
                             QStringLiteral("rack with an error")});
    groups.push_back(racks);

    if (!mGhosts.empty()) {
        LegendGroup reserved;
        reserved.title = QStringLiteral("Reserved capacity (dashed ghost racks)");
        std::set<std::string> shown;
        for (const core::Hall *hall : mHalls) {
            const auto g = mGhosts.find(hall->id);
            if (g == mGhosts.end()) continue;
            for (const core::GhostRack &ghost : g->second) {
                const auto t = mReservationTenant.find(ghost.reservation);
                const std::string id = t == mReservationTenant.end() ? std::string() : t->second;
                if (!shown.insert(id).second) continue;
                const core::Tenant *tenant = nullptr;
                for (const core::Tenant &x : mPlan.tenants)
                    if (x.id == id) tenant = &x;
                QColor colour = tenantColour(mPlan, id);
                if (!colour.isValid()) colour = noTenantColour();
                const QString name =
                    tenant
                        ? QString::fromStdString(tenant->name.empty() ? tenant->id : tenant->name)
                        : QStringLiteral("no tenant");
                reserved.entries.push_back({LegendEntry::Kind::Outline, colour.darker(130),
                                            QStringLiteral("reserved for %1").arg(name)});
            }
        }
        groups.push_back(reserved);
    }

    LegendGroup power;
    power.title = QStringLiteral("Busways and cooling");
    power.entries.push_back(
        {LegendEntry::Kind::Line, feedSideColour(false), QStringLiteral("feed, A side")});
    power.entries.push_back(
        {LegendEntry::Kind::DashedLine, feedSideColour(true), QStringLiteral("feed, B side")});
    power.entries.push_back(
        {LegendEntry::Kind::Fill, QColor(0x9f, 0xd8, 0xe8), QStringLiteral("CDU")});
    power.entries.push_back(
        {LegendEntry::Kind::Fill, QColor(0x9a, 0x9a, 0x9a), QStringLiteral("obstacle")});
    power.entries.push_back(
        {LegendEntry::Kind::Line, QColor(20, 20, 20), QStringLiteral("rack front (cold aisle)")});
    groups.push_back(power);

    LegendGroup loops;
    loops.title = QStringLiteral("Liquid loops (dashed zones)");
    int maxLoops = 0;
    for (const core::Hall *hall : mHalls)
        maxLoops = std::max(maxLoops, int(hall->cooling.loops.size()));
    for (int i = 0; i < std::min(maxLoops, kMaxEntries); ++i) {
        QStringList ids;
        for (const core::Hall *hall : mHalls) {
            if (i < int(hall->cooling.loops.size()))
                ids << QString::fromStdString(hall->cooling.loops[std::size_t(i)].id);
        }
        const QString label = ids.size() > 3
                                  ? ids.mid(0, 3).join(QStringLiteral(", ")) + QStringLiteral(", …")
                                  : ids.join(QStringLiteral(", "));
        loops.entries.push_back({LegendEntry::Kind::DashedLine, loopColour(i), label});
    }
    loops.moreNotShown = std::max(0, maxLoops - kMaxEntries);
    if (!loops.entries.empty()) groups.push_back(loops);
    return groups;
}

} // namespace hw::ui
