// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/io/json_plan_format.h"

#include "core/io/json_catalog.h"
#include "core/io/json_walker.h"
#include "core/model/plan_limits.h"

namespace hw::core {

using detail::Json;
using detail::JsonWalker;

namespace {

template <class T> void putOpt(Json &o, const char *key, const std::optional<T> &v)
{
    if (v) o[key] = *v;
}

void putStr(Json &o, const char *key, const std::string &v)
{
    if (!v.empty()) o[key] = v;
}

Json pointJson(Vec2 p)
{
    return Json::array({p.x, p.y});
}

Json pointsJson(const Polyline &pts)
{
    Json a = Json::array();
    for (const Vec2 &p : pts)
        a.push_back(pointJson(p));
    return a;
}

/** Reads the objects of the array at `key` with `read(walker, object, place)`. */
template <class T, class ReadFn>
std::vector<T> readArray(JsonWalker &w, const Json &obj, const char *key, const std::string &place,
                         ReadFn read, bool required = false)
{
    std::vector<T> out;
    const Json *arr = w.array(obj, key, place, required);
    if (!arr) return out;
    out.reserve(arr->size());
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const std::string p = JsonWalker::index(place, key, i);
        if (w.expectObject((*arr)[i], p)) out.push_back(read(w, (*arr)[i], p));
    }
    return out;
}

template <class T, class WriteFn>
void writeArray(Json &obj, const char *key, const std::vector<T> &items, WriteFn write)
{
    if (items.empty()) return;
    Json arr = Json::array();
    for (const T &t : items)
        arr.push_back(write(t));
    obj[key] = std::move(arr);
}

// --- reading ----------------------------------------------------------------------------------

Assumptions readAssumptions(JsonWalker &w, const Json &o, const std::string &p)
{
    Assumptions a;
    a.pue = w.number(o, "pue", p);
    a.electricityPricePerMwh = w.number(o, "electricityPricePerMwh", p);
    a.carbonKgPerMwh = w.number(o, "carbonKgPerMwh", p);
    a.currency = w.string(o, "currency", p);
    a.extras =
        JsonWalker::extras(o, {"pue", "electricityPricePerMwh", "carbonKgPerMwh", "currency"});
    return a;
}

Json writeAssumptions(const Assumptions &a)
{
    Json o = Json::object();
    putOpt(o, "pue", a.pue);
    putOpt(o, "electricityPricePerMwh", a.electricityPricePerMwh);
    putOpt(o, "carbonKgPerMwh", a.carbonKgPerMwh);
    putOpt(o, "currency", a.currency);
    detail::mergeExtras(o, a.extras);
    return o;
}

Tenant readTenant(JsonWalker &w, const Json &o, const std::string &p)
{
    Tenant t;
    t.id = w.string(o, "id", p, true).value_or("");
    t.name = w.string(o, "name", p).value_or("");
    t.color = w.string(o, "color", p).value_or("");
    t.extras = JsonWalker::extras(o, {"id", "name", "color"});
    return t;
}

Reservation readReservation(JsonWalker &w, const Json &o, const std::string &p)
{
    Reservation r;
    r.id = w.string(o, "id", p, true).value_or("");
    r.tenant = w.string(o, "tenant", p, true).value_or("");
    r.hall = w.string(o, "hall", p, true).value_or("");
    r.rackType = w.string(o, "rackType", p, true).value_or("");
    r.racks = w.integer(o, "racks", p, true).value_or(0);
    r.pairs = w.strings(o, "pairs", p).value_or(std::vector<std::string>{});
    r.loops = w.strings(o, "loops", p).value_or(std::vector<std::string>{});
    r.phase = w.string(o, "phase", p).value_or("");
    r.extras = JsonWalker::extras(
        o, {"id", "tenant", "hall", "rackType", "racks", "pairs", "loops", "phase"});
    return r;
}

Phase readPhase(JsonWalker &w, const Json &o, const std::string &p)
{
    Phase ph;
    ph.id = w.string(o, "id", p, true).value_or("");
    ph.name = w.string(o, "name", p).value_or("");
    ph.date = w.string(o, "date", p).value_or("");
    ph.extras = JsonWalker::extras(o, {"id", "name", "date"});
    return ph;
}

Obstacle readObstacle(JsonWalker &w, const Json &o, const std::string &p)
{
    Obstacle ob;
    ob.id = w.string(o, "id", p, true).value_or("");
    ob.kind = w.string(o, "kind", p).value_or("");
    ob.polygon = w.points(o, "polygon", p, true).value_or(Polyline{});
    ob.extras = JsonWalker::extras(o, {"id", "kind", "polygon"});
    return ob;
}

Source readSource(JsonWalker &w, const Json &o, const std::string &p)
{
    Source s;
    s.id = w.string(o, "id", p, true).value_or("");
    s.capacityKw = w.number(o, "capacityKw", p);
    s.extras = JsonWalker::extras(o, {"id", "capacityKw"});
    return s;
}

Feed readFeed(JsonWalker &w, const Json &o, const std::string &p)
{
    Feed f;
    f.id = w.string(o, "id", p, true).value_or("");
    f.source = w.string(o, "source", p).value_or("");
    f.pair = w.string(o, "pair", p).value_or("");
    f.type = w.string(o, "type", p).value_or("");
    f.capacityKw = w.number(o, "capacityKw", p);
    f.voltageV = w.number(o, "voltageV", p);
    f.currentA = w.number(o, "currentA", p);
    f.phases = w.integer(o, "phases", p);
    f.powerFactor = w.number(o, "powerFactor", p);
    f.deratePct = w.number(o, "deratePct", p);
    f.path = w.points(o, "path", p).value_or(Polyline{});
    f.reachM = w.number(o, "reachM", p);
    f.extras =
        JsonWalker::extras(o, {"id", "source", "pair", "type", "capacityKw", "voltageV", "currentA",
                               "phases", "powerFactor", "deratePct", "path", "reachM"});
    return f;
}

Loop readLoop(JsonWalker &w, const Json &o, const std::string &p)
{
    Loop l;
    l.id = w.string(o, "id", p, true).value_or("");
    l.coolant = w.string(o, "coolant", p);
    l.supplyTempC = w.number(o, "supplyTempC", p);
    l.deltaTK = w.number(o, "deltaTK", p);
    l.redundantCdus = w.integer(o, "redundantCdus", p);
    l.maxPipeRunM = w.number(o, "maxPipeRunM", p);
    l.pumpKw = w.number(o, "pumpKw", p);
    l.heatRejectionKw = w.number(o, "heatRejectionKw", p);
    l.extras = JsonWalker::extras(o, {"id", "coolant", "supplyTempC", "deltaTK", "redundantCdus",
                                      "maxPipeRunM", "pumpKw", "heatRejectionKw"});
    return l;
}

Cdu readCdu(JsonWalker &w, const Json &o, const std::string &p)
{
    Cdu c;
    c.id = w.string(o, "id", p, true).value_or("");
    c.loop = w.string(o, "loop", p).value_or("");
    c.type = w.string(o, "type", p).value_or("");
    c.position = w.point(o, "position", p, true).value_or(Vec2{});
    c.rotationDeg = w.integer(o, "rotationDeg", p);
    c.widthM = w.number(o, "widthM", p);
    c.depthM = w.number(o, "depthM", p);
    c.capacityKw = w.number(o, "capacityKw", p);
    c.maxFlowLpm = w.number(o, "maxFlowLpm", p);
    c.pumpKw = w.number(o, "pumpKw", p);
    c.heatRejectionKw = w.number(o, "heatRejectionKw", p);
    c.extras =
        JsonWalker::extras(o, {"id", "loop", "type", "position", "rotationDeg", "widthM", "depthM",
                               "capacityKw", "maxFlowLpm", "pumpKw", "heatRejectionKw"});
    return c;
}

Air readAir(JsonWalker &w, const Json &o, const std::string &p)
{
    Air a;
    a.unitKw = w.number(o, "unitKw", p, true).value_or(0);
    a.units = w.integer(o, "units", p, true).value_or(0);
    a.redundantUnits = w.integer(o, "redundantUnits", p);
    a.otherLoadKw = w.number(o, "otherLoadKw", p);
    a.extras = JsonWalker::extras(o, {"unitKw", "units", "redundantUnits", "otherLoadKw"});
    return a;
}

Rack readRack(JsonWalker &w, const Json &o, const std::string &p)
{
    Rack r;
    r.id = w.string(o, "id", p, true).value_or("");
    r.type = w.string(o, "type", p, true).value_or("");
    r.position = w.point(o, "position", p, true).value_or(Vec2{});
    r.rotationDeg = w.integer(o, "rotationDeg", p);
    r.feeds = w.strings(o, "feeds", p).value_or(std::vector<std::string>{});
    r.loop = w.string(o, "loop", p).value_or("");
    r.phase = w.string(o, "phase", p).value_or("");
    r.tenant = w.string(o, "tenant", p).value_or("");
    r.powerKw = w.number(o, "powerKw", p);
    r.extras = JsonWalker::extras(o, {"id", "type", "position", "rotationDeg", "feeds", "loop",
                                      "phase", "tenant", "powerKw"});
    return r;
}

HallRules readRules(JsonWalker &w, const Json &o, const std::string &p)
{
    HallRules r;
    r.wallClearanceM = w.number(o, "wallClearanceM", p);
    r.obstacleClearanceM = w.number(o, "obstacleClearanceM", p);
    r.frontClearanceM = w.number(o, "frontClearanceM", p);
    r.rearClearanceM = w.number(o, "rearClearanceM", p);
    r.maxRowRacks = w.integer(o, "maxRowRacks", p);
    r.crossAisleM = w.number(o, "crossAisleM", p);
    r.extras = JsonWalker::extras(o, {"wallClearanceM", "obstacleClearanceM", "frontClearanceM",
                                      "rearClearanceM", "maxRowRacks", "crossAisleM"});
    return r;
}

Hall readHall(JsonWalker &w, const Json &o, const std::string &p)
{
    Hall h;
    h.id = w.string(o, "id", p, true).value_or("");
    h.name = w.string(o, "name", p).value_or("");
    h.origin = w.point(o, "origin", p);
    h.outline = w.points(o, "outline", p, true).value_or(Polyline{});
    h.obstacles = readArray<Obstacle>(w, o, "obstacles", p, readObstacle);
    h.floorLoadKgPerM2 = w.number(o, "floorLoadKgPerM2", p);
    if (const Json *a = w.object(o, "assumptions", p))
        h.assumptions = readAssumptions(w, *a, JsonWalker::join(p, "assumptions"));
    h.referenceRackType = w.string(o, "referenceRackType", p).value_or("");
    if (const Json *rules = w.object(o, "rules", p))
        h.rules = readRules(w, *rules, JsonWalker::join(p, "rules"));
    if (const Json *power = w.object(o, "power", p)) {
        const std::string pp = JsonWalker::join(p, "power");
        h.power.topology = w.string(*power, "topology", pp);
        h.power.sources = readArray<Source>(w, *power, "sources", pp, readSource);
        h.power.feeds = readArray<Feed>(w, *power, "feeds", pp, readFeed);
        h.power.extras = JsonWalker::extras(*power, {"topology", "sources", "feeds"});
    }
    if (const Json *cooling = w.object(o, "cooling", p)) {
        const std::string cp = JsonWalker::join(p, "cooling");
        h.cooling.loops = readArray<Loop>(w, *cooling, "loops", cp, readLoop);
        h.cooling.cdus = readArray<Cdu>(w, *cooling, "cdus", cp, readCdu);
        if (const Json *air = w.object(*cooling, "air", cp))
            h.cooling.air = readAir(w, *air, JsonWalker::join(cp, "air"));
        h.cooling.extras = JsonWalker::extras(*cooling, {"loops", "cdus", "air"});
    }
    h.racks = readArray<Rack>(w, o, "racks", p, readRack);
    h.extras = JsonWalker::extras(o, {"id", "name", "origin", "outline", "obstacles",
                                      "floorLoadKgPerM2", "assumptions", "referenceRackType",
                                      "rules", "power", "cooling", "racks"});
    return h;
}

/**
 * The extras of `o` (JsonWalker::extras), except that the known key `written` is never kept even
 * when empty: the writer always decides on its own whether it appears.
 */
Extras extrasExcept(const Json &o, std::initializer_list<std::string_view> known,
                    const char *written)
{
    Extras e = JsonWalker::extras(o, known);
    if (e.empty()) return e;
    Json unknown = Json::parse(e.json, nullptr, /*allow_exceptions=*/false);
    if (!unknown.is_object() || !unknown.contains(written)) return e;
    unknown.erase(written);
    if (unknown.empty()) return {};
    return {unknown.dump(-1, ' ', false, Json::error_handler_t::replace)};
}

/** A scenario entry; the active one (`active`) holds no halls: they are the plan's own. */
Scenario readScenario(JsonWalker &w, const Json &o, const std::string &p, const std::string &active)
{
    Scenario s;
    s.id = w.string(o, "id", p, true).value_or("");
    s.name = w.string(o, "name", p).value_or("");
    if (!s.id.empty() && s.id == active) {
        if (o.contains("halls"))
            w.problem(
                JsonWalker::join(p, "halls"),
                "the active scenario's halls are the plan's own \"halls\"; leave them out here");
    } else {
        s.halls = readArray<Hall>(w, o, "halls", p, readHall, /*required=*/true);
    }
    // The writer decides whether "halls" appears (inactive: always, even empty; active: never).
    s.extras = extrasExcept(o, {"id", "name", "halls"}, "halls");
    return s;
}

// --- writing ----------------------------------------------------------------------------------

Json writeRack(const Rack &r)
{
    Json o = Json::object();
    o["id"] = r.id;
    o["type"] = r.type;
    o["position"] = pointJson(r.position);
    putOpt(o, "rotationDeg", r.rotationDeg);
    if (!r.feeds.empty()) o["feeds"] = r.feeds;
    putStr(o, "loop", r.loop);
    putStr(o, "phase", r.phase);
    putStr(o, "tenant", r.tenant);
    putOpt(o, "powerKw", r.powerKw);
    detail::mergeExtras(o, r.extras);
    return o;
}

Json writeFeed(const Feed &f)
{
    Json o = Json::object();
    o["id"] = f.id;
    putStr(o, "source", f.source);
    putStr(o, "pair", f.pair);
    putStr(o, "type", f.type);
    putOpt(o, "capacityKw", f.capacityKw);
    putOpt(o, "voltageV", f.voltageV);
    putOpt(o, "currentA", f.currentA);
    putOpt(o, "phases", f.phases);
    putOpt(o, "powerFactor", f.powerFactor);
    putOpt(o, "deratePct", f.deratePct);
    if (!f.path.empty()) o["path"] = pointsJson(f.path);
    putOpt(o, "reachM", f.reachM);
    detail::mergeExtras(o, f.extras);
    return o;
}

Json writeCdu(const Cdu &c)
{
    Json o = Json::object();
    o["id"] = c.id;
    putStr(o, "loop", c.loop);
    putStr(o, "type", c.type);
    o["position"] = pointJson(c.position);
    putOpt(o, "rotationDeg", c.rotationDeg);
    putOpt(o, "widthM", c.widthM);
    putOpt(o, "depthM", c.depthM);
    putOpt(o, "capacityKw", c.capacityKw);
    putOpt(o, "maxFlowLpm", c.maxFlowLpm);
    putOpt(o, "pumpKw", c.pumpKw);
    putOpt(o, "heatRejectionKw", c.heatRejectionKw);
    detail::mergeExtras(o, c.extras);
    return o;
}

Json writeHall(const Hall &h)
{
    Json o = Json::object();
    o["id"] = h.id;
    putStr(o, "name", h.name);
    if (h.origin) o["origin"] = pointJson(*h.origin);
    o["outline"] = pointsJson(h.outline);
    writeArray(o, "obstacles", h.obstacles, [](const Obstacle &ob) {
        Json j = Json::object();
        j["id"] = ob.id;
        putStr(j, "kind", ob.kind);
        j["polygon"] = pointsJson(ob.polygon);
        detail::mergeExtras(j, ob.extras);
        return j;
    });
    putOpt(o, "floorLoadKgPerM2", h.floorLoadKgPerM2);
    if (!h.assumptions.empty()) o["assumptions"] = writeAssumptions(h.assumptions);
    putStr(o, "referenceRackType", h.referenceRackType);
    if (!h.rules.empty()) {
        Json r = Json::object();
        putOpt(r, "wallClearanceM", h.rules.wallClearanceM);
        putOpt(r, "obstacleClearanceM", h.rules.obstacleClearanceM);
        putOpt(r, "frontClearanceM", h.rules.frontClearanceM);
        putOpt(r, "rearClearanceM", h.rules.rearClearanceM);
        putOpt(r, "maxRowRacks", h.rules.maxRowRacks);
        putOpt(r, "crossAisleM", h.rules.crossAisleM);
        detail::mergeExtras(r, h.rules.extras);
        o["rules"] = std::move(r);
    }
    {
        Json pw = Json::object();
        if (h.power.topology) pw["topology"] = *h.power.topology;
        writeArray(pw, "sources", h.power.sources, [](const Source &s) {
            Json j = Json::object();
            j["id"] = s.id;
            putOpt(j, "capacityKw", s.capacityKw);
            detail::mergeExtras(j, s.extras);
            return j;
        });
        writeArray(pw, "feeds", h.power.feeds, writeFeed);
        detail::mergeExtras(pw, h.power.extras);
        if (!pw.empty()) o["power"] = std::move(pw);
    }
    {
        Json c = Json::object();
        writeArray(c, "loops", h.cooling.loops, [](const Loop &l) {
            Json j = Json::object();
            j["id"] = l.id;
            putOpt(j, "coolant", l.coolant);
            putOpt(j, "supplyTempC", l.supplyTempC);
            putOpt(j, "deltaTK", l.deltaTK);
            putOpt(j, "redundantCdus", l.redundantCdus);
            putOpt(j, "maxPipeRunM", l.maxPipeRunM);
            putOpt(j, "pumpKw", l.pumpKw);
            putOpt(j, "heatRejectionKw", l.heatRejectionKw);
            detail::mergeExtras(j, l.extras);
            return j;
        });
        writeArray(c, "cdus", h.cooling.cdus, writeCdu);
        if (const auto &air = h.cooling.air) {
            Json a = Json::object();
            a["unitKw"] = air->unitKw;
            a["units"] = air->units;
            putOpt(a, "redundantUnits", air->redundantUnits);
            putOpt(a, "otherLoadKw", air->otherLoadKw);
            detail::mergeExtras(a, air->extras);
            c["air"] = std::move(a);
        }
        detail::mergeExtras(c, h.cooling.extras);
        if (!c.empty()) o["cooling"] = std::move(c);
    }
    writeArray(o, "racks", h.racks, writeRack);
    detail::mergeExtras(o, h.extras);
    return o;
}

} // namespace

