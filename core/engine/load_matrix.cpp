// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/load_matrix.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hw::core::detail {

LoadMatrix::LoadMatrix(const HallInputs &in, const PowerAnalysis &power)
    : mIn(in), mSc(power.scenarios), mCount(static_cast<std::size_t>(power.scenarios.count()))
{
    mFeed.assign(in.feeds.size() * mCount, 0.0);
    mSource.assign(in.sources.size() * mCount, 0.0);
    for (std::size_t f = 0; f < in.feeds.size(); ++f) {
        const FeedLoads &loads = power.feedLoads[f];
        double *row = feedRow(static_cast<int>(f));
        for (std::size_t s = 0; s < mCount; ++s)
            row[s] = feedUp(static_cast<int>(f), static_cast<int>(s)) ? loads.normalKw : 0.0;
        for (const auto &[s, extra] : loads.extras)
            row[s] += extra;
    }
    for (std::size_t s = 0; s < in.sources.size(); ++s) {
        double *row = sourceRow(static_cast<int>(s));
        for (int f : in.sources[s].feeds) {
            const double *fr = feedRow(f);
            for (std::size_t k = 0; k < mCount; ++k)
                row[k] += fr[k];
        }
    }
}

bool LoadMatrix::feedUp(int f, int s) const
{
    if (s == mSc.feed(f))
        return false;
    const int src = mIn.feeds[static_cast<std::size_t>(f)].source;
    return !(src != HallInputs::kNone && s == mSc.source(src));
}

double LoadMatrix::feedWorst(int f) const
{
    const double *row = feedRow(f);
    return *std::max_element(row, row + mCount);
}

double LoadMatrix::sourceWorst(int s) const
{
    const double *row = sourceRow(s);
    double worst = 0;
    for (std::size_t k = 0; k < mCount; ++k) {
        if (static_cast<int>(k) != mSc.source(s))
            worst = std::max(worst, row[k]);
    }
    return worst;
}

void LoadMatrix::deltas(int a, int b, double kw)
{
    mDeltaA.assign(mCount, 0.0);
    mDeltaB.assign(mCount, 0.0);
    for (std::size_t s = 0; s < mCount; ++s) {
        const bool aUp = feedUp(a, static_cast<int>(s));
        const bool bUp = feedUp(b, static_cast<int>(s));
        if (aUp && bUp) {
            mDeltaA[s] = kw / 2;
            mDeltaB[s] = kw / 2;
        } else if (aUp) {
            mDeltaA[s] = kw;
        } else if (bUp) {
            mDeltaB[s] = kw;
        }
    }
}

long LoadMatrix::pairCapacity(int a, int b, double kw) const
{
    long best = std::numeric_limits<long>::max();
    for (int x : {a, b}) {
        const int other = x == a ? b : a;
        const double cap = mIn.feeds[static_cast<std::size_t>(x)].capacityKw;
        const double *row = feedRow(x);
        for (std::size_t s = 0; s < mCount; ++s) {
            if (!feedUp(x, static_cast<int>(s)))
                continue;
            const double per = feedUp(other, static_cast<int>(s)) ? kw / 2 : kw;
            const double room = cap - row[s] + kPowerEpsilonKw;
            const long n = room < 0 ? 0 : static_cast<long>(std::floor(room / per));
            best = std::min(best, n);
        }
    }
    return best == std::numeric_limits<long>::max() ? 0 : best;
}

bool LoadMatrix::tryAdd(int a, int b, double kw)
{
    deltas(a, b, kw);
    auto fits = [&](const double *row, const std::vector<double> &delta, double cap) {
        for (std::size_t s = 0; s < mCount; ++s) {
            if (delta[s] > 0 && row[s] + delta[s] > cap + kPowerEpsilonKw)
                return false;
        }
        return true;
    };
    if (!fits(feedRow(a), mDeltaA, mIn.feeds[static_cast<std::size_t>(a)].capacityKw) ||
        !fits(feedRow(b), mDeltaB, mIn.feeds[static_cast<std::size_t>(b)].capacityKw))
        return false;
    const int sa = mIn.feeds[static_cast<std::size_t>(a)].source;
    const int sb = mIn.feeds[static_cast<std::size_t>(b)].source;
    auto sourceFits = [&](int s, bool withA, bool withB) {
        const auto &cap = mIn.sources[static_cast<std::size_t>(s)].source->capacityKw;
        if (!cap)
            return true;
        const double *row = sourceRow(s);
        for (std::size_t k = 0; k < mCount; ++k) {
            const double d = (withA ? mDeltaA[k] : 0.0) + (withB ? mDeltaB[k] : 0.0);
            if (d > 0 && row[k] + d > *cap + kPowerEpsilonKw)
                return false;
        }
        return true;
    };
    if (sa != HallInputs::kNone && !sourceFits(sa, true, sb == sa))
        return false;
    if (sb != HallInputs::kNone && sb != sa && !sourceFits(sb, false, true))
        return false;
    auto add = [&](double *row, const std::vector<double> &delta) {
        for (std::size_t s = 0; s < mCount; ++s)
            row[s] += delta[s];
    };
    add(feedRow(a), mDeltaA);
    add(feedRow(b), mDeltaB);
    if (sa != HallInputs::kNone)
        add(sourceRow(sa), mDeltaA);
    if (sb != HallInputs::kNone)
        add(sourceRow(sb), mDeltaB);
    return true;
}

} // namespace hw::core::detail
