// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Scenarios (issue 6 item 4): named variants of a plan's halls. The JSON and .hallplan formats
// keep them losslessly, the validator checks each variant like a plan and names the place
// (`scenarios[1].halls[0].racks[3].type`), the edit operations swap and restore exactly, and
// comparing scenarios gives for each exactly what evaluating that variant alone gives.
#include "core/edit/scenario_ops.h"
#include "core/engine/evaluate.h"
#include "core/engine/plan_validator.h"
#include "core/engine/scenario_compare.h"
#include "core/io/builtin_catalog.h"
#include "core/io/hallplan_format.h"
#include "core/io/json_plan_format.h"
#include "core/io/plan_files.h"
#include "core/model/scenario_plan.h"

#include "support/test_support.h"

#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

using namespace hw::core;
using nlohmann::json;

namespace {

std::string dataFile(const char *name)
{
    return std::string(HW_TEST_DATA_DIR) + "/" + name;
}

std::string fixtureText()
{
    return hw::test::readFile(dataFile("scenarios.json"));
}

Plan fixture()
{
    auto plan = readPlanJson(fixtureText());
    if (!plan) throw std::runtime_error(plan.error().toString());
    return std::move(plan).value();
}

/** The problems of a plan text: read problems, else validator problems; one per line. */
std::string problemsOf(const json &doc)
{
    auto plan = readPlanJson(doc.dump());
    if (!plan) return plan.error().toString();
    Error e;
    e.problems = validatePlan(*plan, builtinCatalog());
    return e.toString();
}

/** The variant `id` built independently of the scenario code: its halls put in by hand. */
Plan variantAlone(const json &doc, const std::string &id)
{
    json alone = doc;
    alone.erase("scenarios");
    alone.erase("activeScenario");
    if (id != doc.at("activeScenario").get<std::string>()) {
        for (const json &s : doc.at("scenarios")) {
            if (s.at("id") == id) alone["halls"] = s.at("halls");
        }
    }
    auto plan = readPlanJson(alone.dump());
    if (!plan) throw std::runtime_error(plan.error().toString());
    return std::move(plan).value();
}

void sql(const std::string &path, const std::string &statements)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, statements.c_str(), nullptr, nullptr, &err);
    const std::string message = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    if (rc != SQLITE_OK) throw std::runtime_error(statements + ": " + message);
}

} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

private slots:
    void readsTheFixture();
    void jsonRoundTrip();
    void hallplanRoundTrip();
    void hallplanWithoutScenarios();
    void hallplanNamesTheScenarioOfABadRow();
    void versionOneFileHasNoScenarios();
    void refused_data();
    void refused();
    void activateSwapsExactly();
    void insertRemoveRename();
    void scenarioPlanIsTheVariant();
    void compareEqualsEvaluatingEachAlone();
    void compareWithoutScenarios();
};

void TestScenarios::readsTheFixture()
{
    const Plan plan = fixture();
    QCOMPARE(plan.activeScenario, std::string("gb300"));
    QCOMPARE(plan.scenarios.size(), std::size_t(3));
    QCOMPARE(plan.scenarios[0].id, std::string("gb300"));
    QVERIFY(plan.scenarios[0].halls.empty()); // the active one: its halls are the plan's
    QCOMPARE(plan.scenarios[1].name, std::string("Half Vera Rubin"));
    QCOMPARE(plan.scenarios[1].halls.size(), std::size_t(1));
    QCOMPARE(plan.scenarios[1].halls[0].racks[3].type, std::string("vr-nvl144"));
    QVERIFY(plan.scenarios[2].halls.empty());
    QCOMPARE(scenarioLabel(plan.scenarios[2]), std::string("empty"));
    QVERIFY2(validatePlan(plan, builtinCatalog()).empty(),
             checkPlan(plan, builtinCatalog()).ok() ? "" : checkPlan(plan, builtinCatalog()).error().toString().c_str());
}

void TestScenarios::jsonRoundTrip()
{
    const Plan plan = fixture();
    const std::string written = writePlanJson(plan);
    auto again = readPlanJson(written);
    QVERIFY(again.ok());
    QVERIFY(*again == plan);
    // The document keeps its meaning key for key, the unknown key of a scenario included.
    QCOMPARE(json::parse(written), json::parse(fixtureText()));
    // The active entry never gains halls, even after a switch made it active.
    Plan switched = plan;
    QVERIFY(activateScenario(switched, "empty").ok());
    const json doc = json::parse(writePlanJson(switched));
    QCOMPARE(doc.at("activeScenario"), json("empty"));
    QVERIFY(!doc.at("scenarios")[2].contains("halls"));
    QVERIFY(doc.at("halls").empty());
    QCOMPARE(doc.at("scenarios")[0].at("halls").size(), std::size_t(1));
    auto back = readPlanJson(doc.dump());
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().toString().c_str());
    QVERIFY(*back == switched);
}

