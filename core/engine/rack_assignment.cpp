// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/rack_assignment.h"

#include "core/engine/power_analysis.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <queue>

namespace hw::core::detail {

RackAssignment::RackAssignment(const LoadMatrix &matrix, double rackKw, std::vector<Class> classes,
                               std::vector<long> loopCap, bool needsLoop, long totalCap)
    : mMatrix(matrix), mKw(rackKw), mClasses(std::move(classes)), mLoopCap(std::move(loopCap)),
      mLoopUsed(mLoopCap.size(), 0), mNeedsLoop(needsLoop), mTotalCap(totalCap)
{
    int feeds = 0;
    for (const Class &c : mClasses) {
        mFree.push_back(c.size);
        mCount.emplace_back(c.options.size(), 0);
        mLoopCount.emplace_back(c.loops.size(), 0);
        for (const auto &[a, b] : c.options)
            feeds = std::max({feeds, a + 1, b + 1});
    }
    mUsers.resize(static_cast<std::size_t>(feeds));
    for (std::size_t c = 0; c < mClasses.size(); ++c) {
        for (std::size_t o = 0; o < mClasses[c].options.size(); ++o) {
            const auto [a, b] = mClasses[c].options[o];
            mUsers[static_cast<std::size_t>(a)].push_back(
                {static_cast<int>(c), static_cast<int>(o)});
            mUsers[static_cast<std::size_t>(b)].push_back(
                {static_cast<int>(c), static_cast<int>(o)});
        }
    }
}

bool RackAssignment::coolOne(int c, int preferredLoop)
{
    if (!mNeedsLoop) return true;
    const Class &cls = mClasses[static_cast<std::size_t>(c)];
    auto &mine = mLoopCount[static_cast<std::size_t>(c)];
    auto room = [&](int l) {
        return mLoopUsed[static_cast<std::size_t>(l)] < mLoopCap[static_cast<std::size_t>(l)];
    };
    // A loop with room: the preferred one, else the one least used after this rack.
    int pick = -1;
    double lowest = std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < cls.loops.size(); ++k) {
        const int l = cls.loops[k];
        if (!room(l)) continue;
        if (l == preferredLoop) {
            pick = static_cast<int>(k);
            break;
        }
        const double use = static_cast<double>(mLoopUsed[static_cast<std::size_t>(l)] + 1) /
                           static_cast<double>(mLoopCap[static_cast<std::size_t>(l)]);
        if (use < lowest) {
            lowest = use;
            pick = static_cast<int>(k);
        }
    }
    if (pick >= 0) {
        ++mine[static_cast<std::size_t>(pick)];
        ++mLoopUsed[static_cast<std::size_t>(cls.loops[static_cast<std::size_t>(pick)])];
        return true;
    }
    // Every loop of the class is full: look for racks of other classes that can move to a loop
    // with room (an augmenting path in the class-loop matching), breadth first.
    const std::size_t nLoops = mLoopCap.size();
    struct Via
    {
        int cls = -1;  ///< class whose rack moves into this loop (c itself at the root)
        int from = -1; ///< loop it leaves (-1 at the root)
    };
    std::vector<Via> via(nLoops);
    std::vector<char> seen(nLoops, 0);
    std::vector<int> queue;
    for (int l : cls.loops) {
        seen[static_cast<std::size_t>(l)] = 1;
        via[static_cast<std::size_t>(l)] = {c, -1};
        queue.push_back(l);
    }
    auto indexIn = [&](int k, int l) {
        const auto &ls = mClasses[static_cast<std::size_t>(k)].loops;
        return static_cast<int>(std::find(ls.begin(), ls.end(), l) - ls.begin());
    };
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int l = queue[head];
        for (std::size_t k = 0; k < mClasses.size(); ++k) {
            const auto &ls = mClasses[k].loops;
            const int at = indexIn(static_cast<int>(k), l);
            if (at >= static_cast<int>(ls.size()) ||
                mLoopCount[k][static_cast<std::size_t>(at)] == 0)
                continue;
            for (int next : ls) {
                if (seen[static_cast<std::size_t>(next)]) continue;
                seen[static_cast<std::size_t>(next)] = 1;
                via[static_cast<std::size_t>(next)] = {static_cast<int>(k), l};
                if (!room(next)) {
                    queue.push_back(next);
                    continue;
                }
                // Augment: each class on the path moves one rack one loop further.
                ++mLoopUsed[static_cast<std::size_t>(next)];
                for (int at2 = next; at2 >= 0;) {
                    const Via v = via[static_cast<std::size_t>(at2)];
                    auto &counts = mLoopCount[static_cast<std::size_t>(v.cls)];
                    ++counts[static_cast<std::size_t>(indexIn(v.cls, at2))];
                    if (v.from >= 0) --counts[static_cast<std::size_t>(indexIn(v.cls, v.from))];
                    at2 = v.from;
                }
                return true;
            }
        }
    }
    return false;
}

