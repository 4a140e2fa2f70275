// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

namespace hw::ui {

/** QUndoCommand::id() values of the commands that merge (a drag is one undo step). */
enum class CommandId
{
    MoveObjects = 1,
    ChangeRacks,
    ChangeFeeds,
    ChangeSources,
    ChangeLoops,
    ChangeCdus,
    ChangeObstacles,
    ChangeHallProperties,
    ChangePlanProperties,
    ChangeTenant,
    ChangeReservation,
};

} // namespace hw::ui