Result<Plan> readPlanJson(std::string_view text)
{
    auto parsed = detail::parseJsonText(text);
    if (!parsed) return parsed.error();
    const Json &doc = *parsed;

    std::vector<Problem> problems;
    JsonWalker w(problems);
    if (!w.expectObject(doc, "(document)"))
        return Error{problems.front().place, problems.front().message};

    // Format and version first: a newer file is refused before its content is judged.
    auto format = w.string(doc, "format", "", true);
    if (format && *format != kPlanFormatName)
        w.problem("format", "\"" + *format + "\" is not a Hallwright plan (expected \"" +
                                kPlanFormatName + "\")");
    auto version = w.integer(doc, "version", "", true);
    if (version && *version > kPlanFormatVersion) {
        Error e("version", "this plan is format version " + std::to_string(*version) +
                               ", which needs a newer Hallwright; this one reads version " +
                               std::to_string(kPlanFormatVersion) + " and older");
        return e;
    }
    if (version && *version < 1)
        w.problem("version", "must be 1 or more, found " + std::to_string(*version));
    if (!problems.empty()) {
        Error e;
        e.problems = problems;
        return e;
    }
    // Too many racks is refused before they are read into the model (docs/RELIABILITY.md).
    std::size_t racks = 0;
    if (auto halls = doc.find("halls"); halls != doc.end() && halls->is_array()) {
        for (const Json &h : *halls) {
            if (auto r = h.is_object() ? h.find("racks") : h.end();
                h.is_object() && r != h.end() && r->is_array())
                racks += r->size();
        }
    }
    if (racks > kMaxPlanRacks)
        return Error("halls", "the plan holds " + std::to_string(racks) +
                                  " racks; Hallwright plans up to " +
                                  std::to_string(kMaxPlanRacks) + " racks (docs/RELIABILITY.md)");

    Plan plan;
    plan.version = *version;
    plan.name = w.string(doc, "name", "").value_or("");
    if (const Json *a = w.object(doc, "assumptions", "")) {
        plan.assumptions = readAssumptions(w, *a, "assumptions");
    }
    if (const Json *c = w.object(doc, "catalog", ""))
        plan.catalog = detail::readCatalogSection(w, *c, "catalog");
    plan.phases = readArray<Phase>(w, doc, "phases", "", readPhase);
    plan.tenants = readArray<Tenant>(w, doc, "tenants", "", readTenant);
    plan.reservations = readArray<Reservation>(w, doc, "reservations", "", readReservation);
    plan.halls = readArray<Hall>(w, doc, "halls", "", readHall, /*required=*/true);
    plan.activeScenario = w.string(doc, "activeScenario", "").value_or("");
    const Json *scenarios = doc.contains("scenarios") ? &doc.at("scenarios") : nullptr;
    if (scenarios && scenarios->is_array() && !scenarios->empty() && plan.activeScenario.empty())
        w.problem("activeScenario", "missing: a plan with scenarios names the one whose halls are "
                                    "the plan's own \"halls\"");
    else
        plan.scenarios = readArray<Scenario>(
            w, doc, "scenarios", "", [&](JsonWalker &walker, const Json &o, const std::string &p) {
                return readScenario(walker, o, p, plan.activeScenario);
            });
    // "halls" is always written, so an empty list of them is not an extra to keep.
    plan.extras = extrasExcept(doc,
                               {"format", "version", "name", "assumptions", "catalog", "phases",
                                "tenants", "reservations", "halls", "activeScenario", "scenarios"},
                               "halls");

    if (!problems.empty()) {
        Error e;
        e.problems = std::move(problems);
        return e;
    }
    return plan;
}

