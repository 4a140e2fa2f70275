// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/io/json_catalog.h"

#include <vector>

namespace hw::core::detail {

namespace {

void readProvenance(JsonWalker &w, const Json &o, const std::string &place, Provenance &p)
{
    p.source = w.string(o, "source", place).value_or("");
    p.confidence = w.string(o, "confidence", place).value_or("");
}

void writeProvenance(Json &o, const Provenance &p)
{
    if (!p.source.empty())
        o["source"] = p.source;
    if (!p.confidence.empty())
        o["confidence"] = p.confidence;
}

template<class T>
void putOpt(Json &o, const char *key, const std::optional<T> &v)
{
    if (v)
        o[key] = *v;
}

RackType readRackType(JsonWalker &w, const Json &o, const std::string &p)
{
    RackType t;
    t.id = w.string(o, "id", p, true).value_or("");
    t.name = w.string(o, "name", p).value_or("");
    t.widthM = w.number(o, "widthM", p, true).value_or(0);
    t.depthM = w.number(o, "depthM", p, true).value_or(0);
    t.heightM = w.number(o, "heightM", p);
    t.weightKg = w.number(o, "weightKg", p);
    t.maxKw = w.number(o, "maxKw", p, true).value_or(0);
    t.typicalKw = w.number(o, "typicalKw", p);
    t.liquidFraction = w.number(o, "liquidFraction", p);
    t.gpus = w.integer(o, "gpus", p);
    if (const Json *fl = w.object(o, "pflops", p)) {
        for (auto it = fl->begin(); it != fl->end(); ++it) {
            if (auto v = w.number(*fl, it.key().c_str(), JsonWalker::join(p, "pflops")))
                t.pflops[it.key()] = *v;
        }
    }
    readProvenance(w, o, p, t.provenance);
    t.extras = JsonWalker::extras(o, {"id", "name", "widthM", "depthM", "heightM", "weightKg",
                                      "maxKw", "typicalKw", "liquidFraction", "gpus", "pflops",
                                      "source", "confidence"});
    return t;
}

Json writeRackType(const RackType &t)
{
    Json o = Json::object();
    o["id"] = t.id;
    if (!t.name.empty())
        o["name"] = t.name;
    o["widthM"] = t.widthM;
    o["depthM"] = t.depthM;
    putOpt(o, "heightM", t.heightM);
    putOpt(o, "weightKg", t.weightKg);
    o["maxKw"] = t.maxKw;
    putOpt(o, "typicalKw", t.typicalKw);
    putOpt(o, "liquidFraction", t.liquidFraction);
    putOpt(o, "gpus", t.gpus);
    if (!t.pflops.empty()) {
        Json fl = Json::object();
        for (const auto &[k, v] : t.pflops)
            fl[k] = v;
        o["pflops"] = fl;
    }
    writeProvenance(o, t.provenance);
    mergeExtras(o, t.extras);
    return o;
}

CduType readCduType(JsonWalker &w, const Json &o, const std::string &p)
{
    CduType t;
    t.id = w.string(o, "id", p, true).value_or("");
    t.name = w.string(o, "name", p).value_or("");
    t.widthM = w.number(o, "widthM", p);
    t.depthM = w.number(o, "depthM", p);
    t.capacityKw = w.number(o, "capacityKw", p);
    t.maxFlowLpm = w.number(o, "maxFlowLpm", p);
    readProvenance(w, o, p, t.provenance);
    t.extras = JsonWalker::extras(o, {"id", "name", "widthM", "depthM", "capacityKw", "maxFlowLpm",
                                      "source", "confidence"});
    return t;
}

Json writeCduType(const CduType &t)
{
    Json o = Json::object();
    o["id"] = t.id;
    if (!t.name.empty())
        o["name"] = t.name;
    putOpt(o, "widthM", t.widthM);
    putOpt(o, "depthM", t.depthM);
    putOpt(o, "capacityKw", t.capacityKw);
    putOpt(o, "maxFlowLpm", t.maxFlowLpm);
    writeProvenance(o, t.provenance);
    mergeExtras(o, t.extras);
    return o;
}

FeedType readFeedType(JsonWalker &w, const Json &o, const std::string &p)
{
    FeedType t;
    t.id = w.string(o, "id", p, true).value_or("");
    t.name = w.string(o, "name", p).value_or("");
    t.capacityKw = w.number(o, "capacityKw", p);
    t.voltageV = w.number(o, "voltageV", p);
    t.currentA = w.number(o, "currentA", p);
    t.phases = w.integer(o, "phases", p);
    t.powerFactor = w.number(o, "powerFactor", p);
    t.deratePct = w.number(o, "deratePct", p);
    readProvenance(w, o, p, t.provenance);
    t.extras = JsonWalker::extras(o, {"id", "name", "capacityKw", "voltageV", "currentA", "phases",
                                      "powerFactor", "deratePct", "source", "confidence"});
    return t;
}

Json writeFeedType(const FeedType &t)
{
    Json o = Json::object();
    o["id"] = t.id;
    if (!t.name.empty())
        o["name"] = t.name;
    putOpt(o, "capacityKw", t.capacityKw);
    putOpt(o, "voltageV", t.voltageV);
    putOpt(o, "currentA", t.currentA);
    putOpt(o, "phases", t.phases);
    putOpt(o, "powerFactor", t.powerFactor);
    putOpt(o, "deratePct", t.deratePct);
    writeProvenance(o, t.provenance);
    mergeExtras(o, t.extras);
    return o;
}

Coolant readCoolant(JsonWalker &w, const Json &o, const std::string &p)
{
    Coolant c;
    c.id = w.string(o, "id", p, true).value_or("");
    c.name = w.string(o, "name", p).value_or("");
    c.densityKgPerL = w.number(o, "densityKgPerL", p, true).value_or(0);
    c.cpKjPerKgK = w.number(o, "cpKjPerKgK", p, true).value_or(0);
    c.freezeC = w.number(o, "freezeC", p);
    readProvenance(w, o, p, c.provenance);
    c.extras = JsonWalker::extras(
        o, {"id", "name", "densityKgPerL", "cpKjPerKgK", "freezeC", "source", "confidence"});
    return c;
}

Json writeCoolant(const Coolant &c)
{
    Json o = Json::object();
    o["id"] = c.id;
    if (!c.name.empty())
        o["name"] = c.name;
    o["densityKgPerL"] = c.densityKgPerL;
    o["cpKjPerKgK"] = c.cpKjPerKgK;
    putOpt(o, "freezeC", c.freezeC);
    writeProvenance(o, c.provenance);
    mergeExtras(o, c.extras);
    return o;
}

template<class T, class ReadFn>
std::vector<T> readEntries(JsonWalker &w, const Json &obj, const char *key, const std::string &place,
                           ReadFn read)
{
    std::vector<T> out;
    const Json *arr = w.array(obj, key, place);
    if (!arr)
        return out;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const std::string p = JsonWalker::index(place, key, i);
        if (w.expectObject((*arr)[i], p))
            out.push_back(read(w, (*arr)[i], p));
    }
    return out;
}

template<class T, class WriteFn>
void writeEntries(Json &obj, const char *key, const std::vector<T> &items, WriteFn write)
{
    if (items.empty())
        return;
    Json arr = Json::array();
    for (const T &t : items)
        arr.push_back(write(t));
    obj[key] = std::move(arr);
}

} // namespace

