// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "app/cli/text_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <set>
#include <string>

namespace hw::cli {

std::string counted(long long n, std::string_view noun)
{
    return std::to_string(n) + ' ' + std::string(noun) + (n == 1 ? "" : "s");
}

std::string errorsAndWarnings(long long errors, long long warnings)
{
    return counted(errors, "error") + ", " + counted(warnings, "warning");
}

namespace {

std::string num(double v, int decimals = 1)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

/** A large figure with thousands separators: 1,000,106.0. */
std::string big(double v, int decimals = 1)
{
    const std::string digits = num(std::fabs(v), decimals);
    const std::size_t dot = digits.find('.');
    const std::size_t intLen = dot == std::string::npos ? digits.size() : dot;
    std::string out = v < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && i < intLen && (intLen - i) % 3 == 0) out.push_back(',');
        out.push_back(digits[i]);
    }
    return out;
}

std::string pct(double fraction)
{
    return num(fraction * 100.0, 1) + " %";
}

std::string pad(const std::string &s, std::size_t width, bool right = false)
{
    if (s.size() >= width) return s;
    const std::string fill(width - s.size(), ' ');
    return right ? fill + s : s + fill;
}

std::string optInt(const std::optional<int> &v)
{
    return v ? std::to_string(*v) : "-";
}

void printMetrics(std::ostream &out, const core::Metrics &m, const char *indent)
{
    out << indent << big(m.rackCount, 0) << (m.rackCount == 1 ? " rack" : " racks") << ", IT "
        << big(m.itKw) << " kW (typical " << big(m.typicalKw) << " kW), facility "
        << big(m.facilityKw) << " kW at PUE " << num(m.pue, 2) << '\n';
    out << indent << big(m.gpus, 0) << " GPUs";
    for (const auto &[precision, v] : m.pflops) {
        out << ", " << big(v, 0) << " PFLOPS " << precision;
        if (const int n = m.pflopsUnrated(precision); n > 0)
            out << " (without " << counted(n, "rack") << " that have no " << precision
                << " figure)";
    }
    out << '\n';
    out << indent << "floor " << big(m.areaM2) << " m2: " << num(m.kwPerM2, 2) << " kW/m2, "
        << num(m.gpusPerM2, 2) << " GPUs/m2";
    if (auto it = m.pflopsPerM2.find("fp4"); it != m.pflopsPerM2.end())
        out << ", " << num(it->second, 2) << " PFLOPS fp4/m2";
    out << '\n';
}

void printEnergy(std::ostream &out, const core::EnergyReport &e, const char *indent)
{
    out << indent << "energy: facility " << big(e.facilityKw) << " kW at planning, "
        << big(e.facilityTypicalKw) << " kW typical (PUE " << num(e.pue, 2) << "); "
        << big(e.annualMwh, 0) << " MWh a year";
    if (e.annualCost) out << ", " << big(*e.annualCost, 0) << " " << e.currency << " a year";
    if (e.annualCo2eTonnes) out << ", " << big(*e.annualCo2eTonnes, 0) << " t CO2e a year";
    out << '\n';
    if (e.coolingOverheadKw && e.otherOverheadKw)
        out << indent << "overhead " << big(e.overheadKw) << " kW: cooling "
            << big(*e.coolingOverheadKw) << " kW (pumps and heat rejection in the plan), other "
            << big(*e.otherOverheadKw) << " kW\n";
    else if (e.coolingOverheadKw)
        out << indent << "overhead " << big(e.overheadKw) << " kW at PUE " << num(e.pue, 2)
            << ", but the plan's pumps and heat rejection draw " << big(*e.coolingOverheadKw)
            << " kW: the PUE is too low for them at this load\n";
}

} // namespace

