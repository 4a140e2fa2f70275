// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/geometry/footprint.h"
#include "core/model/vec2.h"

#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <cmath>

/**
 * The only converter between plan coordinates and the screen (STYLE; SPEC §1). Plan: metres, x
 * east, y north. Scene: one unit per metre, x right, y down, so y flips here and nowhere else.
 * Items of a hall are children of its HallItem, which stands at the hall's origin: their local
 * coordinates are the hall's own coordinates, flipped.
 */
namespace hw::ui::coords {

inline QPointF toScene(core::Vec2 p)
{
    return {p.x, -p.y};
}
inline core::Vec2 toPlan(const QPointF &p)
{
    return {p.x(), -p.y()};
}

inline QRectF toScene(const core::Box &b)
{
    return QRectF(QPointF(b.minX, -b.maxY), QPointF(b.maxX, -b.minY));
}
inline core::Box toPlan(const QRectF &r)
{
    const QRectF n = r.normalized();
    return {n.left(), -n.bottom(), n.right(), -n.top()};
}

template <class Points> QPolygonF toScene(const Points &points)
{
    QPolygonF out;
    out.reserve(int(points.size()));
    for (const core::Vec2 &p : points)
        out.append(toScene(p));
    return out;
}

/** A scene point as a point in the coordinates of the hall whose origin is `origin`. */
inline core::Vec2 sceneToHall(const QPointF &scene, core::Vec2 origin)
{
    return toPlan(scene) - origin;
}
inline QPointF hallToScene(core::Vec2 local, core::Vec2 origin)
{
    return toScene(local + origin);
}

/** `v` rounded to the nearest multiple of `step` (no snapping for step <= 0). */
inline double snap(double v, double step)
{
    if (!(step > 0)) return v;
    return std::round(v / step) * step;
}
inline core::Vec2 snap(core::Vec2 p, double step)
{
    return {snap(p.x, step), snap(p.y, step)};
}

} // namespace hw::ui::coords
