// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/io/json_report.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace hw::core {

namespace {

using Json = nlohmann::ordered_json;

/** Twelve significant digits: sums of kW carry binary noise (52255.99999999999) that says
 *  nothing and reads as an error; twelve digits keep every figure the report means. */
double tidy(double v)
{
    if (!std::isfinite(v) || v == 0) return v;
    const double scale = std::pow(10.0, 11 - std::floor(std::log10(std::fabs(v))));
    const double r = std::round(v * scale) / scale;
    return std::isfinite(r) ? r : v;
}

void tidyNumbers(Json &j)
{
    if (j.is_number_float()) {
        j = tidy(j.get<double>());
    } else if (j.is_structured()) {
        for (Json &child : j)
            tidyNumbers(child);
    }
}

template <class T> Json opt(const std::optional<T> &v)
{
    return v ? Json(*v) : Json(nullptr);
}

Json mapJson(const std::map<std::string, double> &m)
{
    Json o = Json::object();
    for (const auto &[k, v] : m)
        o[k] = v;
    return o;
}

void putMetrics(Json &o, const Metrics &m)
{
    o["rackCount"] = m.rackCount;
    o["itKw"] = m.itKw;
    o["typicalKw"] = m.typicalKw;
    o["facilityKw"] = m.facilityKw;
    o["pue"] = m.pue;
    o["gpus"] = m.gpus;
    o["pflops"] = mapJson(m.pflops);
    // Extension (docs/ENGINE.md): racks with GPUs left out of a precision's total because their
    // type has no figure for it; only precisions where some are.
    Json unrated = Json::object();
    for (const auto &[precision, v] : m.pflops) {
        if (const int n = m.pflopsUnrated(precision); n > 0) unrated[precision] = n;
    }
    if (!unrated.empty()) o["pflopsUnratedRacks"] = unrated;
    o["areaM2"] = m.areaM2;
    o["kwPerM2"] = m.kwPerM2;
    o["gpusPerM2"] = m.gpusPerM2;
    o["pflopsPerM2"] = mapJson(m.pflopsPerM2);
}

Json energyJson(const EnergyReport &e)
{
    return {{"pue", e.pue},
            {"itKw", e.itKw},
            {"typicalItKw", e.typicalItKw},
            {"facilityKw", e.facilityKw},
            {"facilityTypicalKw", e.facilityTypicalKw},
            {"annualMwh", e.annualMwh},
            {"annualCost", opt(e.annualCost)},
            {"currency", e.currency},
            {"annualCo2eTonnes", opt(e.annualCo2eTonnes)},
            {"overheadKw", e.overheadKw},
            {"coolingOverheadKw", opt(e.coolingOverheadKw)},
            {"otherOverheadKw", opt(e.otherOverheadKw)}};
}

Json strandedJson(const Stranded &s)
{
    return Json{
        {"powerKw", s.powerKw}, {"liquidKw", s.liquidKw}, {"airKw", s.airKw}, {"slots", s.slots}};
}

Json hallJson(const HallReport &h)
{
    Json o = Json::object();
    o["id"] = h.id;
    o["name"] = h.name;
    putMetrics(o, h.metrics);

    Json feeds = Json::array();
    for (const FeedReport &f : h.feeds)
        feeds.push_back({{"id", f.id},
                         {"source", f.source},
                         {"pair", f.pair},
                         {"capacityKw", f.capacityKw},
                         {"loadKw", f.loadKw},
                         {"worstCaseKw", f.worstCaseKw},
                         {"worstCaseScenario", f.worstCaseScenario},
                         {"headroomKw", f.headroomKw},
                         {"utilization", f.utilization},
                         {"racks", f.racks}});
    Json sources = Json::array();
    for (const SourceReport &s : h.sources)
        sources.push_back({{"id", s.id},
                           {"capacityKw", opt(s.capacityKw)},
                           {"loadKw", s.loadKw},
                           {"worstCaseKw", s.worstCaseKw},
                           {"worstCaseScenario", s.worstCaseScenario},
                           {"headroomKw", opt(s.headroomKw)},
                           {"utilization", opt(s.utilization)}});
    Json outages = Json::array();
    for (const ScenarioOutage &s : h.outages)
        outages.push_back({{"scenario", s.scenario}, {"racks", s.racks}, {"lostKw", s.lostKw}});
    o["power"] = {{"feeds", feeds}, {"sources", sources}, {"outages", outages}};

    Json loops = Json::array();
    for (const LoopReport &l : h.loops)
        loops.push_back({{"id", l.id},
                         {"coolant", l.coolant},
                         {"supplyTempC", l.supplyTempC},
                         {"deltaTK", l.deltaTK},
                         {"cdus", l.cdus},
                         {"redundantCdus", l.redundantCdus},
                         {"racks", l.racks},
                         {"capacityKw", l.capacityKw},
                         {"loadKw", l.loadKw},
                         {"flowLpm", l.flowLpm},
                         {"flowCapacityLpm", l.flowCapacityLpm},
                         {"headroomKw", l.headroomKw},
                         {"flowHeadroomLpm", l.flowHeadroomLpm},
                         {"utilization", l.utilization}});
    Json air = nullptr;
    if (h.air)
        air = {{"capacityKw", h.air->capacityKw},
               {"loadKw", h.air->loadKw},
               {"headroomKw", h.air->headroomKw},
               {"utilization", h.air->utilization}};
    o["cooling"] = {{"loops", loops}, {"air", air}};

    o["headroom"] = {
        {"referenceRackType",
         h.headroom.referenceRackType.empty() ? Json(nullptr) : Json(h.headroom.referenceRackType)},
        {"addableRacks", h.headroom.addableRacks},
        {"limitedBy", h.headroom.limitedBy.empty() ? Json(nullptr) : Json(h.headroom.limitedBy)},
        {"byResource",
         {{"space", opt(h.headroom.space)},
          {"power", opt(h.headroom.power)},
          {"liquid", opt(h.headroom.liquid)},
          {"air", opt(h.headroom.air)}}}};
    o["stranded"] = strandedJson(h.stranded);
    o["energy"] = energyJson(h.energy);
    Json reservations = Json::array();
    int reservedRacks = 0;
    double reservedKw = 0;
    for (const ReservationFit &f : h.reservations) {
        reservedRacks += f.racks;
        reservedKw += f.reservedKw;
        reservations.push_back({{"id", f.id},
                                {"tenant", f.tenant},
                                {"rackType", f.rackType},
                                {"racks", f.racks},
                                {"fitted", f.fitted},
                                {"reservedKw", f.reservedKw},
                                {"reason", f.reason}});
    }
    Json ghosts = Json::array();
    for (const GhostRack &g : h.ghosts)
        ghosts.push_back({{"id", g.rack.id},
                          {"reservation", g.reservation},
                          {"type", g.rack.type},
                          {"position", Json::array({g.rack.position.x, g.rack.position.y})},
                          {"rotationDeg", g.rack.rotation()},
                          {"feeds", g.rack.feeds},
                          {"loop", g.rack.loop}});
    o["reserved"] = {{"racks", reservedRacks},
                     {"kw", reservedKw},
                     {"reservations", reservations},
                     {"ghosts", ghosts}};
    Json violations = Json::array();
    for (const Violation &v : h.violations)
        violations.push_back({{"code", v.code},
                              {"severity", severityName(v.severity)},
                              {"objects", v.objects},
                              {"message", v.message}});
    o["violations"] = violations;
    o["errors"] = h.errors;
    o["warnings"] = h.warnings;
    return o;
}

Json powerUnderFailure(const PowerUnderFailure &p)
{
    return {{"id", p.id},
            {"failed", p.failed},
            {"capacityKw", opt(p.capacityKw)},
            {"loadKw", p.loadKw},
            {"overKw", p.overKw}};
}

Json failureJson(const FailureReport &f)
{
    Json halls = Json::array();
    for (const HallFailureReport &h : f.halls) {
        Json feeds = Json::array(), sources = Json::array(), loops = Json::array(),
             throttled = Json::array();
        for (const auto &p : h.feeds)
            feeds.push_back(powerUnderFailure(p));
        for (const auto &p : h.sources)
            sources.push_back(powerUnderFailure(p));
        for (const auto &l : h.loops)
            loops.push_back({{"id", l.id},
                             {"failedCdus", l.failedCdus},
                             {"capacityKw", l.capacityKw},
                             {"loadKw", l.loadKw},
                             {"shortKw", l.shortKw},
                             {"flowCapacityLpm", l.flowCapacityLpm},
                             {"flowLpm", l.flowLpm},
                             {"shortLpm", l.shortLpm}});
        for (const auto &t : h.throttled)
            throttled.push_back({{"rack", t.rack},
                                 {"planningKw", t.planningKw},
                                 {"allowedKw", t.allowedKw},
                                 {"throttleKw", t.throttleKw},
                                 {"limitedBy", t.limitedBy}});
        halls.push_back({{"id", h.id},
                         {"racksDown", h.racksDown},
                         {"lostKw", h.lostKw},
                         {"feeds", feeds},
                         {"sources", sources},
                         {"loops", loops},
                         {"air", h.air ? powerUnderFailure(*h.air) : Json(nullptr)},
                         {"throttled", throttled},
                         {"throttleKw", h.throttleKw}});
    }
    return {{"failed", f.failed},         {"racksDown", f.racksDown},
            {"lostKw", f.lostKw},         {"racksThrottled", f.racksThrottled},
            {"throttleKw", f.throttleKw}, {"halls", halls}};
}

} // namespace

