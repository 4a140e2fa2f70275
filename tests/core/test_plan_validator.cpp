// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Every refusal of SPEC §2 "Bad input" and §8, one row each: a JSON Patch (RFC 6902) applied to
// the valid plan tests/data/full.json, the place the refusal must name and a key part of its
// message. The file goes through what `hallwright-cli validate` does: readPlanJson, then
// validatePlan against the built-in catalog.
#include "core/engine/plan_validator.h"
#include "core/io/builtin_catalog.h"
#include "core/io/json_plan_format.h"

#include "support/test_support.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <functional>
#include <limits>

using namespace hw::core;
using nlohmann::json;

namespace {

const json &basePlan()
{
    static const json doc =
        json::parse(hw::test::readFile(std::string(HW_TEST_DATA_DIR) + "/full.json"));
    return doc;
}

/** The problems of a document: the reader's if it refuses it, else the validator's. */
std::vector<Problem> problemsOf(const std::string &text)
{
    auto plan = readPlanJson(text);
    if (!plan) return plan.error().problems;
    return validatePlan(*plan, builtinCatalog());
}

QString listed(const std::vector<Problem> &problems)
{
    QString s;
    for (const auto &p : problems)
        s += QStringLiteral("\n    ") + QString::fromStdString(p.toString());
    return s.isEmpty() ? QStringLiteral(" (no problem)") : s;
}

/** Whether `problems` holds one at exactly `place` whose message contains `message`. */
bool names(const std::vector<Problem> &problems, const QString &place, const QString &message)
{
    for (const auto &p : problems) {
        if (QString::fromStdString(p.place) == place &&
            QString::fromStdString(p.message).contains(message))
            return true;
    }
    return false;
}

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/** Refusals that no JSON text can express (JSON has no NaN or infinity): plans built in code. */
struct ModelCase
{
    const char *name;
    std::function<void(Plan &)> change;
    const char *place;
    const char *message;
};

const std::vector<ModelCase> &modelCases()
{
    static const std::vector<ModelCase> cases = {
        {"infinite feed capacity", [](Plan &p) { p.halls[1].power.feeds[0].capacityKw = kInf; },
         "halls[1].power.feeds[0].capacityKw", "finite"},
        {"NaN feed voltage", [](Plan &p) { p.halls[0].power.feeds[0].voltageV = kNaN; },
         "halls[0].power.feeds[0].voltageV", "finite"},
        {"infinite source capacity", [](Plan &p) { p.halls[0].power.sources[0].capacityKw = kInf; },
         "halls[0].power.sources[0].capacityKw", "finite"},
        {"infinite rack type width", [](Plan &p) { p.catalog.rackTypes[0].widthM = kInf; },
         "catalog.rackTypes[0].widthM", "finite"},
        {"NaN rack type maxKw", [](Plan &p) { p.catalog.rackTypes[0].maxKw = kNaN; },
         "catalog.rackTypes[0].maxKw", "finite"},
        {"infinite typicalKw", [](Plan &p) { p.catalog.rackTypes[0].typicalKw = kInf; },
         "catalog.rackTypes[0].typicalKw", "finite"},
        {"infinite coolant cp", [](Plan &p) { p.catalog.coolants[0].cpKjPerKgK = kInf; },
         "catalog.coolants[0].cpKjPerKgK", "finite"},
        {"infinite CDU capacity", [](Plan &p) { p.halls[0].cooling.cdus[2].capacityKw = kInf; },
         "halls[0].cooling.cdus[2].capacityKw", "finite"},
        {"infinite wall clearance", [](Plan &p) { p.halls[0].rules.wallClearanceM = kInf; },
         "halls[0].rules.wallClearanceM", "finite"},
        {"NaN cross aisle", [](Plan &p) { p.halls[0].rules.crossAisleM = kNaN; },
         "halls[0].rules.crossAisleM", "finite"},
        {"infinite reach", [](Plan &p) { p.halls[0].power.feeds[1].reachM = kInf; },
         "halls[0].power.feeds[1].reachM", "finite"},
        {"infinite air other load", [](Plan &p) { p.halls[0].cooling.air->otherLoadKw = kInf; },
         "halls[0].cooling.air.otherLoadKw", "finite"},
        {"infinite rack power", [](Plan &p) { p.halls[0].racks[1].powerKw = kInf; },
         "halls[0].racks[1].powerKw", "finite"},
        {"infinite floor rating", [](Plan &p) { p.halls[0].floorLoadKgPerM2 = kInf; },
         "halls[0].floorLoadKgPerM2", "finite"},
        {"infinite pue", [](Plan &p) { p.assumptions.pue = kInf; }, "assumptions.pue", "finite"},
        {"infinite outline point", [](Plan &p) { p.halls[0].outline[2].x = kInf; },
         "halls[0].outline", "not a finite number"},
        {"NaN obstacle point", [](Plan &p) { p.halls[0].obstacles[0].polygon[0].y = kNaN; },
         "halls[0].obstacles[0].polygon", "not a finite number"},
        {"infinite rack position", [](Plan &p) { p.halls[0].racks[0].position.x = kInf; },
         "halls[0].racks[0].position", "finite"},
        {"NaN CDU position", [](Plan &p) { p.halls[0].cooling.cdus[0].position.y = kNaN; },
         "halls[0].cooling.cdus[0].position", "finite"},
        {"infinite hall origin",
         [](Plan &p) {
             p.halls[1].origin = Vec2{-kInf, 0};
         },
         "halls[1].origin", "finite"},
        {"NaN feed path point", [](Plan &p) { p.halls[0].power.feeds[1].path[1].x = kNaN; },
         "halls[0].power.feeds[1].path[1]", "finite"},
        {"infinite pflops", [](Plan &p) { p.catalog.rackTypes[0].pflops["fp8"] = kInf; },
         "catalog.rackTypes[0].pflops.fp8", "finite"},
        {"version newer than this program", [](Plan &p) { p.version = kPlanFormatVersion + 1; },
         "version", "version"},
        {"rack without a type", [](Plan &p) { p.halls[0].racks[0].type.clear(); },
         "halls[0].racks[0].type", "must not be empty"},
        {"hall without an id", [](Plan &p) { p.halls[0].id.clear(); }, "halls[0].id",
         "must not be empty"},
    };
    return cases;
}

} // namespace