void printTextReport(std::ostream &out, const core::EvaluationReport &r)
{
    out << "Plan \"" << r.plan << "\": " << counted(static_cast<long long>(r.halls.size()), "hall")
        << '\n';
    out << "Site\n";
    printMetrics(out, r.site.metrics, "  ");
    out << "  headroom " << big(r.site.addableRacks, 0)
        << (r.site.addableRacks == 1 ? " rack" : " racks") << "; stranded "
        << big(r.site.stranded.powerKw, 0) << " kW power, " << big(r.site.stranded.liquidKw, 0)
        << " kW liquid, " << big(r.site.stranded.airKw, 0) << " kW air, "
        << big(r.site.stranded.slots, 0) << " slots\n";
    printEnergy(out, r.site.energy, "  ");
    out << "  " << errorsAndWarnings(r.site.errors, r.site.warnings) << '\n';

    for (const core::HallReport &h : r.halls) {
        out << "\nHall " << h.id;
        if (!h.name.empty()) out << " \"" << h.name << "\"";
        out << '\n';
        printMetrics(out, h.metrics, "  ");
        printEnergy(out, h.energy, "  ");

        if (!h.feeds.empty()) {
            out << "  " << pad("Feed", 18) << pad("cap kW", 10, true) << pad("load kW", 10, true)
                << pad("worst kW", 10, true) << "  " << pad("worst case", 24)
                << pad("headroom kW", 12, true) << pad("use", 9, true) << '\n';
            for (const auto &f : h.feeds)
                out << "  " << pad(f.id, 18) << pad(num(f.capacityKw), 10, true)
                    << pad(num(f.loadKw), 10, true) << pad(num(f.worstCaseKw), 10, true) << "  "
                    << pad(f.worstCaseScenario, 24) << pad(num(f.headroomKw), 12, true)
                    << pad(pct(f.utilization), 9, true) << (f.headroomKw < 0 ? "  OVER" : "")
                    << '\n';
        }
        if (!h.sources.empty()) {
            out << "  " << pad("Source", 18) << pad("cap kW", 10, true) << pad("load kW", 10, true)
                << pad("worst kW", 10, true) << "  " << pad("worst case", 24)
                << pad("headroom kW", 12, true) << '\n';
            for (const auto &s : h.sources)
                out << "  " << pad(s.id, 18)
                    << pad(s.capacityKw ? num(*s.capacityKw) : "-", 10, true)
                    << pad(num(s.loadKw), 10, true) << pad(num(s.worstCaseKw), 10, true) << "  "
                    << pad(s.worstCaseScenario, 24)
                    << pad(s.headroomKw ? num(*s.headroomKw) : "-", 12, true)
                    << (s.headroomKw && *s.headroomKw < 0 ? "  OVER" : "") << '\n';
        }
        for (const auto &o : h.outages)
            out << "  if " << o.scenario << " fails, "
                << counted(static_cast<long long>(o.racks.size()), "rack") << " lose power ("
                << num(o.lostKw) << " kW)\n";
        if (!h.loops.empty()) {
            out << "  " << pad("Loop", 18) << pad("CDUs", 7, true) << pad("cap kW", 10, true)
                << pad("heat kW", 10, true) << pad("flow cap", 10, true)
                << pad("flow L/min", 11, true) << pad("headroom kW", 12, true)
                << pad("use", 9, true) << '\n';
            for (const auto &l : h.loops)
                out << "  " << pad(l.id, 18)
                    << pad(std::to_string(l.cdus) + " N+" + std::to_string(l.redundantCdus), 7,
                           true)
                    << pad(num(l.capacityKw), 10, true) << pad(num(l.loadKw), 10, true)
                    << pad(num(l.flowCapacityLpm, 0), 10, true) << pad(num(l.flowLpm, 0), 11, true)
                    << pad(num(l.headroomKw), 12, true) << pad(pct(l.utilization), 9, true) << '\n';
        }
        if (h.air)
            out << "  Air: capacity " << num(h.air->capacityKw) << " kW, load "
                << num(h.air->loadKw) << " kW, headroom " << num(h.air->headroomKw) << " kW ("
                << pct(h.air->utilization) << ")\n";
        else
            out << "  Air: not modelled\n";
        const auto &hr = h.headroom;
        if (hr.referenceRackType.empty()) {
            out << "  Headroom: no reference rack type (no racks and none set)\n";
        } else {
            out << "  Headroom in " << hr.referenceRackType << " racks: space " << optInt(hr.space)
                << ", power " << optInt(hr.power) << ", liquid " << optInt(hr.liquid) << ", air "
                << optInt(hr.air) << " -> " << hr.addableRacks << " addable";
            if (!hr.limitedBy.empty()) out << ", limited by " << hr.limitedBy;
            out << '\n';
            out << "  Stranded: " << num(h.stranded.powerKw, 0) << " kW power, "
                << num(h.stranded.liquidKw, 0) << " kW liquid, " << num(h.stranded.airKw, 0)
                << " kW air, " << h.stranded.slots << " slots\n";
        }
        for (const auto &f : h.reservations)
            out << "  Reserved: " << f.id << " for " << f.tenant << ", " << f.racks << " "
                << f.rackType << " (" << big(f.reservedKw, 0) << " kW), " << f.fitted << " fit\n";
        if (h.violations.empty()) {
            out << "  No violations\n";
        } else {
            out << "  Violations (" << errorsAndWarnings(h.errors, h.warnings) << "):\n";
            for (const auto &v : h.violations)
                out << "    " << core::severityName(v.severity) << " " << v.code << ": "
                    << v.message << '\n';
        }
    }
}

