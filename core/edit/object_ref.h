// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <string>

namespace hw::core {

/** The kinds of plan objects an editor can select and edit. */
enum class ObjectKind
{
    Hall,
    Rack,
    Feed,
    Source,
    Loop,
    Cdu,
    Obstacle
};

/** The plan-file name of a kind in the singular ("rack", "feed", ...), for messages. */
const char *objectKindName(ObjectKind kind);

/**
 * Names one object of a plan: its kind, the hall it belongs to and its id. Ids are unique
 * plan-wide per kind (SPEC §8), so `hall` is redundant for lookups but saves a search over
 * every hall; for a Hall both are the hall's id.
 */
struct ObjectRef
{
    ObjectKind kind = ObjectKind::Rack;
    std::string hall;
    std::string id;

    friend bool operator==(const ObjectRef &, const ObjectRef &) = default;
    friend auto operator<=>(const ObjectRef &, const ObjectRef &) = default;
};

} // namespace hw::core