void TestScenarios::hallplanRoundTrip()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("scenarios.hallplan").toStdString();
    const Plan plan = fixture();
    QVERIFY(writePlanFile(plan, path).ok());
    auto read = loadPlan(path, builtinCatalog());
    QVERIFY2(read.ok(), read.ok() ? "" : read.error().toString().c_str());
    QVERIFY(*read == plan);
    // json -> hallplan -> json gives the same document.
    QCOMPARE(json::parse(writePlanJson(*read)), json::parse(fixtureText()));
    // And after a switch: the scenario that was active now holds its halls in the file.
    Plan switched = plan;
    QVERIFY(activateScenario(switched, "half-vr").ok());
    const std::string path2 = dir.filePath("switched.hallplan").toStdString();
    QVERIFY(writePlanFile(switched, path2).ok());
    auto read2 = loadPlan(path2, builtinCatalog());
    QVERIFY2(read2.ok(), read2.ok() ? "" : read2.error().toString().c_str());
    QVERIFY(*read2 == switched);
}

void TestScenarios::hallplanWithoutScenarios()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("plain.hallplan").toStdString();
    auto plan = loadPlan(dataFile("full.json"), builtinCatalog());
    QVERIFY(plan.ok());
    QVERIFY(writePlanFile(*plan, path).ok());
    auto read = loadPlan(path, builtinCatalog());
    QVERIFY(read.ok());
    QVERIFY(read->scenarios.empty());
    QVERIFY(read->activeScenario.empty());
    QVERIFY(*read == *plan);
}

void TestScenarios::hallplanNamesTheScenarioOfABadRow()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("bad.hallplan").toStdString();
    QVERIFY(writePlanFile(fixture(), path).ok());
    // A rack of the second scenario with a text where a number belongs.
    sql(path, "UPDATE racks SET x = 'east' WHERE id = 'H1-R0004' AND hall_seq = "
              "(SELECT seq FROM halls WHERE scenario_seq = 1)");
    auto read = readHallplan(path);
    QVERIFY(!read.ok());
    QCOMPARE(QString::fromStdString(read.error().toString()),
             QStringLiteral("scenarios[1].halls[0].racks[3]: column x is not a number"));
    // A hall naming a scenario the file does not have.
    const std::string orphanPath = dir.filePath("orphan.hallplan").toStdString();
    QVERIFY(writePlanFile(fixture(), orphanPath).ok());
    sql(orphanPath, "UPDATE halls SET scenario_seq = 7 WHERE scenario_seq = 1");
    auto orphan = readHallplan(orphanPath);
    QVERIFY(!orphan.ok());
    QVERIFY2(orphan.error().toString().find("halls: column scenario_seq names no scenario") !=
                 std::string::npos,
             orphan.error().toString().c_str());
}

void TestScenarios::versionOneFileHasNoScenarios()
{
    auto plan = loadPlan(dataFile("v1/campus.hallplan"), builtinCatalog());
    QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().toString().c_str());
    QVERIFY(plan->scenarios.empty());
    QVERIFY(plan->activeScenario.empty());
    QCOMPARE(plan->halls.size(), std::size_t(3));
}

