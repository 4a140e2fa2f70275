// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The JSON plan format (SPEC §2): golden round trips, forward compatibility (unknown keys and
// empty values survive), and how malformed or mistyped documents are refused.
#include "core/engine/plan_validator.h"
#include "core/io/builtin_catalog.h"
#include "core/io/json_plan_format.h"
#include "core/model/plan.h"

#include "support/test_support.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

using namespace hw::core;
using nlohmann::json;

namespace {

std::string dataFile(const char *name)
{
    return std::string(HW_TEST_DATA_DIR) + "/" + name;
}

/** Every object in `doc` as a JSON pointer, except the values of `pflops` (a precision map). */
void collectObjects(const json &doc, const json::json_pointer &at, std::vector<std::string> &out)
{
    if (doc.is_object()) {
        if (at.empty() || at.back() != "pflops") out.push_back(at.to_string());
        for (auto it = doc.begin(); it != doc.end(); ++it)
            collectObjects(it.value(), at / it.key(), out);
    } else if (doc.is_array()) {
        for (std::size_t i = 0; i < doc.size(); ++i)
            collectObjects(doc[i], at / i, out);
    }
}

/** Reads `text`, writes it back, and says how the written document differs (empty: it doesn't). */
QString roundTripDifference(const std::string &text)
{
    auto plan = readPlanJson(text);
    if (!plan) return QString::fromStdString("read failed: " + plan.error().toString());
    const std::string written = writePlanJson(*plan);
    const json before = json::parse(text);
    const json after = json::parse(written);
    if (before != after)
        return QString::fromStdString("written document differs: " +
                                      json::diff(before, after).dump());
    auto again = readPlanJson(written);
    if (!again)
        return QString::fromStdString("reading the written file failed: " +
                                      again.error().toString());
    if (!(*again == *plan))
        return QStringLiteral("the plan read back differs from the plan written");
    return {};
}

/** The first problem of reading `text`; an empty Problem when it was read. */
Problem firstProblem(const std::string &text)
{
    auto plan = readPlanJson(text);
    if (plan) return {};
    return plan.error().problems.front();
}

} // namespace

class TestJsonFormat : public QObject
{
    Q_OBJECT

private slots:
    void goldenRoundTrip_data();
    void goldenRoundTrip();
    void writerIsStable();
    void unknownKeysSurvive_data();
    void unknownKeysSurvive();
    void emptyKnownValuesSurvive_data();
    void emptyKnownValuesSurvive();
    void malformedJson_data();
    void malformedJson();
    void wrongTypesNameThePlace_data();
    void wrongTypesNameThePlace();
    void everyProblemIsReported();
    void newerVersionRefused();
    void deepNestingRefused();
    void catalogFileFormatChecked();
    void damagedTextNeverCrashes();
};

void TestJsonFormat::goldenRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const auto fixtures = hw::test::planFixtures();
    QVERIFY(fixtures.size() >= 6); // the hand-made fixtures and the sample campus
    for (const auto &f : fixtures) {
        const QString path = QString::fromStdString(f);
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
}

