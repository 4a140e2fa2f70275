// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "placement_mip.h"

#include "core/geometry/distance.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <set>

namespace hw::bench {

using namespace hw::core;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/** prefix + number, built without operator+ on a literal (GCC 12 -Wrestrict false positive). */
std::string label(const char *prefix, std::size_t i)
{
    std::string s = prefix;
    s += std::to_string(i);
    return s;
}

std::string label(const char *prefix, std::size_t i, std::size_t j)
{
    std::string s = label(prefix, i);
    s += '_';
    s += std::to_string(j);
    return s;
}

std::string num(double v)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.12g", v);
    return buf;
}

/** SPEC §2: capacityKw, else sqrt(3)·V·I·PF·derate/100/1000 (three-phase) or
 * V·I·PF·derate/100/1000. */
double feedCapacityKw(const Feed &f, const Catalog &catalog)
{
    const FeedType *t = f.type.empty() ? nullptr : catalog.feedType(f.type);
    auto pick = [&](auto plan, auto type) { return plan ? plan : (t ? type : decltype(plan){}); };
    if (auto c = pick(f.capacityKw, t ? t->capacityKw : std::nullopt)) return *c;
    const auto v = pick(f.voltageV, t ? t->voltageV : std::nullopt);
    const auto i = pick(f.currentA, t ? t->currentA : std::nullopt);
    if (!v || !i) return 0;
    const int phases = pick(f.phases, t ? t->phases : std::nullopt).value_or(3);
    const double pf = pick(f.powerFactor, t ? t->powerFactor : std::nullopt).value_or(0.99);
    const double derate = pick(f.deratePct, t ? t->deratePct : std::nullopt).value_or(80.0);
    const double k = phases == 1 ? 1.0 : std::sqrt(3.0);
    return k * *v * *i * pf * derate / 100 / 1000;
}

double rackPower(const Rack &r, const Catalog &catalog)
{
    if (r.powerKw) return *r.powerKw;
    const RackType *t = catalog.rackType(r.type);
    return t ? t->maxKw : 0;
}

double rackLiquidFraction(const Rack &r, const Catalog &catalog)
{
    const RackType *t = catalog.rackType(r.type);
    return t ? t->liquidFraction.value_or(0.0) : 0.0;
}

/** Sum of values minus the `redundant` largest; 0 with no more values than that (SPEC §8). */
double usable(std::vector<double> v, int redundant)
{
    if (static_cast<int>(v.size()) <= redundant) return 0;
    std::sort(v.begin(), v.end(), std::greater<>());
    double sum = 0;
    for (std::size_t i = static_cast<std::size_t>(redundant); i < v.size(); ++i)
        sum += v[i];
    return sum;
}

} // namespace

ScenarioLoads::ScenarioLoads(const Hall &hall, const Catalog &catalog) : mHall(hall)
{
    std::map<std::string, int> sourceIndex;
    for (const Source &s : hall.power.sources) {
        sourceIndex[s.id] = static_cast<int>(mSourceCap.size());
        mSourceCap.push_back(s.capacityKw ? *s.capacityKw : -1.0);
    }
    for (const Feed &f : hall.power.feeds) {
        mFeedIndex[f.id] = static_cast<int>(mFeedCap.size());
        mFeedCap.push_back(feedCapacityKw(f, catalog));
        auto it = sourceIndex.find(f.source);
        mFeedSource.push_back(it == sourceIndex.end() ? -1 : it->second);
    }
    const int n = scenarios();
    mFeedLoad.assign(mFeedCap.size(), std::vector<double>(static_cast<std::size_t>(n), 0.0));
    std::vector<int> feeds, up;
    for (const Rack &r : hall.racks) {
        feeds.clear();
        for (const std::string &id : r.feeds) {
            if (auto it = mFeedIndex.find(id); it != mFeedIndex.end()) feeds.push_back(it->second);
        }
        const double p = rackPower(r, catalog);
        for (int s = 0; s < n; ++s) {
            up.clear();
            for (int f : feeds) {
                if (feedUp(f, s)) up.push_back(f);
            }
            for (int f : up)
                mFeedLoad[static_cast<std::size_t>(f)][static_cast<std::size_t>(s)] +=
                    p / static_cast<double>(up.size());
        }
    }
}

