// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "support/plan_builder.h"

#include "core/engine/evaluate.h"
#include "core/engine/plan_validator.h"
#include "core/io/builtin_catalog.h"

#include <algorithm>
#include <stdexcept>

namespace hw::test {

using namespace hw::core;

Hall makeHall(const std::string &id, double widthM, double depthM)
{
    Hall h;
    h.id = id;
    h.name = "Hall " + id;
    h.outline = {{0, 0}, {widthM, 0}, {widthM, depthM}, {0, depthM}};
    return h;
}

Vec2 rackSlot(int i)
{
    if (i < 0 || i >= 80) throw std::out_of_range("rack slot " + std::to_string(i));
    return {2.3 + 0.6 * (i % 20), 4.0 + 5.0 * (i / 20)};
}

Vec2 cduSlot(int i)
{
    return {2.0 + 2.0 * i, 27.0};
}

Rack makeRack(const std::string &id, Vec2 position, std::vector<std::string> feeds,
              const std::string &loop, const std::string &type)
{
    Rack r;
    r.id = id;
    r.type = type;
    r.position = position;
    r.feeds = std::move(feeds);
    r.loop = loop;
    return r;
}

Source makeSource(const std::string &id, std::optional<double> capacityKw)
{
    Source s;
    s.id = id;
    s.capacityKw = capacityKw;
    return s;
}

Feed makeFeed(const std::string &id, const std::string &source, const std::string &pair,
              double capacityKw)
{
    Feed f;
    f.id = id;
    f.source = source;
    f.pair = pair;
    f.capacityKw = capacityKw;
    return f;
}

Loop makeLoop(const std::string &id, const std::string &coolant, int redundantCdus)
{
    Loop l;
    l.id = id;
    l.coolant = coolant;
    l.redundantCdus = redundantCdus;
    return l;
}

Cdu makeCdu(const std::string &id, const std::string &loop, Vec2 position, double capacityKw,
            double maxFlowLpm)
{
    Cdu c;
    c.id = id;
    c.loop = loop;
    c.position = position;
    c.widthM = 1.2;
    c.depthM = 1.2;
    c.capacityKw = capacityKw;
    c.maxFlowLpm = maxFlowLpm;
    return c;
}

Hall threeSourceHall(const std::string &id, const std::vector<std::string> &feeds, double feedKw)
{
    Hall h = makeHall(id);
    h.power.topology = "distributed";
    h.power.sources = {makeSource("S1"), makeSource("S2"), makeSource("S3")};
    for (std::size_t i = 0; i < feeds.size(); ++i)
        h.power.feeds.push_back(makeFeed(feeds[i], numbered("S", int(i) + 1), "", feedKw));
    return h;
}

std::string numbered(const std::string &prefix, int n)
{
    std::string s = prefix;
    s += std::to_string(n);
    return s;
}

Plan makePlan(std::vector<Hall> halls)
{
    Plan p;
    p.name = "Test plan";
    p.halls = std::move(halls);
    return p;
}

std::string planProblems(const Plan &plan)
{
    std::string out;
    for (const Problem &p : validatePlan(plan, builtinCatalog()))
        out += p.toString() + "\n";
    return out;
}

EvaluationReport evaluateValid(const Plan &plan, bool spaceHeadroom)
{
    const std::string problems = planProblems(plan);
    if (!problems.empty()) throw std::runtime_error("the test plan is not valid:\n" + problems);
    EvaluateOptions options;
    options.spaceHeadroom = spaceHeadroom;
    return evaluate(plan, builtinCatalog(), options);
}

std::vector<Violation> withCode(const std::vector<Violation> &all, const std::string &code)
{
    std::vector<Violation> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const Violation &v) { return v.code == code; });
    return out;
}

std::vector<Violation> withCodes(const std::vector<Violation> &all,
                                 const std::vector<std::string> &codes)
{
    std::vector<Violation> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const Violation &v) {
        return std::find(codes.begin(), codes.end(), v.code) != codes.end();
    });
    return out;
}

std::string describe(const std::vector<Violation> &violations)
{
    std::string out;
    for (const Violation &v : violations) {
        if (!out.empty()) out += ' ';
        out += v.code + '[';
        for (std::size_t i = 0; i < v.objects.size(); ++i)
            out += (i ? "," : "") + v.objects[i];
        out += ']';
    }
    return out;
}

int strandedSlots(const Stranded &stranded)
{
    return stranded.slots;
}

namespace {

template <class T> const T *byId(const std::vector<T> &items, const std::string &id)
{
    auto it = std::find_if(items.begin(), items.end(), [&](const T &t) { return t.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

const FeedReport *findFeed(const HallReport &hall, const std::string &id)
{
    return byId(hall.feeds, id);
}
const SourceReport *findSource(const HallReport &hall, const std::string &id)
{
    return byId(hall.sources, id);
}
const LoopReport *findLoop(const HallReport &hall, const std::string &id)
{
    return byId(hall.loops, id);
}

} // namespace hw::test
