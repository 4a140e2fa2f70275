// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/scene/what_if_item.h"

#include "core/geometry/footprint.h"
#include "core/model/resolve.h"
#include "ui/document/plan_document.h"
#include "ui/scene/coords.h"
#include "ui/scene/hall_item.h"
#include "ui/scene/hall_scene.h"
#include "ui/scene/paint_util.h"
#include "ui/scene/plan_palette.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <unordered_map>

namespace hw::ui {

namespace {

/** The what-if's own pens and brushes, made once (paint() constructs none). */
struct WhatIfStyle
{
    QBrush dark{QColor(22, 24, 28, 235)};
    QPen darkOutline;
    QBrush throttle{QColor(255, 165, 0, 110)};
    QPen throttleOutline;
    QPen throttleText;
    QPen failed;
    QPen failedText;
    QBrush failedFill{QColor(236, 170, 170, 235)}; // covers the loop figure of a working CDU

    WhatIfStyle()
    {
        auto cosmetic = [](const QColor &c, qreal w) {
            QPen p(c, w);
            p.setCosmetic(true);
            return p;
        };
        darkOutline = cosmetic(QColor(90, 90, 96), 1);
        throttleOutline = cosmetic(QColor(0xe0, 0x7b, 0x00), 2.5);
        throttleText = QPen(QColor(0x8a, 0x45, 0x00));
        failed = cosmetic(QColor(0xd6, 0x27, 0x28), 4);
        failed.setCapStyle(Qt::RoundCap);
        failedText = QPen(QColor(0xb0, 0x10, 0x10));
    }
    static const WhatIfStyle &instance()
    {
        static const WhatIfStyle style;
        return style;
    }
};

QString tr(const char *text)
{
    return QCoreApplication::translate("WhatIfItem", text);
}

} // namespace

WhatIfItem::WhatIfItem(HallScene *scene) : mScene(scene)
{
    setZValue(20);
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemIsSelectable, false);
    setFlag(ItemHasNoContents, false);
}

void WhatIfItem::setReport(std::shared_ptr<const core::FailureReport> report)
{
    mReport = std::move(report);
    refresh();
}

QString WhatIfItem::badge(const std::string &rackId) const
{
    for (const Mark &m : mThrottled) {
        if (m.id == rackId) return m.text;
    }
    return {};
}

void WhatIfItem::refresh()
{
    prepareGeometryChange();
    mDark.clear();
    mThrottled.clear();
    mCdus.clear();
    mFeeds.clear();
    mDarkIds.clear();
    mThrottledIds.clear();
    mFailedFeedIds.clear();
    mFailedCduIds.clear();
    mBounds = {};
    if (!mReport) {
        update();
        return;
    }
    const PlanDocument *doc = mScene->document();
    const core::Catalog &catalog = doc->catalog();
    const std::set<std::string> failed(mReport->failed.begin(), mReport->failed.end());
    const QLocale locale;
    for (const core::HallFailureReport &hr : mReport->halls) {
        const core::Hall *hall = doc->hall(hr.id);
        if (!hall) continue;
        const core::Vec2 origin = hall->originOrZero();
        std::unordered_map<std::string, const core::Rack *> racks;
        for (const core::Rack &r : hall->racks)
            racks.emplace(r.id, &r);
        auto rackRect = [&](const core::Rack &r) {
            const core::RackType *t = catalog.rackType(r.type);
            return coords::toScene(core::footprint(r.position + origin, r.rotation(),
                                                   t ? t->widthM : 0.6, t ? t->depthM : 1.2));
        };
        for (const std::string &id : hr.racksDown) {
            auto it = racks.find(id);
            if (it == racks.end()) continue;
            mDark.push_back({hr.id, id, rackRect(*it->second), {}});
            mDarkIds.insert(id);
        }
        for (const core::ThrottledRack &t : hr.throttled) {
            auto it = racks.find(t.rack);
            if (it == racks.end()) continue;
            mThrottled.push_back({hr.id, t.rack, rackRect(*it->second),
                                  QStringLiteral("−%1 kW").arg(locale.toString(
                                      t.throttleKw, 'f', t.throttleKw < 10 ? 1 : 0))});
            mThrottledIds.insert(t.rack);
        }
        for (const core::Feed &f : hall->power.feeds) {
            const bool down = failed.count(f.id) || (!f.source.empty() && failed.count(f.source));
            if (!down || f.path.size() < 2) continue;
            QPolygonF path;
            for (const core::Vec2 &p : f.path)
                path.append(coords::toScene(p + origin));
            const QString why =
                failed.count(f.id)
                    ? tr("%1 failed").arg(QString::fromStdString(f.id))
                    : tr("%1 failed (source %2)")
                          .arg(QString::fromStdString(f.id), QString::fromStdString(f.source));
            mFeeds.push_back({hr.id, path, QStringLiteral("✕ ") + why});
            mFailedFeedIds.insert(f.id);
        }
        for (const core::Cdu &c : hall->cooling.cdus) {
            if (!failed.count(c.id)) continue;
            const core::CduValues v = core::resolveCdu(c, catalog);
            const QRectF rect = coords::toScene(core::footprint(
                c.position + origin, c.rotation(), v.widthM.value_or(1.2), v.depthM.value_or(1.2)));
            mCdus.push_back({hr.id, c.id, rect, tr("%1 failed").arg(QString::fromStdString(c.id))});
            mFailedCduIds.insert(c.id);
        }
    }
    for (const auto *list : {&mDark, &mThrottled, &mCdus}) {
        for (const Mark &m : *list)
            mBounds |= m.rect;
    }
    for (const Route &r : mFeeds)
        mBounds |= r.path.boundingRect();
    // Labels are drawn at a fixed pixel size around the shapes: leave them room.
    if (!mBounds.isNull()) mBounds.adjust(-6, -6, 6, 6);
    update();
}

