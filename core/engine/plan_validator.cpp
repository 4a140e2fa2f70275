// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/engine/plan_validator.h"

#include "core/geometry/polygon_checks.h"
#include "core/model/plan_limits.h"
#include "core/model/resolve.h"
#include "core/model/scenario_plan.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

namespace hw::core {

namespace {

std::string at(const std::string &place, const char *key) { return place + "." + key; }
std::string at(const std::string &place, const char *key, std::size_t i)
{
    return place + "." + key + "[" + std::to_string(i) + "]";
}
/** A value in quotes for a message; a very long one is cut, so that a message stays readable. */
std::string quoted(const std::string &s)
{
    constexpr std::size_t kShown = 60;
    if (s.size() <= kShown)
        return "\"" + s + "\"";
    std::size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 character
    return "\"" + s.substr(0, cut) + "\"... (" + std::to_string(s.size()) + " bytes)";
}

std::string num(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

/** Collects problems and knows the checks every kind of object shares. */
class Checker
{
public:
    explicit Checker(std::vector<Problem> &out) : mOut(out) {}

    void problem(std::string place, std::string message)
    {
        mOut.push_back({std::move(place), std::move(message)});
    }

    /** A number that came from code rather than JSON may be infinite or NaN (SPEC §2). */
    bool finite(const std::optional<double> &v, const std::string &place, const char *key)
    {
        if (!v || std::isfinite(*v))
            return true;
        problem(at(place, key), "must be a finite number, found " + num(*v));
        return false;
    }
    void finitePoint(const Vec2 &v, const std::string &place)
    {
        if (!std::isfinite(v.x) || !std::isfinite(v.y))
            problem(place, "the coordinates must be finite numbers, found [" + num(v.x) + ", " +
                               num(v.y) + "]");
        else if (std::fabs(v.x) > kMaxMetres || std::fabs(v.y) > kMaxMetres)
            problem(place, "the coordinates must be within ±" + num(kMaxMetres) + " m, found [" +
                               num(v.x) + ", " + num(v.y) + "]");
    }
    /** A length in metres no real site exceeds (the geometry stays exact well within it). */
    void withinSite(const std::optional<double> &v, const std::string &place, const char *key,
                    const char *unit)
    {
        if (v && std::isfinite(*v) && std::string_view(unit) == "m" && *v > kMaxMetres)
            problem(at(place, key), "must be at most " + num(kMaxMetres) + " m, found " + num(*v));
    }
    void finitePoints(const Polyline &line, const std::string &place)
    {
        for (std::size_t i = 0; i < line.size(); ++i)
            finitePoint(line[i], place + "[" + std::to_string(i) + "]");
    }

    void positive(const std::optional<double> &v, const std::string &place, const char *key,
                  const char *unit)
    {
        if (finite(v, place, key) && v && !(*v > 0))
            problem(at(place, key), "must be more than 0 " + std::string(unit) + ", found " + num(*v));
        withinSite(v, place, key, unit);
    }
    void positive(double v, const std::string &place, const char *key, const char *unit)
    {
        positive(std::optional<double>(v), place, key, unit);
    }
    void nonNegative(const std::optional<double> &v, const std::string &place, const char *key,
                     const char *unit)
    {
        if (finite(v, place, key) && v && !(*v >= 0))
            problem(at(place, key), "must not be negative (" + std::string(unit) + "), found " +
                                        num(*v));
        withinSite(v, place, key, unit);
    }
    void nonNegative(const std::optional<int> &v, const std::string &place, const char *key)
    {
        if (v && *v < 0)
            problem(at(place, key), "must not be negative, found " + std::to_string(*v));
    }
    void inRange(const std::optional<double> &v, const std::string &place, const char *key,
                 double lo, double hi, bool loOpen)
    {
        if (!v || !finite(v, place, key))
            return;
        const bool okLo = loOpen ? *v > lo : *v >= lo;
        if (!okLo || *v > hi)
            problem(at(place, key), "must be " + std::string(loOpen ? "more than " : "at least ") +
                                        num(lo) + " and at most " + num(hi) + ", found " + num(*v));
    }
    void rotation(const std::optional<int> &deg, const std::string &place)
    {
        if (deg && *deg % 90 != 0)
            problem(at(place, "rotationDeg"),
                    "must be a multiple of 90, found " + std::to_string(*deg));
    }
    void polygon(const Polyline &ring, const std::string &place)
    {
        // Finite points beyond the site's range are reported as such, and the shape of that
        // polygon is not checked (Boost.Geometry's robust rescaling overflows on them: a fuzz
        // finding). Points that are not finite at all are checkPolygon()'s NotFinite.
        for (const Vec2 &v : ring) {
            if (std::isfinite(v.x) && std::isfinite(v.y) &&
                (std::fabs(v.x) > kMaxMetres || std::fabs(v.y) > kMaxMetres)) {
                finitePoints(ring, place);
                return;
            }
        }
        const PolygonProblem p = checkPolygon(ring);
        if (p != PolygonProblem::None)
            problem(place, describe(p));
    }
    void id(const std::string &id, const std::string &place)
    {
        if (id.empty())
            problem(at(place, "id"), "must not be empty");
        else if (id.size() > kMaxIdBytes)
            problem(at(place, "id"), "is " + std::to_string(id.size()) +
                                         " bytes long; an id is at most " +
                                         std::to_string(kMaxIdBytes));
    }

    /** Registers a plan-wide id of `kind`; a second use is a problem naming the first. */
    void unique(std::map<std::string, std::string> &seen, const char *kind, const std::string &id,
                const std::string &place)
    {
        if (id.empty())
            return;
        auto [it, inserted] = seen.emplace(id, place);
        if (!inserted)
            problem(at(place, "id"), std::string("duplicate ") + kind + " id " + quoted(id) +
                                         " (also " + it->second + ")");
    }

private:
    std::vector<Problem> &mOut;
};

bool isIsoDate(const std::string &s)
{
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
        return false;
    if (s[4] != '-' || s[7] != '-' || m < 1 || m > 12 || d < 1)
        return false;
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= (m == 2 && !leap ? 28 : days[m - 1]);
}

void checkCatalogSection(Checker &c, const Catalog &cat, const std::string &place)
{
    std::set<std::string> seen;
    auto dup = [&](const std::string &id, const std::string &p, const char *kind) {
        if (!seen.insert(std::string(kind) + "/" + id).second)
            c.problem(at(p, "id"), std::string("duplicate ") + kind + " id " + quoted(id));
    };
    for (std::size_t i = 0; i < cat.rackTypes.size(); ++i) {
        const RackType &t = cat.rackTypes[i];
        const std::string p = at(place, "rackTypes", i);
        c.id(t.id, p);
        dup(t.id, p, "rack type");
        c.positive(t.widthM, p, "widthM", "m");
        c.positive(t.depthM, p, "depthM", "m");
        c.positive(t.heightM, p, "heightM", "m");
        c.positive(t.weightKg, p, "weightKg", "kg");
        c.positive(t.maxKw, p, "maxKw", "kW");
        c.nonNegative(t.typicalKw, p, "typicalKw", "kW");
        c.inRange(t.liquidFraction, p, "liquidFraction", 0.0, 1.0, false);
        c.nonNegative(t.gpus, p, "gpus");
        for (const auto &[precision, v] : t.pflops) {
            const std::string pp = at(p, "pflops") + "." + precision;
            if (!std::isfinite(v))
                c.problem(pp, "must be a finite number, found " + num(v));
            else if (v < 0)
                c.problem(pp, "must not be negative, found " + num(v));
        }
    }
    for (std::size_t i = 0; i < cat.cduTypes.size(); ++i) {
        const CduType &t = cat.cduTypes[i];
        const std::string p = at(place, "cduTypes", i);
        c.id(t.id, p);
        dup(t.id, p, "CDU type");
        c.positive(t.widthM, p, "widthM", "m");
        c.positive(t.depthM, p, "depthM", "m");
        c.positive(t.capacityKw, p, "capacityKw", "kW");
        c.positive(t.maxFlowLpm, p, "maxFlowLpm", "L/min");
    }
    for (std::size_t i = 0; i < cat.feedTypes.size(); ++i) {
        const FeedType &t = cat.feedTypes[i];
        const std::string p = at(place, "feedTypes", i);
        c.id(t.id, p);
        dup(t.id, p, "feed type");
        c.positive(t.capacityKw, p, "capacityKw", "kW");
        c.positive(t.voltageV, p, "voltageV", "V");
        c.positive(t.currentA, p, "currentA", "A");
        if (t.phases && *t.phases != 1 && *t.phases != 3)
            c.problem(at(p, "phases"), "must be 3 or 1, found " + std::to_string(*t.phases));
        c.inRange(t.powerFactor, p, "powerFactor", 0.0, 1.0, true);
        c.inRange(t.deratePct, p, "deratePct", 0.0, 100.0, true);
    }
    for (std::size_t i = 0; i < cat.coolants.size(); ++i) {
        const Coolant &k = cat.coolants[i];
        const std::string p = at(place, "coolants", i);
        c.id(k.id, p);
        dup(k.id, p, "coolant");
        c.positive(k.densityKgPerL, p, "densityKgPerL", "kg/L");
        c.positive(k.cpKjPerKgK, p, "cpKjPerKgK", "kJ/(kg·K)");
    }
}

/** Plan-wide registries of ids per kind (SPEC §8). */
struct IdRegistry
{
    std::map<std::string, std::string> halls, racks, feeds, sources, loops, cdus, obstacles, phases,
        tenants, reservations;
};

void checkAssumptions(Checker &c, const Assumptions &a, const std::string &p)
{
    c.inRange(a.pue, p, "pue", 1.0, 10.0, false);
    c.nonNegative(a.electricityPricePerMwh, p, "electricityPricePerMwh", "per MWh");
    c.nonNegative(a.carbonKgPerMwh, p, "carbonKgPerMwh", "kg CO2e/MWh");
    if (a.currency && a.currency->empty())
        c.problem(at(p, "currency"), "must not be empty");
}

bool isColor(const std::string &s)
{
    if (s.size() != 7 || s[0] != '#')
        return false;
    return std::all_of(s.begin() + 1, s.end(), [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)); });
}

void checkHall(Checker &c, const Hall &h, const std::string &p, const Catalog &cat,
               const std::set<std::string> &phaseIds, const std::set<std::string> &tenantIds, IdRegistry &ids)
{
    c.id(h.id, p);
    c.unique(ids.halls, "hall", h.id, p);
    if (h.origin)
        c.finitePoint(*h.origin, at(p, "origin"));
    c.polygon(h.outline, at(p, "outline"));
    for (std::size_t i = 0; i < h.obstacles.size(); ++i) {
        const Obstacle &o = h.obstacles[i];
        const std::string op = at(p, "obstacles", i);
        c.id(o.id, op);
        c.unique(ids.obstacles, "obstacle", o.id, op);
        c.polygon(o.polygon, at(op, "polygon"));
    }
    c.positive(h.floorLoadKgPerM2, p, "floorLoadKgPerM2", "kg/m²");
    checkAssumptions(c, h.assumptions, at(p, "assumptions"));
    if (!h.referenceRackType.empty() && !cat.rackType(h.referenceRackType))
        c.problem(at(p, "referenceRackType"), "unknown rack type " + quoted(h.referenceRackType));

    const std::string rp = at(p, "rules");
    c.nonNegative(h.rules.wallClearanceM, rp, "wallClearanceM", "m");
    c.nonNegative(h.rules.obstacleClearanceM, rp, "obstacleClearanceM", "m");
    c.nonNegative(h.rules.frontClearanceM, rp, "frontClearanceM", "m");
    c.nonNegative(h.rules.rearClearanceM, rp, "rearClearanceM", "m");
    c.nonNegative(h.rules.crossAisleM, rp, "crossAisleM", "m");
    if (h.rules.maxRowRacks && *h.rules.maxRowRacks < 1)
        c.problem(at(rp, "maxRowRacks"),
                  "must be 1 or more, found " + std::to_string(*h.rules.maxRowRacks));

    // Power.
    const std::string pp = at(p, "power");
    if (h.power.topology && !parseTopology(*h.power.topology))
        c.problem(at(pp, "topology"), "unknown topology " + quoted(*h.power.topology) +
                                          " (expected \"2N\" or \"distributed\")");
    std::set<std::string> sourceIds, feedIds, loopIds;
    for (std::size_t i = 0; i < h.power.sources.size(); ++i) {
        const Source &s = h.power.sources[i];
        const std::string sp = at(pp, "sources", i);
        c.id(s.id, sp);
        c.unique(ids.sources, "source", s.id, sp);
        c.positive(s.capacityKw, sp, "capacityKw", "kW");
        sourceIds.insert(s.id);
    }
    std::map<std::string, std::vector<std::size_t>> pairs;
    for (std::size_t i = 0; i < h.power.feeds.size(); ++i) {
        const Feed &f = h.power.feeds[i];
        const std::string fp = at(pp, "feeds", i);
        c.id(f.id, fp);
        c.unique(ids.feeds, "feed", f.id, fp);
        feedIds.insert(f.id);
        if (!f.source.empty() && !sourceIds.count(f.source))
            c.problem(at(fp, "source"), "unknown source " + quoted(f.source) + " in hall " +
                                            quoted(h.id));
        if (!f.type.empty() && !cat.feedType(f.type))
            c.problem(at(fp, "type"), "unknown feed type " + quoted(f.type));
        if (!f.pair.empty())
            pairs[f.pair].push_back(i);
        c.positive(f.capacityKw, fp, "capacityKw", "kW");
        c.positive(f.voltageV, fp, "voltageV", "V");
        c.positive(f.currentA, fp, "currentA", "A");
        if (f.phases && *f.phases != 1 && *f.phases != 3)
            c.problem(at(fp, "phases"), "must be 3 or 1, found " + std::to_string(*f.phases));
        c.inRange(f.powerFactor, fp, "powerFactor", 0.0, 1.0, true);
        c.inRange(f.deratePct, fp, "deratePct", 0.0, 100.0, true);
        c.nonNegative(f.reachM, fp, "reachM", "m");
        if (!f.path.empty() && f.path.size() < 2)
            c.problem(at(fp, "path"), "a path needs at least 2 points");
        c.finitePoints(f.path, at(fp, "path"));
        const FeedValues v = resolveFeed(f, cat);
        if (!v.usableKw())
            c.problem(fp, "feed " + quoted(f.id) +
                              " has no capacity: give capacityKw, or voltageV and currentA, or a "
                              "feed type that supplies them");
    }
    for (const auto &[pair, members] : pairs) {
        if (members.size() != 2)
            c.problem(at(at(pp, "feeds", members.back()), "pair"),
                      "pair " + quoted(pair) + " must name exactly two feeds, found " +
                          std::to_string(members.size()));
    }

    // Cooling.
    const std::string cp = at(p, "cooling");
    for (std::size_t i = 0; i < h.cooling.loops.size(); ++i) {
        const Loop &l = h.cooling.loops[i];
        const std::string lp = at(cp, "loops", i);
        c.id(l.id, lp);
        c.unique(ids.loops, "loop", l.id, lp);
        loopIds.insert(l.id);
        if (l.coolant && !cat.coolant(*l.coolant))
            c.problem(at(lp, "coolant"), "unknown coolant " + quoted(*l.coolant));
        if (!l.coolant && !cat.coolant(resolveLoop(l).coolant))
            c.problem(lp, "the default coolant \"water\" is not in the catalog");
        c.positive(l.deltaTK, lp, "deltaTK", "K");
        c.nonNegative(l.redundantCdus, lp, "redundantCdus");
        c.positive(l.maxPipeRunM, lp, "maxPipeRunM", "m");
        c.nonNegative(l.pumpKw, lp, "pumpKw", "kW");
        c.nonNegative(l.heatRejectionKw, lp, "heatRejectionKw", "kW");
    }
    for (std::size_t i = 0; i < h.cooling.cdus.size(); ++i) {
        const Cdu &u = h.cooling.cdus[i];
        const std::string up = at(cp, "cdus", i);
        c.id(u.id, up);
        c.unique(ids.cdus, "CDU", u.id, up);
        if (u.loop.empty())
            c.problem(at(up, "loop"), "missing (a CDU serves one loop)");
        else if (!loopIds.count(u.loop))
            c.problem(at(up, "loop"), "unknown loop " + quoted(u.loop) + " in hall " + quoted(h.id));
        if (!u.type.empty() && !cat.cduType(u.type))
            c.problem(at(up, "type"), "unknown CDU type " + quoted(u.type));
        c.finitePoint(u.position, at(up, "position"));
        c.rotation(u.rotationDeg, up);
        c.positive(u.widthM, up, "widthM", "m");
        c.positive(u.depthM, up, "depthM", "m");
        c.positive(u.capacityKw, up, "capacityKw", "kW");
        c.positive(u.maxFlowLpm, up, "maxFlowLpm", "L/min");
        c.nonNegative(u.pumpKw, up, "pumpKw", "kW");
        c.nonNegative(u.heatRejectionKw, up, "heatRejectionKw", "kW");
        const CduValues v = resolveCdu(u, cat);
        const char *missing = !v.widthM       ? "widthM"
                              : !v.depthM     ? "depthM"
                              : !v.capacityKw ? "capacityKw"
                              : !v.maxFlowLpm ? "maxFlowLpm"
                                              : nullptr;
        if (missing && (u.type.empty() || cat.cduType(u.type)))
            c.problem(up, "CDU " + quoted(u.id) + " has no " + missing +
                              ": give it, or a CDU type that supplies it");
    }
    if (const auto &air = h.cooling.air) {
        const std::string ap = at(cp, "air");
        c.positive(air->unitKw, ap, "unitKw", "kW");
        if (air->units < 1)
            c.problem(at(ap, "units"), "must be 1 or more, found " + std::to_string(air->units));
        c.nonNegative(air->redundantUnits, ap, "redundantUnits");
        c.nonNegative(air->otherLoadKw, ap, "otherLoadKw", "kW");
    }

    // Racks.
    for (std::size_t i = 0; i < h.racks.size(); ++i) {
        const Rack &r = h.racks[i];
        const std::string kp = at(p, "racks", i);
        c.id(r.id, kp);
        c.unique(ids.racks, "rack", r.id, kp);
        if (r.type.empty())
            c.problem(at(kp, "type"), "must not be empty");
        else if (!cat.rackType(r.type))
            c.problem(at(kp, "type"), "unknown rack type " + quoted(r.type));
        c.finitePoint(r.position, at(kp, "position"));
        c.rotation(r.rotationDeg, kp);
        c.positive(r.powerKw, kp, "powerKw", "kW");
        std::set<std::string> listed;
        for (std::size_t k = 0; k < r.feeds.size(); ++k) {
            const std::string &f = r.feeds[k];
            if (!feedIds.count(f))
                c.problem(at(kp, "feeds", k),
                          "unknown feed " + quoted(f) + " in hall " + quoted(h.id));
            else if (!listed.insert(f).second)
                c.problem(at(kp, "feeds", k), "feed " + quoted(f) + " is listed twice");
        }
        if (!r.loop.empty() && !loopIds.count(r.loop))
            c.problem(at(kp, "loop"), "unknown loop " + quoted(r.loop) + " in hall " + quoted(h.id));
        if (!r.phase.empty() && !phaseIds.count(r.phase))
            c.problem(at(kp, "phase"), "unknown phase " + quoted(r.phase));
        if (!r.tenant.empty() && !tenantIds.count(r.tenant))
            c.problem(at(kp, "tenant"), "unknown tenant " + quoted(r.tenant));
    }
}

/** The hall, pairs and loops a reservation names must exist among `halls` (`where`: which scenario). */
void checkReservationTargets(Checker &c, const std::vector<Reservation> &reservations,
                             const std::vector<Hall> &halls, const std::string &where)
{
    for (std::size_t i = 0; i < reservations.size(); ++i) {
        const Reservation &r = reservations[i];
        const std::string p = "reservations[" + std::to_string(i) + "]";
        auto h = std::find_if(halls.begin(), halls.end(), [&](const Hall &x) { return x.id == r.hall; });
        if (h == halls.end()) {
            c.problem(at(p, "hall"), "unknown hall " + quoted(r.hall) + where);
            continue;
        }
        for (std::size_t k = 0; k < r.pairs.size(); ++k) {
            const bool known = std::any_of(h->power.feeds.begin(), h->power.feeds.end(),
                                           [&](const Feed &f) { return f.pair == r.pairs[k]; });
            if (!known)
                c.problem(at(p, "pairs", k), "no feed pair " + quoted(r.pairs[k]) + " in hall " + quoted(h->id) + where);
        }
        for (std::size_t k = 0; k < r.loops.size(); ++k) {
            const bool known = std::any_of(h->cooling.loops.begin(), h->cooling.loops.end(),
                                           [&](const Loop &l) { return l.id == r.loops[k]; });
            if (!known)
                c.problem(at(p, "loops", k), "unknown loop " + quoted(r.loops[k]) + " in hall " + quoted(h->id) + where);
        }
    }
}

void checkReservations(Checker &c, const Plan &plan, const Catalog &cat, const std::set<std::string> &phaseIds,
                       const std::set<std::string> &tenantIds, IdRegistry &ids)
{
    for (std::size_t i = 0; i < plan.reservations.size(); ++i) {
        const Reservation &r = plan.reservations[i];
        const std::string p = "reservations[" + std::to_string(i) + "]";
        c.id(r.id, p);
        c.unique(ids.reservations, "reservation", r.id, p);
        if (!tenantIds.count(r.tenant))
            c.problem(at(p, "tenant"), "unknown tenant " + quoted(r.tenant));
        if (!phaseIds.count(r.phase) && !r.phase.empty())
            c.problem(at(p, "phase"), "unknown phase " + quoted(r.phase));
        if (!cat.rackType(r.rackType))
            c.problem(at(p, "rackType"), "unknown rack type " + quoted(r.rackType));
        if (r.racks < 1)
            c.problem(at(p, "racks"), "must be 1 or more, found " + std::to_string(r.racks));
    }
    checkReservationTargets(c, plan.reservations, plan.halls, "");
}

/** Scenario entries, and each inactive scenario's halls checked as a plan's (places `scenarios[i].halls[j]...`). */
void checkScenarios(Checker &c, const Plan &plan, const Catalog &cat, const std::set<std::string> &phaseIds,
                    const std::set<std::string> &tenantIds, std::size_t baseRacks)
{
    if (plan.scenarios.empty()) {
        if (!plan.activeScenario.empty())
            c.problem("activeScenario", "names scenario " + quoted(plan.activeScenario) +
                                            " but the plan lists no scenarios");
        return;
    }
    if (plan.activeScenario.empty())
        c.problem("activeScenario", "missing: a plan with scenarios names the one whose halls are the "
                                    "plan's own \"halls\"");
    else if (scenarioIndex(plan, plan.activeScenario) < 0)
        c.problem("activeScenario", "unknown scenario " + quoted(plan.activeScenario));
    std::map<std::string, std::string> seen;
    std::size_t racks = baseRacks;
    for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
        const Scenario &s = plan.scenarios[i];
        const std::string p = "scenarios[" + std::to_string(i) + "]";
        c.id(s.id, p);
        c.unique(seen, "scenario", s.id, p);
        if (s.id == plan.activeScenario) {
            if (!s.halls.empty())
                c.problem(at(p, "halls"), "the active scenario's halls are the plan's own \"halls\"; "
                                          "it holds none of its own");
            continue;
        }
        IdRegistry ids; // ids are unique within each scenario, which is a plan of its own
        for (std::size_t j = 0; j < s.halls.size(); ++j) {
            checkHall(c, s.halls[j], at(p, "halls", j), cat, phaseIds, tenantIds, ids);
            racks += s.halls[j].racks.size();
        }
        checkReservationTargets(c, plan.reservations, s.halls, " in scenario " + quoted(s.id));
    }
    if (racks > kMaxPlanRacks)
        c.problem("scenarios", "the plan's scenarios hold " + std::to_string(racks) +
                                   " racks together; Hallwright plans up to " +
                                   std::to_string(kMaxPlanRacks) + " racks (docs/RELIABILITY.md)");
}

} // namespace

