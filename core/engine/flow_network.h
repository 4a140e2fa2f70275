// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <cstddef>
#include <vector>

namespace hw::core::detail {

/**
 * A small flow network for the placement engine's assignment of racks to feed pairs and loops
 * (slots aggregated into classes keep it to a few hundred nodes). Edge costs are convex in the
 * flow: the f-th unit (from 0) costs c0 + c1·f + c2·f², with c1, c2 >= 0, which is how "balanced
 * utilization" is priced.
 *
 * maxFlow() is Dinic's algorithm (costs ignored): fast, used to compare candidate layouts.
 * minCostMaxFlow() is successive shortest paths with Dijkstra and potentials, one unit at a time:
 * of all maximum flows it finds one of least total cost.
 */
class FlowNetwork
{
public:
    explicit FlowNetwork(int nodes);

    /** Adds an edge and returns its id (for flowOn()). */
    int addEdge(int from, int to, long capacity, double c0 = 0, double c1 = 0, double c2 = 0);

    long maxFlow(int source, int sink);
    long minCostMaxFlow(int source, int sink);

    long flowOn(int edge) const { return mEdges[static_cast<std::size_t>(edge)].flow; }
    int nodeCount() const { return static_cast<int>(mAdj.size()); }

    /** Forgets all flow (to run again with another algorithm). */
    void clearFlow();

private:
    struct Edge
    {
        int to;
        int rev; ///< index of the paired edge
        long cap;
        long flow;
        double c0, c1, c2;
        bool forward;
    };
    double unitCost(const Edge &e) const; ///< cost of pushing one more unit along e (residual)
    bool bfs(int s, int t);
    long dfs(int u, int t, long pushed);

    std::vector<Edge> mEdges;
    std::vector<std::vector<int>> mAdj;
    std::vector<int> mLevel, mIter;
};

} // namespace hw::core::detail
