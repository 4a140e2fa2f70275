// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/edit/hall_ops.h"

#include <set>
#include <utility>

namespace hw::core {

HallProperties hallProperties(const Hall &h)
{
    return {h.name,  h.origin,         h.outline,    h.floorLoadKgPerM2, h.referenceRackType,
            h.rules, h.power.topology, h.cooling.air};
}

HallProperties swapHallProperties(Hall &h, HallProperties p)
{
    HallProperties old = hallProperties(h);
    h.name = std::move(p.name);
    h.origin = p.origin;
    h.outline = std::move(p.outline);
    h.floorLoadKgPerM2 = p.floorLoadKgPerM2;
    h.referenceRackType = std::move(p.referenceRackType);
    h.rules = std::move(p.rules);
    h.power.topology = std::move(p.topology);
    h.cooling.air = std::move(p.air);
    return old;
}

PlanProperties planProperties(const Plan &plan)
{
    return {plan.name, plan.assumptions.pue};
}

PlanProperties swapPlanProperties(Plan &plan, PlanProperties p)
{
    PlanProperties old = planProperties(plan);
    plan.name = std::move(p.name);
    plan.assumptions.pue = p.pue;
    return old;
}

Status insertHall(Plan &plan, const Indexed<Hall> &h)
{
    if (h.value.id.empty()) return detail::idProblem(ObjectKind::Hall, h.value.id, "is empty");
    if (plan.hall(h.value.id))
        return detail::idProblem(ObjectKind::Hall, h.value.id, "is already in use");
    if (h.index > plan.halls.size())
        return Error("index " + std::to_string(h.index) + " is past the end of the hall list");
    auto check = [&](ObjectKind kind, const auto &list) -> Status {
        for (const auto &o : list) {
            if (idInUse(plan, kind, o.id))
                return detail::idProblem(kind, o.id, "is already in use");
        }
        return Done{};
    };
    for (const Status &s :
         {check(ObjectKind::Rack, h.value.racks), check(ObjectKind::Feed, h.value.power.feeds),
          check(ObjectKind::Source, h.value.power.sources),
          check(ObjectKind::Loop, h.value.cooling.loops),
          check(ObjectKind::Cdu, h.value.cooling.cdus),
          check(ObjectKind::Obstacle, h.value.obstacles)}) {
        if (!s) return s;
    }
    plan.halls.insert(plan.halls.begin() + static_cast<std::ptrdiff_t>(h.index), h.value);
    return Done{};
}

Result<Indexed<Hall>> removeHall(Plan &plan, const std::string &hallId)
{
    for (std::size_t i = 0; i < plan.halls.size(); ++i) {
        if (plan.halls[i].id == hallId) {
            Indexed<Hall> out{i, std::move(plan.halls[i])};
            plan.halls.erase(plan.halls.begin() + static_cast<std::ptrdiff_t>(i));
            return out;
        }
    }
    return detail::hallNotFound(hallId).error();
}

Polyline movedVertex(const Polyline &polygon, std::size_t index, Vec2 to)
{
    Polyline out = polygon;
    if (index < out.size()) out[index] = to;
    return out;
}

Polyline insertedVertex(const Polyline &polygon, std::size_t index, Vec2 at)
{
    Polyline out = polygon;
    out.insert(out.begin() + static_cast<std::ptrdiff_t>(std::min(index, out.size())), at);
    return out;
}

Result<Polyline> removedVertex(const Polyline &polygon, std::size_t index)
{
    if (index >= polygon.size()) return Error("there is no vertex " + std::to_string(index + 1));
    if (polygon.size() <= 3) return Error("a polygon needs at least 3 vertices");
    Polyline out = polygon;
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(index));
    return out;
}

Polyline movedPolyline(const Polyline &polygon, Vec2 delta)
{
    Polyline out = polygon;
    for (Vec2 &v : out)
        v = v + delta;
    return out;
}

Polyline rectangle(Vec2 o, double w, double d)
{
    return {o, {o.x + w, o.y}, {o.x + w, o.y + d}, {o.x, o.y + d}};
}

Dependents dependentsOfRemoval(const Hall &hall, const std::vector<std::string> &feeds,
                               const std::vector<std::string> &sources,
                               const std::vector<std::string> &loops)
{
    const std::set<std::string> goneFeeds(feeds.begin(), feeds.end());
    const std::set<std::string> goneSources(sources.begin(), sources.end());
    const std::set<std::string> goneLoops(loops.begin(), loops.end());
    Dependents d;
    for (const Rack &r : hall.racks) {
        bool touched = false;
        Rack n = r;
        std::vector<std::string> keep;
        for (const std::string &f : r.feeds) {
            if (goneFeeds.count(f))
                touched = true;
            else
                keep.push_back(f);
        }
        n.feeds = std::move(keep);
        if (!r.loop.empty() && goneLoops.count(r.loop)) {
            n.loop.clear();
            touched = true;
        }
        if (touched) d.racks.push_back(std::move(n));
    }
    // Pairs broken by a removed feed.
    std::set<std::string> brokenPairs;
    for (const Feed &f : hall.power.feeds) {
        if (goneFeeds.count(f.id) && !f.pair.empty()) brokenPairs.insert(f.pair);
    }
    for (const Feed &f : hall.power.feeds) {
        if (goneFeeds.count(f.id)) continue;
        Feed n = f;
        bool touched = false;
        if (!f.source.empty() && goneSources.count(f.source)) {
            n.source.clear();
            touched = true;
        }
        if (!f.pair.empty() && brokenPairs.count(f.pair)) {
            n.pair.clear();
            touched = true;
        }
        if (touched) d.feeds.push_back(std::move(n));
    }
    for (const Cdu &c : hall.cooling.cdus) {
        if (goneLoops.count(c.loop)) d.cdus.push_back(c.id);
    }
    return d;
}

} // namespace hw::core
