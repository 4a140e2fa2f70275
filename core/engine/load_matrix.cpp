// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/load_matrix.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace hw::core::detail {

LoadMatrix::LoadMatrix(const HallInputs &in, const PowerAnalysis &power)
    : mIn(&in), mSc(power.scenarios), mCount(static_cast<std::size_t>(power.scenarios.count()))
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
    mTop.resize(in.feeds.size() + in.sources.size());
    mTopStale.assign(mTop.size(), 1);
}

void LoadMatrix::touched(int a, int b)
{
    const std::size_t feeds = mIn->feeds.size();
    for (int f : {a, b}) {
        mTopStale[static_cast<std::size_t>(f)] = 1;
        const int s = mIn->feeds[static_cast<std::size_t>(f)].source;
        if (s != HallInputs::kNone) mTopStale[feeds + static_cast<std::size_t>(s)] = 1;
    }
}

const LoadMatrix::Top &LoadMatrix::top(int entity) const
{
    Top &t = mTop[static_cast<std::size_t>(entity)];
    if (!mTopStale[static_cast<std::size_t>(entity)]) return t;
    const int feeds = static_cast<int>(mIn->feeds.size());
    const bool isFeed = entity < feeds;
    const double *row = isFeed ? feedRow(entity) : sourceRow(entity - feeds);
    int down1 = -1, down2 = -1; // the scenarios in which the row is down
    if (isFeed) {
        down1 = mSc.feed(entity);
        const int src = mIn->feeds[static_cast<std::size_t>(entity)].source;
        down2 = src != HallInputs::kNone ? mSc.source(src) : -1;
    } else {
        down1 = mSc.source(entity - feeds);
    }
    t.size = 0;
    for (std::size_t s = 0; s < mCount; ++s) {
        const int sc = static_cast<int>(s);
        if (sc == down1 || sc == down2) continue;
        int at = t.size < Top::kSize ? t.size++ : Top::kSize;
        if (at == Top::kSize && row[s] <= t.load[Top::kSize - 1]) continue;
        at = std::min(at, Top::kSize - 1);
        while (at > 0 && t.load[at - 1] < row[s]) {
            t.load[at] = t.load[at - 1];
            t.scenario[at] = t.scenario[at - 1];
            --at;
        }
        t.load[at] = row[s];
        t.scenario[at] = sc;
    }
    mTopStale[static_cast<std::size_t>(entity)] = 0;
    return t;
}

double LoadMatrix::heaviestExcept(int entity, int x, int y, int z) const
{
    const Top &t = top(entity);
    for (int i = 0; i < t.size; ++i) {
        if (t.scenario[i] != x && t.scenario[i] != y && t.scenario[i] != z) return t.load[i];
    }
    // Fewer than kSize scenarios beyond the excluded ones: scan (rare: tiny halls).
    const int feeds = static_cast<int>(mIn->feeds.size());
    const bool isFeed = entity < feeds;
    const double *row = isFeed ? feedRow(entity) : sourceRow(entity - feeds);
    double most = -std::numeric_limits<double>::infinity();
    for (std::size_t s = 0; s < mCount; ++s) {
        const int sc = static_cast<int>(s);
        if (sc == x || sc == y || sc == z ||
            (isFeed ? !feedUp(entity, sc) : sc == mSc.source(entity - feeds)))
            continue;
        most = std::max(most, row[s]);
    }
    return most;
}