void TestJsonFormat::goldenRoundTrip()
{
    QFETCH(QString, path);
    const QString difference = roundTripDifference(hw::test::readFile(path.toStdString()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestJsonFormat::writerIsStable()
{
    // Writing what was read and written gives the same bytes: saving twice changes nothing.
    for (const auto &f : hw::test::planFixtures()) {
        auto plan = readPlanJson(hw::test::readFile(f));
        QVERIFY2(plan.ok(), f.c_str());
        const std::string once = writePlanJson(*plan);
        auto again = readPlanJson(once);
        QVERIFY2(again.ok(), f.c_str());
        QCOMPARE(writePlanJson(*again), once);
    }
}

void TestJsonFormat::unknownKeysSurvive_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("pointer");
    // Every object of the fixtures that use every known object kind, one row per level.
    for (const char *name : {"full.json", "unknown_keys.json", "spec_example.json"}) {
        std::vector<std::string> objects;
        collectObjects(json::parse(hw::test::readFile(dataFile(name))), json::json_pointer(),
                       objects);
        for (const auto &p : objects) {
            QTest::addRow("%s:%s", name, p.empty() ? "/" : p.c_str())
                << QString::fromLatin1(name) << QString::fromStdString(p);
        }
    }
}

void TestJsonFormat::unknownKeysSurvive()
{
    QFETCH(QString, fixture);
    QFETCH(QString, pointer);
    json doc = json::parse(hw::test::readFile(dataFile(qPrintable(fixture))));
    json &target = doc[json::json_pointer(pointer.toStdString())];
    QVERIFY(target.is_object());
    target["x-probe"] = json::parse(R"({"list": [1, 2.5, "three", null, false, {"deep": [[], {}]}],
                                        "empty": "", "n": -0.125})");
    target["x-empty-array"] = json::array();
    target["x-empty-object"] = json::object();
    target["x-empty-string"] = "";
    const QString difference = roundTripDifference(doc.dump(2));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestJsonFormat::emptyKnownValuesSurvive_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value");
    // Known keys given empty values of their own type; the writer leaves such values out, so
    // they must come back from the object's extras.
    QTest::newRow("plan name") << "/name"
                               << R"("")";
    QTest::newRow("assumptions") << "/assumptions"
                                 << "{}";
    QTest::newRow("catalog") << "/catalog"
                             << "{}";
    QTest::newRow("catalog rackTypes") << "/catalog/rackTypes"
                                       << "[]";
    QTest::newRow("rack type name") << "/catalog/rackTypes/0/name"
                                    << R"("")";
    QTest::newRow("rack type pflops") << "/catalog/rackTypes/0/pflops"
                                      << "{}";
    QTest::newRow("rack type source") << "/catalog/rackTypes/0/source"
                                      << R"("")";
    QTest::newRow("phases") << "/phases"
                            << "[]";
    QTest::newRow("phase date") << "/phases/0/date"
                                << R"("")";
    QTest::newRow("hall name") << "/halls/0/name"
                               << R"("")";
    QTest::newRow("hall obstacles") << "/halls/0/obstacles"
                                    << "[]";
    QTest::newRow("hall referenceRackType") << "/halls/0/referenceRackType"
                                            << R"("")";
    QTest::newRow("hall rules") << "/halls/0/rules"
                                << "{}";
    QTest::newRow("hall power") << "/halls/0/power"
                                << "{}";
    QTest::newRow("power sources") << "/halls/0/power/sources"
                                   << "[]";
    QTest::newRow("power topology") << "/halls/0/power/topology"
                                    << R"("")";
    QTest::newRow("feed path") << "/halls/0/power/feeds/0/path"
                               << "[]";
    QTest::newRow("feed pair") << "/halls/0/power/feeds/0/pair"
                               << R"("")";
    QTest::newRow("hall cooling") << "/halls/0/cooling"
                                  << "{}";
    QTest::newRow("cooling cdus") << "/halls/0/cooling/cdus"
                                  << "[]";
    QTest::newRow("loop coolant") << "/halls/0/cooling/loops/0/coolant"
                                  << R"("")";
    QTest::newRow("cdu type") << "/halls/0/cooling/cdus/0/type"
                              << R"("")";
    QTest::newRow("hall racks") << "/halls/0/racks"
                                << "[]";
    QTest::newRow("rack feeds") << "/halls/0/racks/0/feeds"
                                << "[]";
    QTest::newRow("rack loop") << "/halls/0/racks/0/loop"
                               << R"("")";
    QTest::newRow("rack phase") << "/halls/0/racks/0/phase"
                                << R"("")";
}

void TestJsonFormat::emptyKnownValuesSurvive()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    json doc = json::parse(hw::test::readFile(dataFile("full.json")));
    doc[json::json_pointer(pointer.toStdString())] = json::parse(value.toStdString());
    const QString difference = roundTripDifference(doc.dump(2));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestJsonFormat::malformedJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("message");
    // Columns count characters from 1 and point at the start of the offending token; inside a
    // string, at the character that is wrong.
    QTest::newRow("missing comma between members")
        << QByteArray(
               "{\n  \"format\": \"hallwright-plan\",\n  \"version\": 1\n  \"halls\": []\n}\n")
        << "line 4, column 3"
        << "expected ',' or '}'";
    QTest::newRow("missing comma in an array")
        << QByteArray("{\n  \"halls\": [\n    {\"id\": \"H1\"}\n    {\"id\": \"H2\"}\n  ]\n}")
        << "line 4, column 5"
        << "expected ',' or ']'";
    QTest::newRow("unexpected number") << QByteArray(R"({"a": 1 23})") << "line 1, column 9"
                                       << "expected ',' or '}'";
    QTest::newRow("unexpected string with an escaped quote")
        << QByteArray(R"({"a": 1 "b\"c": 2})") << "line 1, column 9"
        << "expected ',' or '}'";
    QTest::newRow("trailing comma") << QByteArray(R"({"a": [1, 2,]})") << "line 1, column 13"
                                    << "unexpected ']'";
    QTest::newRow("missing colon")
        << QByteArray("{\n\t\"format\" \"hallwright-plan\"\n}") << "line 2, column 11"
        << "expected ':'";
    QTest::newRow("bad literal") << QByteArray("{\"version\": tru}") << "line 1, column 13"
                                 << "invalid literal";
    QTest::newRow("newline in a string")
        << QByteArray("{\n  \"name\": \"abc\n}") << "line 2, column 15"
        << "control character";
    QTest::newRow("unquoted key") << QByteArray("{\n  format: 1\n}") << "line 2, column 3"
                                  << "invalid literal";
    QTest::newRow("empty file") << QByteArray("") << "line 1, column 1"
                                << "end of input";
    QTest::newRow("unclosed object") << QByteArray("{\n  \"version\": 1\n") << "line 3, column 1"
                                     << "end of input";
    QTest::newRow("second document") << QByteArray("{}\n{}") << "line 2, column 1"
                                     << "expected end of input";
    QTest::newRow("columns count characters, not bytes")
        << QByteArray("{\"n\xc3\xa4me\": \"\xc3\xbc\" \"x\"}") << "line 1, column 14"
        << "expected ',' or '}'";
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\n  \"name\": \"a\xff\"\n}") << "line 2, column 13"
        << "UTF-8";
    QTest::newRow("number out of range")
        << QByteArray("{\n  \"x\": [1, 1e400]\n}") << "line 2, column 12"
        << "1e400";
    QTest::newRow("negative number out of range")
        << QByteArray("{\"x\": -2e999}") << "line 1, column 7"
        << "-2e999";
}