std::string writePlanJson(const Plan &plan, int indent)
{
    Json doc = Json::object();
    doc["format"] = kPlanFormatName;
    doc["version"] = plan.version;
    putStr(doc, "name", plan.name);
    if (!plan.assumptions.empty()) doc["assumptions"] = writeAssumptions(plan.assumptions);
    if (!plan.catalog.empty()) {
        Json c = detail::writeCatalogSection(plan.catalog);
        if (!c.empty()) doc["catalog"] = std::move(c);
    }
    writeArray(doc, "phases", plan.phases, [](const Phase &ph) {
        Json j = Json::object();
        j["id"] = ph.id;
        putStr(j, "name", ph.name);
        putStr(j, "date", ph.date);
        detail::mergeExtras(j, ph.extras);
        return j;
    });
    writeArray(doc, "tenants", plan.tenants, [](const Tenant &t) {
        Json j = Json::object();
        j["id"] = t.id;
        putStr(j, "name", t.name);
        putStr(j, "color", t.color);
        detail::mergeExtras(j, t.extras);
        return j;
    });
    writeArray(doc, "reservations", plan.reservations, [](const Reservation &r) {
        Json j = Json::object();
        j["id"] = r.id;
        j["tenant"] = r.tenant;
        j["hall"] = r.hall;
        j["rackType"] = r.rackType;
        j["racks"] = r.racks;
        if (!r.pairs.empty()) j["pairs"] = r.pairs;
        if (!r.loops.empty()) j["loops"] = r.loops;
        putStr(j, "phase", r.phase);
        detail::mergeExtras(j, r.extras);
        return j;
    });
    putStr(doc, "activeScenario", plan.activeScenario);
    auto writeHalls = [](const std::vector<Hall> &list) {
        Json halls = Json::array();
        for (const Hall &h : list)
            halls.push_back(writeHall(h));
        return halls;
    };
    doc["halls"] = writeHalls(plan.halls);
    writeArray(doc, "scenarios", plan.scenarios, [&](const Scenario &s) {
        Json j = Json::object();
        j["id"] = s.id;
        putStr(j, "name", s.name);
        const bool active = s.id == plan.activeScenario;
        if (!active) j["halls"] = writeHalls(s.halls); // required, even when empty
        detail::mergeExtras(j, s.extras);
        if (active) j.erase("halls"); // an empty list kept from when it was inactive
        return j;
    });
    detail::mergeExtras(doc, plan.extras);
    std::string out = doc.dump(indent, ' ', false, Json::error_handler_t::replace);
    out += '\n';
    return out;
}

Result<Catalog> readCatalogJson(std::string_view text)
{
    auto parsed = detail::parseJsonText(text);
    if (!parsed) return parsed.error();
    std::vector<Problem> problems;
    JsonWalker w(problems);
    if (!w.expectObject(*parsed, "(document)"))
        return Error{problems.front().place, problems.front().message};
    auto format = w.string(*parsed, "format", "", true);
    if (format && *format != "hallwright-catalog")
        w.problem("format", "\"" + *format + "\" is not a Hallwright catalog");
    Catalog c =
        detail::readCatalogSection(w, *parsed, "", {"format", "version", "notes", "defaults"});
    if (!problems.empty()) {
        Error e;
        e.problems = std::move(problems);
        return e;
    }
    return c;
}

} // namespace hw::core
