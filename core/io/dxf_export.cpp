// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/io/dxf_export.h"

#include "core/geometry/footprint.h"
#include "core/io/csv_export.h"
#include "core/io/export_text.h"
#include "core/io/plan_files.h"
#include "core/model/resolve.h"

#include <dxflib/dl_dxf.h>
#include <dxflib/dl_writer_ascii.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <set>

namespace hw::core {

namespace {

constexpr double kPi = 3.14159265358979323846;

/**
 * dxflib's ASCII writer, writing into a string instead of a file so that the drawing can be
 * written atomically like every other export. DL_WriterA::dxfReal and dxfHex format the value
 * (locale-safe) and call the virtual dxfString.
 */
class StringDxfWriter : public DL_WriterA
{
public:
    StringDxfWriter() : DL_WriterA("", DL_VERSION_2000) {}

    void dxfInt(int gc, int value) const override { group(gc, std::to_string(value)); }
    void dxfString(int gc, const char *value) const override { group(gc, value ? value : ""); }
    void dxfString(int gc, const std::string &value) const override { group(gc, value); }

    std::string take() { return std::move(mText); }

private:
    void group(int gc, const std::string &value) const
    {
        // DXF 2000 text is in the drawing's code page; anything beyond ASCII goes as \U+XXXX,
        // which AutoCAD, LibreCAD and ezdxf all decode.
        // Group codes right-aligned in three columns, as AutoCAD writes them.
        const std::string code = std::to_string(gc);
        if (code.size() < 3) mText.append(3 - code.size(), ' ');
        mText += code;
        mText += '\n';
        appendEscaped(value);
        mText += '\n';
    }

    void appendEscaped(const std::string &utf8) const
    {
        for (std::size_t i = 0; i < utf8.size();) {
            const auto c = static_cast<unsigned char>(utf8[i]);
            if (c < 0x80) {
                mText += char(c);
                ++i;
                continue;
            }
            const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            unsigned long code = length == 4   ? c & 0x07u
                                 : length == 3 ? c & 0x0Fu
                                 : length == 2 ? c & 0x1Fu
                                               : '?';
            for (int k = 1; k < length && i + k < utf8.size(); ++k)
                code = (code << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\U+%04lX", code);
            mText += buf;
            i += length;
        }
    }

    mutable std::string mText;
};

struct LayerStyle
{
    const char *name;
    int color; ///< AutoCAD colour index
    const char *linetype;
};

// ACI colours chosen to read on both a black and a white CAD background.
constexpr LayerStyle kLayers[] = {
    {dxf_layers::kHallOutline, 7, "CONTINUOUS"}, {dxf_layers::kObstacles, 8, "CONTINUOUS"},
    {dxf_layers::kRacks, 3, "CONTINUOUS"},       {dxf_layers::kRackIds, 7, "CONTINUOUS"},
    {dxf_layers::kCdus, 4, "CONTINUOUS"},        {dxf_layers::kFeedA, 5, "CONTINUOUS"},
    {dxf_layers::kFeedB, 30, "CONTINUOUS"},      {dxf_layers::kLoops, 6, "CONTINUOUS"},
    {dxf_layers::kAisles, 9, "DASHED"},
};

DL_Attributes onLayer(const char *layer)
{
    return DL_Attributes(layer, 256, -1, -1, "BYLAYER"); // colour, weight and linetype by layer
}

/** Text angles kept readable: from the left or from below, never upside down. */
double readableAngleDeg(double deg)
{
    deg = std::fmod(deg, 360.0);
    if (deg < 0) deg += 360.0;
    if (deg > 90.0 + 1e-9 && deg <= 270.0 + 1e-9) deg -= 180.0;
    return deg;
}

std::string blockName(const std::string &type)
{
    std::string name = "RACK_";
    for (char c : type)
        name += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
    return name;
}

/** Everything the drawing places, already moved by the hall origin. */
class DrawingWriter
{
public:
    DrawingWriter(const Catalog &catalog, std::vector<const Hall *> halls, bool site)
        : mCatalog(catalog), mHalls(std::move(halls)), mSite(site)
    {}

    std::string write()
    {
        collectTypes();
        computeExtents();
        header();
        tables();
        blocks();
        mW.sectionEntities();
        for (const Hall *hall : mHalls)
            hallEntities(*hall);
        mW.sectionEnd();
        objects();
        mW.dxfEOF();
        return mW.take();
    }

private:
    Vec2 offset(const Hall &hall) const { return mSite ? hall.originOrZero() : Vec2{}; }