bool ScenarioLoads::feedUp(int f, int s) const
{
    if (s == 1 + f) return false;
    const int src = sourceOf(f);
    return !(src >= 0 && s == 1 + feedCount() + src);
}

double ScenarioLoads::sourceLoad(int k, int s) const
{
    double sum = 0;
    for (int f = 0; f < feedCount(); ++f) {
        if (sourceOf(f) == k) sum += feedLoad(f, s);
    }
    return sum;
}

int ScenarioLoads::feedIndex(const std::string &id) const
{
    auto it = mFeedIndex.find(id);
    return it == mFeedIndex.end() ? -1 : it->second;
}

double ScenarioLoads::feedWorst(int f) const
{
    double worst = 0;
    for (int s = 0; s < scenarios(); ++s) {
        if (feedUp(f, s)) worst = std::max(worst, feedLoad(f, s));
    }
    return worst;
}

PlacementMip::PlacementMip(const Hall &hall, const Catalog &catalog, const RackType &type,
                           const std::vector<Slot> &slots)
{
    build(hall, catalog, type, slots);
}

int PlacementMip::addVar(std::string name, double upper, bool integer, double objective)
{
    mVars.push_back({std::move(name), upper, integer, objective});
    return static_cast<int>(mVars.size()) - 1;
}

int PlacementMip::integerVars() const
{
    return static_cast<int>(
        std::count_if(mVars.begin(), mVars.end(), [](const Var &v) { return v.integer; }));
}