bool LoadMatrix::feedUp(int f, int s) const
{
    if (s == mSc.feed(f))
        return false;
    const int src = mIn->feeds[static_cast<std::size_t>(f)].source;
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

long LoadMatrix::pairCapacity(int a, int b, double kw, double fraction) const
{
    long best = std::numeric_limits<long>::max();
    auto fit = [&](double room, double per) {
        room += kPowerEpsilonKw;
        best = std::min(best, room < 0 ? 0L : static_cast<long>(std::floor(room / per)));
    };
    for (int x : {a, b}) {
        const int other = x == a ? b : a;
        const double cap = mIn->feeds[static_cast<std::size_t>(x)].capacityKw * fraction;
        const int ownLost = mIn->feeds[static_cast<std::size_t>(x)].source != HallInputs::kNone
                                ? mSc.source(mIn->feeds[static_cast<std::size_t>(x)].source)
                                : -1;
        const int otherSource = mIn->feeds[static_cast<std::size_t>(other)].source;
        const int otherDown = mSc.feed(other),
                  otherLost = otherSource != HallInputs::kNone ? mSc.source(otherSource) : -1;
        // Half a rack per rack while the other feed is up; a whole one in the (one or two)
        // scenarios that take it down.
        const double heaviest = heaviestExcept(x, otherDown, otherLost, -1);
        if (std::isfinite(heaviest)) fit(cap - heaviest, kw / 2);
        fit(cap - feedRow(x)[otherDown], kw);
        if (otherLost >= 0 && otherLost != ownLost) fit(cap - feedRow(x)[otherLost], kw);
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
    if (!fits(feedRow(a), mDeltaA, mIn->feeds[static_cast<std::size_t>(a)].capacityKw) ||
        !fits(feedRow(b), mDeltaB, mIn->feeds[static_cast<std::size_t>(b)].capacityKw))
        return false;
    const int sa = mIn->feeds[static_cast<std::size_t>(a)].source;
    const int sb = mIn->feeds[static_cast<std::size_t>(b)].source;
    auto sourceFits = [&](int s, bool withA, bool withB) {
        const auto &cap = mIn->sources[static_cast<std::size_t>(s)].source->capacityKw;
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
    touched(a, b);
    add(feedRow(a), mDeltaA);
    add(feedRow(b), mDeltaB);
    if (sa != HallInputs::kNone)
        add(sourceRow(sa), mDeltaA);
    if (sb != HallInputs::kNone)
        add(sourceRow(sb), mDeltaB);
    return true;
}

double LoadMatrix::slackAfterScan(int a, int b, double kw) const
{
    const auto &fa = mIn->feeds[static_cast<std::size_t>(a)];
    const auto &fb = mIn->feeds[static_cast<std::size_t>(b)];
    const int sa = fa.source, sb = fb.source;
    // Rated sources only; the second one only when it is another source.
    auto rating = [&](int s) -> const std::optional<double> & {
        return mIn->sources[static_cast<std::size_t>(s)].source->capacityKw;
    };
    const bool ratedA = sa != HallInputs::kNone && rating(sa).has_value();
    const bool ratedB = sb != HallInputs::kNone && sb != sa && rating(sb).has_value();
    const double capSa = ratedA ? *rating(sa) : 0.0, capSb = ratedB ? *rating(sb) : 0.0;
    const double *ra = feedRow(a), *rb = feedRow(b);
    const double *rsa = ratedA ? sourceRow(sa) : nullptr, *rsb = ratedB ? sourceRow(sb) : nullptr;
    double least = std::numeric_limits<double>::infinity();
    for (std::size_t s = 0; s < mCount; ++s) {
        const bool aUp = feedUp(a, static_cast<int>(s)), bUp = feedUp(b, static_cast<int>(s));
        if (!aUp && !bUp) continue;
        const double share = aUp && bUp ? kw / 2 : kw;
        const double da = aUp ? share : 0.0, db = bUp ? share : 0.0;
        if (aUp) least = std::min(least, fa.capacityKw - ra[s] - da);
        if (bUp) least = std::min(least, fb.capacityKw - rb[s] - db);
        if (rsa) {
            const double d = da + (sb == sa ? db : 0.0);
            if (d > 0) least = std::min(least, capSa - rsa[s] - d);
        }
        if (rsb && db > 0) least = std::min(least, capSb - rsb[s] - db);
    }
    return least;
}

double LoadMatrix::slackAfter(int a, int b, double kw) const
{
    const auto &fa = mIn->feeds[static_cast<std::size_t>(a)];
    const auto &fb = mIn->feeds[static_cast<std::size_t>(b)];
    const int sa = fa.source, sb = fb.source;
    const int feeds = static_cast<int>(mIn->feeds.size());
    const int downA = mSc.feed(a), downB = mSc.feed(b);
    const int lostA = sa != HallInputs::kNone ? mSc.source(sa) : -1;
    const int lostB = sb != HallInputs::kNone ? mSc.source(sb) : -1;
    const double half = kw / 2;
    double least = std::numeric_limits<double>::infinity();
    // A feed carries half the rack while the other feed is up, all of it in the (one or two)
    // scenarios that take the other feed down.
    auto feedRoom = [&](int x, const HallInputs::FeedIn &fx, int otherDown, int otherLost,
                        int ownLost) {
        const double *row = feedRow(x);
        least = std::min(least, fx.capacityKw - heaviestExcept(x, otherDown, otherLost, -1) - half);
        least = std::min(least, fx.capacityKw - row[otherDown] - kw);
        if (otherLost >= 0 && otherLost != ownLost)
            least = std::min(least, fx.capacityKw - row[otherLost] - kw);
    };
    feedRoom(a, fa, downB, lostB, lostA);
    feedRoom(b, fb, downA, lostA, lostB);
    auto rating = [&](int s) -> const std::optional<double> & {
        return mIn->sources[static_cast<std::size_t>(s)].source->capacityKw;
    };
    if (sa != HallInputs::kNone && sa == sb) {
        // Both feeds on one source: it carries the whole rack whenever it is up.
        if (rating(sa))
            least = std::min(least, *rating(sa) - heaviestExcept(feeds + sa, -1, -1, -1) - kw);
        return least;
    }
    // A source carries its feed's share: nothing when that feed is down, all of it when the other
    // feed is down.
    auto sourceRoom = [&](int s, int ownDown, int otherDown, int otherLost) {
        if (s == HallInputs::kNone || !rating(s)) return;
        const double cap = *rating(s);
        const double *row = sourceRow(s);
        least =
            std::min(least, cap - heaviestExcept(feeds + s, ownDown, otherDown, otherLost) - half);
        least = std::min(least, cap - row[otherDown] - kw);
        if (otherLost >= 0) least = std::min(least, cap - row[otherLost] - kw);
    };
    sourceRoom(sa, downA, downB, lostB);
    sourceRoom(sb, downB, downA, lostA);
    return least;
}

void LoadMatrix::apply(int a, int b, double kw, double sign)
{
    touched(a, b);
    const int sa = mIn->feeds[static_cast<std::size_t>(a)].source;
    const int sb = mIn->feeds[static_cast<std::size_t>(b)].source;
    double *rowA = feedRow(a), *rowB = feedRow(b);
    double *srcA = sa != HallInputs::kNone ? sourceRow(sa) : nullptr;
    double *srcB = sb != HallInputs::kNone ? sourceRow(sb) : nullptr;
    // Half to each feed, except where one is down: there the other carries it all.
    const std::size_t downA[] = {static_cast<std::size_t>(mSc.feed(a)),
                                 sa != HallInputs::kNone ? static_cast<std::size_t>(mSc.source(sa))
                                                         : mCount};
    const std::size_t downB[] = {static_cast<std::size_t>(mSc.feed(b)),
                                 sb != HallInputs::kNone ? static_cast<std::size_t>(mSc.source(sb))
                                                         : mCount};
    const double half = sign * kw / 2;
    for (std::size_t s = 0; s < mCount; ++s) {
        rowA[s] += half;
        rowB[s] += half;
        if (srcA) srcA[s] += half;
        if (srcB) srcB[s] += half;
    }
    auto shift = [&](std::size_t s) {
        const bool aUp = s != downA[0] && s != downA[1], bUp = s != downB[0] && s != downB[1];
        const double da = aUp ? (bUp ? 0.0 : half) : -half, db = bUp ? (aUp ? 0.0 : half) : -half;
        if (!aUp && !bUp) {
            // Neither carries it: take back both halves.
            rowA[s] -= half;
            rowB[s] -= half;
            if (srcA) srcA[s] -= half;
            if (srcB) srcB[s] -= half;
            return;
        }
        rowA[s] += da;
        rowB[s] += db;
        if (srcA) srcA[s] += da;
        if (srcB) srcB[s] += db;
    };
    std::size_t done[4];
    int n = 0;
    for (std::size_t s : {downA[0], downA[1], downB[0], downB[1]}) {
        if (s >= mCount || std::find(done, done + n, s) != done + n) continue;
        done[n++] = s;
        shift(s);
    }
}

} // namespace hw::core::detail
