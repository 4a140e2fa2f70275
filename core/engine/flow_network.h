// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <cstddef>
#include <vector>

namespace hw::core::detail {

/**
 * A small flow network for the placement engine's 2N assignment of racks to feed pairs and
 * loops (slots aggregated into classes keep it to a few hundred nodes). maxFlow() is Dinic's
 * algorithm. Balanced utilization is found by solving again with capacities lowered to a
 * utilization ceiling (setCapacity(), clearFlow()), not by edge costs: a ceiling is a max flow,
 * which is far cheaper than a min-cost flow one unit at a time.
 */
class FlowNetwork
{
public:
    explicit FlowNetwork(int nodes);

    /** Adds an edge and returns its id (for flowOn() and setCapacity()). */
    int addEdge(int from, int to, long capacity);

    long maxFlow(int source, int sink);

    long flowOn(int edge) const { return mEdges[static_cast<std::size_t>(edge)].flow; }
    /** Changes an edge's capacity (call clearFlow() before solving again). */
    void setCapacity(int edge, long capacity)
    {
        mEdges[static_cast<std::size_t>(edge)].cap = capacity;
    }
    int nodeCount() const { return static_cast<int>(mAdj.size()); }

    /** Forgets all flow (to solve again). */
    void clearFlow();

private:
    struct Edge
    {
        int to;
        int rev; ///< index of the paired edge
        long cap;
        long flow;
    };
    bool bfs(int s, int t);
    long dfs(int u, int t, long pushed);

    std::vector<Edge> mEdges;
    std::vector<std::vector<int>> mAdj;
    std::vector<int> mLevel, mIter;
};

} // namespace hw::core::detail