void TestJsonFormat::malformedJson()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, place);
    QFETCH(QString, message);
    const Problem p = firstProblem(text.toStdString());
    QCOMPARE(QString::fromStdString(p.place), place);
    QVERIFY2(QString::fromStdString(p.message).contains(message), p.message.c_str());
    // The whole message reads "line L, column C: ...", as SPEC §2 shows.
    QVERIFY(QString::fromStdString(p.toString()).startsWith(place + ": "));
}

void TestJsonFormat::wrongTypesNameThePlace_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("message");
    QTest::newRow("document") << ""
                              << "[]"
                              << "(document)"
                              << "expected an object, found an array";
    QTest::newRow("format") << "/format"
                            << "1"
                            << "format"
                            << "expected a string, found a number";
    QTest::newRow("version") << "/version"
                             << R"("1")"
                             << "version"
                             << "expected a whole number, found a string";
    QTest::newRow("fractional version") << "/version"
                                        << "1.5"
                                        << "version"
                                        << "expected a whole number, found 1.5";
    QTest::newRow("name") << "/name"
                          << "true"
                          << "name"
                          << "expected a string, found true/false";
    QTest::newRow("halls") << "/halls"
                           << "{}"
                           << "halls"
                           << "expected an array, found an object";
    QTest::newRow("hall") << "/halls/1"
                          << R"("H2")"
                          << "halls[1]"
                          << "expected an object, found a string";
    QTest::newRow("hall id") << "/halls/0/id"
                             << "7"
                             << "halls[0].id"
                             << "expected a string";
    QTest::newRow("outline point") << "/halls/0/outline/2"
                                   << "[1]"
                                   << "halls[0].outline[2]"
                                   << "expected a point [x, y]";
    QTest::newRow("outline") << "/halls/0/outline"
                             << R"("square")"
                             << "halls[0].outline"
                             << "expected an array, found a string";
    QTest::newRow("rack position") << "/halls/0/racks/1/position"
                                   << R"("here")"
                                   << "halls[0].racks[1].position"
                                   << "expected a point";
    QTest::newRow("rack position coordinate") << "/halls/0/racks/1/position/1"
                                              << "null"
                                              << "halls[0].racks[1].position"
                                              << "expected a point";
    QTest::newRow("rack rotation") << "/halls/0/racks/0/rotationDeg"
                                   << "90.5"
                                   << "halls[0].racks[0].rotationDeg"
                                   << "whole number";
    QTest::newRow("rack feeds") << "/halls/0/racks/0/feeds"
                                << R"("A1")"
                                << "halls[0].racks[0].feeds"
                                << "expected an array";
    QTest::newRow("rack feed") << "/halls/0/racks/0/feeds/1"
                               << "2"
                               << "halls[0].racks[0].feeds[1]"
                               << "expected a string, found a number";
    QTest::newRow("rack powerKw") << "/halls/0/racks/1/powerKw"
                                  << "null"
                                  << "halls[0].racks[1].powerKw"
                                  << "expected a number, found null";
    QTest::newRow("rules") << "/halls/0/rules"
                           << "[]"
                           << "halls[0].rules"
                           << "expected an object, found an array";
    QTest::newRow("feed capacity") << "/halls/1/power/feeds/1/capacityKw"
                                   << R"("500 kW")"
                                   << "halls[1].power.feeds[1].capacityKw"
                                   << "expected a number";
    QTest::newRow("feed path point") << "/halls/0/power/feeds/1/path/0"
                                     << "[1, 2, 3]"
                                     << "halls[0].power.feeds[1].path[0]"
                                     << "expected a point";
    QTest::newRow("cdu position") << "/halls/0/cooling/cdus/2/position"
                                  << "{}"
                                  << "halls[0].cooling.cdus[2].position"
                                  << "expected a point";
    QTest::newRow("air units") << "/halls/0/cooling/air/units"
                               << "2.5"
                               << "halls[0].cooling.air.units"
                               << "whole number";
    QTest::newRow("huge whole number") << "/halls/0/cooling/air/units"
                                       << "10000000000"
                                       << "halls[0].cooling.air.units"
                                       << "10000000000 is out of range";
    QTest::newRow("cooling") << "/halls/0/cooling"
                             << "0"
                             << "halls[0].cooling"
                             << "expected an object";
    QTest::newRow("assumptions pue") << "/assumptions/pue"
                                     << R"("1.2")"
                                     << "assumptions.pue"
                                     << "expected a number";
    QTest::newRow("catalog rack type maxKw") << "/catalog/rackTypes/0/maxKw"
                                             << "[]"
                                             << "catalog.rackTypes[0].maxKw"
                                             << "expected a number";
    QTest::newRow("catalog pflops value") << "/catalog/rackTypes/0/pflops/fp8"
                                          << R"("ten")"
                                          << "catalog.rackTypes[0].pflops.fp8"
                                          << "expected a number";
    QTest::newRow("coolant density") << "/catalog/coolants/0/densityKgPerL"
                                     << "false"
                                     << "catalog.coolants[0].densityKgPerL"
                                     << "expected a number";
    QTest::newRow("phase date") << "/phases/1/date"
                                << "20270101"
                                << "phases[1].date"
                                << "expected a string";
}