void PlacementMip::build(const Hall &hall, const Catalog &catalog, const RackType &type,
                         const std::vector<Slot> &slots)
{
    mSlots = slots;
    const ScenarioLoads loads(hall, catalog);
    const double p = type.maxKw;
    const double lf = type.liquidFraction.value_or(0.0);
    const double q = p * lf;
    mRackKw = p;
    const bool distributed = hall.power.topology.value_or("2N") == "distributed";
    for (const Feed &f : hall.power.feeds)
        mFeedIds.push_back(f.id);
    for (const Loop &l : hall.cooling.loops)
        mLoopIds.push_back(l.id);

    // Feed pairs a new rack may use: both feeds of a 2N pair, or two feeds of different sources.
    if (!distributed) {
        std::map<std::string, std::vector<int>> byName;
        for (std::size_t f = 0; f < hall.power.feeds.size(); ++f) {
            if (!hall.power.feeds[f].pair.empty())
                byName[hall.power.feeds[f].pair].push_back(static_cast<int>(f));
        }
        for (const auto &[name, members] : byName) {
            if (members.size() == 2) mPairs.push_back({members[0], members[1]});
        }
    } else {
        for (int a = 0; a < loads.feedCount(); ++a) {
            for (int b = a + 1; b < loads.feedCount(); ++b) {
                if (loads.sourceOf(a) >= 0 && loads.sourceOf(b) >= 0 &&
                    loads.sourceOf(a) != loads.sourceOf(b))
                    mPairs.push_back({a, b});
            }
        }
    }

    // Reach: a feed's busway path within reachM of the slot centre; a loop with a CDU within
    // maxPipeRunM (Manhattan).
    std::map<std::string, int> loopIndex;
    for (std::size_t l = 0; l < hall.cooling.loops.size(); ++l)
        loopIndex[hall.cooling.loops[l].id] = static_cast<int>(l);
    std::vector<std::vector<Vec2>> cdusOfLoop(hall.cooling.loops.size());
    for (const Cdu &c : hall.cooling.cdus) {
        if (auto it = loopIndex.find(c.loop); it != loopIndex.end())
            cdusOfLoop[static_cast<std::size_t>(it->second)].push_back(c.position);
    }
    std::map<std::pair<std::vector<int>, std::vector<int>>, int> classIndex;
    std::vector<std::vector<int>> classPairs, classLoops;
    std::vector<bool> reach(hall.power.feeds.size());
    for (const Slot &slot : slots) {
        for (std::size_t f = 0; f < hall.power.feeds.size(); ++f) {
            const Feed &feed = hall.power.feeds[f];
            reach[f] = feed.path.empty() || distanceToPolyline(slot.center, feed.path) <=
                                                feed.reachM.value_or(3.0) + 1e-9;
        }
        std::vector<int> pairs, loopsReached;
        for (std::size_t i = 0; i < mPairs.size(); ++i) {
            if (reach[static_cast<std::size_t>(mPairs[i].first)] &&
                reach[static_cast<std::size_t>(mPairs[i].second)])
                pairs.push_back(static_cast<int>(i));
        }
        if (q > 0) {
            for (std::size_t l = 0; l < hall.cooling.loops.size(); ++l) {
                const auto &limit = hall.cooling.loops[l].maxPipeRunM;
                bool ok = false;
                for (const Vec2 &c : cdusOfLoop[l])
                    ok = ok || !limit || manhattan(slot.center, c) <= *limit + 1e-9;
                if (ok) loopsReached.push_back(static_cast<int>(l));
            }
        }
        if (pairs.empty() || (q > 0 && loopsReached.empty())) {
            mSlotClass.push_back(-1);
            ++mUnreachable;
            continue;
        }
        auto [it, inserted] = classIndex.emplace(std::make_pair(pairs, loopsReached),
                                                 static_cast<int>(mClassSize.size()));
        if (inserted) {
            mClassSize.push_back(0);
            classPairs.push_back(pairs);
            classLoops.push_back(loopsReached);
        }
        ++mClassSize[static_cast<std::size_t>(it->second)];
        mSlotClass.push_back(it->second);
    }

    // Variables.
    const int nClasses = classCount();
    mClassPairVar.resize(static_cast<std::size_t>(nClasses));
    mClassLoopVar.resize(static_cast<std::size_t>(nClasses));
    std::vector<std::vector<int>> yOfPair(mPairs.size()), zOfLoop(hall.cooling.loops.size());
    for (int c = 0; c < nClasses; ++c) {
        const double size = mClassSize[static_cast<std::size_t>(c)];
        for (int pi : classPairs[static_cast<std::size_t>(c)]) {
            const int v =
                addVar(label("y", static_cast<std::size_t>(c), static_cast<std::size_t>(pi)), size,
                       true, 0);
            mClassPairVar[static_cast<std::size_t>(c)][pi] = v;
            yOfPair[static_cast<std::size_t>(pi)].push_back(v);
        }
        for (int l : classLoops[static_cast<std::size_t>(c)]) {
            const int v =
                addVar(label("z", static_cast<std::size_t>(c), static_cast<std::size_t>(l)), size,
                       true, 0);
            mClassLoopVar[static_cast<std::size_t>(c)][l] = v;
            zOfLoop[static_cast<std::size_t>(l)].push_back(v);
        }
    }
    std::vector<int> nVar(mPairs.size(), -1), mVar(hall.cooling.loops.size(), -1);
    for (std::size_t pi = 0; pi < mPairs.size(); ++pi) {
        if (!yOfPair[pi].empty()) nVar[pi] = addVar(label("n", pi), kInf, true, 1);
    }
    for (std::size_t l = 0; l < zOfLoop.size(); ++l) {
        if (!zOfLoop[l].empty()) mVar[l] = addVar(label("m", l), kInf, true, 0);
    }

    // Class sizes and the link between power and cooling choices of a class.
    for (int c = 0; c < nClasses; ++c) {
        Row size{label("class", static_cast<std::size_t>(c)),
                 'L',
                 static_cast<double>(mClassSize[static_cast<std::size_t>(c)]),
                 {},
                 "class"};
        for (const auto &[pi, v] : mClassPairVar[static_cast<std::size_t>(c)])
            size.terms.push_back({v, 1.0});
        mRows.push_back(size);
        if (q > 0) {
            Row link{label("link", static_cast<std::size_t>(c)), 'E', 0, size.terms, "link"};
            for (const auto &[l, v] : mClassLoopVar[static_cast<std::size_t>(c)])
                link.terms.push_back({v, -1.0});
            mRows.push_back(link);
        }
    }
    for (std::size_t pi = 0; pi < mPairs.size(); ++pi) {
        if (nVar[pi] < 0) continue;
        Row sum{label("pairsum", pi), 'E', 0, {{nVar[pi], 1.0}}, "link"};
        for (int v : yOfPair[pi])
            sum.terms.push_back({v, -1.0});
        mRows.push_back(sum);
    }
    for (std::size_t l = 0; l < zOfLoop.size(); ++l) {
        if (mVar[l] < 0) continue;
        Row sum{label("loopsum", l), 'E', 0, {{mVar[l], 1.0}}, "link"};
        for (int v : zOfLoop[l])
            sum.terms.push_back({v, -1.0});
        mRows.push_back(sum);
    }

    // Power: each new rack on pair (a, b) puts P / (surviving feeds) on each surviving feed.
    auto share = [&](std::size_t pi, int feed, int s) {
        const auto [a, b] = mPairs[pi];
        const bool aUp = loads.feedUp(a, s), bUp = loads.feedUp(b, s);
        const int up = (aUp ? 1 : 0) + (bUp ? 1 : 0);
        if ((feed == a && !aUp) || (feed == b && !bUp) || up == 0) return 0.0;
        return p / up;
    };
    using Key = std::vector<std::pair<int, double>>;
    auto addMerged = [&](std::map<Key, double> &rowsOf, Key key, double rhs) {
        if (key.empty()) return;
        auto [it, inserted] = rowsOf.emplace(std::move(key), rhs);
        if (!inserted) it->second = std::min(it->second, rhs);
    };
    for (int f = 0; f < loads.feedCount(); ++f) {
        std::map<Key, double> rowsOf;
        for (int s = 0; s < loads.scenarios(); ++s) {
            if (!loads.feedUp(f, s)) continue;
            Key key;
            for (std::size_t pi = 0; pi < mPairs.size(); ++pi) {
                if (nVar[pi] < 0 || (mPairs[pi].first != f && mPairs[pi].second != f)) continue;
                if (const double c = share(pi, f, s); c > 0) key.push_back({nVar[pi], c});
            }
            addMerged(rowsOf, std::move(key), loads.feedCapacity(f) - loads.feedLoad(f, s));
        }
        int k = 0;
        for (auto &[key, rhs] : rowsOf)
            mRows.push_back(
                {label("feed", static_cast<std::size_t>(f), static_cast<std::size_t>(k++)), 'L',
                 rhs, key, "feed"});
    }
    for (int src = 0; src < loads.sourceCount(); ++src) {
        if (loads.sourceCapacity(src) < 0) continue;
        std::map<Key, double> rowsOf;
        for (int s = 0; s < loads.scenarios(); ++s) {
            if (!loads.sourceUp(src, s)) continue;
            Key key;
            for (std::size_t pi = 0; pi < mPairs.size(); ++pi) {
                if (nVar[pi] < 0) continue;
                double c = 0;
                for (int f : {mPairs[pi].first, mPairs[pi].second}) {
                    if (loads.sourceOf(f) == src) c += share(pi, f, s);
                }
                if (c > 0) key.push_back({nVar[pi], c});
            }
            addMerged(rowsOf, std::move(key), loads.sourceCapacity(src) - loads.sourceLoad(src, s));
        }
        int k = 0;
        for (auto &[key, rhs] : rowsOf)
            mRows.push_back(
                {label("source", static_cast<std::size_t>(src), static_cast<std::size_t>(k++)), 'L',
                 rhs, key, "source"});
    }

    // Liquid: heat Q = P·lf and flow Q / (rho·cp·ΔT) · 60 against the N+k usable capacity.
    if (q > 0) {
        for (std::size_t l = 0; l < hall.cooling.loops.size(); ++l) {
            if (mVar[l] < 0) continue;
            const Loop &loop = hall.cooling.loops[l];
            const Coolant *coolant = catalog.coolant(loop.coolant.value_or("water"));
            const double rho = coolant ? coolant->densityKgPerL : 1.0,
                         cp = coolant ? coolant->cpKjPerKgK : 4.18;
            const double perKw = 60.0 / (rho * cp * loop.deltaTK.value_or(10.0));
            std::vector<double> heat, flow;
            for (const Cdu &c : hall.cooling.cdus) {
                if (c.loop != loop.id) continue;
                const CduType *t = c.type.empty() ? nullptr : catalog.cduType(c.type);
                heat.push_back(c.capacityKw ? *c.capacityKw
                                            : (t && t->capacityKw ? *t->capacityKw : 0.0));
                flow.push_back(c.maxFlowLpm ? *c.maxFlowLpm
                                            : (t && t->maxFlowLpm ? *t->maxFlowLpm : 0.0));
            }
            double existing = 0;
            for (const Rack &r : hall.racks) {
                if (r.loop == loop.id)
                    existing += rackPower(r, catalog) * rackLiquidFraction(r, catalog);
            }
            const int redundant = loop.redundantCdus.value_or(1);
            mRows.push_back({label("heat", l),
                             'L',
                             usable(heat, redundant) - existing,
                             {{mVar[l], q}},
                             "loop-heat"});
            mRows.push_back({label("flow", l),
                             'L',
                             usable(flow, redundant) - existing * perKw,
                             {{mVar[l], q * perKw}},
                             "loop-flow"});
        }
    }

    // Air: the residual heat of all racks plus other load against (units - redundant) · unitKw.
    if (hall.cooling.air && p * (1 - lf) > 0) {
        const Air &air = *hall.cooling.air;
        double load = air.otherLoadKw.value_or(0.0);
        for (const Rack &r : hall.racks)
            load += rackPower(r, catalog) * (1 - rackLiquidFraction(r, catalog));
        Row row{"air",
                'L',
                (air.units - air.redundantUnits.value_or(1)) * air.unitKw - load,
                {},
                "air"};
        for (int v : nVar) {
            if (v >= 0) row.terms.push_back({v, p * (1 - lf)});
        }
        if (!row.terms.empty()) mRows.push_back(row);
    }

    // Every variable is integer, so a capacity row whose coefficients are integer multiples of
    // the smallest (P/2 and P for power, Q for a loop) may be divided by it and its right-hand
    // side rounded down (Chvátal-Gomory): the same integer solutions, a tighter LP relaxation.
    for (Row &row : mRows) {
        if (row.sense != 'L' || row.group == "class" || row.terms.empty()) continue;
        double g = kInf;
        for (const auto &t : row.terms)
            g = std::min(g, std::fabs(t.second));
        bool integral = true;
        for (const auto &t : row.terms)
            integral = integral && std::fabs(t.second / g - std::round(t.second / g)) < 1e-9;
        if (!integral) continue;
        for (auto &t : row.terms)
            t.second = std::round(t.second / g);
        row.rhs = std::floor((row.rhs + 1e-6) / g + 1e-9);
    }
}

