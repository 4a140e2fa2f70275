// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/edit/hall_objects.h"

#include <cstdio>

namespace hw::core {

const char *objectKindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Hall:
        return "hall";
    case ObjectKind::Rack:
        return "rack";
    case ObjectKind::Feed:
        return "feed";
    case ObjectKind::Source:
        return "source";
    case ObjectKind::Loop:
        return "loop";
    case ObjectKind::Cdu:
        return "CDU";
    case ObjectKind::Obstacle:
        return "obstacle";
    }
    return "object";
}

namespace {

template <class T> bool inAnyHall(const Plan &plan, const std::string &id)
{
    for (const Hall &h : plan.halls) {
        if (findObject<T>(h, id)) return true;
    }
    return false;
}

template <class F> void forEachId(const Plan &plan, ObjectKind kind, F &&f)
{
    for (const Hall &h : plan.halls) {
        switch (kind) {
        case ObjectKind::Hall:
            f(h.id);
            break;
        case ObjectKind::Rack:
            for (const auto &o : h.racks)
                f(o.id);
            break;
        case ObjectKind::Feed:
            for (const auto &o : h.power.feeds)
                f(o.id);
            break;
        case ObjectKind::Source:
            for (const auto &o : h.power.sources)
                f(o.id);
            break;
        case ObjectKind::Loop:
            for (const auto &o : h.cooling.loops)
                f(o.id);
            break;
        case ObjectKind::Cdu:
            for (const auto &o : h.cooling.cdus)
                f(o.id);
            break;
        case ObjectKind::Obstacle:
            for (const auto &o : h.obstacles)
                f(o.id);
            break;
        }
    }
}

} // namespace

bool idInUse(const Plan &plan, ObjectKind kind, const std::string &id)
{
    switch (kind) {
    case ObjectKind::Hall:
        return plan.hall(id) != nullptr;
    case ObjectKind::Rack:
        return inAnyHall<Rack>(plan, id);
    case ObjectKind::Feed:
        return inAnyHall<Feed>(plan, id);
    case ObjectKind::Source:
        return inAnyHall<Source>(plan, id);
    case ObjectKind::Loop:
        return inAnyHall<Loop>(plan, id);
    case ObjectKind::Cdu:
        return inAnyHall<Cdu>(plan, id);
    case ObjectKind::Obstacle:
        return inAnyHall<Obstacle>(plan, id);
    }
    return false;
}

std::vector<std::string> freshIds(const Plan &plan, ObjectKind kind, const std::string &prefix,
                                  std::size_t count, int digits)
{
    long long highest = 0;
    int width = 0; // of the existing numbers with the prefix
    std::unordered_set<std::string> used;
    forEachId(plan, kind, [&](const std::string &id) {
        used.insert(id);
        if (id.size() <= prefix.size() || id.compare(0, prefix.size(), prefix) != 0) return;
        long long n = 0;
        for (std::size_t i = prefix.size(); i < id.size(); ++i) {
            const char c = id[i];
            if (c < '0' || c > '9' || n > 100000000000LL) return;
            n = n * 10 + (c - '0');
        }
        highest = std::max(highest, n);
        width = std::max(width, static_cast<int>(id.size() - prefix.size()));
    });
    if (width > 0) digits = width;
    std::vector<std::string> out;
    out.reserve(count);
    long long n = highest;
    while (out.size() < count) {
        ++n;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%0*lld", digits, n);
        std::string id = prefix + buf;
        if (!used.count(id)) out.push_back(std::move(id));
    }
    return out;
}

namespace detail {

Status hallNotFound(const std::string &hallId)
{
    return Error("no hall \"" + hallId + "\"");
}

Status idProblem(ObjectKind kind, const std::string &id, const char *what)
{
    return Error(std::string("the ") + objectKindName(kind) + " id \"" + id + "\" " + what);
}

} // namespace detail

} // namespace hw::core
