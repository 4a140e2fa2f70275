// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/io/dxf_import.h"

#include "core/io/export_text.h"
#include "core/io/plan_files.h"

#include <dxflib/dl_creationadapter.h>
#include <dxflib/dl_dxf.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>

namespace hw::core {

namespace {

constexpr double kPi = 3.14159265358979323846;
/** Arcs are flattened into chords of at most this angle. */
/** Outlines outside this range (their larger side, metres) get a note on the units. */
constexpr double kSmallestHallM = 3.0;
constexpr double kLargestHallM = 5000.0;
constexpr double kArcStepRad = kPi / 18;

/** Appends the points of the arc from `a` to `b` with DXF bulge `bulge`, without `a`, with `b`. */
void appendBulgeArc(std::vector<Vec2> &out, Vec2 a, Vec2 b, double bulge)
{
    const double theta = 4 * std::atan(bulge); // signed included angle, ccw positive
    const double chord = std::hypot(b.x - a.x, b.y - a.y);
    if (std::abs(theta) < 1e-9 || chord < 1e-12) {
        out.push_back(b);
        return;
    }
    const double radius = chord / (2 * std::sin(std::abs(theta) / 2));
    const Vec2 mid = {(a.x + b.x) / 2, (a.y + b.y) / 2};
    // The centre lies left of a→b (for a positive bulge) at (chord/2)(1 − b²)/(2b) from the
    // midpoint.
    const double h = chord / 2 * (1 - bulge * bulge) / (2 * bulge);
    const Vec2 left = {-(b.y - a.y) / chord, (b.x - a.x) / chord};
    const Vec2 c = {mid.x + left.x * h, mid.y + left.y * h};
    const double start = std::atan2(a.y - c.y, a.x - c.x);
    const int steps = std::max(1, int(std::ceil(std::abs(theta) / kArcStepRad)));
    for (int i = 1; i < steps; ++i) {
        const double t = start + theta * i / steps;
        out.push_back({c.x + radius * std::cos(t), c.y + radius * std::sin(t)});
    }
    out.push_back(b);
}

/** Collects what Hallwright uses from dxflib's callbacks. */
class DrawingCollector : public DL_CreationAdapter
{
public:
    DxfDrawing take()
    {
        flushPolyline();
        return std::move(mDrawing);
    }

    void setVariableInt(const std::string &key, int value, int) override
    {
        if (key == "$INSUNITS") mDrawing.insUnits = value;
    }

    void addLayer(const DL_LayerData &data) override { layer(data.name); }

    void addBlock(const DL_BlockData &) override
    {
        flushPolyline();
        mInBlock = true;
    }
    void endBlock() override
    {
        flushPolyline();
        mInBlock = false;
    }

    void addPolyline(const DL_PolylineData &data) override
    {
        flushPolyline();
        if (skipped()) return;
        if (data.flags & (16 | 64)) // polygon and polyface meshes are 3D, not floor plans
            return;
        mPolyline = Pending{};
        mPolyline->line.layer = currentLayer();
        mPolyline->line.closed = (data.flags & 1) != 0;
        mPolyline->mirrored = mirrored();
    }

    void addVertex(const DL_VertexData &data) override
    {
        if (!mPolyline) return;
        mPolyline->vertices.push_back({data.x, data.y});
        mPolyline->bulges.push_back(data.bulge);
    }

    void endSequence() override { flushPolyline(); }

    void addLine(const DL_LineData &data) override
    {
        flushPolyline();
        if (!skipped()) segment({data.x1, data.y1}, {data.x2, data.y2});
    }

    void addArc(const DL_ArcData &data) override
    {
        flushPolyline();
        if (skipped()) return;
        double a1 = data.angle1 * kPi / 180, a2 = data.angle2 * kPi / 180;
        while (a2 <= a1)
            a2 += 2 * kPi;
        circleSegments({data.cx, data.cy}, data.radius, a1, a2);
    }

    void addCircle(const DL_CircleData &data) override
    {
        flushPolyline();
        if (!skipped()) circleSegments({data.cx, data.cy}, data.radius, 0, 2 * kPi);
    }

    // Entities the import does not read; counted per layer for --list-layers and the dialog.
    void addInsert(const DL_InsertData &) override { unread(); }
    void addText(const DL_TextData &) override { unread(); }
    void addMText(const DL_MTextData &) override { unread(); }
    void addEllipse(const DL_EllipseData &) override { unread(); }
    void addSpline(const DL_SplineData &) override { unread(); }
    void addHatch(const DL_HatchData &) override { unread(); }
    void addPoint(const DL_PointData &) override { unread(); }

private:
    struct Pending
    {
        DxfPolyline line;
        std::vector<Vec2> vertices;
        std::vector<double> bulges;
        bool mirrored = false;
    };