std::string PlacementMip::lpText() const
{
    std::string out = "\\ Hallwright placement MIP (tests/bench/bench_placement_quality.cpp)\n";
    out += "\\ " + std::to_string(slotCount()) + " slots, " + std::to_string(classCount()) +
           " classes, " + std::to_string(pairCount()) + " feed pairs\n";
    for (std::size_t i = 0; i < mPairs.size(); ++i)
        out += "\\ pair " + std::to_string(i) + ": " +
               mFeedIds[static_cast<std::size_t>(mPairs[i].first)] + " + " +
               mFeedIds[static_cast<std::size_t>(mPairs[i].second)] + "\n";
    auto terms = [&](const std::vector<std::pair<int, double>> &t) {
        std::string s;
        for (std::size_t i = 0; i < t.size(); ++i) {
            const double c = t[i].second;
            s += (c < 0 ? " - " : (i == 0 ? " " : " + ")) + num(std::fabs(c)) + " " +
                 mVars[static_cast<std::size_t>(t[i].first)].name;
            if (i % 8 == 7) s += "\n ";
        }
        return s;
    };
    out += "Maximize\n obj:";
    std::vector<std::pair<int, double>> obj;
    for (std::size_t v = 0; v < mVars.size(); ++v) {
        if (mVars[v].objective != 0) obj.push_back({static_cast<int>(v), mVars[v].objective});
    }
    out += terms(obj) + "\nSubject To\n";
    for (const Row &r : mRows)
        out += " " + r.name + ":" + terms(r.terms) + (r.sense == 'E' ? " = " : " <= ") +
               num(r.rhs) + "\n";
    out += "Bounds\n";
    for (const Var &v : mVars) {
        if (std::isfinite(v.upper)) out += " 0 <= " + v.name + " <= " + num(v.upper) + "\n";
    }
    out += "General\n";
    int k = 0;
    for (const Var &v : mVars) {
        if (v.integer) out += (k++ % 10 == 0 ? "\n " : " ") + v.name;
    }
    out += "\nEnd\n";
    return out;
}