void RackAssignment::uncoolOne(int c)
{
    if (!mNeedsLoop) return;
    const Class &cls = mClasses[static_cast<std::size_t>(c)];
    auto &mine = mLoopCount[static_cast<std::size_t>(c)];
    int pick = -1;
    double highest = -1;
    for (std::size_t k = 0; k < cls.loops.size(); ++k) {
        if (mine[k] == 0) continue;
        const int l = cls.loops[k];
        const double use = static_cast<double>(mLoopUsed[static_cast<std::size_t>(l)]) /
                           static_cast<double>(std::max(1L, mLoopCap[static_cast<std::size_t>(l)]));
        if (use > highest) {
            highest = use;
            pick = static_cast<int>(k);
        }
    }
    if (pick < 0) return;
    --mine[static_cast<std::size_t>(pick)];
    --mLoopUsed[static_cast<std::size_t>(cls.loops[static_cast<std::size_t>(pick)])];
}

bool RackAssignment::place(int c, int o, int preferredLoop)
{
    if (mFree[static_cast<std::size_t>(c)] <= 0 || mTotal >= mTotalCap) return false;
    const auto [a, b] = mClasses[static_cast<std::size_t>(c)].options[static_cast<std::size_t>(o)];
    ++mChecks;
    if (mMatrix.slackAfter(a, b, mKw) < -kPowerEpsilonKw) return false;
    if (!coolOne(c, preferredLoop)) return false;
    mMatrix.add(a, b, mKw);
    ++mCount[static_cast<std::size_t>(c)][static_cast<std::size_t>(o)];
    --mFree[static_cast<std::size_t>(c)];
    ++mTotal;
    return true;
}

void RackAssignment::unplace(int c, int o)
{
    const auto [a, b] = mClasses[static_cast<std::size_t>(c)].options[static_cast<std::size_t>(o)];
    mMatrix.remove(a, b, mKw);
    uncoolOne(c);
    --mCount[static_cast<std::size_t>(c)][static_cast<std::size_t>(o)];
    ++mFree[static_cast<std::size_t>(c)];
    --mTotal;
}

int RackAssignment::bestOption(int c)
{
    const auto &options = mClasses[static_cast<std::size_t>(c)].options;
    int best = -1;
    double most = -kPowerEpsilonKw;
    for (std::size_t o = 0; o < options.size(); ++o) {
        ++mChecks;
        const double slack = mMatrix.slackAfter(options[o].first, options[o].second, mKw);
        if (slack >= most) {
            most = slack;
            best = static_cast<int>(o);
        }
    }
    return best;
}

void RackAssignment::greedy()
{
    std::vector<int> order(mClasses.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        const Class &a = mClasses[static_cast<std::size_t>(x)],
                    &b = mClasses[static_cast<std::size_t>(y)];
        return std::make_pair(a.options.size(), a.loops.size()) <
               std::make_pair(b.options.size(), b.loops.size());
    });
    std::vector<char> done(mClasses.size(), 0);
    bool progress = true;
    while (progress && mTotal < mTotalCap) {
        progress = false;
        for (int c : order) {
            if (done[static_cast<std::size_t>(c)] || mFree[static_cast<std::size_t>(c)] <= 0)
                continue;
            const int o = bestOption(c);
            if (o >= 0 && place(c, o))
                progress = true;
            else
                done[static_cast<std::size_t>(c)] = 1;
            if (mTotal >= mTotalCap) return;
        }
    }
}