void TestScenarios::refused_data()
{
    QTest::addColumn<QString>("patch"); // a JSON merge patch over the fixture
    QTest::addColumn<QString>("problem");
    QTest::newRow("unknown rack type in a scenario")
        << R"({"scenarios": [{"id": "gb300"}, {"id": "half-vr", "halls": [{"id": "H1",
              "outline": [[0,0],[30,0],[30,20],[0,20]], "racks": [
              {"id": "R1", "type": "gb200", "position": [5, 5]}]}]}]})"
        << R"(scenarios[1].halls[0].racks[0].type: unknown rack type "gb200")";
    QTest::newRow("duplicate rack id within a scenario")
        << R"({"scenarios": [{"id": "gb300"}, {"id": "half-vr", "halls": [{"id": "H1",
              "outline": [[0,0],[30,0],[30,20],[0,20]], "racks": [
              {"id": "R1", "type": "gb300-nvl72", "position": [5, 5]},
              {"id": "R1", "type": "gb300-nvl72", "position": [6, 5]}]}]}]})"
        << R"(scenarios[1].halls[0].racks[1].id: duplicate rack id "R1" (also scenarios[1].halls[0].racks[0]))";
    QTest::newRow("duplicate scenario id")
        << R"({"scenarios": [{"id": "gb300"}, {"id": "gb300"}]})"
        << R"(scenarios[1].id: duplicate scenario id "gb300" (also scenarios[0]))";
    QTest::newRow("active scenario unknown")
        << R"({"activeScenario": "nope", "scenarios": [{"id": "a", "halls": []}]})"
        << R"(activeScenario: unknown scenario "nope")";
    QTest::newRow("active scenario missing")
        << R"({"activeScenario": null})"
        << R"(activeScenario: missing: a plan with scenarios names the one whose halls are the plan's own "halls")";
    QTest::newRow("active scenario without scenarios")
        << R"({"scenarios": null})"
        << R"(activeScenario: names scenario "gb300" but the plan lists no scenarios)";
    QTest::newRow("active entry with halls")
        << R"({"scenarios": [{"id": "gb300", "halls": []}]})"
        << R"(scenarios[0].halls: the active scenario's halls are the plan's own "halls"; leave them out here)";
    QTest::newRow("inactive entry without halls")
        << R"({"scenarios": [{"id": "gb300"}, {"id": "b"}]})"
        << R"(scenarios[1].halls: missing)";
    QTest::newRow("scenario without id")
        << R"({"scenarios": [{"id": "gb300"}, {"name": "x", "halls": []}]})"
        << R"(scenarios[1].id: missing)";
    QTest::newRow("scenarios not an array")
        << R"({"scenarios": {"id": "x"}})"
        << R"(scenarios: expected an array, found an object)";
    QTest::newRow("reservation hall missing in a scenario")
        << R"({"tenants": [{"id": "T1"}], "reservations": [{"id": "RS1", "tenant": "T1",
              "hall": "H1", "rackType": "gb300-nvl72", "racks": 2}]})"
        << R"(reservations[0].hall: unknown hall "H1" in scenario "empty")";
}

void TestScenarios::refused()
{
    QFETCH(QString, patch);
    QFETCH(QString, problem);
    json doc = json::parse(fixtureText());
    doc.merge_patch(json::parse(patch.toStdString()));
    const std::string problems = problemsOf(doc);
    QVERIFY2(problems.find(problem.toStdString()) != std::string::npos,
             qPrintable(QStringLiteral("expected \"%1\" among:\n%2")
                            .arg(problem, QString::fromStdString(problems))));
}

void TestScenarios::activateSwapsExactly()
{
    const Plan original = fixture();
    Plan plan = original;
    QVERIFY(activateScenario(plan, "half-vr").ok());
    QCOMPARE(plan.activeScenario, std::string("half-vr"));
    QCOMPARE(plan.halls, original.scenarios[1].halls);
    QCOMPARE(plan.scenarios[0].halls, original.halls);
    QVERIFY(plan.scenarios[1].halls.empty());
    QVERIFY(validatePlan(plan, builtinCatalog()).empty());
    QVERIFY(activateScenario(plan, "empty").ok());
    QVERIFY(plan.halls.empty());
    QVERIFY(activateScenario(plan, "gb300").ok());
    QVERIFY(activateScenario(plan, "gb300").ok()); // already active: nothing changes
    QVERIFY(plan.scenarios[2].halls.empty());
    QCOMPARE(plan.scenarios[1].halls, original.scenarios[1].halls);
    QVERIFY(plan == original);
    QVERIFY(!activateScenario(plan, "nope").ok());
    QVERIFY(plan == original);
}

