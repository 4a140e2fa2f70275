// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/hall_inputs.h"

#include <algorithm>
#include <unordered_map>

namespace hw::core {

namespace {

template<class T, class IdOf>
int indexOf(const std::vector<T> &items, const std::string &id, IdOf idOf)
{
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (idOf(items[i]) == id)
            return static_cast<int>(i);
    }
    return HallInputs::kNone;
}

} // namespace

HallInputs HallInputs::build(const Hall &hall, const Catalog &catalog)
{
    HallInputs in;
    in.hall = &hall;
    in.topology = resolveTopology(hall.power);

    std::unordered_map<std::string, int> sourceIdx, feedIdx, loopIdx;
    for (const Source &s : hall.power.sources) {
        sourceIdx.emplace(s.id, static_cast<int>(in.sources.size()));
        in.sources.push_back({&s, {}});
    }
    std::unordered_map<std::string, std::vector<int>> pairs;
    for (const Feed &f : hall.power.feeds) {
        const int i = static_cast<int>(in.feeds.size());
        feedIdx.emplace(f.id, i);
        const FeedValues v = resolveFeed(f, catalog);
        FeedIn fi;
        fi.feed = &f;
        fi.capacityKw = v.usableKw().value_or(0.0);
        fi.reachM = v.reachM;
        if (auto it = sourceIdx.find(f.source); it != sourceIdx.end()) {
            fi.source = it->second;
            in.sources[static_cast<std::size_t>(it->second)].feeds.push_back(i);
        }
        if (!f.pair.empty())
            pairs[f.pair].push_back(i);
        in.feeds.push_back(fi);
    }
    for (const auto &[name, members] : pairs) {
        if (members.size() == 2) {
            in.feeds[static_cast<std::size_t>(members[0])].partner = members[1];
            in.feeds[static_cast<std::size_t>(members[1])].partner = members[0];
        }
    }
    for (const Loop &l : hall.cooling.loops) {
        loopIdx.emplace(l.id, static_cast<int>(in.loops.size()));
        LoopIn li;
        li.loop = &l;
        li.values = resolveLoop(l);
        if (const Coolant *c = catalog.coolant(li.values.coolant))
            li.coolant = {c->densityKgPerL, c->cpKjPerKgK};
        in.loops.push_back(li);
    }
    for (const Cdu &c : hall.cooling.cdus) {
        CduIn ci;
        ci.cdu = &c;
        ci.values = resolveCdu(c, catalog);
        if (auto it = loopIdx.find(c.loop); it != loopIdx.end()) {
            ci.loop = it->second;
            in.loops[static_cast<std::size_t>(it->second)].cdus.push_back(
                static_cast<int>(in.cdus.size()));
        }
        in.cdus.push_back(ci);
    }
    in.racks.reserve(hall.racks.size());
    for (const Rack &r : hall.racks) {
        RackIn ri;
        ri.rack = &r;
        ri.type = catalog.rackType(r.type);
        if (ri.type) {
            ri.planningKw = planningKw(r, *ri.type);
            ri.typicalKw = core::typicalKw(r, *ri.type);
            ri.liquidFraction = ri.type->liquidShare();
        }
        ri.feeds.reserve(r.feeds.size());
        for (const std::string &f : r.feeds) {
            if (auto it = feedIdx.find(f); it != feedIdx.end())
                ri.feeds.push_back(it->second);
        }
        if (auto it = loopIdx.find(r.loop); it != loopIdx.end())
            ri.loop = it->second;
        in.racks.push_back(std::move(ri));
    }
    return in;
}

int HallInputs::feedIndex(const std::string &id) const
{
    return indexOf(feeds, id, [](const FeedIn &f) -> const std::string & { return f.feed->id; });
}
int HallInputs::sourceIndex(const std::string &id) const
{
    return indexOf(sources, id, [](const SourceIn &s) -> const std::string & { return s.source->id; });
}
int HallInputs::loopIndex(const std::string &id) const
{
    return indexOf(loops, id, [](const LoopIn &l) -> const std::string & { return l.loop->id; });
}
int HallInputs::cduIndex(const std::string &id) const
{
    return indexOf(cdus, id, [](const CduIn &c) -> const std::string & { return c.cdu->id; });
}

double HallInputs::flowLpm(int loop, double liquidKw) const
{
    const LoopIn &l = loops[static_cast<std::size_t>(loop)];
    const double denom = l.coolant.densityKgPerL * l.coolant.cpKjPerKgK * l.values.deltaTK;
    return denom > 0 ? liquidKw / denom * 60.0 : 0.0;
}

} // namespace hw::core