std::string PlacementMip::mpsText() const
{
    std::vector<std::vector<std::pair<int, double>>> columns(mVars.size());
    for (std::size_t r = 0; r < mRows.size(); ++r) {
        for (const auto &[v, c] : mRows[r].terms)
            columns[static_cast<std::size_t>(v)].push_back({static_cast<int>(r), c});
    }
    std::string out = "NAME hallwright_placement\nROWS\n N obj\n";
    for (const Row &r : mRows)
        out += std::string(" ") + r.sense + " " + r.name + "\n";
    out += "COLUMNS\n";
    bool inInt = false;
    int marker = 0;
    for (std::size_t v = 0; v < mVars.size(); ++v) {
        if (mVars[v].integer != inInt) {
            out += " M" + std::to_string(marker++) + " 'MARKER' " +
                   (mVars[v].integer ? "'INTORG'\n" : "'INTEND'\n");
            inInt = mVars[v].integer;
        }
        if (mVars[v].objective != 0)
            out += " " + mVars[v].name + " obj " + num(-mVars[v].objective) + "\n";
        for (const auto &[r, c] : columns[v])
            out += " " + mVars[v].name + " " + mRows[static_cast<std::size_t>(r)].name + " " +
                   num(c) + "\n";
        if (columns[v].empty() && mVars[v].objective == 0) out += " " + mVars[v].name + " obj 0\n";
    }
    if (inInt) out += " M" + std::to_string(marker) + " 'MARKER' 'INTEND'\n";
    out += "RHS\n";
    for (const Row &r : mRows) {
        if (r.rhs != 0) out += " RHS " + r.name + " " + num(r.rhs) + "\n";
    }
    out += "BOUNDS\n";
    for (const Var &v : mVars) {
        if (std::isfinite(v.upper))
            out += " UP BND " + v.name + " " + num(v.upper) + "\n";
        else if (v.integer)
            out += " PL BND " + v.name + "\n";
    }
    out += "ENDATA\n";
    return out;
}