class TestPlanValidator : public QObject
{
    Q_OBJECT

private slots:
    void basePlanIsValid();
    void refused_data();
    void refused();
    void accepted_data();
    void accepted();
    void refusedInCode_data();
    void refusedInCode();
    void everyFixtureIsValid();
    void checkPlanJoinsProblems();
};

void TestPlanValidator::basePlanIsValid()
{
    const auto problems = problemsOf(basePlan().dump());
    QVERIFY2(problems.empty(), qPrintable(listed(problems)));
}

void TestPlanValidator::refused_data()
{
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const char *patch, const char *place, const char *message) {
        QTest::newRow(name) << QString::fromUtf8(patch) << QString::fromUtf8(place)
                            << QString::fromUtf8(message);
    };
    auto set = [&](const char *name, const char *path, const char *value, const char *place,
                   const char *message) {
        const std::string patch = std::string(R"([{"op": "replace", "path": ")") + path +
                                  R"(", "value": )" + value + "}]";
        row(name, patch.c_str(), place, message);
    };
    auto drop = [&](const char *name, const char *path, const char *place, const char *message) {
        const std::string patch = std::string(R"([{"op": "remove", "path": ")") + path + "\"}]";
        row(name, patch.c_str(), place, message);
    };

    // --- wrong types ---
    set("type: rack position", "/halls/0/racks/1/position", R"("x")", "halls[0].racks[1].position",
        "expected a point [x, y]");
    set("type: hall id", "/halls/1/id", "2", "halls[1].id", "expected a string, found a number");
    set("type: feed voltage", "/halls/0/power/feeds/0/voltageV", R"("415")",
        "halls[0].power.feeds[0].voltageV", "expected a number, found a string");
    set("type: CDU rotation", "/halls/0/cooling/cdus/1/rotationDeg", R"("90")",
        "halls[0].cooling.cdus[1].rotationDeg", "expected a whole number");
    set("type: air units", "/halls/0/cooling/air/units", "4.5", "halls[0].cooling.air.units",
        "expected a whole number, found 4.5");
    set("type: racks", "/halls/1/racks", "{}", "halls[1].racks", "expected an array");
    set("type: air", "/halls/0/cooling/air", "[]", "halls[0].cooling.air", "expected an object");
    set("type: phase", "/phases/0", R"("P1")", "phases[0]", "expected an object, found a string");
    set("type: pue", "/assumptions/pue", "true", "assumptions.pue", "expected a number");
    set("type: rack feeds", "/halls/0/racks/0/feeds", R"("A1")", "halls[0].racks[0].feeds",
        "expected an array");

    // --- missing required fields ---
    drop("missing: format", "/format", "format", "missing (required)");
    drop("missing: version", "/version", "version", "missing (required)");
    drop("missing: halls", "/halls", "halls", "missing (required)");
    drop("missing: hall id", "/halls/1/id", "halls[1].id", "missing (required)");
    drop("missing: outline", "/halls/0/outline", "halls[0].outline", "missing (required)");
    drop("missing: rack id", "/halls/0/racks/2/id", "halls[0].racks[2].id", "missing (required)");
    drop("missing: rack type", "/halls/0/racks/2/type", "halls[0].racks[2].type",
         "missing (required)");
    drop("missing: rack position", "/halls/0/racks/2/position", "halls[0].racks[2].position",
         "missing (required)");
    drop("missing: obstacle polygon", "/halls/0/obstacles/0/polygon",
         "halls[0].obstacles[0].polygon", "missing (required)");
    drop("missing: feed id", "/halls/0/power/feeds/1/id", "halls[0].power.feeds[1].id",
         "missing (required)");
    drop("missing: loop id", "/halls/0/cooling/loops/1/id", "halls[0].cooling.loops[1].id",
         "missing (required)");
    drop("missing: CDU position", "/halls/0/cooling/cdus/2/position",
         "halls[0].cooling.cdus[2].position", "missing (required)");
    drop("missing: air units", "/halls/0/cooling/air/units", "halls[0].cooling.air.units",
         "missing (required)");
    drop("missing: rack type maxKw", "/catalog/rackTypes/0/maxKw", "catalog.rackTypes[0].maxKw",
         "missing (required)");
    drop("missing: coolant cp", "/catalog/coolants/0/cpKjPerKgK", "catalog.coolants[0].cpKjPerKgK",
         "missing (required)");
    drop("missing: phase id", "/phases/1/id", "phases[1].id", "missing (required)");
    drop("missing: CDU loop", "/halls/0/cooling/cdus/1/loop", "halls[0].cooling.cdus[1].loop",
         "missing");
    drop("missing: feed capacity", "/halls/0/power/feeds/0/currentA", "halls[0].power.feeds[0]",
         "has no capacity");
    drop("missing: CDU flow", "/halls/0/cooling/cdus/2/maxFlowLpm", "halls[0].cooling.cdus[2]",
         "has no maxFlowLpm");
    set("missing: empty rack id", "/halls/0/racks/0/id", R"("")", "halls[0].racks[0].id",
        "must not be empty");

    // --- sizes, capacities, currents, voltages: zero, negative, out of range ---
    set("zero rack type width", "/catalog/rackTypes/0/widthM", "0", "catalog.rackTypes[0].widthM",
        "must be more than 0 m, found 0");
    set("negative rack type depth", "/catalog/rackTypes/0/depthM", "-1.2",
        "catalog.rackTypes[0].depthM", "must be more than 0 m, found -1.2");
    set("zero rack type maxKw", "/catalog/rackTypes/0/maxKw", "0", "catalog.rackTypes[0].maxKw",
        "must be more than 0");
    set("negative rack weight", "/catalog/rackTypes/0/weightKg", "-1",
        "catalog.rackTypes[0].weightKg", "must be more than 0");
    set("liquid fraction above 1", "/catalog/rackTypes/0/liquidFraction", "1.5",
        "catalog.rackTypes[0].liquidFraction", "at most 1");
    set("negative pflops", "/catalog/rackTypes/0/pflops/fp8", "-10",
        "catalog.rackTypes[0].pflops.fp8", "must not be negative");
    set("zero CDU type capacity", "/catalog/cduTypes/0/capacityKw", "0",
        "catalog.cduTypes[0].capacityKw", "must be more than 0");
    set("zero feed type current", "/catalog/feedTypes/0/currentA", "0",
        "catalog.feedTypes[0].currentA", "must be more than 0 A");
    set("zero coolant density", "/catalog/coolants/0/densityKgPerL", "0",
        "catalog.coolants[0].densityKgPerL", "must be more than 0");
    set("zero source capacity", "/halls/0/power/sources/1/capacityKw", "0",
        "halls[0].power.sources[1].capacityKw", "must be more than 0 kW");
    set("negative feed capacity", "/halls/1/power/feeds/0/capacityKw", "-500",
        "halls[1].power.feeds[0].capacityKw", "must be more than 0 kW, found -500");
    set("zero feed voltage", "/halls/0/power/feeds/0/voltageV", "0",
        "halls[0].power.feeds[0].voltageV", "must be more than 0 V");
    set("negative feed current", "/halls/0/power/feeds/2/currentA", "-63",
        "halls[0].power.feeds[2].currentA", "must be more than 0 A");
    set("power factor above 1", "/halls/0/power/feeds/0/powerFactor", "1.2",
        "halls[0].power.feeds[0].powerFactor", "more than 0 and at most 1");
    set("zero power factor", "/halls/0/power/feeds/0/powerFactor", "0",
        "halls[0].power.feeds[0].powerFactor", "more than 0 and at most 1");
    set("zero derating", "/halls/0/power/feeds/0/deratePct", "0",
        "halls[0].power.feeds[0].deratePct", "more than 0 and at most 100");
    set("derating above 100", "/halls/0/power/feeds/0/deratePct", "101",
        "halls[0].power.feeds[0].deratePct", "at most 100");
    set("two electrical phases", "/halls/0/power/feeds/0/phases", "2",
        "halls[0].power.feeds[0].phases", "must be 3 or 1");
    set("negative reach", "/halls/0/power/feeds/1/reachM", "-1", "halls[0].power.feeds[1].reachM",
        "must not be negative");
    set("one-point feed path", "/halls/0/power/feeds/1/path", "[[2, 6]]",
        "halls[0].power.feeds[1].path", "at least 2 points");
    set("zero CDU width", "/halls/0/cooling/cdus/2/widthM", "0", "halls[0].cooling.cdus[2].widthM",
        "must be more than 0 m");
    set("negative CDU capacity", "/halls/0/cooling/cdus/1/capacityKw", "-450",
        "halls[0].cooling.cdus[1].capacityKw", "must be more than 0 kW");
    set("zero CDU flow", "/halls/0/cooling/cdus/2/maxFlowLpm", "0",
        "halls[0].cooling.cdus[2].maxFlowLpm", "must be more than 0 L/min");
    set("zero loop delta T", "/halls/0/cooling/loops/0/deltaTK", "0",
        "halls[0].cooling.loops[0].deltaTK", "must be more than 0 K");
    set("zero pipe run", "/halls/0/cooling/loops/0/maxPipeRunM", "0",
        "halls[0].cooling.loops[0].maxPipeRunM", "must be more than 0 m");
    set("negative redundant CDUs", "/halls/0/cooling/loops/0/redundantCdus", "-1",
        "halls[0].cooling.loops[0].redundantCdus", "must not be negative");
    set("zero air unit", "/halls/0/cooling/air/unitKw", "0", "halls[0].cooling.air.unitKw",
        "must be more than 0 kW");
    set("zero air units", "/halls/0/cooling/air/units", "0", "halls[0].cooling.air.units",
        "must be 1 or more");
    set("negative redundant air units", "/halls/0/cooling/air/redundantUnits", "-1",
        "halls[0].cooling.air.redundantUnits", "must not be negative");
    set("negative other air load", "/halls/0/cooling/air/otherLoadKw", "-10",
        "halls[0].cooling.air.otherLoadKw", "must not be negative");
    set("zero floor rating", "/halls/0/floorLoadKgPerM2", "0", "halls[0].floorLoadKgPerM2",
        "must be more than 0");
    set("zero rack power", "/halls/0/racks/1/powerKw", "0", "halls[0].racks[1].powerKw",
        "must be more than 0 kW");
    set("negative wall clearance", "/halls/0/rules/wallClearanceM", "-0.5",
        "halls[0].rules.wallClearanceM", "must not be negative");
    set("zero row length", "/halls/0/rules/maxRowRacks", "0", "halls[0].rules.maxRowRacks",
        "must be 1 or more");
    set("pue below 1", "/assumptions/pue", "0.9", "assumptions.pue", "at least 1");
    set("impossible date", "/phases/0/date", R"("2027-02-30")", "phases[0].date",
        "expected a date YYYY-MM-DD");
    set("unknown topology", "/halls/0/power/topology", R"("N+1")", "halls[0].power.topology",
        "unknown topology \"N+1\"");

    // --- polygons ---
    set("outline of 2 points", "/halls/0/outline", "[[0, 0], [30, 0]]", "halls[0].outline",
        "at least 3");
    set("empty outline", "/halls/0/outline", "[]", "halls[0].outline", "at least 3");
    set("outline repeating a point", "/halls/0/outline", "[[0, 0], [30, 0], [0, 0]]",
        "halls[0].outline", "at least 3");
    set("self-intersecting outline", "/halls/0/outline", "[[0, 0], [30, 20], [30, 0], [0, 20]]",
        "halls[0].outline", "intersects itself");
    set("outline in a line", "/halls/0/outline", "[[0, 0], [10, 0], [20, 0]]", "halls[0].outline",
        "no area");
    set("obstacle of 2 points", "/halls/0/obstacles/0/polygon", "[[14, 9], [14.6, 9]]",
        "halls[0].obstacles[0].polygon", "at least 3");
    set("self-intersecting obstacle", "/halls/0/obstacles/0/polygon",
        "[[14, 9], [14.6, 9.6], [14.6, 9], [14, 9.6]]", "halls[0].obstacles[0].polygon",
        "intersects itself");

    // --- duplicate ids within a kind, plan-wide (SPEC §8) ---
    set("duplicate hall", "/halls/1/id", R"("H1")", "halls[1].id",
        "duplicate hall id \"H1\" (also halls[0])");
    set("duplicate rack in a hall", "/halls/0/racks/1/id", R"("H1-R1")", "halls[0].racks[1].id",
        "duplicate rack id \"H1-R1\"");
    set("duplicate rack across halls", "/halls/1/racks/0/id", R"("H1-R1")", "halls[1].racks[0].id",
        "duplicate rack id \"H1-R1\" (also halls[0].racks[0])");
    set("duplicate feed in a hall", "/halls/0/power/feeds/2/id", R"("A1")",
        "halls[0].power.feeds[2].id", "duplicate feed id \"A1\"");
    set("duplicate feed across halls", "/halls/1/power/feeds/1/id", R"("B1")",
        "halls[1].power.feeds[1].id", "duplicate feed id \"B1\" (also halls[0].power.feeds[1])");
    set("duplicate source in a hall", "/halls/0/power/sources/1/id", R"("UPS-A")",
        "halls[0].power.sources[1].id", "duplicate source id \"UPS-A\"");
    set("duplicate source across halls", "/halls/1/power/sources/0/id", R"("UPS-B")",
        "halls[1].power.sources[0].id", "duplicate source id \"UPS-B\"");
    set("duplicate loop in a hall", "/halls/0/cooling/loops/1/id", R"("L1")",
        "halls[0].cooling.loops[1].id", "duplicate loop id \"L1\"");
    set("duplicate loop across halls", "/halls/1/cooling/loops/0/id", R"("L2")",
        "halls[1].cooling.loops[0].id", "duplicate loop id \"L2\"");
    set("duplicate CDU", "/halls/0/cooling/cdus/2/id", R"("CDU-1")", "halls[0].cooling.cdus[2].id",
        "duplicate CDU id \"CDU-1\"");
    row("duplicate CDU across halls",
        R"([{"op": "add", "path": "/halls/1/cooling/cdus", "value": [
              {"id": "CDU-2", "loop": "L3", "type": "test-cdu", "position": [2, 2]}]}])",
        "halls[1].cooling.cdus[0].id", "duplicate CDU id \"CDU-2\"");
    row("duplicate obstacle across halls",
        R"([{"op": "add", "path": "/halls/1/obstacles", "value": [
              {"id": "H1-COL1", "polygon": [[1, 1], [2, 1], [2, 2], [1, 2]]}]}])",
        "halls[1].obstacles[0].id", "duplicate obstacle id \"H1-COL1\"");
    set("duplicate phase", "/phases/1/id", R"("P1")", "phases[1].id", "duplicate phase id \"P1\"");
    row("duplicate rack type in the plan's catalog",
        R"([{"op": "add", "path": "/catalog/rackTypes/-", "value":
              {"id": "test-rack", "widthM": 0.6, "depthM": 1.2, "maxKw": 10}}])",
        "catalog.rackTypes[1].id", "duplicate rack type id \"test-rack\"");
    row("duplicate coolant in the plan's catalog",
        R"([{"op": "add", "path": "/catalog/coolants/-", "value":
              {"id": "PG30", "densityKgPerL": 1, "cpKjPerKgK": 4}}])",
        "catalog.coolants[1].id", "duplicate coolant id \"PG30\"");

    // --- references ---
    set("unknown rack type", "/halls/0/racks/0/type", R"("gb300")", "halls[0].racks[0].type",
        "unknown rack type \"gb300\"");
    set("unknown feed", "/halls/0/racks/0/feeds/1", R"("Z9")", "halls[0].racks[0].feeds[1]",
        "unknown feed \"Z9\" in hall \"H1\"");
    set("feed of another hall", "/halls/1/racks/0/feeds/0", R"("A1")", "halls[1].racks[0].feeds[0]",
        "unknown feed \"A1\" in hall \"H2\"");
    set("unknown source", "/halls/0/power/feeds/0/source", R"("UPS-Z")",
        "halls[0].power.feeds[0].source", "unknown source \"UPS-Z\"");
    set("source of another hall", "/halls/1/power/feeds/0/source", R"("UPS-A")",
        "halls[1].power.feeds[0].source", "unknown source \"UPS-A\" in hall \"H2\"");
    set("unknown loop of a rack", "/halls/0/racks/0/loop", R"("L9")", "halls[0].racks[0].loop",
        "unknown loop \"L9\"");
    set("loop of another hall", "/halls/1/racks/0/loop", R"("L1")", "halls[1].racks[0].loop",
        "unknown loop \"L1\" in hall \"H2\"");
    set("unknown loop of a CDU", "/halls/0/cooling/cdus/0/loop", R"("L9")",
        "halls[0].cooling.cdus[0].loop", "unknown loop \"L9\"");
    set("unknown CDU type", "/halls/0/cooling/cdus/0/type", R"("cdu-x")",
        "halls[0].cooling.cdus[0].type", "unknown CDU type \"cdu-x\"");
    set("unknown feed type", "/halls/0/power/feeds/1/type", R"("busway-x")",
        "halls[0].power.feeds[1].type", "unknown feed type \"busway-x\"");
    set("unknown phase", "/halls/0/racks/0/phase", R"("P9")", "halls[0].racks[0].phase",
        "unknown phase \"P9\"");
    set("unknown coolant", "/halls/0/cooling/loops/0/coolant", R"("glycol")",
        "halls[0].cooling.loops[0].coolant", "unknown coolant \"glycol\"");
    set("unknown reference rack type", "/halls/0/referenceRackType", R"("gb400")",
        "halls[0].referenceRackType", "unknown rack type \"gb400\"");

    // --- pairs, feeds of a rack, rotations (SPEC §8) ---
    set("pair with one feed", "/halls/0/power/feeds/1/pair", R"("P2")",
        "halls[0].power.feeds[0].pair", "pair \"P1\" must name exactly two feeds, found 1");
    row("pair with three feeds",
        R"([{"op": "add", "path": "/halls/0/power/feeds/2/pair", "value": "P1"}])",
        "halls[0].power.feeds[2].pair", "pair \"P1\" must name exactly two feeds, found 3");
    set("rack listing a feed twice", "/halls/0/racks/0/feeds/1", R"("A1")",
        "halls[0].racks[0].feeds[1]", "feed \"A1\" is listed twice");
    set("rotation 45", "/halls/0/racks/0/rotationDeg", "45", "halls[0].racks[0].rotationDeg",
        "must be a multiple of 90, found 45");
    set("rotation -45", "/halls/0/racks/2/rotationDeg", "-45", "halls[0].racks[2].rotationDeg",
        "must be a multiple of 90, found -45");
    set("rotation 100", "/halls/1/racks/0/rotationDeg", "100", "halls[1].racks[0].rotationDeg",
        "multiple of 90");
    set("CDU rotation 30", "/halls/0/cooling/cdus/1/rotationDeg", "30",
        "halls[0].cooling.cdus[1].rotationDeg", "must be a multiple of 90, found 30");

    // --- versions and format ---
    set("version newer", "/version", "2", "version", "needs a newer Hallwright");
    set("version 0", "/version", "0", "version", "must be 1 or more");
    set("another format", "/format", R"("hallwright-catalog")", "format",
        "is not a Hallwright plan");
}

