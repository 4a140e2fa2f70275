// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "support/power_brute_force.h"

#include <algorithm>
#include <stdexcept>

namespace hw::test {

using namespace hw::core;

double handPlanningKw(const Rack &rack)
{
    if (rack.powerKw) return *rack.powerKw;
    if (rack.type == "gb300-nvl72") return 142;
    if (rack.type == "gb200-nvl72") return 132;
    if (rack.type == "net-rack-20") return 20;
    throw std::invalid_argument("handPlanningKw: no figure for " + rack.type);
}

PowerBruteForce::PowerBruteForce(const Hall &hall) : mHall(hall)
{
    const auto &feeds = hall.power.feeds;
    mNames.push_back("normal");
    for (const Feed &f : feeds)
        mNames.push_back("feed:" + f.id);
    for (const Source &s : hall.power.sources)
        mNames.push_back("source:" + s.id);
    for (const std::string &scenario : mNames) {
        std::vector<char> up(feeds.size(), 1);
        for (std::size_t f = 0; f < feeds.size(); ++f) {
            if (scenario == "feed:" + feeds[f].id ||
                (!feeds[f].source.empty() && scenario == "source:" + feeds[f].source))
                up[f] = 0;
        }
        std::vector<double> load(feeds.size(), 0.0);
        std::vector<std::string> down;
        double lost = 0;
        for (const Rack &r : hall.racks) {
            std::vector<std::size_t> alive;
            for (const std::string &id : r.feeds) {
                for (std::size_t f = 0; f < feeds.size(); ++f) {
                    if (feeds[f].id == id && up[f]) alive.push_back(f);
                }
            }
            const double p = handPlanningKw(r);
            if (alive.empty()) {
                if (!r.feeds.empty()) {
                    down.push_back(r.id);
                    lost += p;
                }
                continue;
            }
            for (std::size_t f : alive)
                load[f] += p / double(alive.size());
        }
        mFeedLoad.push_back(load);
        mFeedUp.push_back(up);
        mDown.push_back(down);
        mLostKw.push_back(lost);
    }
}

double PowerBruteForce::sourceLoad(std::size_t sc, const std::string &source) const
{
    double sum = 0;
    for (std::size_t f = 0; f < mHall.power.feeds.size(); ++f) {
        if (mHall.power.feeds[f].source == source) sum += mFeedLoad[sc][f];
    }
    return sum;
}

namespace {

template <class LoadOf, class Survives>
std::pair<double, std::string> worstOf(const std::vector<std::string> &names, LoadOf loadOf,
                                       Survives survives)
{
    double worst = -1;
    for (std::size_t sc = 0; sc < names.size(); ++sc) {
        if (survives(sc)) worst = std::max(worst, loadOf(sc));
    }
    for (std::size_t sc = 0; sc < names.size(); ++sc) {
        if (survives(sc) && loadOf(sc) >= worst - 1e-9) return {worst, names[sc]};
    }
    return {worst, ""};
}

} // namespace

std::pair<double, std::string> PowerBruteForce::feedWorst(std::size_t feed) const
{
    return worstOf(
        mNames, [&](std::size_t sc) { return mFeedLoad[sc][feed]; },
        [&](std::size_t sc) { return mFeedUp[sc][feed] != 0; });
}

std::pair<double, std::string> PowerBruteForce::sourceWorst(const std::string &source) const
{
    return worstOf(
        mNames, [&](std::size_t sc) { return sourceLoad(sc, source); },
        [&](std::size_t sc) { return mNames[sc] != "source:" + source; });
}

bool PowerBruteForce::withinCapacity() const
{
    for (std::size_t f = 0; f < mHall.power.feeds.size(); ++f) {
        if (feedWorst(f).first > mHall.power.feeds[f].capacityKw.value_or(0) + 1e-6) return false;
    }
    for (const Source &s : mHall.power.sources) {
        if (s.capacityKw && sourceWorst(s.id).first > *s.capacityKw + 1e-6) return false;
    }
    return true;
}

} // namespace hw::test
