// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QGraphicsItem>

namespace hw::ui {

/** QGraphicsItem::type() values of the plan items, for qgraphicsitem_cast and hit tests. */
enum ItemType
{
    HallItemType = QGraphicsItem::UserType + 1,
    RackItemType,
    CduItemType,
    ObstacleItemType,
    FeedPathItemType,
    OutlineItemType,
    GhostItemType,
};

} // namespace hw::ui