/** The rows priceGreedy() prices, per entity (feeds, then sources): shared by copies. */
struct RackAssignment::PriceRows
{
    int feeds = 0, entities = 0, scenarios = 0;
    std::vector<std::vector<int>> special; ///< scenarios in which options load the entity unevenly
    std::vector<std::vector<int>> generic; ///< the others in which it is up: one row, the heaviest
    std::vector<int> at;                   ///< entity × scenario: index into special, or -1
    std::vector<int> first;                ///< per entity: its first special row in the flat prices
    int rows = 0; ///< special rows in all; the flat prices have one more, 0
    /** An option's rows: its two feeds' and sources' entities, and where in the flat prices the
     *  rows lie that it loads at other than half a rack (`rows` where there is none). */
    struct Option
    {
        int a, b, ea, eb;
        bool shared; ///< both feeds on one (rated or not) source
        int aFb, aXb, bFa, bXa, eaFa, eaFb, eaXb, ebFb, ebFa, ebXa;
        int fa, fb, xa, xb; ///< scenarios: feed a down, feed b down, a's source down, b's
    };
    std::vector<std::vector<Option>> options; ///< per class
};

const RackAssignment::PriceRows &RackAssignment::priceRows()
{
    if (mPriceRows) return *mPriceRows;
    const HallInputs &in = mMatrix.inputs();
    auto rows = std::make_shared<PriceRows>();
    rows->feeds = static_cast<int>(in.feeds.size());
    rows->entities = rows->feeds + static_cast<int>(in.sources.size());
    rows->scenarios = mMatrix.scenarioCount();
    const auto sc = static_cast<std::size_t>(rows->scenarios);
    std::vector<char> marked(static_cast<std::size_t>(rows->entities) * sc, 0);
    auto up = [&](int e, int s) {
        return e < rows->feeds ? mMatrix.feedUp(e, s)
                               : s != mMatrix.sourceScenario(e - rows->feeds);
    };
    auto mark = [&](int e, int s) {
        marked[static_cast<std::size_t>(e) * sc + static_cast<std::size_t>(s)] = 1;
    };
    auto srcOf = [&](int f) { return in.feeds[static_cast<std::size_t>(f)].source; };
    for (const Class &cls : mClasses) {
        for (const auto &[a, b] : cls.options) {
            for (const auto &[x, y] : {std::pair{a, b}, std::pair{b, a}}) {
                mark(x, mMatrix.feedScenario(y));
                if (srcOf(y) != HallInputs::kNone) mark(x, mMatrix.sourceScenario(srcOf(y)));
                if (srcOf(x) != HallInputs::kNone) {
                    const int e = rows->feeds + srcOf(x);
                    mark(e, mMatrix.feedScenario(x));
                    mark(e, mMatrix.feedScenario(y));
                    if (srcOf(y) != HallInputs::kNone) mark(e, mMatrix.sourceScenario(srcOf(y)));
                }
            }
        }
    }
    rows->special.resize(static_cast<std::size_t>(rows->entities));
    rows->generic.resize(static_cast<std::size_t>(rows->entities));
    rows->at.assign(static_cast<std::size_t>(rows->entities) * sc, -1);
    for (int e = 0; e < rows->entities; ++e) {
        for (int s = 0; s < rows->scenarios; ++s) {
            if (!up(e, s)) continue;
            const std::size_t i = static_cast<std::size_t>(e) * sc + static_cast<std::size_t>(s);
            if (marked[i]) {
                rows->at[i] = static_cast<int>(rows->special[static_cast<std::size_t>(e)].size());
                rows->special[static_cast<std::size_t>(e)].push_back(s);
            } else {
                rows->generic[static_cast<std::size_t>(e)].push_back(s);
            }
        }
    }
    rows->first.resize(static_cast<std::size_t>(rows->entities));
    for (int e = 0; e < rows->entities; ++e) {
        rows->first[static_cast<std::size_t>(e)] = rows->rows;
        rows->rows += static_cast<int>(rows->special[static_cast<std::size_t>(e)].size());
    }
    auto flat = [&](int e, int s) {
        if (e < 0 || s < 0) return rows->rows;
        const int k = rows->at[static_cast<std::size_t>(e) * sc + static_cast<std::size_t>(s)];
        return k < 0 ? rows->rows : rows->first[static_cast<std::size_t>(e)] + k;
    };
    for (const Class &cls : mClasses) {
        auto &out = rows->options.emplace_back();
        for (const auto &[a, b] : cls.options) {
            PriceRows::Option o{};
            o.a = a;
            o.b = b;
            const int sa = srcOf(a), sb = srcOf(b);
            o.ea = sa != HallInputs::kNone ? rows->feeds + sa : -1;
            o.eb = sb != HallInputs::kNone ? rows->feeds + sb : -1;
            o.shared = sa == sb;
            o.fa = mMatrix.feedScenario(a);
            o.fb = mMatrix.feedScenario(b);
            o.xa = sa != HallInputs::kNone ? mMatrix.sourceScenario(sa) : -1;
            o.xb = sb != HallInputs::kNone ? mMatrix.sourceScenario(sb) : -1;
            o.aFb = flat(a, o.fb);
            o.aXb = flat(a, o.xb);
            o.bFa = flat(b, o.fa);
            o.bXa = flat(b, o.xa);
            o.eaFa = flat(o.ea, o.fa);
            o.eaFb = flat(o.ea, o.fb);
            o.eaXb = flat(o.ea, o.xb);
            o.ebFb = flat(o.eb, o.fb);
            o.ebFa = flat(o.eb, o.fa);
            o.ebXa = flat(o.eb, o.xa);
            out.push_back(o);
        }
    }
    mPriceRows = rows;
    return *mPriceRows;
}

