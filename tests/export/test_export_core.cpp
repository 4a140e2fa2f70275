// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The Qt-free parts of the exports: CSV quoting and rack rows, DXF units, arcs, layers and the
// export → import round trip in memory.
#include "core/io/builtin_catalog.h"
#include "core/io/csv_export.h"
#include "core/io/dxf_export.h"
#include "core/io/dxf_import.h"
#include "core/io/export_text.h"

#include <QtTest>

#include <cmath>

using namespace hw::core;

namespace {

Rack rack(const std::string &id, Vec2 at, int rotation)
{
    Rack r;
    r.id = id;
    r.type = "gb300-nvl72";
    r.position = at;
    r.rotationDeg = rotation;
    return r;
}

/** A hall with two rows facing each other across an aisle and a short row turned by 90°. */
Plan twoRowPlan()
{
    Plan plan;
    plan.name = "rows";
    Hall hall;
    hall.id = "H";
    hall.outline = {{0, 0}, {20, 0}, {20, 12}, {0, 12}};
    // South row faces north (rotation 0): front edge at y = 3 + 0.534.
    for (int i = 0; i < 4; ++i)
        hall.racks.push_back(rack("S" + std::to_string(i), {5.3 + 0.6 * i, 3.0}, 0));
    // A rack of the same row beyond a cross aisle still belongs to it.
    hall.racks.push_back(rack("S9", {12.0, 3.0}, 0));
    // North row faces south (rotation 180), across a 1.2 m aisle.
    for (int i = 0; i < 4; ++i)
        hall.racks.push_back(
            rack("N" + std::to_string(i), {5.3 + 0.6 * i, 3.0 + 1.068 + 1.2}, 180));
    // A row along y, facing west.
    for (int i = 0; i < 3; ++i)
        hall.racks.push_back(rack("W" + std::to_string(i), {17.0, 2.0 + 0.6 * i}, 90));
    plan.halls.push_back(hall);
    return plan;
}

/** A minimal ASCII DXF (R12 style sections) with the given entities. */
std::string dxfText(const std::string &header, const std::string &entities)
{
    return "0\nSECTION\n2\nHEADER\n" + header + "0\nENDSEC\n0\nSECTION\n2\nENTITIES\n" + entities +
           "0\nENDSEC\n0\nEOF\n";
}

} // namespace

class TestExportCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvFieldQuotesPerRfc4180_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "H1-R001"
                               << "H1-R001";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "two\nlines"
                                 << "\"two\nlines\"";
        QTest::newRow("cr") << "x\ry"
                            << "\"x\ry\"";
        QTest::newRow("utf8") << QString::fromUtf8("Süd") << QString::fromUtf8("Süd");
        QTest::newRow("empty") << ""
                               << "";
    }
    void csvFieldQuotesPerRfc4180()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(csvField(text.toStdString())), expected);
    }

    void formatDecimalIsLocaleFree()
    {
        QCOMPARE(formatDecimal(142.0), std::string("142"));
        QCOMPARE(formatDecimal(1.8340001), std::string("1.834"));
        QCOMPARE(formatDecimal(-0.0001), std::string("0"));
        QCOMPARE(formatDecimal(1234567.26, 1), std::string("1234567.3"));
    }

    void rowsFollowRotationAndFrontLine()
    {
        const Plan plan = twoRowPlan();
        const auto labels = rackRowLabels(plan.halls[0], builtinCatalog());
        QCOMPARE(labels.size(), std::size_t(12));
        // South row first (lowest y), then the row along y (mean y 2.6 is lower!), by mean centre.
        QCOMPARE(labels.at("S0"), labels.at("S9"));
        QCOMPARE(labels.at("S0"), labels.at("S3"));
        QCOMPARE(labels.at("N0"), labels.at("N3"));
        QVERIFY(labels.at("N0") != labels.at("S0"));
        QCOMPARE(labels.at("W0"), labels.at("W2"));
        QCOMPARE(labels.at("W0"), std::string("R01")); // mean y 2.6
        QCOMPARE(labels.at("S0"), std::string("R02")); // y 3.0
        QCOMPARE(labels.at("N0"), std::string("R03")); // y 5.268
    }

    void scheduleCsvHasCrlfRecordsAndColumns()
    {
        auto text = exportCsv(twoRowPlan(), builtinCatalog(), CsvKind::RackSchedule);
        QVERIFY(text.ok());
        const std::string &s = *text;
        QVERIFY(
            s.rfind("id,hall,row,x_m,y_m,rotation_deg,type,kw,feeds,loop,phase,tenant\r\n", 0) == 0);
        QCOMPARE(std::count(s.begin(), s.end(), '\n'), 13L);
        QCOMPARE(std::count(s.begin(), s.end(), '\r'), 13L);
        QVERIFY(s.find("S0,H,R02,5.3,3,0,gb300-nvl72,142,,,,\r\n") != std::string::npos);
        auto missing = exportCsv(twoRowPlan(), builtinCatalog(), CsvKind::RackSchedule, "NOPE");
        QVERIFY(!missing.ok());
    }

    void unitsConvertToMetres()
    {
        QCOMPARE(*metresPerDxfUnit(4), 0.001);
        QCOMPARE(*metresPerDxfUnit(6), 1.0);
        QCOMPARE(*metresPerDxfUnit(2), 0.3048);
        QVERIFY(!metresPerDxfUnit(0));
        QVERIFY(!metresPerDxfUnit(3)); // miles: no hall is drawn in miles
        QCOMPARE(*metresPerUnitName("cm"), 0.01);
        QCOMPARE(*metresPerUnitName("in"), 0.0254);
        QVERIFY(!metresPerUnitName("furlong"));
    }

    void bulgesBecomeArcs()
    {
        // A closed LWPOLYLINE from (0,0) to (10,0) with bulge 1 (a half circle below... and back).
        const std::string lw =
            "0\nLWPOLYLINE\n8\nWALLS\n90\n2\n70\n1\n10\n0\n20\n0\n42\n1\n10\n10\n20\n0\n42\n1\n";
        auto drawing = readDxfText(dxfText("9\n$INSUNITS\n70\n6\n", lw));
        QVERIFY2(drawing.ok(), drawing.ok() ? "" : drawing.error().toString().c_str());
        QCOMPARE(*drawing->insUnits, 6);
        QCOMPARE(drawing->polylines.size(), std::size_t(1));
        const auto &p = drawing->polylines[0];
        QVERIFY(p.closed);
        QVERIFY(p.points.size() > 20);
        for (const Vec2 &v : p.points)
            QVERIFY(std::abs(std::hypot(v.x - 5, v.y) - 5) < 1e-9); // a full circle of radius 5
        DxfImportOptions options;
        options.outlineLayers = {"WALLS"};
        auto geometry = hallGeometryFromDxf(*drawing, options);
        QVERIFY(geometry.ok());
        double area = 0;
        const auto &ring = geometry->outline;
        for (std::size_t i = 0; i < ring.size(); ++i)
            area += ring[i].x * ring[(i + 1) % ring.size()].y -
                    ring[(i + 1) % ring.size()].x * ring[i].y;
        QVERIFY(area > 0); // counter-clockwise
        QVERIFY(std::abs(area / 2 - M_PI * 25) < 0.5);
    }

    void missingUnitsAskForAnOption()
    {
        const std::string square = "0\nLWPOLYLINE\n8\nA\n90\n4\n70\n1\n10\n0\n20\n0\n10\n1\n20\n0\n"
                                   "10\n1\n20\n1\n10\n0\n20\n1\n";
        auto drawing = readDxfText(dxfText("", square));
        QVERIFY(drawing.ok());
        DxfImportOptions options;
        options.outlineLayers = {"A"};
        auto refused = hallGeometryFromDxf(*drawing, options);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().toString().find("--units") != std::string::npos);
        options.metresPerUnit = 1000.0; // kilometres, for once
        auto geometry = hallGeometryFromDxf(*drawing, options);
        QVERIFY(geometry.ok());
        QCOMPARE(geometry->outline[2].x, 1000.0);
        options.outlineLayers = {"B"};
        QVERIFY(!hallGeometryFromDxf(*drawing, options).ok());
    }

    void notADxfIsRefused()
    {
        QVERIFY(!readDxfText("hello").ok());
        QVERIFY(!readDxfText("").ok());
    }

    void exportThenImportKeepsTheOutline()
    {
        Plan plan = twoRowPlan();
        plan.halls[0].outline = {{0, 0}, {20, 0}, {20, 6}, {14.5, 6}, {14.5, 12}, {0, 12}};
        Obstacle column;
        column.id = "C1";
        column.polygon = {{8, 8}, {8.6, 8}, {8.6, 8.6}, {8, 8.6}};
        plan.halls[0].obstacles.push_back(column);
        auto text = exportDxf(plan, builtinCatalog(), "H");
        QVERIFY(text.ok());
        auto drawing = readDxfText(*text);
        QVERIFY(drawing.ok());
        DxfImportOptions options;
        options.outlineLayers = {dxf_layers::kHallOutline};
        options.obstacleLayers = {dxf_layers::kObstacles};
        auto geometry = hallGeometryFromDxf(*drawing, options);
        QVERIFY2(geometry.ok(), geometry.ok() ? "" : geometry.error().toString().c_str());
        QCOMPARE(geometry->outline.size(), plan.halls[0].outline.size());
        for (std::size_t i = 0; i < geometry->outline.size(); ++i) {
            QVERIFY(std::abs(geometry->outline[i].x - plan.halls[0].outline[i].x) < 1e-6);
            QVERIFY(std::abs(geometry->outline[i].y - plan.halls[0].outline[i].y) < 1e-6);
        }
        QCOMPARE(geometry->obstacles.size(), std::size_t(1));
        auto underlay = underlayFromDxf(*drawing, std::nullopt, {dxf_layers::kHallOutline});
        QVERIFY(underlay.ok());
        QCOMPARE(underlay->segments.size(), std::size_t(6));
        QCOMPARE(underlay->maxX, 20.0);
        QCOMPARE(underlay->maxY, 12.0);
    }

    void feedSidesFollowPairOrder()
    {
        Hall hall;
        Feed a, b, lone;
        a.id = "X1";
        a.pair = "P";
        b.id = "X2";
        b.pair = "P";
        lone.id = "L";
        lone.source = "U2";
        hall.power.sources = {{"U1", {}, {}}, {"U2", {}, {}}};
        hall.power.feeds = {a, b, lone};
        QVERIFY(!isFeedSideB(hall, a));
        QVERIFY(isFeedSideB(hall, b));
        QVERIFY(isFeedSideB(hall, lone));
    }
};

QTEST_GUILESS_MAIN(TestExportCore)
#include "test_export_core.moc"