bool WhatIfItem::hallShown(const std::string &hall) const
{
    const HallItem *item = mScene->hallItem(hall);
    return item && item->isVisible();
}

void WhatIfItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const WhatIfStyle &st = WhatIfStyle::instance();
    const PlanPalette &pal = PlanPalette::instance();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setPen(lod < 6 ? QPen(Qt::NoPen) : st.darkOutline);
    painter->setBrush(st.dark);
    for (const Mark &m : mDark) {
        if (hallShown(m.hall) && !mScene->rackFilteredOut(m.hall, m.id)) painter->drawRect(m.rect);
    }
    painter->setPen(st.throttleOutline);
    painter->setBrush(st.throttle);
    for (const Mark &m : mThrottled) {
        if (hallShown(m.hall) && !mScene->rackFilteredOut(m.hall, m.id)) painter->drawRect(m.rect);
    }
    painter->setPen(st.failed);
    painter->setBrush(st.failedFill);
    for (const Mark &m : mCdus) {
        if (!hallShown(m.hall)) continue;
        painter->drawRect(m.rect);
        painter->drawLine(m.rect.topLeft(), m.rect.bottomRight());
        painter->drawLine(m.rect.topRight(), m.rect.bottomLeft());
    }
    painter->setBrush(Qt::NoBrush);
    for (const Route &r : mFeeds) {
        if (hallShown(r.hall)) painter->drawPolyline(r.path);
    }
    // Text last, so no shape covers a label.
    if (lod > 22) {
        for (const Mark &m : mThrottled) {
            if (!hallShown(m.hall) || mScene->rackFilteredOut(m.hall, m.id)) continue;
            const bool vertical = m.rect.height() > m.rect.width() && lod < 60;
            drawFixedText(painter, m.rect.center(), m.text, pal.smallFont, st.throttleText,
                          Qt::AlignCenter, vertical, &pal.labelBackground);
        }
    }
    if (lod > 4) {
        // Neighbours (CDUs side by side, the two feeds of a pair) alternate below and above,
        // so that their labels do not cover each other.
        for (std::size_t i = 0; i < mCdus.size(); ++i) {
            const Mark &m = mCdus[i];
            if (!hallShown(m.hall)) continue;
            const bool below = i % 2 == 0;
            drawFixedText(painter,
                          QPointF(m.rect.center().x(), below ? m.rect.bottom() : m.rect.top()),
                          QStringLiteral("✕ ") + m.text, pal.smallFont, st.failedText,
                          Qt::AlignHCenter | (below ? Qt::AlignTop : Qt::AlignBottom), false,
                          &pal.labelBackground);
        }
        for (std::size_t i = 0; i < mFeeds.size(); ++i) {
            const Route &r = mFeeds[i];
            if (!hallShown(r.hall) || r.path.size() < 2) continue;
            // On the first segment, away from the N-1 label at the route's middle.
            const QPointF at = QLineF(r.path[0], r.path[1]).pointAt(i % 2 == 0 ? 0.3 : 0.7);
            drawFixedText(painter, at, r.text, pal.smallFont, st.failedText,
                          Qt::AlignHCenter | (i % 2 == 0 ? Qt::AlignBottom : Qt::AlignTop), false,
                          &pal.labelBackground);
        }
    }
}

} // namespace hw::ui