std::vector<double> RackAssignment::rowUtilization()
{
    const PriceRows &rows = priceRows();
    const HallInputs &in = mMatrix.inputs();
    std::vector<double> out;
    for (int e = 0; e < rows.entities; ++e) {
        double cap = 0;
        if (e < rows.feeds) {
            cap = in.feeds[static_cast<std::size_t>(e)].capacityKw;
        } else {
            const auto &c = in.sources[static_cast<std::size_t>(e - rows.feeds)].source->capacityKw;
            cap = c ? *c : 0.0;
        }
        cap = std::max(cap, 1e-9);
        auto load = [&](int s) {
            return e < rows.feeds ? mMatrix.feedLoad(e, s) : mMatrix.sourceLoad(e - rows.feeds, s);
        };
        for (int s : rows.special[static_cast<std::size_t>(e)])
            out.push_back(load(s) / cap);
        double heaviest = 0;
        for (int s : rows.generic[static_cast<std::size_t>(e)])
            heaviest = std::max(heaviest, load(s));
        out.push_back(heaviest / cap);
    }
    return out;
}

void RackAssignment::priceGreedy(double alpha, const std::vector<double> *bias,
                                 const std::vector<double> *classWeight)
{
    const PriceRows &rows = priceRows();
    const HallInputs &in = mMatrix.inputs();
    const int nFeeds = rows.feeds;
    auto load = [&](int e, int s) {
        return e < nFeeds ? mMatrix.feedLoad(e, s) : mMatrix.sourceLoad(e - nFeeds, s);
    };
    auto capacity = [&](int e) -> double {
        if (e < nFeeds) return std::max(in.feeds[static_cast<std::size_t>(e)].capacityKw, 1e-9);
        const auto &c = in.sources[static_cast<std::size_t>(e - nFeeds)].source->capacityKw;
        return c ? std::max(*c, 1e-9) : -1.0; // unrated: no row, no price
    };

    // Row prices exp(alpha · (load / capacity + bias)) / capacity; `price` is flat, with a last
    // entry 0 for "no such row"; total[e] sums an entity's rows (its generic one included).
    const auto ents = static_cast<std::size_t>(rows.entities);
    std::vector<double> price(static_cast<std::size_t>(rows.rows) + 1, 0.0), generic(ents, 0.0),
        total(ents, 0.0), step(ents, 1.0);
    std::vector<char> rated(ents, 0);
    auto sum = [&](int e) {
        const auto &ss = rows.special[static_cast<std::size_t>(e)];
        const std::size_t f = static_cast<std::size_t>(rows.first[static_cast<std::size_t>(e)]);
        double t = generic[static_cast<std::size_t>(e)];
        for (std::size_t k = 0; k < ss.size(); ++k)
            t += price[f + k];
        total[static_cast<std::size_t>(e)] = t;
    };
    std::size_t b = 0; // position in `bias`: each entity's special rows, then its generic one
    for (int e = 0; e < rows.entities; ++e) {
        const double c = capacity(e);
        const auto &ss = rows.special[static_cast<std::size_t>(e)];
        const std::size_t f = static_cast<std::size_t>(rows.first[static_cast<std::size_t>(e)]);
        const std::size_t b0 = b;
        b += ss.size() + 1;
        if (c < 0) continue;
        rated[static_cast<std::size_t>(e)] = 1;
        auto biased = [&](std::size_t k) { return bias ? (*bias)[b0 + k] : 0.0; };
        step[static_cast<std::size_t>(e)] = std::exp(alpha * (mKw / 2) / c); // one half share more
        for (std::size_t k = 0; k < ss.size(); ++k)
            price[f + k] = std::exp(alpha * (load(e, ss[k]) / c + biased(k))) / c;
        double heaviest = -std::numeric_limits<double>::infinity();
        for (int sc : rows.generic[static_cast<std::size_t>(e)])
            heaviest = std::max(heaviest, load(e, sc));
        generic[static_cast<std::size_t>(e)] =
            std::isfinite(heaviest) ? std::exp(alpha * (heaviest / c + biased(ss.size()))) / c
                                    : 0.0;
        sum(e);
    }
    auto tot = [&](int e) { return e >= 0 ? total[static_cast<std::size_t>(e)] : 0.0; };
    auto at = [&](int i) { return price[static_cast<std::size_t>(i)]; };
    // Price of one more rack: every row it loads, at the share it puts there (half a rack, but a
    // whole one where the other feed is down and none where its own is).
    const double half = mKw / 2;
    auto optionCost = [&](const PriceRows::Option &o) {
        double cost = half * (tot(o.a) + at(o.aFb) + at(o.aXb) + tot(o.b) + at(o.bFa) + at(o.bXa));
        if (o.shared) return cost + mKw * tot(o.ea);
        cost += half * (tot(o.ea) - at(o.eaFa) + at(o.eaFb) + at(o.eaXb));
        cost += half * (tot(o.eb) - at(o.ebFb) + at(o.ebFa) + at(o.ebXa));
        return cost;
    };
    // After a rack on option o: each of its rows rises by its share, in half racks.
    auto priced = [&](const PriceRows::Option &o) {
        const int entities[] = {o.a, o.b, o.ea, o.shared ? -1 : o.eb};
        for (int e : entities) {
            if (e < 0 || !rated[static_cast<std::size_t>(e)]) continue;
            const double f = step[static_cast<std::size_t>(e)];
            const auto &ss = rows.special[static_cast<std::size_t>(e)];
            const std::size_t first =
                static_cast<std::size_t>(rows.first[static_cast<std::size_t>(e)]);
            const bool isA = e == o.a, isB = e == o.b;
            const bool onA = isA || (e >= nFeeds && e == o.ea),
                       onB = isB || (e >= nFeeds && e == o.eb);
            for (std::size_t k = 0; k < ss.size(); ++k) {
                const int sc = ss[k];
                const bool aUp = sc != o.fa && sc != o.xa, bUp = sc != o.fb && sc != o.xb;
                const int per = aUp && bUp ? 1 : 2;
                const int halves = (onA && aUp ? per : 0) + (onB && bUp ? per : 0);
                if (halves == 1)
                    price[first + k] *= f;
                else if (halves >= 2)
                    price[first + k] *= f * f;
            }
            generic[static_cast<std::size_t>(e)] *= onA && onB ? f * f : f;
            sum(e);
        }
    };
    auto loopCost = [&](int c) {
        if (!mNeedsLoop) return 0.0;
        double least = std::numeric_limits<double>::infinity();
        for (int l : mClasses[static_cast<std::size_t>(c)].loops) {
            const double cap =
                static_cast<double>(std::max(1L, mLoopCap[static_cast<std::size_t>(l)]));
            least = std::min(
                least, std::exp(alpha *
                                static_cast<double>(mLoopUsed[static_cast<std::size_t>(l)]) / cap) /
                           cap);
        }
        return least;
    };
    std::vector<std::pair<double, int>> ranked;
    auto fits = [&](const PriceRows::Option &o) {
        ++mChecks;
        return mMatrix.slackAfter(o.a, o.b, mKw) >= -kPowerEpsilonKw;
    };
    auto evaluate = [&](int c, int &chosen) {
        const auto &options = rows.options[static_cast<std::size_t>(c)];
        ranked.clear();
        int cheapest = -1;
        for (std::size_t o = 0; o < options.size(); ++o) {
            ranked.push_back({optionCost(options[o]), static_cast<int>(o)});
            if (cheapest < 0 ||
                ranked.back().first < ranked[static_cast<std::size_t>(cheapest)].first)
                cheapest = static_cast<int>(o);
        }
        chosen = -1;
        if (cheapest < 0) return std::numeric_limits<double>::infinity();
        const double weight = classWeight ? (*classWeight)[static_cast<std::size_t>(c)] : 1.0;
        if (fits(options[static_cast<std::size_t>(cheapest)])) {
            chosen = cheapest;
            return weight * (ranked[static_cast<std::size_t>(cheapest)].first + loopCost(c));
        }
        std::sort(ranked.begin(), ranked.end());
        for (const auto &[cost, o] : ranked) {
            if (o != cheapest && fits(options[static_cast<std::size_t>(o)])) {
                chosen = o;
                return weight * (cost + loopCost(c));
            }
        }
        return std::numeric_limits<double>::infinity();
    };

    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    for (std::size_t c = 0; c < mClasses.size(); ++c) {
        int o = -1;
        const double cost = mFree[c] > 0 ? evaluate(static_cast<int>(c), o) : 0.0;
        if (o >= 0) queue.push({cost, static_cast<int>(c)});
    }
    while (!queue.empty() && mTotal < mTotalCap) {
        const int c = queue.top().second;
        queue.pop();
        if (mFree[static_cast<std::size_t>(c)] <= 0) continue;
        int o = -1;
        const double now = evaluate(c, o);
        if (o < 0) continue; // loads only grow: the class stays full
        if (!queue.empty() && now > queue.top().first) {
            queue.push({now, c});
            continue;
        }
        if (!place(c, o)) continue; // its loops are full (or the total is reached)
        priced(rows.options[static_cast<std::size_t>(c)][static_cast<std::size_t>(o)]);
        if (mFree[static_cast<std::size_t>(c)] > 0) queue.push({now, c});
    }
}