void TestJsonFormat::wrongTypesNameThePlace()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QFETCH(QString, place);
    QFETCH(QString, message);
    json doc = json::parse(hw::test::readFile(dataFile("full.json")));
    doc[json::json_pointer(pointer.toStdString())] = json::parse(value.toStdString());
    const Problem p = firstProblem(doc.dump(2));
    QCOMPARE(QString::fromStdString(p.place), place);
    QVERIFY2(QString::fromStdString(p.message).contains(message), p.message.c_str());
}

void TestJsonFormat::everyProblemIsReported()
{
    // One pass names every mistake, so a planner fixes a file in one go.
    json doc = json::parse(hw::test::readFile(dataFile("full.json")));
    doc["halls"][0]["racks"][0]["position"] = "x";
    doc["halls"][1]["racks"][0].erase("type");
    doc["halls"][1]["power"]["feeds"][0]["capacityKw"] = "big";
    auto plan = readPlanJson(doc.dump());
    QVERIFY(!plan.ok());
    std::vector<std::string> places;
    for (const auto &p : plan.error().problems)
        places.push_back(p.place);
    const std::vector<std::string> expected = {"halls[0].racks[0].position",
                                               "halls[1].power.feeds[0].capacityKw",
                                               "halls[1].racks[0].type"};
    QCOMPARE(places, expected);
}

