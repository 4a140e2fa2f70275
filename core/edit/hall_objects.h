// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/object_ref.h"
#include "core/model/hall.h"
#include "core/model/plan.h"
#include "core/model/result.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace hw::core {

/**
 * A value with the index it has (or had) in its list. Removing objects returns them so; inserting
 * them again in ascending index order restores the list exactly, which is what undo needs.
 */
template <class T> struct Indexed
{
    std::size_t index = 0;
    T value;

    friend bool operator==(const Indexed &, const Indexed &) = default;
};

/** The list of a hall that holds objects of type T (racks, feeds, sources, loops, CDUs, obstacles).
 */
template <class T> std::vector<T> &objectsOf(Hall &hall);
template <class T> const std::vector<T> &objectsOf(const Hall &hall)
{
    return objectsOf<T>(const_cast<Hall &>(hall));
}

template <> inline std::vector<Rack> &objectsOf<Rack>(Hall &h)
{
    return h.racks;
}
template <> inline std::vector<Feed> &objectsOf<Feed>(Hall &h)
{
    return h.power.feeds;
}
template <> inline std::vector<Source> &objectsOf<Source>(Hall &h)
{
    return h.power.sources;
}
template <> inline std::vector<Loop> &objectsOf<Loop>(Hall &h)
{
    return h.cooling.loops;
}
template <> inline std::vector<Cdu> &objectsOf<Cdu>(Hall &h)
{
    return h.cooling.cdus;
}
template <> inline std::vector<Obstacle> &objectsOf<Obstacle>(Hall &h)
{
    return h.obstacles;
}

/** The ObjectKind of a hall object type. */
template <class T> constexpr ObjectKind kindOf();
template <> constexpr ObjectKind kindOf<Rack>()
{
    return ObjectKind::Rack;
}
template <> constexpr ObjectKind kindOf<Feed>()
{
    return ObjectKind::Feed;
}
template <> constexpr ObjectKind kindOf<Source>()
{
    return ObjectKind::Source;
}
template <> constexpr ObjectKind kindOf<Loop>()
{
    return ObjectKind::Loop;
}
template <> constexpr ObjectKind kindOf<Cdu>()
{
    return ObjectKind::Cdu;
}
template <> constexpr ObjectKind kindOf<Obstacle>()
{
    return ObjectKind::Obstacle;
}

/** The object with `id` in a hall, or null. Linear: fine for the few objects one edit touches. */
template <class T> const T *findObject(const Hall &hall, const std::string &id)
{
    for (const T &o : objectsOf<T>(hall)) {
        if (o.id == id) return &o;
    }
    return nullptr;
}

/** Whether any hall of the plan holds an object of `kind` with `id` (ids are plan-wide, SPEC §8).
 */
bool idInUse(const Plan &plan, ObjectKind kind, const std::string &id);

/**
 * `count` ids of `kind` not yet used in the plan, of the form `<prefix><number>`, counting on
 * from the highest number already used with that prefix. The number is zero-padded like the
 * existing ids with the prefix (H1-R001 is followed by H1-R002), or to `digits` when there are
 * none.
 */
std::vector<std::string> freshIds(const Plan &plan, ObjectKind kind, const std::string &prefix,
                                  std::size_t count, int digits = 0);

namespace detail {
Status hallNotFound(const std::string &hallId);
Status idProblem(ObjectKind kind, const std::string &id, const char *what);
} // namespace detail

/**
 * Inserts objects at their indices (ascending order; each index counts the objects inserted before
 * it). Refuses, changing nothing, an unknown hall, an index past the end or an id already in use
 * anywhere in the plan.
 */
template <class T>
Status insertObjects(Plan &plan, const std::string &hallId, const std::vector<Indexed<T>> &objects)
{
    Hall *hall = plan.hall(hallId);
    if (!hall) return detail::hallNotFound(hallId);
    std::unordered_set<std::string> fresh;
    std::size_t size = objectsOf<T>(*hall).size();
    for (const Indexed<T> &o : objects) {
        if (o.value.id.empty()) return detail::idProblem(kindOf<T>(), o.value.id, "has no id");
        if (!fresh.insert(o.value.id).second || idInUse(plan, kindOf<T>(), o.value.id))
            return detail::idProblem(kindOf<T>(), o.value.id, "is already in use");
        if (o.index > size)
            return Error("index " + std::to_string(o.index) + " is past the end of the list");
        ++size;
    }
    std::vector<T> &list = objectsOf<T>(*hall);
    for (const Indexed<T> &o : objects)
        list.insert(list.begin() + static_cast<std::ptrdiff_t>(o.index), o.value);
    return Done{};
}

/**
 * Removes the objects with the given ids from a hall and returns them with their indices in
 * ascending order (what insertObjects() needs to put them back). Refuses unknown ids.
 */
template <class T>
Result<std::vector<Indexed<T>>> removeObjects(Plan &plan, const std::string &hallId,
                                              const std::vector<std::string> &ids)
{
    Hall *hall = plan.hall(hallId);
    if (!hall) return detail::hallNotFound(hallId).error();
    std::unordered_set<std::string> wanted(ids.begin(), ids.end());
    std::vector<T> &list = objectsOf<T>(*hall);
    std::vector<Indexed<T>> removed;
    removed.reserve(wanted.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (wanted.count(list[i].id)) removed.push_back({i, list[i]});
    }
    if (removed.size() != wanted.size()) {
        for (const std::string &id : wanted) {
            if (!findObject<T>(*hall, id))
                return detail::idProblem(kindOf<T>(), id, "is not in the hall").error();
        }
    }
    std::size_t out = 0;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (!wanted.count(list[i].id)) {
            if (out != i) list[out] = std::move(list[i]);
            ++out;
        }
    }
    list.resize(out);
    return removed;
}

/**
 * Replaces objects by id with new values (same ids) and returns the old values in the same order,
 * so replacing with those undoes the edit. Refuses unknown ids and values whose id differs.
 */
template <class T>
Result<std::vector<T>> replaceObjects(Plan &plan, const std::string &hallId,
                                      const std::vector<T> &values)
{
    Hall *hall = plan.hall(hallId);
    if (!hall) return detail::hallNotFound(hallId).error();
    std::vector<T> &list = objectsOf<T>(*hall);
    std::unordered_map<std::string, std::size_t> where;
    where.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        where.emplace(values[i].id, i);
    std::vector<std::size_t> slot(values.size(), list.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto it = where.find(list[i].id);
        if (it != where.end()) slot[it->second] = i;
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (slot[i] == list.size())
            return detail::idProblem(kindOf<T>(), values[i].id, "is not in the hall").error();
    }
    std::vector<T> old;
    old.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        old.push_back(std::move(list[slot[i]]));
        list[slot[i]] = values[i];
    }
    return old;
}

/** Copies of the objects with the given ids, in the order of `ids`; unknown ids are skipped. */
template <class T> std::vector<T> objectsById(const Hall &hall, const std::vector<std::string> &ids)
{
    const std::vector<T> &list = objectsOf<T>(hall);
    std::unordered_map<std::string, const T *> index;
    index.reserve(list.size());
    for (const T &o : list)
        index.emplace(o.id, &o);
    std::vector<T> out;
    out.reserve(ids.size());
    for (const std::string &id : ids) {
        auto it = index.find(id);
        if (it != index.end()) out.push_back(*it->second);
    }
    return out;
}

} // namespace hw::core