std::vector<int> RackAssignment::closestOptions(int c, std::size_t most)
{
    const auto &options = mClasses[static_cast<std::size_t>(c)].options;
    std::vector<std::pair<double, int>> tries;
    for (std::size_t o = 0; o < options.size(); ++o) {
        ++mChecks;
        tries.push_back(
            {-mMatrix.slackAfter(options[o].first, options[o].second, mKw), static_cast<int>(o)});
    }
    std::sort(tries.begin(), tries.end());
    std::vector<int> out;
    for (std::size_t t = 0; t < tries.size() && t < most; ++t)
        out.push_back(tries[t].second);
    return out;
}

bool RackAssignment::fillFrom(int k, int ko)
{
    // What the rack that left (k, ko) freed on its feeds may take a rack of another class.
    const auto [a, b] = mClasses[static_cast<std::size_t>(k)].options[static_cast<std::size_t>(ko)];
    for (int f : {a, b}) {
        for (const auto &[k2, o2] : mUsers[static_cast<std::size_t>(f)]) {
            if (k2 != k && mFree[static_cast<std::size_t>(k2)] > 0 && place(k2, o2)) return true;
        }
    }
    return false;
}

bool RackAssignment::relocateFor(int c, long limit)
{
    // The options closest to fitting first; a rack on one of their feeds makes way and goes to
    // another option of its class, or what it freed takes a rack of another class.
    for (int o : closestOptions(c, 4)) {
        const auto [a, b] =
            mClasses[static_cast<std::size_t>(c)].options[static_cast<std::size_t>(o)];
        for (int f : {a, b}) {
            for (const auto &[k, ko] : mUsers[static_cast<std::size_t>(f)]) {
                if (mChecks > limit) return false;
                if (mCount[static_cast<std::size_t>(k)][static_cast<std::size_t>(ko)] == 0 ||
                    (k == c && ko == o))
                    continue;
                unplace(k, ko);
                if (place(c, o)) {
                    const int other = bestOption(k);
                    if ((other >= 0 && place(k, other)) || fillFrom(k, ko)) return true;
                    unplace(c, o);
                }
                place(k, ko); // back as it was: it fitted before
            }
        }
    }
    return false;
}

