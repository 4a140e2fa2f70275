// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/object_ref.h"

#include <QFlags>

#include <string>
#include <vector>

namespace hw::ui {

/**
 * What an edit changed, in one value (after Tiled's ChangeEvent): a property bitmask, the halls
 * and the objects touched. Listeners repaint or recompute only that: the scene syncs the listed
 * items, the analysis runner re-evaluates the listed halls.
 *
 * Invariant: `halls` names every hall whose content changed; an empty `halls` with `Halls` or
 * `PlanProperties` set means "beyond any one hall" (re-read everything that depends on it).
 * `objects` empty means "any object of the flagged kinds in those halls".
 */
struct ChangeEvent
{
    enum Property : unsigned
    {
        Racks = 1u << 0,
        Feeds = 1u << 1,
        Sources = 1u << 2,
        Loops = 1u << 3,
        Cdus = 1u << 4,
        Obstacles = 1u << 5,
        HallProperties = 1u << 6, ///< name, origin, outline, rules, topology, air, ...
        Halls = 1u << 7,          ///< halls added or removed
        PlanProperties = 1u << 8, ///< plan name, PUE
        Tenants = 1u << 9,        ///< tenants or reservations (reach every hall's figures)
        Scenarios = 1u << 10,     ///< scenarios added, removed or renamed (not the active halls)
        Added = 1u << 16,         ///< objects of the flagged kinds were added
        Removed = 1u << 17,       ///< objects of the flagged kinds were removed
        Everything = 0xffffu,     ///< a new plan (open, new, recover)
    };
    Q_DECLARE_FLAGS(Properties, Property)

    Properties properties;
    std::vector<std::string> halls;
    std::vector<std::string> objects;

    bool touches(Properties p) const { return bool(properties & p); }
    /** A whole new plan. */
    bool everything() const { return properties == Properties(Everything); }
    /** Objects were added or removed (lists changed length), not just edited. */
    bool structural() const { return everything() || touches(Properties(Added) | Removed | Halls); }
    /** Whether the change reached beyond the listed halls. */
    bool global() const
    {
        return everything() || touches(Properties(Halls) | PlanProperties | Tenants);
    }

    static Property propertyFor(core::ObjectKind kind)
    {
        switch (kind) {
        case core::ObjectKind::Hall:
            return HallProperties;
        case core::ObjectKind::Rack:
            return Racks;
        case core::ObjectKind::Feed:
            return Feeds;
        case core::ObjectKind::Source:
            return Sources;
        case core::ObjectKind::Loop:
            return Loops;
        case core::ObjectKind::Cdu:
            return Cdus;
        case core::ObjectKind::Obstacle:
            return Obstacles;
        }
        return Racks;
    }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeEvent::Properties)

} // namespace hw::ui
