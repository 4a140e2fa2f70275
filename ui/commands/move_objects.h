// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/hall.h"
#include "ui/commands/change_value.h"

#include <string>
#include <vector>

namespace hw::ui {

/** Positions of what a move touches in one hall: racks, CDUs and obstacles (whole values). */
struct MovedObjects
{
    std::vector<core::Rack> racks;
    std::vector<core::Cdu> cdus;
    std::vector<core::Obstacle> obstacles;

    friend bool operator==(const MovedObjects &, const MovedObjects &) = default;
};

/**
 * Moves racks, CDUs and obstacles of one hall. The select tool pushes one on every mouse move of
 * a drag with the drag's merge session, so the model is the truth during the drag and the whole
 * drag undoes in one step (STYLE "How an edit flows").
 */
class MoveObjects : public ChangeValue<MovedObjects>
{
public:
    MoveObjects(PlanDocument *document, std::string hall, MovedObjects newPositions,
                int mergeSession, QUndoCommand *parent = nullptr);

protected:
    MovedObjects getValue() const override;
    void setValue(const MovedObjects &value) override;
    bool sameTarget(const ChangeValue<MovedObjects> &other) const override;

private:
    std::string mHall;
    std::vector<std::string> mRackIds, mCduIds, mObstacleIds;
};

} // namespace hw::ui
