// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/flow_network.h"

#include <algorithm>
#include <limits>
#include <queue>

namespace hw::core::detail {

FlowNetwork::FlowNetwork(int nodes) : mAdj(static_cast<std::size_t>(nodes)) {}

int FlowNetwork::addEdge(int from, int to, long capacity, double c0, double c1, double c2)
{
    const int id = static_cast<int>(mEdges.size());
    mEdges.push_back({to, id + 1, capacity, 0, c0, c1, c2, true});
    mEdges.push_back({from, id, 0, 0, c0, c1, c2, false});
    mAdj[static_cast<std::size_t>(from)].push_back(id);
    mAdj[static_cast<std::size_t>(to)].push_back(id + 1);
    return id;
}

void FlowNetwork::clearFlow()
{
    for (Edge &e : mEdges)
        e.flow = 0;
}

double FlowNetwork::unitCost(const Edge &e) const
{
    if (e.forward) {
        const double f = static_cast<double>(e.flow);
        return e.c0 + e.c1 * f + e.c2 * f * f;
    }
    // Undoing the last unit of the paired forward edge refunds its cost.
    const Edge &fwd = mEdges[static_cast<std::size_t>(e.rev)];
    const double f = static_cast<double>(fwd.flow - 1);
    return -(fwd.c0 + fwd.c1 * f + fwd.c2 * f * f);
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

long FlowNetwork::minCostMaxFlow(int s, int t)
{
    const std::size_t n = mAdj.size();
    std::vector<double> potential(n, 0.0), dist(n);
    std::vector<int> via(n);
    long total = 0;
    constexpr double inf = std::numeric_limits<double>::infinity();
    using Item = std::pair<double, int>;
    while (true) {
        std::fill(dist.begin(), dist.end(), inf);
        std::fill(via.begin(), via.end(), -1);
        dist[static_cast<std::size_t>(s)] = 0;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> pq;
        pq.push({0.0, s});
        while (!pq.empty()) {
            auto [d, u] = pq.top();
            pq.pop();
            if (d > dist[static_cast<std::size_t>(u)] + 1e-12)
                continue;
            for (int id : mAdj[static_cast<std::size_t>(u)]) {
                const Edge &e = mEdges[static_cast<std::size_t>(id)];
                if (e.cap - e.flow <= 0)
                    continue;
                // Reduced costs are >= 0 up to rounding; clamp the noise.
                const double rc = std::max(0.0, unitCost(e) + potential[static_cast<std::size_t>(u)] -
                                                    potential[static_cast<std::size_t>(e.to)]);
                const double nd = d + rc;
                if (nd + 1e-12 < dist[static_cast<std::size_t>(e.to)]) {
                    dist[static_cast<std::size_t>(e.to)] = nd;
                    via[static_cast<std::size_t>(e.to)] = id;
                    pq.push({nd, e.to});
                }
            }
        }
        if (dist[static_cast<std::size_t>(t)] == inf)
            break;
        for (std::size_t v = 0; v < n; ++v) {
            if (dist[v] < inf)
                potential[v] += dist[v];
        }
        for (int v = t; v != s;) {
            Edge &e = mEdges[static_cast<std::size_t>(via[static_cast<std::size_t>(v)])];
            e.flow += 1;
            Edge &r = mEdges[static_cast<std::size_t>(e.rev)];
            r.flow -= 1;
            v = r.to;
        }
        ++total;
    }
    return total;
}

} // namespace hw::core::detail