    void collectTypes()
    {
        for (const Hall *hall : mHalls) {
            for (const auto &rack : hall->racks) {
                if (mCatalog.rackType(rack.type) &&
                    std::find(mTypes.begin(), mTypes.end(), rack.type) == mTypes.end())
                    mTypes.push_back(rack.type);
            }
        }
    }

    void computeExtents()
    {
        mMin = {std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
        mMax = {std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
        for (const Hall *hall : mHalls) {
            for (const Vec2 &p : hall->outline) {
                const Vec2 q = p + offset(*hall);
                mMin = {std::min(mMin.x, q.x), std::min(mMin.y, q.y)};
                mMax = {std::max(mMax.x, q.x), std::max(mMax.y, q.y)};
            }
        }
        if (mMin.x > mMax.x) mMin = mMax = {};
    }

    /**
     * The OBJECTS section: dxflib's writeObjects() leaves out the owner handles (330) that DXF 2000
     * wants on every object, so readers must repair the file. This writes the same dictionaries and
     * layouts with their owners, through dxflib's writer.
     */
    void objects()
    {
        mW.sectionObjects();
        auto object = [this](const char *type, int handle, int owner) {
            mW.dxfString(0, type);
            mW.dxfHex(5, handle);
            mW.dxfHex(330, owner);
        };
        auto dictionary = [&](int handle, int owner,
                              std::initializer_list<std::pair<const char *, int>> entries) {
            object("DICTIONARY", handle, owner);
            mW.dxfString(100, "AcDbDictionary");
            mW.dxfInt(281, 1);
            for (const auto &[name, target] : entries) {
                mW.dxfString(3, name);
                mW.dxfHex(350, target);
            }
        };
        // The handles are the ones dxflib's tables and blocks refer to (layouts 0x1E, 0x22, 0x26;
        // block records 0x1B, 0x1F, 0x23).
        dictionary(0xC, 0,
                   {{"ACAD_GROUP", 0xD},
                    {"ACAD_LAYOUT", 0x1A},
                    {"ACAD_MLINESTYLE", 0x17},
                    {"ACAD_PLOTSETTINGS", 0x19},
                    {"ACAD_PLOTSTYLENAME", 0xE}});
        dictionary(0xD, 0xC, {});
        object("ACDBDICTIONARYWDFLT", 0xE, 0xC);
        mW.dxfString(100, "AcDbDictionary");
        mW.dxfInt(281, 1);
        mW.dxfString(3, "Normal");
        mW.dxfHex(350, 0xF);
        mW.dxfString(100, "AcDbDictionaryWithDefault");
        mW.dxfHex(340, 0xF);
        object("ACDBPLACEHOLDER", 0xF, 0xE);
        dictionary(0x17, 0xC, {{"Standard", 0x18}});
        object("MLINESTYLE", 0x18, 0x17);
        mW.dxfString(100, "AcDbMlineStyle");
        mW.dxfString(2, "STANDARD");
        mW.dxfInt(70, 0);
        mW.dxfString(3, "");
        mW.dxfInt(62, 256);
        mW.dxfReal(51, 90.0);
        mW.dxfReal(52, 90.0);
        mW.dxfInt(71, 2);
        for (double offset : {0.5, -0.5}) {
            mW.dxfReal(49, offset);
            mW.dxfInt(62, 256);
            mW.dxfString(6, "BYLAYER");
        }
        dictionary(0x19, 0xC, {});
        dictionary(0x1A, 0xC, {{"Layout1", 0x1E}, {"Layout2", 0x26}, {"Model", 0x22}});
        auto layout = [&](int handle, const char *name, int order, int blockRecord) {
            object("LAYOUT", handle, 0x1A);
            mW.dxfString(100, "AcDbPlotSettings");
            mW.dxfString(1, "");
            mW.dxfString(2, "none_device");
            mW.dxfString(4, "");
            mW.dxfString(6, "");
            for (int code = 40; code <= 49; ++code)
                mW.dxfReal(code, 0.0);
            mW.dxfReal(140, 0.0);
            mW.dxfReal(141, 0.0);
            mW.dxfReal(142, 1.0);
            mW.dxfReal(143, 1.0);
            mW.dxfInt(70, order == 0 ? 1712 : 688);
            mW.dxfInt(72, 1); // millimetres on paper
            mW.dxfInt(73, 0);
            mW.dxfInt(74, order == 0 ? 0 : 5);
            mW.dxfString(7, "");
            mW.dxfInt(75, order == 0 ? 0 : 16);
            mW.dxfReal(147, 1.0);
            mW.dxfReal(148, 0.0);
            mW.dxfReal(149, 0.0);
            mW.dxfString(100, "AcDbLayout");
            mW.dxfString(1, name);
            mW.dxfInt(70, 1);
            mW.dxfInt(71, order);
            mW.dxfReal(10, 0.0); // limits (2D)
            mW.dxfReal(20, 0.0);
            mW.dxfReal(11, order == 0 ? mMax.x : 420.0);
            mW.dxfReal(21, order == 0 ? mMax.y : 297.0);
            mW.coord(12, 0.0, 0.0, 0.0);
            mW.coord(14, mMin.x, mMin.y, 0.0);
            mW.coord(15, mMax.x, mMax.y, 0.0);
            mW.dxfReal(146, 0.0);
            mW.coord(13, 0.0, 0.0, 0.0);
            mW.coord(16, 1.0, 0.0, 0.0);
            mW.coord(17, 0.0, 1.0, 0.0);
            mW.dxfInt(76, 0);
            mW.dxfHex(330, blockRecord);
        };
        layout(0x1E, "Layout1", 1, 0x1B);
        layout(0x22, "Model", 0, 0x1F);
        layout(0x26, "Layout2", 2, 0x23);
        mW.sectionEnd();
    }

    void header()
    {
        mDxf.writeHeader(mW);
        auto intVar = [this](const char *name, int code, int value) {
            mW.dxfString(9, name);
            mW.dxfInt(code, value);
        };
        intVar("$INSUNITS", 70, 6);    // metres
        intVar("$MEASUREMENT", 70, 1); // metric
        intVar("$LUNITS", 70, 2);      // decimal
        intVar("$LUPREC", 70, 3);      // millimetres shown
        mW.dxfString(9, "$EXTMIN");
        mW.coord(10, mMin.x, mMin.y, 0.0);
        mW.dxfString(9, "$EXTMAX");
        mW.coord(10, mMax.x, mMax.y, 0.0);
        mW.dxfString(9, "$DWGCODEPAGE");
        mW.dxfString(3, "ANSI_1252");
        mW.dxfString(9, "$TEXTSTYLE");
        mW.dxfString(7, "Standard");
        mW.dxfString(9, "$CLAYER");
        mW.dxfString(8, "0");
        mW.sectionEnd();
    }

    void tables()
    {
        mW.sectionTables();
        viewport();

        mW.tableLinetypes(4);
        mDxf.writeLinetype(mW, DL_LinetypeData("BYBLOCK", "", 0, 0, 0.0));
        mDxf.writeLinetype(mW, DL_LinetypeData("BYLAYER", "", 0, 0, 0.0));
        mDxf.writeLinetype(mW, DL_LinetypeData("CONTINUOUS", "Solid line", 0, 0, 0.0));
        double dashed[] = {0.5, -0.25}; // metres: aisle zones read as dashed at 1:100
        mDxf.writeLinetype(mW, DL_LinetypeData("DASHED", "Dashed __ __ __", 0, 2, 0.75, dashed));
        mW.tableEnd();

        mW.tableLayers(int(std::size(kLayers)) + 1);
        mDxf.writeLayer(mW, DL_LayerData("0", 0), DL_Attributes("", 7, -1, -1, "CONTINUOUS"));
        for (const auto &layer : kLayers)
            mDxf.writeLayer(mW, DL_LayerData(layer.name, 0),
                            DL_Attributes("", layer.color, -1, -1, layer.linetype));
        mW.tableEnd();

        mW.tableStyle(1);
        DL_StyleData style("Standard", 0, 0.0, 1.0, 0.0, 0, 0.25, "txt", "");
        style.bold = false;
        style.italic = false;
        mDxf.writeStyle(mW, style);
        mW.tableEnd();

        mDxf.writeView(mW);
        mDxf.writeUcs(mW);
        mW.tableAppid(1);
        mDxf.writeAppid(mW, "ACAD");
        mW.tableEnd();
        // Dimension style sized for a drawing in metres: 0.25 m arrows and text.
        mDxf.writeDimStyle(mW, 0.25, 0.1, 0.1, 0.05, 0.25);

        mDxf.writeBlockRecord(mW);
        for (const auto &type : mTypes)
            mDxf.writeBlockRecord(mW, blockName(type));
        mW.tableEnd();
        mW.sectionEnd();
    }

    /**
     * The active viewport, framing the drawing: dxflib's writeVPort() frames a fixed A4 area, so
     * CAD programs would open looking at empty space. Same groups as dxflib's, with the centre
     * and height of the drawing's extents.
     */
    void viewport()
    {
        const double w = std::max(1.0, mMax.x - mMin.x), h = std::max(1.0, mMax.y - mMin.y);
        mW.dxfString(0, "TABLE");
        mW.dxfString(2, "VPORT");
        mW.dxfHex(5, 0x8);
        mW.dxfString(100, "AcDbSymbolTable");
        mW.dxfInt(70, 1);
        mW.dxfString(0, "VPORT");
        mW.handle();
        mW.dxfString(100, "AcDbSymbolTableRecord");
        mW.dxfString(100, "AcDbViewportTableRecord");
        mW.dxfString(2, "*Active");
        mW.dxfInt(70, 0);
        mW.dxfReal(10, 0.0);
        mW.dxfReal(20, 0.0);
        mW.dxfReal(11, 1.0);
        mW.dxfReal(21, 1.0);
        mW.dxfReal(12, (mMin.x + mMax.x) / 2); // view centre
        mW.dxfReal(22, (mMin.y + mMax.y) / 2);
        mW.dxfReal(13, 0.0);
        mW.dxfReal(23, 0.0);
        mW.dxfReal(14, 1.0); // snap spacing: 1 m
        mW.dxfReal(24, 1.0);
        mW.dxfReal(15, 1.0); // grid spacing: 1 m
        mW.dxfReal(25, 1.0);
        mW.coord(16, 0.0, 0.0, 1.0);
        mW.coord(17, 0.0, 0.0, 0.0);
        mW.dxfReal(40, h * 1.15); // view height
        mW.dxfReal(41, std::clamp(w / h, 0.5, 3.0));
        mW.dxfReal(42, 50.0);
        mW.dxfReal(43, 0.0);
        mW.dxfReal(44, 0.0);
        mW.dxfReal(50, 0.0);
        mW.dxfReal(51, 0.0);
        mW.dxfInt(71, 0);
        mW.dxfInt(72, 100);
        mW.dxfInt(73, 1);
        mW.dxfInt(74, 3);
        mW.dxfInt(75, 0);
        mW.dxfInt(76, 0);
        mW.dxfInt(77, 0);
        mW.dxfInt(78, 0);
        mW.dxfInt(281, 0);
        mW.dxfInt(65, 1);
        mW.coord(110, 0.0, 0.0, 0.0);
        mW.coord(111, 1.0, 0.0, 0.0);
        mW.coord(112, 0.0, 1.0, 0.0);
        mW.dxfInt(79, 0);
        mW.dxfReal(146, 0.0);
        mW.dxfString(0, "ENDTAB");
    }

    static double idTextHeight(const RackType &type, std::size_t chars)
    {
        const double alongDepth =
            type.depthM * 0.9 / (0.8 * double(std::max<std::size_t>(chars, 4)));
        return std::max(0.02, std::min(alongDepth, type.widthM * 0.45));
    }

    void attributeDefinition(const std::string &tag, const std::string &prompt, double height,
                             bool visible, const char *layer)
    {
        // dxflib has no ATTDEF writer: written with its low-level group calls, as DXF 2000 wants
        // it.
        mW.entity("ATTDEF");
        mW.dxfString(100, "AcDbEntity");
        mW.entityAttributes(onLayer(layer));
        mW.dxfString(100, "AcDbText");
        mW.coord(10, 0.0, 0.0, 0.0);
        mW.dxfReal(40, height);
        mW.dxfString(1, "");
        mW.dxfReal(50, 90.0);
        mW.dxfString(7, "Standard");
        mW.dxfInt(72, 1); // centred
        mW.coord(11, 0.0, 0.0, 0.0);
        mW.dxfString(100, "AcDbAttributeDefinition");
        mW.dxfString(3, prompt);
        mW.dxfString(2, tag);
        mW.dxfInt(70, visible ? 0 : 1);
        mW.dxfInt(74, 2); // middle
    }

    void polyline(const std::vector<Vec2> &points, bool closed, const DL_Attributes &attributes)
    {
        if (points.size() < 2) return;
        mDxf.writePolyline(mW, DL_PolylineData(int(points.size()), 0, 0, closed ? 1 : 0),
                           attributes);
        for (const Vec2 &p : points)
            mDxf.writeVertex(mW, DL_VertexData(p.x, p.y, 0.0, 0.0));
        mDxf.writePolylineEnd(mW);
    }

    static std::vector<Vec2> boxRing(const Box &b, Vec2 shift = {})
    {
        return {{b.minX + shift.x, b.minY + shift.y},
                {b.maxX + shift.x, b.minY + shift.y},
                {b.maxX + shift.x, b.maxY + shift.y},
                {b.minX + shift.x, b.maxY + shift.y}};
    }

    void text(const std::string &value, Vec2 at, double height, double angleDeg, const char *layer)
    {
        const double a = readableAngleDeg(angleDeg) * kPi / 180.0;
        mDxf.writeText(mW,
                       DL_TextData(at.x, at.y, 0.0, at.x, at.y, 0.0, height, 1.0, 0, 1, 2, value,
                                   "Standard", a),
                       onLayer(layer));
    }

    void blocks()
    {
        mW.sectionBlocks();
        for (const char *name : {"*Model_Space", "*Paper_Space", "*Paper_Space0"}) {
            mDxf.writeBlock(mW, DL_BlockData(name, 0, 0.0, 0.0, 0.0));
            mDxf.writeEndBlock(mW, name);
        }
        for (const auto &typeId : mTypes) {
            const RackType &type = *mCatalog.rackType(typeId);
            const std::string name = blockName(typeId);
            mDxf.writeBlock(mW, DL_BlockData(name, 2, 0.0, 0.0, 0.0));
            const double w = type.widthM / 2, d = type.depthM / 2;
            // Layer "0" inside the block: the geometry takes the layer of each INSERT (RACKS).
            polyline({{-w, -d}, {w, -d}, {w, d}, {-w, d}}, true, onLayer("0"));
            // The front (cold side, +y at rotation 0) is marked by a second line just inside it.
            const double inset = std::min(0.08, type.depthM * 0.1);
            mDxf.writeLine(mW, DL_LineData(-w, d - inset, 0.0, w, d - inset, 0.0), onLayer("0"));
            const double h = idTextHeight(type, 8);
            attributeDefinition("ID", "Rack id", h, true, dxf_layers::kRackIds);
            attributeDefinition("TYPE", "Rack type", h / 2, false, dxf_layers::kRacks);
            attributeDefinition("KW", "Planning power (kW)", h / 2, false, dxf_layers::kRacks);
            attributeDefinition("FEEDS", "Feeds", h / 2, false, dxf_layers::kRacks);
            attributeDefinition("LOOP", "Liquid loop", h / 2, false, dxf_layers::kRacks);
            mDxf.writeEndBlock(mW, name);
        }
        mW.sectionEnd();
    }

    void rackInsert(const Rack &rack, const RackType &type, Vec2 shift)
    {
        const Vec2 at = rack.position + shift;
        const int rotation = rack.rotation();
        mDxf.writeInsert(mW,
                         DL_InsertData(blockName(rack.type), at.x, at.y, 0.0, 1.0, 1.0, 1.0,
                                       double(rotation), 1, 1, 0.0, 0.0),
                         onLayer(dxf_layers::kRacks));
        mW.dxfInt(66, 1); // attributes follow (dxflib's INSERT writer does not say so itself)

        std::string feeds;
        for (const auto &f : rack.feeds)
            feeds += (feeds.empty() ? "" : ";") + f;
        const std::pair<const char *, std::string> values[] = {
            {"ID", rack.id},  {"TYPE", rack.type}, {"KW", formatDecimal(planningKw(rack, type), 1)},
            {"FEEDS", feeds}, {"LOOP", rack.loop},
        };
        const double idHeight = idTextHeight(type, rack.id.size());
        for (const auto &[tag, value] : values) {
            const bool isId = std::string(tag) == "ID";
            const double h = isId ? idHeight : idTextHeight(type, 8) / 2;
            const double a = readableAngleDeg(90.0 + rotation) * kPi / 180.0;
            DL_AttributeData data(DL_TextData(at.x, at.y, 0.0, at.x, at.y, 0.0, h, 1.0, 0, 1, 2,
                                              value, "Standard", a),
                                  tag);
            mDxf.writeAttribute(mW, data,
                                onLayer(isId ? dxf_layers::kRackIds : dxf_layers::kRacks));
            mW.dxfInt(70, isId ? 0 : 1); // attribute flags: all but the id invisible
        }
        mW.entity("SEQEND");
        mW.dxfString(100, "AcDbEntity");
        mW.entityAttributes(onLayer(dxf_layers::kRacks));
    }

    void hallEntities(const Hall &hall)
    {
        const Vec2 shift = offset(hall);
        std::vector<Vec2> outline;
        for (const Vec2 &p : hall.outline)
            outline.push_back(p + shift);
        polyline(outline, true, onLayer(dxf_layers::kHallOutline));
        {
            const Vec2 at = {minOf(outline).x + 0.2, maxOf(outline).y + 0.6};
            const std::string label = hall.name.empty() ? hall.id : hall.id + "  " + hall.name;
            mDxf.writeText(mW,
                           DL_TextData(at.x, at.y, 0.0, at.x, at.y, 0.0, 0.5, 1.0, 0, 0, 0, label,
                                       "Standard", 0.0),
                           onLayer(dxf_layers::kHallOutline));
        }

        for (const auto &obstacle : hall.obstacles) {
            std::vector<Vec2> ring;
            for (const Vec2 &p : obstacle.polygon)
                ring.push_back(p + shift);
            polyline(ring, true, onLayer(dxf_layers::kObstacles));
        }

        for (const auto &cdu : hall.cooling.cdus) {
            const CduValues v = resolveCdu(cdu, mCatalog);
            if (!v.widthM || !v.depthM) continue;
            const Box box = footprint(cdu.position, cdu.rotation(), *v.widthM, *v.depthM);
            polyline(boxRing(box, shift), true, onLayer(dxf_layers::kCdus));
            const double h = std::min(0.2, std::min(box.width(), box.height()) / 5);
            text(cdu.id, cdu.position + shift, h, box.height() > box.width() ? 90 : 0,
                 dxf_layers::kCdus);
        }

        for (const auto &feed : hall.power.feeds) {
            if (feed.path.size() < 2) continue;
            const char *layer = isFeedSideB(hall, feed) ? dxf_layers::kFeedB : dxf_layers::kFeedA;
            std::vector<Vec2> path;
            for (const Vec2 &p : feed.path)
                path.push_back(p + shift);
            polyline(path, false, onLayer(layer));
            // Label at the start, A above and B below the line so that shared routes stay legible.
            const Vec2 dir = {path[1].x - path[0].x, path[1].y - path[0].y};
            const double angle = std::atan2(dir.y, dir.x) * 180.0 / kPi;
            const bool sideB = layer == dxf_layers::kFeedB;
            const double len = std::hypot(dir.x, dir.y);
            const Vec2 normal = len > 0 ? Vec2{-dir.y / len, dir.x / len} : Vec2{0, 1};
            const double off = sideB ? -0.12 : 0.12;
            text(feed.id,
                 {path[0].x + normal.x * off + dir.x / len * 0.6,
                  path[0].y + normal.y * off + dir.y / len * 0.6},
                 0.12, angle, layer);
        }

        loops(hall, shift);
        aisles(hall, shift);

        for (const auto &rack : hall.racks) {
            if (const RackType *type = mCatalog.rackType(rack.type)) rackInsert(rack, *type, shift);
        }
    }

    static Vec2 minOf(const std::vector<Vec2> &points)
    {
        Vec2 m = points.empty() ? Vec2{} : points.front();
        for (const Vec2 &p : points)
            m = {std::min(m.x, p.x), std::min(m.y, p.y)};
        return m;
    }
    static Vec2 maxOf(const std::vector<Vec2> &points)
    {
        Vec2 m = points.empty() ? Vec2{} : points.front();
        for (const Vec2 &p : points)
            m = {std::max(m.x, p.x), std::max(m.y, p.y)};
        return m;
    }

    /** A loop: the zone around its racks, labelled, and a header line from each of its CDUs. */
    void loops(const Hall &hall, Vec2 shift)
    {
        for (const auto &loop : hall.cooling.loops) {
            Box zone{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
                     std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
            bool any = false;
            for (const auto &rack : hall.racks) {
                const RackType *type = mCatalog.rackType(rack.type);
                if (rack.loop != loop.id || !type) continue;
                const Box b = footprint(rack.position, rack.rotation(), type->widthM, type->depthM);
                zone = {std::min(zone.minX, b.minX), std::min(zone.minY, b.minY),
                        std::max(zone.maxX, b.maxX), std::max(zone.maxY, b.maxY)};
                any = true;
            }
            if (!any) continue;
            zone = zone.grown(0.15);
            polyline(boxRing(zone, shift), true, onLayer(dxf_layers::kLoops));
            const LoopValues v = resolveLoop(loop);
            text(loop.id + " " + v.coolant + " " + formatDecimal(v.supplyTempC, 1) + " \u00B0C",
                 {zone.minX + shift.x + 1.2, zone.maxY + shift.y - 0.1}, 0.12, 0,
                 dxf_layers::kLoops);
            for (const auto &cdu : hall.cooling.cdus) {
                if (cdu.loop != loop.id) continue;
                const Vec2 c = cdu.position;
                const Vec2 nearest = {std::clamp(c.x, zone.minX, zone.maxX),
                                      std::clamp(c.y, zone.minY, zone.maxY)};
                mDxf.writeLine(mW,
                               DL_LineData(c.x + shift.x, c.y + shift.y, 0.0, nearest.x + shift.x,
                                           nearest.y + shift.y, 0.0),
                               onLayer(dxf_layers::kLoops));
            }
        }
    }

    /** The service zones of every row: front and rear clearance over the row's length. */
    void aisles(const Hall &hall, Vec2 shift)
    {
        const RuleValues rules = resolveRules(hall.rules);
        const auto rows = rackRowLabels(hall, mCatalog);
        std::map<std::string, std::pair<Box, Box>> zones; // row → (front, rear)
        for (const auto &rack : hall.racks) {
            const RackType *type = mCatalog.rackType(rack.type);
            auto row = rows.find(rack.id);
            if (!type || row == rows.end()) continue;
            const Box f = frontZone(rack.position, rack.rotation(), type->widthM, type->depthM,
                                    rules.frontClearanceM);
            const Box r = rearZone(rack.position, rack.rotation(), type->widthM, type->depthM,
                                   rules.rearClearanceM);
            auto [it, inserted] = zones.try_emplace(row->second, f, r);
            if (!inserted) {
                auto unite = [](Box &a, const Box &b) {
                    a = {std::min(a.minX, b.minX), std::min(a.minY, b.minY),
                         std::max(a.maxX, b.maxX), std::max(a.maxY, b.maxY)};
                };
                unite(it->second.first, f);
                unite(it->second.second, r);
            }
        }
        for (const auto &[row, z] : zones) {
            if (!z.first.empty())
                polyline(boxRing(z.first, shift), true, onLayer(dxf_layers::kAisles));
            if (!z.second.empty())
                polyline(boxRing(z.second, shift), true, onLayer(dxf_layers::kAisles));
        }
    }

    const Catalog &mCatalog;
    std::vector<const Hall *> mHalls;
    bool mSite;
    std::vector<std::string> mTypes;
    Vec2 mMin, mMax;
    DL_Dxf mDxf;
    StringDxfWriter mW;
};

} // namespace

bool isFeedSideB(const Hall &hall, const Feed &feed)
{
    if (!feed.pair.empty()) {
        for (const auto &f : hall.power.feeds) {
            if (f.pair == feed.pair) return f.id != feed.id; // the first of the pair is A
        }
    }
    for (std::size_t i = 0; i < hall.power.sources.size(); ++i) {
        if (hall.power.sources[i].id == feed.source) return i % 2 == 1;
    }
    return false;
}

Result<std::string> exportDxf(const Plan &plan, const Catalog &builtin, const std::string &hallId)
{
    std::vector<const Hall *> halls;
    for (const auto &h : plan.halls) {
        if (hallId.empty() || h.id == hallId) halls.push_back(&h);
    }
    if (!hallId.empty() && halls.empty())
        return Error("--hall", "no hall \"" + hallId + "\" in the plan");
    const Catalog catalog = effectiveCatalog(builtin, plan);
    return DrawingWriter(catalog, std::move(halls), hallId.empty()).write();
}

Status writeDxfFile(const Plan &plan, const Catalog &builtin, const std::string &path,
                    const std::string &hallId)
{
    auto text = exportDxf(plan, builtin, hallId);
    if (!text) return text.error();
    return writeFileAtomically(path, *text);
}

} // namespace hw::core
