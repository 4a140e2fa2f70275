// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/hall_objects.h"
#include "ui/document/plan_document.h"

#include <QUndoCommand>
#include <QtGlobal>

#include <string>
#include <vector>

namespace hw::ui {

/**
 * Adds objects to a hall or removes them (after Tiled's AddRemoveMapObjects). While it sits on
 * the undo stack the command owns the detached objects: in this value-type model, it stores the
 * removed values with their indices, so undo puts each back where it was.
 */
template <class T, ChangeEvent::Property Property> class AddRemoveHallObjects : public QUndoCommand
{
public:
    enum class Mode
    {
        Add,
        Remove
    };

    /** Adds `objects` at the end of the hall's list. */
    static AddRemoveHallObjects *add(PlanDocument *document, const std::string &hall,
                                     std::vector<T> objects, const QString &text,
                                     QUndoCommand *parent = nullptr)
    {
        const core::Hall *h = document->plan().hall(hall);
        std::size_t index = h ? core::objectsOf<T>(*h).size() : 0;
        std::vector<core::Indexed<T>> indexed;
        for (T &o : objects)
            indexed.push_back({index++, std::move(o)});
        return new AddRemoveHallObjects(document, hall, Mode::Add, std::move(indexed), {}, text,
                                        parent);
    }

    static AddRemoveHallObjects *remove(PlanDocument *document, const std::string &hall,
                                        std::vector<std::string> ids, const QString &text,
                                        QUndoCommand *parent = nullptr)
    {
        return new AddRemoveHallObjects(document, hall, Mode::Remove, {}, std::move(ids), text,
                                        parent);
    }

    void redo() override { mMode == Mode::Add ? insert() : take(); }
    void undo() override { mMode == Mode::Add ? take() : insert(); }

private:
    AddRemoveHallObjects(PlanDocument *document, std::string hall, Mode mode,
                         std::vector<core::Indexed<T>> objects, std::vector<std::string> ids,
                         const QString &text, QUndoCommand *parent)
        : QUndoCommand(text, parent), mDocument(document), mHall(std::move(hall)), mMode(mode),
          mObjects(std::move(objects)), mIds(std::move(ids))
    {
        if (mIds.empty()) {
            for (const auto &o : mObjects)
                mIds.push_back(o.value.id);
        }
    }

    void insert()
    {
        const core::Status s =
            core::insertObjects<T>(mDocument->planForCommands(), mHall, mObjects);
        if (!s.ok()) {
            qWarning("%s", s.error().toString().c_str());
            return;
        }
        mDocument->notify({ChangeEvent::Properties(Property) | ChangeEvent::Added, {mHall}, mIds});
    }

    void take()
    {
        auto removed = core::removeObjects<T>(mDocument->planForCommands(), mHall, mIds);
        if (!removed.ok()) {
            qWarning("%s", removed.error().toString().c_str());
            return;
        }
        mObjects = std::move(removed.value());
        mDocument->notify(
            {ChangeEvent::Properties(Property) | ChangeEvent::Removed, {mHall}, mIds});
    }

    PlanDocument *mDocument;
    std::string mHall;
    Mode mMode;
    std::vector<core::Indexed<T>> mObjects;
    std::vector<std::string> mIds;
};

using AddRemoveRacks = AddRemoveHallObjects<core::Rack, ChangeEvent::Racks>;
using AddRemoveFeeds = AddRemoveHallObjects<core::Feed, ChangeEvent::Feeds>;
using AddRemoveSources = AddRemoveHallObjects<core::Source, ChangeEvent::Sources>;
using AddRemoveLoops = AddRemoveHallObjects<core::Loop, ChangeEvent::Loops>;
using AddRemoveCdus = AddRemoveHallObjects<core::Cdu, ChangeEvent::Cdus>;
using AddRemoveObstacles = AddRemoveHallObjects<core::Obstacle, ChangeEvent::Obstacles>;

} // namespace hw::ui