std::vector<Problem> validatePlan(const Plan &plan, const Catalog &builtin)
{
    std::vector<Problem> out;
    Checker c(out);
    if (plan.version < 1 || plan.version > kPlanFormatVersion)
        c.problem("version", "unsupported format version " + std::to_string(plan.version));
    checkAssumptions(c, plan.assumptions, "assumptions");
    checkCatalogSection(c, plan.catalog, "catalog");
    const Catalog cat = effectiveCatalog(builtin, plan);
    std::size_t racks = 0;
    for (const Hall &h : plan.halls)
        racks += h.racks.size();
    if (racks > kMaxPlanRacks)
        c.problem("halls", "the plan holds " + std::to_string(racks) +
                               " racks; Hallwright plans up to " + std::to_string(kMaxPlanRacks) +
                               " racks (docs/RELIABILITY.md)");

    IdRegistry ids;
    std::set<std::string> phaseIds;
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const Phase &ph = plan.phases[i];
        const std::string p = at("", "phases", i).substr(1);
        c.id(ph.id, p);
        c.unique(ids.phases, "phase", ph.id, p);
        phaseIds.insert(ph.id);
        if (!ph.date.empty() && !isIsoDate(ph.date))
            c.problem(at(p, "date"), "expected a date YYYY-MM-DD, found " + quoted(ph.date));
    }
    std::set<std::string> tenantIds;
    for (std::size_t i = 0; i < plan.tenants.size(); ++i) {
        const Tenant &t = plan.tenants[i];
        const std::string p = "tenants[" + std::to_string(i) + "]";
        c.id(t.id, p);
        c.unique(ids.tenants, "tenant", t.id, p);
        tenantIds.insert(t.id);
        if (!t.color.empty() && !isColor(t.color))
            c.problem(at(p, "color"), "expected a colour #RRGGBB, found " + quoted(t.color));
    }
    for (std::size_t i = 0; i < plan.halls.size(); ++i)
        checkHall(c, plan.halls[i], at("", "halls", i).substr(1), cat, phaseIds, tenantIds, ids);
    checkReservations(c, plan, cat, phaseIds, tenantIds, ids);
    checkScenarios(c, plan, cat, phaseIds, tenantIds, racks);
    return out;
}

Status checkPlan(const Plan &plan, const Catalog &builtin)
{
    auto problems = validatePlan(plan, builtin);
    if (problems.empty())
        return Done{};
    Error e;
    e.problems = std::move(problems);
    return e;
}

} // namespace hw::core
