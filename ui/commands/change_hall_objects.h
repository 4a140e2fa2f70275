// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/hall_objects.h"
#include "ui/commands/change_value.h"
#include "ui/document/plan_document.h"

#include <QtGlobal>

#include <string>
#include <vector>

namespace hw::ui {

/**
 * Replaces objects of one hall (racks, feeds, sources, loops, CDUs or obstacles) by new values with
 * the same ids: property edits, rotation, connecting racks, vertex drags. Storing whole values
 * makes any such edit undo exactly, whatever fields it touched.
 */
template <class T, CommandId Id, ChangeEvent::Property Property>
class ChangeHallObjects : public ChangeValue<std::vector<T>>
{
public:
    ChangeHallObjects(PlanDocument *document, std::string hall, std::vector<T> newValues,
                      const QString &text, int mergeSession = 0, QUndoCommand *parent = nullptr)
        : ChangeValue<std::vector<T>>(document, std::move(newValues), text, Id, mergeSession,
                                      parent),
          mHall(std::move(hall))
    {
        for (const T &o : this->newValue())
            mIds.push_back(o.id);
    }

    const std::string &hall() const { return mHall; }

protected:
    std::vector<T> getValue() const override
    {
        const core::Hall *h = this->mDocument->plan().hall(mHall);
        return h ? core::objectsById<T>(*h, mIds) : std::vector<T>{};
    }

    void setValue(const std::vector<T> &value) override
    {
        auto result = core::replaceObjects<T>(this->mDocument->planForCommands(), mHall, value);
        if (!result.ok()) {
            qWarning("%s", result.error().toString().c_str());
            return;
        }
        this->mDocument->notify({Property, {mHall}, mIds});
    }

    bool sameTarget(const ChangeValue<std::vector<T>> &other) const override
    {
        const auto *o = dynamic_cast<const ChangeHallObjects *>(&other);
        return o && o->mHall == mHall && o->mIds == mIds;
    }

private:
    std::string mHall;
    std::vector<std::string> mIds;
};

using ChangeRacks = ChangeHallObjects<core::Rack, CommandId::ChangeRacks, ChangeEvent::Racks>;
using ChangeFeeds = ChangeHallObjects<core::Feed, CommandId::ChangeFeeds, ChangeEvent::Feeds>;
using ChangeSources =
    ChangeHallObjects<core::Source, CommandId::ChangeSources, ChangeEvent::Sources>;
using ChangeLoops = ChangeHallObjects<core::Loop, CommandId::ChangeLoops, ChangeEvent::Loops>;
using ChangeCdus = ChangeHallObjects<core::Cdu, CommandId::ChangeCdus, ChangeEvent::Cdus>;
using ChangeObstacles =
    ChangeHallObjects<core::Obstacle, CommandId::ChangeObstacles, ChangeEvent::Obstacles>;

} // namespace hw::ui