void TestJsonFormat::newerVersionRefused()
{
    // Refused for the version before anything else is judged, with the version it needs.
    json doc = json::parse(hw::test::readFile(dataFile("full.json")));
    doc["version"] = kPlanFormatVersion + 1;
    doc["halls"] = "something a later version means";
    auto plan = readPlanJson(doc.dump());
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().problems.size(), std::size_t(1));
    const Problem &p = plan.error().problems.front();
    QCOMPARE(p.place, std::string("version"));
    const QString message = QString::fromStdString(p.message);
    QVERIFY2(message.contains(QStringLiteral("version %1").arg(kPlanFormatVersion + 1)),
             p.message.c_str());
    QVERIFY2(message.contains(QStringLiteral("newer Hallwright")), p.message.c_str());

    doc["version"] = 0;
    QCOMPARE(firstProblem(doc.dump()).place, std::string("version"));
    doc["version"] = kPlanFormatVersion;
    doc["format"] = "hallwright-catalog";
    doc["halls"] = json::array();
    const Problem f = firstProblem(doc.dump());
    QCOMPARE(f.place, std::string("format"));
    QVERIFY2(QString::fromStdString(f.message).contains("not a Hallwright plan"),
             f.message.c_str());
}

void TestJsonFormat::deepNestingRefused()
{
    json doc = json::parse(hw::test::readFile(dataFile("minimal.json")));
    std::string deep = "1";
    for (int i = 0; i < 100; ++i)
        deep = "[" + deep + "]";
    std::string text = doc.dump();
    text.insert(1, "\"x-deep\": " + deep + ", ");
    const Problem p = firstProblem(text);
    QVERIFY2(QString::fromStdString(p.message).contains("deeper than 64"), p.message.c_str());

    // 60 levels inside an unknown key is still a plan, and survives.
    deep = "1";
    for (int i = 0; i < 60; ++i)
        deep = "[" + deep + "]";
    text = doc.dump();
    text.insert(1, "\"x-deep\": " + deep + ", ");
    const QString difference = roundTripDifference(text);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestJsonFormat::catalogFileFormatChecked()
{
    auto wrong = readCatalogJson(R"({"format": "hallwright-plan", "rackTypes": []})");
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().problems.front().place, std::string("format"));
    auto typed = readCatalogJson(R"({"format": "hallwright-catalog",
        "rackTypes": [{"id": "r", "widthM": "wide", "depthM": 1, "maxKw": 1}]})");
    QVERIFY(!typed.ok());
    QCOMPARE(typed.error().problems.front().place, std::string("rackTypes[0].widthM"));
}

void TestJsonFormat::damagedTextNeverCrashes()
{
    // Any edit of a file (a stray character, a cut) is refused with a message or read as a plan
    // that validates and writes, never an exception or a crash.
    const std::string good = hw::test::readFile(dataFile("unknown_keys.json"));
    int refused = 0;
    auto attempt = [&](const std::string &text) {
        auto plan = readPlanJson(text);
        if (!plan) {
            ++refused;
            QVERIFY(!plan.error().problems.empty());
            QVERIFY(!plan.error().problems.front().toString().empty());
            return;
        }
        validatePlan(*plan, builtinCatalog());
        QVERIFY(readPlanJson(writePlanJson(*plan)).ok());
    };
    for (std::size_t at = 0; at < good.size(); at += 7) {
        for (char c : {'"', '{', ']', ',', '0', '-', 'e', '\\', '\0', '\xff'}) {
            std::string bad = good;
            bad[at] = c;
            attempt(bad);
        }
        attempt(good.substr(0, at));
    }
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "test_json_format.moc"