void printTenantReport(std::ostream &out, const core::EvaluationReport &r)
{
    if (r.tenants.empty()) return;
    out << "\nTenants\n";
    for (const auto &t : r.tenants) {
        out << "  " << t.id;
        if (!t.name.empty()) out << " \"" << t.name << "\"";
        out << ": " << counted(t.racks, "rack") << " installed (" << big(t.itKw) << " kW, "
            << big(t.gpus, 0) << " GPUs";
        if (auto it = t.pflops.find("fp4"); it != t.pflops.end())
            out << ", " << big(it->second, 0) << " PFLOPS fp4";
        out << "), " << t.reservedRacks << " reserved (" << big(t.reservedKw) << " kW)\n";
        for (const auto &s : t.halls)
            out << "    " << pad(s.hall, 8) << s.racks << " installed, " << s.reservedRacks
                << " reserved: " << num(s.sharePct, 1) << " % of the hall's capacity\n";
    }
}

void printFailureReport(std::ostream &out, const core::FailureReport &f)
{
    out << "\nFailure of ";
    for (std::size_t i = 0; i < f.failed.size(); ++i)
        out << (i ? ", " : "") << f.failed[i];
    out << ": " << counted(f.racksDown, "rack") << " lose power (" << num(f.lostKw) << " kW), "
        << counted(f.racksThrottled, "rack") << " must throttle by " << num(f.throttleKw)
        << " kW in all\n";
    for (const auto &h : f.halls) {
        out << "  Hall " << h.id << '\n';
        if (!h.racksDown.empty()) {
            out << "    down (" << h.racksDown.size() << ", " << num(h.lostKw) << " kW):";
            for (const auto &r : h.racksDown)
                out << ' ' << r;
            out << '\n';
        }
        for (const auto &p : h.feeds)
            if (p.overKw > 0)
                out << "    feed " << p.id << " over by " << num(p.overKw) << " kW ("
                    << num(p.loadKw) << " of " << num(*p.capacityKw) << " kW)\n";
        for (const auto &p : h.sources)
            if (p.overKw > 0)
                out << "    source " << p.id << " over by " << num(p.overKw) << " kW ("
                    << num(p.loadKw) << " of " << num(*p.capacityKw) << " kW)\n";
        for (const auto &l : h.loops) {
            if (!l.failedCdus.empty() || l.shortKw > 0 || l.shortLpm > 0)
                out << "    loop " << l.id << ": " << num(l.capacityKw) << " kW / "
                    << num(l.flowCapacityLpm, 0) << " L/min left for " << num(l.loadKw) << " kW / "
                    << num(l.flowLpm, 0) << " L/min"
                    << (l.shortKw > 0 ? ", short " + num(l.shortKw) + " kW" : "")
                    << (l.shortLpm > 0 ? ", short " + num(l.shortLpm, 0) + " L/min" : "") << '\n';
        }
        if (h.air && h.air->overKw > 0) out << "    air over by " << num(h.air->overKw) << " kW\n";
        if (h.throttled.empty()) {
            out << "    no rack needs to throttle\n";
        } else {
            out << "    throttle " << counted(static_cast<long long>(h.throttled.size()), "rack")
                << " by " << num(h.throttleKw) << " kW:\n";
            for (const auto &t : h.throttled)
                out << "      " << pad(t.rack, 14) << " -" << pad(num(t.throttleKw), 7, true)
                    << " kW to " << num(t.allowedKw) << " kW (" << t.limitedBy << ")\n";
        }
    }
}