void TestScenarios::insertRemoveRename()
{
    // A plan without scenarios: the first entry names its halls and becomes active.
    Plan plan = variantAlone(json::parse(fixtureText()), "gb300");
    const Plan start = plan;
    Scenario base{"base", "Base", {}, {}};
    Scenario withHalls{"copy", "Copy", plan.halls, {}};
    QVERIFY(!insertScenario(plan, {0, withHalls}).ok()); // the first may not hold halls
    QVERIFY(insertScenario(plan, {0, base}).ok());
    QCOMPARE(plan.activeScenario, std::string("base"));
    QVERIFY(!insertScenario(plan, {0, base}).ok()); // id in use
    QVERIFY(!insertScenario(plan, {5, withHalls}).ok()); // past the end
    QVERIFY(insertScenario(plan, {1, withHalls}).ok());
    QCOMPARE(plan.activeScenario, std::string("base"));
    QVERIFY(validatePlan(plan, builtinCatalog()).empty());
    QCOMPARE(freshScenarioId(plan, "copy"), std::string("copy-2"));
    QCOMPARE(freshScenarioId(plan, "other"), std::string("other"));

    auto old = renameScenario(plan, "copy", "Renamed");
    QVERIFY(old.ok());
    QCOMPARE(*old, std::string("Copy"));
    QCOMPARE(plan.scenarios[1].name, std::string("Renamed"));
    QVERIFY(!renameScenario(plan, "nope", "x").ok());
    QVERIFY(renameScenario(plan, "copy", "Copy").ok());

    QVERIFY(!removeScenario(plan, "base").ok()); // active while another exists
    auto removed = removeScenario(plan, "copy");
    QVERIFY(removed.ok());
    QCOMPARE(removed->index, std::size_t(1));
    QCOMPARE(removed->value, withHalls);
    auto last = removeScenario(plan, "base"); // the last one: the plan has none again
    QVERIFY(last.ok());
    QVERIFY(plan == start);
    QVERIFY(insertScenario(plan, *last).ok());
    QVERIFY(insertScenario(plan, *removed).ok());
    QCOMPARE(plan.activeScenario, std::string("base"));
    QCOMPARE(plan.scenarios.size(), std::size_t(2));
}

void TestScenarios::scenarioPlanIsTheVariant()
{
    const json doc = json::parse(fixtureText());
    const Plan plan = fixture();
    for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
        const Plan v = scenarioPlan(plan, i);
        QVERIFY(v.scenarios.empty());
        QVERIFY(v.activeScenario.empty());
        QVERIFY(v == variantAlone(doc, plan.scenarios[i].id));
    }
}

void TestScenarios::compareEqualsEvaluatingEachAlone()
{
    const json doc = json::parse(fixtureText());
    const Plan plan = fixture();
    EvaluateOptions options;
    const ScenarioComparison c = compareScenarios(plan, builtinCatalog(), options);
    QCOMPARE(c.scenarios.size(), plan.scenarios.size());
    QCOMPARE(c.reports.size(), plan.scenarios.size());
    for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
        const EvaluationReport alone = evaluate(variantAlone(doc, plan.scenarios[i].id), builtinCatalog(), options);
        QVERIFY(c.reports[i] == alone);
        const ScenarioSummary &s = c.scenarios[i];
        QCOMPARE(s.id, plan.scenarios[i].id);
        QCOMPARE(s.active, i == 0);
        QCOMPARE(s.rackCount, alone.site.metrics.rackCount);
        QCOMPARE(s.itKw, alone.site.metrics.itKw);
        QCOMPARE(s.facilityKw, alone.site.metrics.facilityKw);
        QCOMPARE(s.gpus, alone.site.metrics.gpus);
        QVERIFY(s.pflops == alone.site.metrics.pflops);
        QVERIFY(s.stranded == alone.site.stranded);
        QCOMPARE(s.addableRacks, alone.site.addableRacks);
        QCOMPARE(s.errors, alone.site.errors);
        std::optional<int> power;
        for (const HallReport &h : alone.halls) {
            if (h.headroom.power) power = power.value_or(0) + *h.headroom.power;
        }
        QVERIFY(s.power == power);
    }
    // Hand figures: 6 GB300 racks at 142 kW; 3 GB300 and 3 Vera Rubin at 230 kW; nothing.
    QCOMPARE(c.scenarios[0].itKw, 6 * 142.0);
    QCOMPARE(c.scenarios[1].itKw, 3 * 142.0 + 3 * 230.0);
    QCOMPARE(c.scenarios[2].rackCount, 0);
    QCOMPARE(c.scenarios[1].name, std::string("Half Vera Rubin"));
    QCOMPARE(c.scenarios[2].name, std::string("empty"));
}

void TestScenarios::compareWithoutScenarios()
{
    auto plan = loadPlan(dataFile("spec_example.json"), builtinCatalog());
    QVERIFY(plan.ok());
    const ScenarioComparison c = compareScenarios(*plan, builtinCatalog());
    QCOMPARE(c.scenarios.size(), std::size_t(1));
    QVERIFY(c.scenarios[0].active);
    QVERIFY(c.reports[0] == evaluate(*plan, builtinCatalog()));
}

QTEST_GUILESS_MAIN(TestScenarios)
#include "test_scenarios.moc"
