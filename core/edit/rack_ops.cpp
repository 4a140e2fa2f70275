// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/edit/rack_ops.h"

#include "core/edit/hall_objects.h"

#include <algorithm>
#include <limits>

namespace hw::core {

std::vector<Rack> movedRacks(const std::vector<Rack> &racks, Vec2 delta)
{
    std::vector<Rack> out = racks;
    for (Rack &r : out)
        r.position = r.position + delta;
    return out;
}

Vec2 racksCenter(const std::vector<Rack> &racks)
{
    if (racks.empty()) return {};
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (const Rack &r : racks) {
        minX = std::min(minX, r.position.x);
        maxX = std::max(maxX, r.position.x);
        minY = std::min(minY, r.position.y);
        maxY = std::max(maxY, r.position.y);
    }
    return {(minX + maxX) / 2, (minY + maxY) / 2};
}

std::vector<Rack> rotatedRacks(const std::vector<Rack> &racks, int quarterTurns)
{
    const int q = ((quarterTurns % 4) + 4) % 4;
    std::vector<Rack> out = racks;
    if (q == 0) return out;
    const Vec2 c = racksCenter(racks);
    for (Rack &r : out) {
        Vec2 d = r.position - c;
        for (int i = 0; i < q; ++i)
            d = {-d.y, d.x}; // counter-clockwise by 90°
        r.position = c + d;
        r.rotationDeg = (r.rotation() + 90 * q) % 360;
    }
    return out;
}

std::vector<Rack> connectedRacks(const std::vector<Rack> &racks,
                                 const std::vector<std::string> &feeds, const std::string &loop,
                                 bool clearLoop)
{
    std::vector<Rack> out = racks;
    for (Rack &r : out) {
        r.feeds = feeds;
        if (clearLoop)
            r.loop.clear();
        else if (!loop.empty())
            r.loop = loop;
    }
    return out;
}

std::vector<Vec2> rowPositions(Vec2 first, int rotation, double widthM, int count)
{
    // The width direction is the front direction turned clockwise by 90°: at 0, +x.
    Vec2 step;
    switch (((rotation % 360) + 360) % 360) {
    case 90:
        step = {0, widthM};
        break;
    case 180:
        step = {-widthM, 0};
        break;
    case 270:
        step = {0, -widthM};
        break;
    default:
        step = {widthM, 0};
        break;
    }
    std::vector<Vec2> out;
    for (int i = 0; i < count; ++i)
        out.push_back({first.x + step.x * i, first.y + step.y * i});
    return out;
}

std::vector<Rack> racksForPaste(const std::vector<Rack> &racks,
                                const std::vector<std::string> &newIds, Vec2 delta,
                                const Hall &hall, const std::vector<std::string> &phaseIds)
{
    std::vector<Rack> out;
    out.reserve(racks.size());
    for (std::size_t i = 0; i < racks.size() && i < newIds.size(); ++i) {
        Rack r = racks[i];
        r.id = newIds[i];
        r.position = r.position + delta;
        std::vector<std::string> feeds;
        for (const std::string &f : r.feeds) {
            if (findObject<Feed>(hall, f)) feeds.push_back(f);
        }
        r.feeds = std::move(feeds);
        if (!r.loop.empty() && !findObject<Loop>(hall, r.loop)) r.loop.clear();
        if (!r.phase.empty() &&
            std::find(phaseIds.begin(), phaseIds.end(), r.phase) == phaseIds.end())
            r.phase.clear();
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace hw::core