double PlacementMip::rowSlackInRacks(const Row &row, const std::vector<double> &x) const
{
    double lhs = 0, largest = 0;
    for (const auto &[v, c] : row.terms) {
        lhs += c * x[static_cast<std::size_t>(v)];
        largest = std::max(largest, std::fabs(c));
    }
    return largest > 0 ? (row.rhs - lhs) / largest : kInf;
}

std::vector<Rack> PlacementMip::realise(const std::map<std::string, double> &values,
                                        const std::string &type) const
{
    auto value = [&](int var) {
        const auto it = values.find(mVars[static_cast<std::size_t>(var)].name);
        return it == values.end() ? 0 : static_cast<int>(std::lround(it->second));
    };
    std::vector<Rack> out;
    for (int c = 0; c < classCount(); ++c) {
        std::vector<int> slots, loops;
        std::vector<std::pair<int, int>> pairs;
        for (std::size_t s = 0; s < mSlotClass.size(); ++s) {
            if (mSlotClass[s] == c) slots.push_back(static_cast<int>(s));
        }
        for (const auto &[p, var] : mClassPairVar[static_cast<std::size_t>(c)])
            pairs.insert(pairs.end(), static_cast<std::size_t>(value(var)),
                         mPairs[static_cast<std::size_t>(p)]);
        for (const auto &[l, var] : mClassLoopVar[static_cast<std::size_t>(c)])
            loops.insert(loops.end(), static_cast<std::size_t>(value(var)), l);
        for (std::size_t k = 0; k < pairs.size() && k < slots.size(); ++k) {
            const core::Slot &slot = mSlots[static_cast<std::size_t>(slots[k])];
            Rack r;
            r.id = "MIP-" + std::to_string(out.size() + 1);
            r.type = type;
            r.position = slot.center;
            if (slot.rotation != 0) r.rotationDeg = slot.rotation;
            r.feeds = {mFeedIds[static_cast<std::size_t>(pairs[k].first)],
                       mFeedIds[static_cast<std::size_t>(pairs[k].second)]};
            if (k < loops.size()) r.loop = mLoopIds[static_cast<std::size_t>(loops[k])];
            out.push_back(std::move(r));
        }
    }
    return out;
}

