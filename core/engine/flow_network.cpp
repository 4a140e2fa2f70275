// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/flow_network.h"

#include <algorithm>
#include <limits>
#include <queue>

namespace hw::core::detail {

FlowNetwork::FlowNetwork(int nodes) : mAdj(static_cast<std::size_t>(nodes)) {}

int FlowNetwork::addEdge(int from, int to, long capacity)
{
    const int id = static_cast<int>(mEdges.size());
    mEdges.push_back({to, id + 1, capacity, 0});
    mEdges.push_back({from, id, 0, 0});
    mAdj[static_cast<std::size_t>(from)].push_back(id);
    mAdj[static_cast<std::size_t>(to)].push_back(id + 1);
    return id;
}

void FlowNetwork::clearFlow()
{
    for (Edge &e : mEdges)
        e.flow = 0;
}

bool FlowNetwork::bfs(int s, int t)
{
    mLevel.assign(mAdj.size(), -1);
    std::queue<int> q;
    mLevel[static_cast<std::size_t>(s)] = 0;
    q.push(s);
    while (!q.empty()) {
        const int u = q.front();
        q.pop();
        for (int id : mAdj[static_cast<std::size_t>(u)]) {
            const Edge &e = mEdges[static_cast<std::size_t>(id)];
            if (e.cap - e.flow > 0 && mLevel[static_cast<std::size_t>(e.to)] < 0) {
                mLevel[static_cast<std::size_t>(e.to)] = mLevel[static_cast<std::size_t>(u)] + 1;
                q.push(e.to);
            }
        }
    }
    return mLevel[static_cast<std::size_t>(t)] >= 0;
}

long FlowNetwork::dfs(int u, int t, long pushed)
{
    if (u == t)
        return pushed;
    auto &it = mIter[static_cast<std::size_t>(u)];
    const auto &adj = mAdj[static_cast<std::size_t>(u)];
    for (; it < static_cast<int>(adj.size()); ++it) {
        Edge &e = mEdges[static_cast<std::size_t>(adj[static_cast<std::size_t>(it)])];
        if (e.cap - e.flow <= 0 ||
            mLevel[static_cast<std::size_t>(e.to)] != mLevel[static_cast<std::size_t>(u)] + 1)
            continue;
        const long got = dfs(e.to, t, std::min(pushed, e.cap - e.flow));
        if (got > 0) {
            e.flow += got;
            Edge &r = mEdges[static_cast<std::size_t>(e.rev)];
            r.flow -= got;
            return got;
        }
    }
    return 0;
}

long FlowNetwork::maxFlow(int s, int t)
{
    // Residual capacity of a backward edge is the flow of its forward edge: keep cap = 0 and
    // flow = −forward flow, so cap − flow is that amount.
    long total = 0;
    while (bfs(s, t)) {
        mIter.assign(mAdj.size(), 0);
        while (long f = dfs(s, t, std::numeric_limits<long>::max()))
            total += f;
    }
    return total;
}

} // namespace hw::core::detail