Catalog readCatalogSection(JsonWalker &w, const Json &obj, const std::string &place,
                           std::initializer_list<std::string_view> extraKnownKeys)
{
    Catalog c;
    c.rackTypes = readEntries<RackType>(w, obj, "rackTypes", place, readRackType);
    c.cduTypes = readEntries<CduType>(w, obj, "cduTypes", place, readCduType);
    c.feedTypes = readEntries<FeedType>(w, obj, "feedTypes", place, readFeedType);
    c.coolants = readEntries<Coolant>(w, obj, "coolants", place, readCoolant);
    std::vector<std::string_view> known = {"rackTypes", "cduTypes", "feedTypes", "coolants"};
    known.insert(known.end(), extraKnownKeys.begin(), extraKnownKeys.end());
    c.extras = JsonWalker::extras(obj, known);
    return c;
}

Json writeCatalogSection(const Catalog &c)
{
    Json o = Json::object();
    writeEntries(o, "rackTypes", c.rackTypes, writeRackType);
    writeEntries(o, "cduTypes", c.cduTypes, writeCduType);
    writeEntries(o, "feedTypes", c.feedTypes, writeFeedType);
    writeEntries(o, "coolants", c.coolants, writeCoolant);
    mergeExtras(o, c.extras);
    return o;
}

} // namespace hw::core::detail