void TestPlanValidator::refused()
{
    QFETCH(QString, patch);
    QFETCH(QString, place);
    QFETCH(QString, message);
    const json doc = basePlan().patch(json::parse(patch.toStdString()));
    const auto problems = problemsOf(doc.dump(2));
    QVERIFY2(names(problems, place, message),
             qPrintable(QStringLiteral("expected %1: ...%2... among:%3")
                            .arg(place, message, listed(problems))));
}

void TestPlanValidator::accepted_data()
{
    QTest::addColumn<QString>("patch");
    auto row = [](const char *name, const char *patch) {
        QTest::newRow(name) << QString::fromUtf8(patch);
    };
    row("rotation 450 (read modulo 360)",
        R"([{"op": "replace", "path": "/halls/0/racks/0/rotationDeg", "value": 450}])");
    row("rotation -90",
        R"([{"op": "replace", "path": "/halls/0/racks/0/rotationDeg", "value": -90}])");
    row("rotation -360",
        R"([{"op": "replace", "path": "/halls/0/racks/0/rotationDeg", "value": -360}])");
    row("CDU rotation 630",
        R"([{"op": "replace", "path": "/halls/0/cooling/cdus/1/rotationDeg", "value": 630}])");
    row("clearances of 0",
        R"([{"op": "replace", "path": "/halls/0/rules/wallClearanceM", "value": 0},
            {"op": "replace", "path": "/halls/0/rules/crossAisleM", "value": 0}])");
    row("no rules", R"([{"op": "remove", "path": "/halls/0/rules"}])");
    row("one rack per row",
        R"([{"op": "replace", "path": "/halls/0/rules/maxRowRacks", "value": 1}])");
    row("pairs are per hall",
        R"([{"op": "add", "path": "/halls/1/power/feeds/0/pair", "value": "P1"},
            {"op": "add", "path": "/halls/1/power/feeds/1/pair", "value": "P1"}])");
    row("same id in different kinds",
        R"([{"op": "replace", "path": "/halls/1/cooling/loops/0/id", "value": "H2"},
            {"op": "replace", "path": "/halls/1/racks/0/loop", "value": "H2"}])");
    row("plan catalog replaces a built-in type",
        R"([{"op": "add", "path": "/catalog/rackTypes/-", "value":
              {"id": "gb300-nvl72", "widthM": 0.6, "depthM": 1.2, "maxKw": 120}}])");
    row("feed given only by its type",
        R"([{"op": "replace", "path": "/halls/0/power/feeds/0", "value":
              {"id": "A1", "source": "UPS-A", "pair": "P1", "type": "busway-1600a-415"}}])");
    row("power factor 1 and derating 100",
        R"([{"op": "add", "path": "/halls/0/power/feeds/0/powerFactor", "value": 1},
            {"op": "add", "path": "/halls/0/power/feeds/0/deratePct", "value": 100}])");
    row("liquid fraction 0 and 1",
        R"([{"op": "replace", "path": "/catalog/rackTypes/0/liquidFraction", "value": 1},
            {"op": "replace", "path": "/catalog/coolants/0/freezeC", "value": -40}])");
    row("no redundancy",
        R"([{"op": "replace", "path": "/halls/0/cooling/loops/0/redundantCdus", "value": 0},
            {"op": "replace", "path": "/halls/0/cooling/air/redundantUnits", "value": 0}])");
    row("a rack without feeds, loop or phase",
        R"([{"op": "remove", "path": "/halls/0/racks/0/feeds"},
            {"op": "remove", "path": "/halls/0/racks/0/loop"},
            {"op": "remove", "path": "/halls/0/racks/0/phase"}])");
    row("a hall with nothing in it",
        R"([{"op": "replace", "path": "/halls/1", "value":
              {"id": "H2", "outline": [[0, 0], [1, 0], [0, 1]]}}])");
    row("a concave outline",
        R"([{"op": "replace", "path": "/halls/1/outline", "value":
              [[0, 0], [12, 0], [12, 10], [6, 4], [0, 10]]}])");
    row("a closed outline repeating its first point",
        R"([{"op": "replace", "path": "/halls/1/outline", "value":
              [[0, 0], [12, 0], [12, 10], [0, 10], [0, 0]]}])");
    row("a leap day", R"([{"op": "replace", "path": "/phases/0/date", "value": "2024-02-29"}])");
}