    bool skipped() { return mInBlock || getAttributes().isInPaperSpace(); }

    void unread()
    {
        flushPolyline();
        if (!skipped()) ++layer(currentLayer()).unreadEntities;
    }

    /** An extrusion of (0, 0, -1) mirrors the entity's own coordinates in x (DXF's OCS). */
    bool mirrored() { return getExtrusion() && getExtrusion()->getDirection()[2] < 0; }

    std::string currentLayer()
    {
        const std::string name = getAttributes().getLayer();
        return name.empty() ? std::string("0") : name;
    }

    DxfLayerSummary &layer(const std::string &name)
    {
        for (auto &l : mDrawing.layers) {
            if (l.name == name) return l;
        }
        mDrawing.layers.push_back({name, 0, 0, 0});
        return mDrawing.layers.back();
    }

    void segment(Vec2 a, Vec2 b)
    {
        const std::string name = currentLayer();
        ++layer(name).otherEntities;
        mDrawing.segments.push_back({name, a, b});
    }

    void circleSegments(Vec2 c, double r, double from, double to)
    {
        const std::string name = currentLayer();
        ++layer(name).otherEntities;
        const double sign = mirrored() ? -1 : 1;
        const int steps = std::max(2, int(std::ceil((to - from) / kArcStepRad)));
        Vec2 prev = {sign * (c.x + r * std::cos(from)), c.y + r * std::sin(from)};
        for (int i = 1; i <= steps; ++i) {
            const double t = from + (to - from) * i / steps;
            const Vec2 p = {sign * (c.x + r * std::cos(t)), c.y + r * std::sin(t)};
            mDrawing.segments.push_back({name, prev, p});
            prev = p;
        }
    }

    void flushPolyline()
    {
        if (!mPolyline) return;
        Pending p = std::move(*mPolyline);
        mPolyline.reset();
        const std::size_t n = p.vertices.size();
        if (n < 2) return;
        DxfPolyline &line = p.line;
        line.points.push_back(p.vertices[0]);
        const std::size_t edges = line.closed ? n : n - 1;
        for (std::size_t i = 0; i < edges; ++i) {
            const Vec2 b = p.vertices[(i + 1) % n];
            if (std::abs(p.bulges[i]) > 1e-9)
                appendBulgeArc(line.points, p.vertices[i], b, p.bulges[i]);
            else
                line.points.push_back(b);
        }
        if (line.closed) line.points.pop_back(); // the first point again
        if (p.mirrored) {
            for (Vec2 &v : line.points)
                v.x = -v.x;
        }
        // An open polyline whose ends meet is closed as drawn.
        const double span = std::hypot(line.points.front().x - line.points.back().x,
                                       line.points.front().y - line.points.back().y);
        if (!line.closed && line.points.size() >= 4 && span < 1e-9) {
            line.points.pop_back();
            line.closed = true;
        }
        auto &summary = layer(line.layer);
        if (line.closed)
            ++summary.closedPolylines;
        else
            ++summary.otherEntities;
        mDrawing.polylines.push_back(std::move(line));
    }

