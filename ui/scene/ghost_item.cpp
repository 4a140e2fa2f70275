// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/scene/ghost_item.h"

#include "ui/scene/paint_util.h"
#include "ui/scene/plan_palette.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <map>

namespace hw::ui {

GhostItem::GhostItem(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    setZValue(4); // above the floor and obstacles, below racks (none overlap) and previews
    setFlag(ItemIsSelectable, false);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void GhostItem::setGhosts(std::vector<Ghost> ghosts)
{
    prepareGeometryChange();
    mGhosts = std::move(ghosts);
    mGroups.clear();
    mBounds = QRectF();
    std::map<QRgb, std::size_t> byColour;
    for (const Ghost &g : mGhosts) {
        auto [it, fresh] = byColour.emplace(g.colour.rgb(), mGroups.size());
        if (fresh) {
            Group group;
            group.pen = QPen(g.colour.darker(130), 1.5, Qt::DashLine);
            group.pen.setCosmetic(true);
            QColor fill = g.colour;
            fill.setAlpha(40);
            group.fill = QBrush(fill);
            QColor hatch = g.colour;
            hatch.setAlpha(120);
            group.hatch = QBrush(hatch, Qt::BDiagPattern);
            mGroups.push_back(std::move(group));
        }
        mGroups[it->second].rects.append(g.rect);
        mBounds |= g.rect;
    }
    update();
}

QPainterPath GhostItem::shape() const
{
    QPainterPath p;
    for (const Ghost &g : mGhosts)
        p.addRect(g.rect);
    return p;
}

void GhostItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    for (const Group &g : mGroups) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(g.fill);
        painter->drawRects(g.rects);
        if (lod >= 6) {
            // The hatch is a device-pixel pattern: only where a rack is large enough to show it.
            painter->setBrush(g.hatch);
            painter->drawRects(g.rects);
        }
        painter->setPen(g.pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRects(g.rects);
    }
    if (lod > 45) {
        const PlanPalette &pal = PlanPalette::instance();
        const QString reserved = QCoreApplication::translate("GhostItem", "reserved");
        for (const Ghost &g : mGhosts) {
            const bool vertical = g.rect.height() > g.rect.width();
            drawFixedText(painter, g.rect.center(), reserved, pal.smallFont, pal.labelLight,
                          Qt::AlignCenter, vertical);
        }
    }
}

} // namespace hw::ui