void TestPlanValidator::accepted()
{
    QFETCH(QString, patch);
    const json doc = basePlan().patch(json::parse(patch.toStdString()));
    const auto problems = problemsOf(doc.dump(2));
    QVERIFY2(problems.empty(), qPrintable(listed(problems)));
}

void TestPlanValidator::refusedInCode_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < modelCases().size(); ++i)
        QTest::newRow(modelCases()[i].name) << static_cast<int>(i);
}

void TestPlanValidator::refusedInCode()
{
    QFETCH(int, index);
    const ModelCase &c = modelCases()[static_cast<std::size_t>(index)];
    auto plan = readPlanJson(basePlan().dump());
    QVERIFY(plan.ok());
    c.change(*plan);
    const auto problems = validatePlan(*plan, builtinCatalog());
    QVERIFY2(names(problems, QString::fromUtf8(c.place), QString::fromUtf8(c.message)),
             qPrintable(QStringLiteral("expected %1: ...%2... among:%3")
                            .arg(QString::fromUtf8(c.place), QString::fromUtf8(c.message),
                                 listed(problems))));
}

void TestPlanValidator::everyFixtureIsValid()
{
    for (const auto &f : hw::test::planFixtures()) {
        const auto problems = problemsOf(hw::test::readFile(f));
        QVERIFY2(problems.empty(), qPrintable(QString::fromStdString(f) + listed(problems)));
    }
}

void TestPlanValidator::checkPlanJoinsProblems()
{
    json doc = basePlan();
    doc["halls"][0]["racks"][0]["type"] = "gb300";
    doc["halls"][0]["racks"][1]["rotationDeg"] = 45;
    auto plan = readPlanJson(doc.dump());
    QVERIFY(plan.ok());
    const Status s = checkPlan(*plan, builtinCatalog());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().problems.size(), std::size_t(2));
    QCOMPARE(s.error().toString(),
             std::string("halls[0].racks[0].type: unknown rack type \"gb300\"\n"
                         "halls[0].racks[1].rotationDeg: must be a multiple of 90, found 45"));
    QVERIFY(checkPlan(readPlanJson(basePlan().dump()).value(), builtinCatalog()).ok());
}

QTEST_GUILESS_MAIN(TestPlanValidator)
#include "test_plan_validator.moc"