bool RackAssignment::fillDirect(int skip)
{
    bool any = false;
    for (bool progress = true; progress && mTotal < mTotalCap;) {
        progress = false;
        for (std::size_t c = 0; c < mClasses.size() && mTotal < mTotalCap; ++c) {
            if (static_cast<int>(c) == skip || mFree[c] <= 0) continue;
            const int o = bestOption(static_cast<int>(c));
            if (o >= 0 && place(static_cast<int>(c), o)) progress = any = true;
        }
    }
    return any;
}

void RackAssignment::shuffle(long budget)
{
    // Empty one class at a time, let the others take what it held, then give it what is left;
    // keep the result unless it has fewer racks (equal is kept: racks move to where they leave
    // more room). Classes with racks, most options first.
    const long limit = mChecks + budget;
    std::vector<int> order;
    for (std::size_t c = 0; c < mClasses.size(); ++c)
        order.push_back(static_cast<int>(c));
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return mClasses[static_cast<std::size_t>(x)].options.size() >
               mClasses[static_cast<std::size_t>(y)].options.size();
    });
    for (bool better = true; better && mChecks < limit;) {
        better = false;
        for (int k : order) {
            if (mChecks >= limit || mTotal >= mTotalCap) return;
            const auto &counts = mCount[static_cast<std::size_t>(k)];
            if (std::all_of(counts.begin(), counts.end(), [](int n) { return n == 0; })) continue;
            const RackAssignment before = *this;
            for (std::size_t o = 0; o < counts.size(); ++o) {
                while (mCount[static_cast<std::size_t>(k)][o] > 0)
                    unplace(k, static_cast<int>(o));
            }
            fillDirect(k);
            fillDirect(-1);
            if (mTotal < before.mTotal) {
                const long checks = mChecks;
                *this = before;
                mChecks = checks;
            } else if (mTotal > before.mTotal) {
                better = true;
            }
        }
    }
}

void RackAssignment::improve(long budget)
{
    const long limit = mChecks + budget;
    bool improved = true;
    while (improved && mTotal < mTotalCap && mChecks < limit) {
        improved = false;
        for (std::size_t c = 0; c < mClasses.size() && mTotal < mTotalCap; ++c) {
            if (mFree[c] <= 0) continue;
            const int o = bestOption(static_cast<int>(c));
            if (o >= 0 && place(static_cast<int>(c), o)) {
                improved = true;
                continue;
            }
            if (relocateFor(static_cast<int>(c), limit)) improved = true;
            if (mChecks >= limit) return;
        }
    }
}

} // namespace hw::core::detail
