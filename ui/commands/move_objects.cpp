// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/commands/move_objects.h"

#include "core/edit/hall_objects.h"
#include "ui/document/plan_document.h"

#include <QCoreApplication>

namespace hw::ui {

namespace {
template <class T> std::vector<std::string> idsOf(const std::vector<T> &v)
{
    std::vector<std::string> out;
    out.reserve(v.size());
    for (const T &o : v)
        out.push_back(o.id);
    return out;
}

QString moveText(const MovedObjects &m)
{
    const std::size_t others = m.cdus.size() + m.obstacles.size();
    if (others == 0)
        return QCoreApplication::translate("MoveObjects", "Move %n rack(s)", nullptr,
                                           int(m.racks.size()));
    return QCoreApplication::translate("MoveObjects", "Move %n object(s)", nullptr,
                                       int(m.racks.size() + others));
}
} // namespace

MoveObjects::MoveObjects(PlanDocument *document, std::string hall, MovedObjects newPositions,
                         int mergeSession, QUndoCommand *parent)
    : ChangeValue<MovedObjects>(document, std::move(newPositions), QString(),
                                CommandId::MoveObjects, mergeSession, parent),
      mHall(std::move(hall)), mRackIds(idsOf(newValue().racks)), mCduIds(idsOf(newValue().cdus)),
      mObstacleIds(idsOf(newValue().obstacles))
{
    setText(moveText(newValue()));
}

MovedObjects MoveObjects::getValue() const
{
    const core::Hall *h = mDocument->plan().hall(mHall);
    if (!h) return {};
    return {core::objectsById<core::Rack>(*h, mRackIds), core::objectsById<core::Cdu>(*h, mCduIds),
            core::objectsById<core::Obstacle>(*h, mObstacleIds)};
}

void MoveObjects::setValue(const MovedObjects &value)
{
    core::Plan &plan = mDocument->planForCommands();
    ChangeEvent event{{}, {mHall}, {}};
    if (!value.racks.empty() && core::replaceObjects(plan, mHall, value.racks).ok())
        event.properties |= ChangeEvent::Racks;
    if (!value.cdus.empty() && core::replaceObjects(plan, mHall, value.cdus).ok())
        event.properties |= ChangeEvent::Cdus;
    if (!value.obstacles.empty() && core::replaceObjects(plan, mHall, value.obstacles).ok())
        event.properties |= ChangeEvent::Obstacles;
    for (const auto *ids : {&mRackIds, &mCduIds, &mObstacleIds})
        event.objects.insert(event.objects.end(), ids->begin(), ids->end());
    mDocument->notify(event);
}

bool MoveObjects::sameTarget(const ChangeValue<MovedObjects> &other) const
{
    const auto *o = dynamic_cast<const MoveObjects *>(&other);
    return o && o->mHall == mHall && o->mRackIds == mRackIds && o->mCduIds == mCduIds &&
           o->mObstacleIds == mObstacleIds;
}

} // namespace hw::ui