void printScenarioComparison(std::ostream &out, const core::ScenarioComparison &comparison)
{
    const auto &list = comparison.scenarios;
    constexpr std::size_t labelWidth = 26;
    std::size_t columnWidth = 12;
    for (const core::ScenarioSummary &v : list)
        columnWidth = std::max(columnWidth, std::min<std::size_t>(v.name.size(), 40) + 3);
    std::set<std::string> precisions;
    for (const core::ScenarioSummary &v : list)
        for (const auto &[precision, value] : v.pflops)
            precisions.insert(precision);
    auto row = [&](const std::string &label, auto cell) {
        out << pad(label, labelWidth);
        for (const core::ScenarioSummary &v : list)
            out << pad(cell(v), columnWidth, true);
        out << '\n';
    };
    auto optInt = [](const std::optional<int> &v) { return v ? big(*v, 0) : std::string("-"); };
    row("Scenario", [&](const core::ScenarioSummary &v) {
        std::string name = v.name.empty() ? std::string("(plan)") : v.name;
        if (name.size() > columnWidth - 3) name = name.substr(0, columnWidth - 4) + "~";
        return (v.active && list.size() > 1 ? "*" : "") + name;
    });
    row("Racks", [](const core::ScenarioSummary &v) { return big(v.rackCount, 0); });
    row("IT MW", [](const core::ScenarioSummary &v) { return num(v.itKw / 1000.0, 2); });
    row("Facility MW",
        [](const core::ScenarioSummary &v) { return num(v.facilityKw / 1000.0, 2); });
    row("GPUs", [](const core::ScenarioSummary &v) { return big(v.gpus, 0); });
    bool partial = false;
    for (const std::string &p : precisions) {
        row("PFLOPS " + p, [&](const core::ScenarioSummary &v) {
            auto it = v.pflops.find(p);
            std::string cell = it == v.pflops.end() ? std::string("-") : big(it->second, 0);
            if (v.pflopsUnrated(p) > 0) {
                cell += '+';
                partial = true;
            }
            return cell;
        });
    }
    row("Headroom space (racks)", [&](const core::ScenarioSummary &v) { return optInt(v.space); });
    row("Headroom power (racks)", [&](const core::ScenarioSummary &v) { return optInt(v.power); });
    row("Headroom liquid (racks)",
        [&](const core::ScenarioSummary &v) { return optInt(v.liquid); });
    row("Headroom air (racks)", [&](const core::ScenarioSummary &v) { return optInt(v.air); });
    row("Addable racks", [](const core::ScenarioSummary &v) { return big(v.addableRacks, 0); });
    row("Stranded power kW",
        [](const core::ScenarioSummary &v) { return big(v.stranded.powerKw, 0); });
    row("Stranded liquid kW",
        [](const core::ScenarioSummary &v) { return big(v.stranded.liquidKw, 0); });
    row("Stranded air kW", [](const core::ScenarioSummary &v) { return big(v.stranded.airKw, 0); });
    row("Stranded slots", [](const core::ScenarioSummary &v) { return big(v.stranded.slots, 0); });
    row("Errors", [](const core::ScenarioSummary &v) { return big(v.errors, 0); });
    row("Warnings", [](const core::ScenarioSummary &v) { return big(v.warnings, 0); });
    if (list.size() > 1) out << "(* the active scenario)\n";
    if (partial)
        out << "(+ at least: racks whose type has no figure for that precision are not counted)\n";
}

} // namespace hw::cli