PlacementMip::Check PlacementMip::check(const std::vector<Rack> &racks) const
{
    Check out;
    std::vector<double> x(mVars.size(), 0.0);
    std::vector<int> used(mSlotClass.size(), 0);
    std::map<std::string, int> feedIndex, loopIndex;
    for (std::size_t f = 0; f < mFeedIds.size(); ++f)
        feedIndex[mFeedIds[f]] = static_cast<int>(f);
    for (std::size_t l = 0; l < mLoopIds.size(); ++l)
        loopIndex[mLoopIds[l]] = static_cast<int>(l);
    auto fail = [&](std::string why) {
        if (out.feasible) out.problem = std::move(why);
        out.feasible = false;
    };
    for (const Rack &r : racks) {
        int slot = -1;
        for (std::size_t s = 0; s < mSlots.size(); ++s) {
            if (std::fabs(mSlots[s].center.x - r.position.x) < 1e-6 &&
                std::fabs(mSlots[s].center.y - r.position.y) < 1e-6 &&
                mSlots[s].rotation == r.rotation())
                slot = static_cast<int>(s);
        }
        if (slot < 0) {
            fail(r.id + ": not on a slot of the layout");
            continue;
        }
        if (used[static_cast<std::size_t>(slot)]++ > 0) fail(r.id + ": a second rack on one slot");
        const int c = mSlotClass[static_cast<std::size_t>(slot)];
        if (c < 0 || r.feeds.size() != 2) {
            fail(r.id + ": slot out of reach or not two feeds");
            continue;
        }
        int a = feedIndex.count(r.feeds[0]) ? feedIndex[r.feeds[0]] : -1;
        int b = feedIndex.count(r.feeds[1]) ? feedIndex[r.feeds[1]] : -1;
        int pair = -1;
        for (std::size_t pi = 0; pi < mPairs.size(); ++pi) {
            if ((mPairs[pi].first == a && mPairs[pi].second == b) ||
                (mPairs[pi].first == b && mPairs[pi].second == a))
                pair = static_cast<int>(pi);
        }
        const auto &pv = mClassPairVar[static_cast<std::size_t>(c)];
        if (pair < 0 || !pv.count(pair)) {
            fail(r.id + ": feeds " + r.feeds[0] + " + " + r.feeds[1] +
                 " are not a pair reachable from its slot");
            continue;
        }
        x[static_cast<std::size_t>(pv.at(pair))] += 1;
        const auto &lv = mClassLoopVar[static_cast<std::size_t>(c)];
        if (!lv.empty()) {
            auto it = loopIndex.find(r.loop);
            if (it == loopIndex.end() || !lv.count(it->second)) {
                fail(r.id + ": loop \"" + r.loop + "\" not reachable from its slot");
                continue;
            }
            x[static_cast<std::size_t>(lv.at(it->second))] += 1;
        }
        ++out.racks;
    }
    // The aggregates follow from their defining rows.
    for (const Row &row : mRows) {
        if (row.name.rfind("pairsum", 0) == 0 || row.name.rfind("loopsum", 0) == 0) {
            double sum = 0;
            for (std::size_t i = 1; i < row.terms.size(); ++i)
                sum -= row.terms[i].second * x[static_cast<std::size_t>(row.terms[i].first)];
            x[static_cast<std::size_t>(row.terms[0].first)] = sum;
        }
    }
    std::set<std::string> tight;
    for (const Row &row : mRows) {
        double lhs = 0;
        for (const auto &[v, c] : row.terms)
            lhs += c * x[static_cast<std::size_t>(v)];
        const bool ok = row.sense == 'E' ? std::fabs(lhs - row.rhs) <= 1e-6 : lhs <= row.rhs + 1e-6;
        if (!ok)
            fail("row " + row.name + " (" + row.group + "): " + num(lhs) +
                 (row.sense == 'E' ? " != " : " > ") + num(row.rhs));
        if (row.sense == 'L' && row.group != "class" && rowSlackInRacks(row, x) < 1.0)
            tight.insert(row.group);
    }
    out.tight.assign(tight.begin(), tight.end());
    for (std::size_t v = 0; v < x.size(); ++v) {
        if (x[v] != 0) out.values += mVars[v].name + "=" + num(x[v]) + " ";
    }
    return out;
}

} // namespace hw::bench