    DxfDrawing mDrawing;
    std::optional<Pending> mPolyline;
    bool mInBlock = false;
};

double signedArea(const Polyline &ring)
{
    double a = 0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const Vec2 &p = ring[i], &q = ring[(i + 1) % ring.size()];
        a += p.x * q.y - q.x * p.y;
    }
    return a / 2;
}

bool contains(const Polyline &ring, Vec2 p)
{
    bool inside = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const Vec2 &a = ring[i], &b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

/** Scaled to metres, consecutive duplicates (within 0.1 mm) dropped, counter-clockwise. */
Polyline cleanRing(const std::vector<Vec2> &points, double scale)
{
    Polyline ring;
    for (const Vec2 &p : points) {
        const Vec2 q = {p.x * scale, p.y * scale};
        if (!ring.empty() && std::hypot(q.x - ring.back().x, q.y - ring.back().y) < 1e-4) continue;
        ring.push_back(q);
    }
    while (ring.size() > 1 &&
           std::hypot(ring.front().x - ring.back().x, ring.front().y - ring.back().y) < 1e-4)
        ring.pop_back();
    if (signedArea(ring) < 0) std::reverse(ring.begin(), ring.end());
    return ring;
}

std::string unitName(int insUnits)
{
    switch (insUnits) {
    case 1:
        return "inches";
    case 2:
        return "feet";
    case 4:
        return "millimetres";
    case 5:
        return "centimetres";
    case 6:
        return "metres";
    case 7:
        return "kilometres";
    case 10:
        return "yards";
    case 14:
        return "decimetres";
    default:
        return "code " + std::to_string(insUnits);
    }
}

Result<double> resolveScale(const DxfDrawing &drawing, std::optional<double> given)
{
    if (given) {
        if (!(*given > 0) || !std::isfinite(*given))
            return Error("units", "the unit must be a positive length");
        return *given;
    }
    if (!drawing.insUnits || *drawing.insUnits == 0) {
        return Error("$INSUNITS",
                     "the drawing does not say its units; give them (m, cm, mm, in, ft), "
                     "e.g. --units mm");
    }
    if (auto s = metresPerDxfUnit(*drawing.insUnits)) return *s;
    return Error("$INSUNITS",
                 "the drawing's units (" + unitName(*drawing.insUnits) +
                     ") are not a length Hallwright knows; give them, e.g. --units mm");
}

bool onLayers(const std::string &layer, const std::vector<std::string> &layers)
{
    return std::find(layers.begin(), layers.end(), layer) != layers.end();
}

std::string layerList(const DxfDrawing &drawing)
{
    std::string s;
    for (const auto &l : drawing.layers)
        s += (s.empty() ? "" : ", ") + l.name;
    return s.empty() ? std::string("none") : s;
}

std::set<std::string> obstacleIds(const Plan &plan)
{
    std::set<std::string> ids;
    for (const auto &h : plan.halls) {
        for (const auto &o : h.obstacles)
            ids.insert(o.id);
    }
    return ids;
}

/** Gives the geometry's obstacles ids not used elsewhere in the plan (prefix-1, prefix-2, ...). */
void renumberObstacles(std::vector<Obstacle> &obstacles, const std::set<std::string> &taken)
{
    std::set<std::string> used = taken;
    for (auto &o : obstacles) {
        const std::string base = o.id.substr(0, o.id.rfind('-'));
        int n = 1;
        std::string id;
        do {
            id = base + "-" + std::to_string(n++);
        } while (used.count(id));
        o.id = id;
        used.insert(id);
    }
}

/** One line of `text` from `pos` (without its line end); moves `pos` past it. */
std::string_view nextLine(std::string_view text, std::size_t &pos)
{
    if (pos >= text.size()) return {}; // past the end: an empty line
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

/**
 * dxflib sizes its arrays from the counts an entity declares (an LWPOLYLINE's vertices in group
 * 90, a SPLINE's knots and points in 72-74, a LEADER's vertices in 76, a HATCH's loops and edges
 * in 91 and 93) before reading them: a hostile count asks for gigabytes (a fuzz finding). Every
 * item takes at least one group of two lines, so a count beyond half the file's lines, or below
 * zero, cannot be honest and the drawing is refused before dxflib sees it.
 */
std::optional<std::string> implausibleCount(std::string_view text)
{
    std::size_t lines = 0;
    for (char ch : text)
        lines += ch == '\n';
    const long long most = static_cast<long long>(lines / 2 + 1);
    std::size_t pos = 0, lineNo = 0;
    std::string entity;
    while (pos < text.size()) {
        const std::string_view code = trimmed(nextLine(text, pos));
        const std::string_view value = trimmed(nextLine(text, pos));
        lineNo += 2;
        if (code == "0") {
            entity = std::string(value);
            continue;
        }
        const bool counted =
            (entity == "LWPOLYLINE" && code == "90") ||
            (entity == "SPLINE" && (code == "72" || code == "73" || code == "74")) ||
            (entity == "LEADER" && code == "76") ||
            (entity == "HATCH" && (code == "91" || code == "93"));
        if (!counted) continue;
        long long n = 0;
        std::istringstream in{std::string(value)};
        if (!(in >> n)) continue; // not a number: dxflib reads it as 0
        if (n < 0 || n > most)
            return "line " + std::to_string(lineNo) + ": the " + entity + " declares " +
                   std::to_string(n) + " items (group " + std::string(code) +
                   "), more than the whole file could hold";
    }
    return std::nullopt;
}

} // namespace

Result<DxfDrawing> readDxfText(const std::string &text)
{
    if (text.find("SECTION") == std::string::npos || text.find("EOF") == std::string::npos)
        return Error("not a DXF drawing (ASCII DXF with SECTION ... EOF expected)");
    if (auto problem = implausibleCount(text))
        return Error("the DXF drawing is damaged: " + *problem);
    std::istringstream stream(text);
    DrawingCollector collector;
    DL_Dxf dxf;
    if (!dxf.in(stream, &collector)) return Error("the DXF drawing could not be read");
    return collector.take();
}

Result<DxfDrawing> readDxfFile(const std::string &path)
{
    auto text = readWholeFile(path, std::size_t(512) << 20);
    if (!text) return text.error();
    auto drawing = readDxfText(*text);
    if (!drawing) return Error(path, drawing.error().toString());
    return drawing;
}

std::optional<double> metresPerDxfUnit(int insUnits)
{
    switch (insUnits) {
    case 1:
        return 0.0254;
    case 2:
        return 0.3048;
    case 4:
        return 0.001;
    case 5:
        return 0.01;
    case 6:
        return 1.0;
    case 7:
        return 1000.0;
    case 10:
        return 0.9144;
    case 14:
        return 0.1;
    default:
        return std::nullopt;
    }
}

std::optional<double> metresPerUnitName(const std::string &name)
{
    static const std::pair<const char *, double> units[] = {
        {"m", 1.0},     {"mm", 0.001},  {"cm", 0.01},   {"dm", 0.1},
        {"km", 1000.0}, {"in", 0.0254}, {"ft", 0.3048}, {"yd", 0.9144},
    };
    for (const auto &[n, s] : units) {
        if (name == n) return s;
    }
    return std::nullopt;
}

Result<DxfHallGeometry> hallGeometryFromDxf(const DxfDrawing &drawing,
                                            const DxfImportOptions &options)
{
    if (options.outlineLayers.empty())
        return Error("layers", "name the layer that holds the hall outline");
    for (const auto *layers : {&options.outlineLayers, &options.obstacleLayers}) {
        for (const auto &name : *layers) {
            const bool known =
                std::any_of(drawing.layers.begin(), drawing.layers.end(),
                            [&](const DxfLayerSummary &l) { return l.name == name; });
            if (!known)
                return Error(name,
                             "no such layer in the drawing; its layers are: " + layerList(drawing));
        }
    }
    auto scale = resolveScale(drawing, options.metresPerUnit);
    if (!scale) return scale.error();

    DxfHallGeometry geometry;
    geometry.metresPerUnit = *scale;
    const DxfPolyline *outline = nullptr;
    double outlineArea = 0;
    for (const auto &p : drawing.polylines) {
        if (!p.closed || !onLayers(p.layer, options.outlineLayers)) continue;
        const double area = std::abs(signedArea(p.points));
        if (area > outlineArea) {
            outline = &p;
            outlineArea = area;
        }
    }
    if (!outline) {
        std::string names;
        for (const auto &n : options.outlineLayers)
            names += (names.empty() ? "" : ", ") + n;
        return Error(names,
                     "no closed polyline on this layer to take as the hall outline (walls drawn as "
                     "separate lines must be joined into one closed polyline first)");
    }
    geometry.outline = cleanRing(outline->points, *scale);
    if (geometry.outline.size() < 3)
        return Error(outline->layer, "the outline has fewer than three distinct corners");
    {
        // A hall is metres to hundreds of metres across: anything else is most likely a drawing
        // read in the wrong units (a metre drawing as millimetres), which nothing else would flag.
        double x0 = geometry.outline[0].x, x1 = x0, y0 = geometry.outline[0].y, y1 = y0;
        for (const Vec2 &v : geometry.outline) {
            x0 = std::min(x0, v.x);
            x1 = std::max(x1, v.x);
            y0 = std::min(y0, v.y);
            y1 = std::max(y1, v.y);
        }
        const double largest = std::max(x1 - x0, y1 - y0);
        if (largest < kSmallestHallM || largest > kLargestHallM)
            geometry.notes.push_back("the outline measures " + formatDecimal(x1 - x0, 3) + " x " +
                                     formatDecimal(y1 - y0, 3) +
                                     " m, unusual for a hall: check the units (--units, or the "
                                     "drawing's $INSUNITS)");
    }

    int n = 0;
    for (const auto &p : drawing.polylines) {
        if (&p == outline || !onLayers(p.layer, options.obstacleLayers)) continue;
        if (!p.closed) {
            geometry.notes.push_back("skipped an open polyline on layer " + p.layer);
            continue;
        }
        Obstacle o;
        o.id = options.obstacleIdPrefix + "-" + std::to_string(++n);
        o.kind = p.layer;
        o.polygon = cleanRing(p.points, *scale);
        if (o.polygon.size() < 3) {
            geometry.notes.push_back("skipped a degenerate polyline on layer " + p.layer);
            continue;
        }
        Vec2 c{};
        for (const Vec2 &v : o.polygon)
            c = c + v;
        c = {c.x / double(o.polygon.size()), c.y / double(o.polygon.size())};
        if (!contains(geometry.outline, c)) {
            geometry.notes.push_back("skipped a polyline outside the outline on layer " + p.layer +
                                     " near (" + formatDecimal(c.x, 2) + ", " +
                                     formatDecimal(c.y, 2) + ") m");
            continue;
        }
        geometry.obstacles.push_back(std::move(o));
    }
    return geometry;
}

Result<DxfUnderlay> underlayFromDxf(const DxfDrawing &drawing, std::optional<double> metresPerUnit,
                                    const std::vector<std::string> &layers)
{
    auto scale = resolveScale(drawing, metresPerUnit);
    if (!scale) return scale.error();
    DxfUnderlay u;
    u.minX = u.minY = std::numeric_limits<double>::max();
    u.maxX = u.maxY = std::numeric_limits<double>::lowest();
    auto add = [&](Vec2 a, Vec2 b) {
        a = {a.x * *scale, a.y * *scale};
        b = {b.x * *scale, b.y * *scale};
        u.segments.push_back({a, b});
        u.minX = std::min({u.minX, a.x, b.x});
        u.minY = std::min({u.minY, a.y, b.y});
        u.maxX = std::max({u.maxX, a.x, b.x});
        u.maxY = std::max({u.maxY, a.y, b.y});
    };
    for (const auto &p : drawing.polylines) {
        if (!layers.empty() && !onLayers(p.layer, layers)) continue;
        for (std::size_t i = 0; i + 1 < p.points.size(); ++i)
            add(p.points[i], p.points[i + 1]);
        if (p.closed && p.points.size() > 2) add(p.points.back(), p.points.front());
    }
    for (const auto &s : drawing.segments) {
        if (layers.empty() || onLayers(s.layer, layers)) add(s.a, s.b);
    }
    if (u.segments.empty()) u.minX = u.minY = u.maxX = u.maxY = 0;
    return u;
}

Result<Plan> addHallFromDxf(Plan plan, const std::string &hallId, DxfHallGeometry geometry,
                            bool moveToOrigin)
{
    if (hallId.empty()) return Error("--new-hall", "the new hall needs an id");
    if (plan.hall(hallId))
        return Error("--new-hall", "the plan already has a hall \"" + hallId + "\"");
    if (moveToOrigin) {
        Vec2 low = geometry.outline.front();
        for (const Vec2 &p : geometry.outline)
            low = {std::min(low.x, p.x), std::min(low.y, p.y)};
        for (Vec2 &p : geometry.outline)
            p = p - low;
        for (auto &o : geometry.obstacles) {
            for (Vec2 &p : o.polygon)
                p = p - low;
        }
    }
    renumberObstacles(geometry.obstacles, obstacleIds(plan));
    Hall hall;
    hall.id = hallId;
    hall.name = hallId;
    hall.outline = std::move(geometry.outline);
    hall.obstacles = std::move(geometry.obstacles);
    // Beside the halls already there, 6 m east of the easternmost, so the site plan stays readable.
    if (!plan.halls.empty()) {
        double east = std::numeric_limits<double>::lowest();
        double outlineWest = std::numeric_limits<double>::max();
        for (const auto &h : plan.halls) {
            for (const Vec2 &p : h.outline)
                east = std::max(east, p.x + h.originOrZero().x);
        }
        for (const Vec2 &p : hall.outline)
            outlineWest = std::min(outlineWest, p.x);
        hall.origin = Vec2{east + 6.0 - outlineWest, 0.0};
    }
    plan.halls.push_back(std::move(hall));
    return plan;
}

Result<Plan> replaceHallOutlineFromDxf(Plan plan, const std::string &hallId,
                                       DxfHallGeometry geometry, bool replaceObstacles)
{
    Hall *hall = plan.hall(hallId);
    if (!hall) return Error("--replace-outline", "no hall \"" + hallId + "\" in the plan");
    hall->outline = std::move(geometry.outline);
    if (replaceObstacles) {
        hall->obstacles.clear();
        renumberObstacles(geometry.obstacles, obstacleIds(plan));
        hall->obstacles = std::move(geometry.obstacles);
    }
    return plan;
}

} // namespace hw::core