std::string reportToJson(const EvaluationReport &report, const FailureReport *failure, int indent)
{
    Json doc = Json::object();
    doc["plan"] = report.plan;
    Json site = Json::object();
    putMetrics(site, report.site.metrics);
    site["addableRacks"] = report.site.addableRacks;
    site["stranded"] = strandedJson(report.site.stranded);
    site["energy"] = energyJson(report.site.energy);
    site["errors"] = report.site.errors;
    site["warnings"] = report.site.warnings;
    doc["site"] = site;
    Json halls = Json::array();
    for (const HallReport &h : report.halls)
        halls.push_back(hallJson(h));
    doc["halls"] = halls;
    Json tenants = Json::array();
    for (const TenantReport &t : report.tenants) {
        Json shares = Json::array();
        for (const TenantHallShare &s : t.halls)
            shares.push_back({{"hall", s.hall},
                              {"racks", s.racks},
                              {"itKw", s.itKw},
                              {"reservedRacks", s.reservedRacks},
                              {"reservedKw", s.reservedKw},
                              {"sharePct", s.sharePct}});
        tenants.push_back({{"id", t.id},
                           {"name", t.name},
                           {"color", t.color},
                           {"racks", t.racks},
                           {"itKw", t.itKw},
                           {"gpus", t.gpus},
                           {"pflops", mapJson(t.pflops)},
                           {"reservedRacks", t.reservedRacks},
                           {"reservedKw", t.reservedKw},
                           {"halls", shares}});
    }
    doc["tenants"] = tenants;
    if (failure) doc["failure"] = failureJson(*failure);
    tidyNumbers(doc);
    return doc.dump(indent, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string scenarioComparisonToJson(const std::string &planName, const std::string &activeScenario,
                                     const ScenarioComparison &comparison, int indent)
{
    Json list = Json::array();
    for (const ScenarioSummary &v : comparison.scenarios) {
        Json unrated = Json::object();
        for (const auto &[precision, value] : v.pflops) {
            if (const int n = v.pflopsUnrated(precision); n > 0) unrated[precision] = n;
        }
        list.push_back({{"id", v.id},
                        {"name", v.name},
                        {"active", v.active},
                        {"racks", v.rackCount},
                        {"itKw", v.itKw},
                        {"facilityKw", v.facilityKw},
                        {"gpus", v.gpus},
                        {"pflops", mapJson(v.pflops)},
                        {"headroom",
                         {{"space", opt(v.space)},
                          {"power", opt(v.power)},
                          {"liquid", opt(v.liquid)},
                          {"air", opt(v.air)},
                          {"addableRacks", v.addableRacks}}},
                        {"stranded", strandedJson(v.stranded)},
                        {"errors", v.errors},
                        {"warnings", v.warnings}});
        if (!unrated.empty()) list.back()["pflopsUnratedRacks"] = unrated;
    }
    Json doc = {{"plan", planName},
                {"activeScenario", activeScenario.empty() ? Json(nullptr) : Json(activeScenario)},
                {"scenarios", list}};
    tidyNumbers(doc);
    return doc.dump(indent, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace hw::core
