// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/failure_analysis.h"

#include <QGraphicsItem>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace hw::ui {

class HallScene;

/**
 * The failure what-if drawn over the plan (issue 6 item 2): racks that lose power dark, racks that
 * must throttle outlined amber with the kW they shed, failed feed routes and CDUs red and
 * crossed. One plain item over the whole site (like the auto-place preview it holds no model
 * state: refresh() rebuilds its shapes from the document and the report). It has no shape, so
 * it never takes a click from the objects under it.
 */
class WhatIfItem : public QGraphicsItem
{
public:
    explicit WhatIfItem(HallScene *scene);

    /**
     * Draws `report` (null: nothing) with `failed` the ids asked to fail; sources fail their
     * feeds, so those feeds are drawn failed too. Call again after the plan changes.
     */
    void setReport(std::shared_ptr<const core::FailureReport> report);
    /** Rebuilds the shapes from the current plan (objects moved, removed, hall opened). */
    void refresh();

    /** What is drawn, for tests: rack ids dark / throttled, feed and CDU ids crossed. */
    const std::set<std::string> &darkRacks() const { return mDarkIds; }
    const std::set<std::string> &throttledRacks() const { return mThrottledIds; }
    const std::set<std::string> &failedFeeds() const { return mFailedFeedIds; }
    const std::set<std::string> &failedCdus() const { return mFailedCduIds; }
    /** The badge text of a throttled rack ("−12.5 kW"), empty when it is not throttled. */
    QString badge(const std::string &rackId) const;

    QRectF boundingRect() const override { return mBounds; }
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Mark
    {
        std::string hall;
        std::string id;
        QRectF rect;
        QString text;
    };
    struct Route
    {
        std::string hall;
        QPolygonF path;
        QString text;
    };

    bool hallShown(const std::string &hall) const;

    HallScene *mScene;
    std::shared_ptr<const core::FailureReport> mReport;
    std::vector<Mark> mDark, mThrottled, mCdus;
    std::vector<Route> mFeeds;
    std::set<std::string> mDarkIds, mThrottledIds, mFailedFeedIds, mFailedCduIds;
    QRectF mBounds;
};

} // namespace hw::ui
