// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The geometry and floor rules of SPEC §3 and §8 (checkHallGeometry): every rule with layouts that
// must break it and layouts that must not, the 1 mm tolerance both ways, the rotation convention
// of SPEC §1, and a property test against an O(n²) brute-force checker written here with plain
// Boost.Geometry predicates (no R-tree, no engine helper).
#include "core/engine/geometry_rules.h"
#include "core/geometry/bg.h"
#include "core/geometry/box_polygon.h"
#include "core/io/builtin_catalog.h"
#include "core/model/resolve.h"
#include "core/model/units.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace hw::core;

Q_DECLARE_METATYPE(hw::core::Hall)

namespace {

constexpr double kW = 0.6;   // gb300-nvl72 width
constexpr double kD = 1.068; // gb300-nvl72 depth
constexpr double kTol = kToleranceM;
const char *const kType = "gb300-nvl72";

/** The built-in catalog plus a rack type without a weight. */
const Catalog &testCatalog()
{
    static const Catalog catalog = [] {
        Catalog own;
        RackType light;
        light.id = "no-weight";
        light.widthM = 0.6;
        light.depthM = 1.2;
        light.maxKw = 10;
        own.rackTypes.push_back(light);
        return builtinCatalog().mergedWith(own);
    }();
    return catalog;
}

Hall hallWithOutline(Polyline outline)
{
    Hall h;
    h.id = "H1";
    h.name = "Hall 1";
    h.outline = std::move(outline);
    return h;
}

Hall rectHall(double w, double h)
{
    return hallWithOutline({{0, 0}, {w, 0}, {w, h}, {0, h}});
}

/** A w × h hall with its top-right quarter (x > w/2 and y > h/2) cut away: an L. */
Hall lHall(double w, double h)
{
    return hallWithOutline({{0, 0}, {w, 0}, {w, h / 2}, {w / 2, h / 2}, {w / 2, h}, {0, h}});
}

bool across(int rotation)
{
    return rotation == 90 || rotation == 270;
}
double extentX(int rotation, double w = kW, double d = kD)
{
    return across(rotation) ? d : w;
}
double extentY(int rotation, double w = kW, double d = kD)
{
    return across(rotation) ? w : d;
}

Rack rack(const std::string &id, double x, double y, int rotation = 0,
          const std::string &type = kType)
{
    Rack r;
    r.id = id;
    r.type = type;
    r.position = {x, y};
    r.rotationDeg = rotation;
    return r;
}

/** A gb300 rack whose footprint's lower-left corner is at (minX, minY). */
Rack rackAt(const std::string &id, double minX, double minY, int rotation = 0)
{
    return rack(id, minX + extentX(rotation) / 2, minY + extentY(rotation) / 2, rotation);
}

Obstacle obstacle(const std::string &id, Polyline ring, const std::string &kind = "column")
{
    Obstacle o;
    o.id = id;
    o.kind = kind;
    o.polygon = std::move(ring);
    return o;
}

Obstacle column(const std::string &id, double minX, double minY, double size = 0.6)
{
    return obstacle(
        id, {{minX, minY}, {minX + size, minY}, {minX + size, minY + size}, {minX, minY + size}});
}

Cdu cdu(const std::string &id, double x, double y, std::optional<double> w = 1.2,
        std::optional<double> d = 1.2, int rotation = 0, const std::string &type = {})
{
    Cdu c;
    c.id = id;
    c.loop = "L1";
    c.type = type;
    c.position = {x, y};
    c.rotationDeg = rotation;
    c.widthM = w;
    c.depthM = d;
    return c;
}

std::string joined(const std::vector<std::string> &ids)
{
    std::string s;
    for (const std::string &id : ids)
        s += (s.empty() ? "" : ",") + id;
    return s;
}

/** The objects of each violation with `code`, in report order, as "a,b". */
QStringList found(const std::vector<Violation> &violations, const QString &code)
{
    QStringList out;
    for (const Violation &v : violations) {
        if (QString::fromStdString(v.code) == code)
            out << QString::fromStdString(joined(v.objects));
    }
    return out;
}

const Violation *first(const std::vector<Violation> &violations, const std::string &code)
{
    for (const Violation &v : violations) {
        if (v.code == code) return &v;
    }
    return nullptr;
}

void addColumns()
{
    QTest::addColumn<Hall>("hall");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("expected");
}

void addRow(const char *name, const Hall &hall, const char *code, const QStringList &expected)
{
    QTest::newRow(name) << hall << QString::fromLatin1(code) << expected;
}

/** `count` gb300 racks side by side along the line their fronts share; `gaps[k]` after rack k. */
std::vector<Rack> row(const std::string &prefix, int count, Vec2 start, int rotation,
                      const std::map<int, double> &gaps = {}, int firstNumber = 1)
{
    std::vector<Rack> out;
    const bool alongY = across(rotation);
    double along = alongY ? start.y : start.x;
    for (int k = 0; k < count; ++k) {
        const std::string id = prefix + std::to_string(firstNumber + k);
        out.push_back(alongY ? rack(id, start.x, along + kW / 2, rotation)
                             : rack(id, along + kW / 2, start.y, rotation));
        along += kW;
        if (auto it = gaps.find(k); it != gaps.end()) along += it->second;
    }
    return out;
}

Hall withRacks(Hall hall, std::vector<Rack> racks)
{
    for (Rack &r : racks)
        hall.racks.push_back(std::move(r));
    return hall;
}

} // namespace

// --- the brute-force checker -----------------------------------------------------------------

namespace brute {

namespace bg = hw::core::geo::bg;
using hw::core::geo::linestring_t;
using hw::core::geo::point_t;
using hw::core::geo::polygon_t;

struct Rect
{
    double x0, y0, x1, y1;
};

/** SPEC §1 read directly: at 0 the front faces +y; rotation is counter-clockwise. */
Vec2 front(int rotation)
{
    const double a = rotation * M_PI / 180.0;
    return {std::round(-std::sin(a)), std::round(std::cos(a))};
}

/** The footprint of a w × d object centred at c, its depth along its front direction. */
Rect rectOf(Vec2 c, int rotation, double w, double d)
{
    const Vec2 f = front(rotation);
    const double hx = std::fabs(f.x) * d / 2 + std::fabs(f.y) * w / 2;
    const double hy = std::fabs(f.y) * d / 2 + std::fabs(f.x) * w / 2;
    return {c.x - hx, c.y - hy, c.x + hx, c.y + hy};
}

/** The zone `depth` deep on the front (sign +1) or rear (−1) of the object. */
Rect zone(Vec2 c, int rotation, double w, double d, double depth, double sign)
{
    const Vec2 f = front(rotation);
    const double off = sign * (d / 2 + depth / 2);
    return rectOf({c.x + f.x * off, c.y + f.y * off}, rotation, w, depth);
}

Rect shrunk(const Rect &r)
{
    return {r.x0 + kTol, r.y0 + kTol, r.x1 - kTol, r.y1 - kTol};
}
bool nonEmpty(const Rect &r)
{
    return r.x1 > r.x0 && r.y1 > r.y0;
}

polygon_t poly(const Rect &r)
{
    polygon_t p;
    for (const point_t &q : {point_t{r.x0, r.y0}, point_t{r.x0, r.y1}, point_t{r.x1, r.y1},
                             point_t{r.x1, r.y0}, point_t{r.x0, r.y0}})
        bg::append(p.outer(), q);
    bg::correct(p);
    return p;
}

polygon_t poly(const Polyline &ring)
{
    polygon_t p;
    for (const Vec2 &v : ring)
        bg::append(p.outer(), point_t{v.x, v.y});
    bg::correct(p);
    return p;
}

linestring_t boundary(const Polyline &ring)
{
    linestring_t l;
    for (const Vec2 &v : ring)
        bg::append(l, point_t{v.x, v.y});
    bg::append(l, point_t{ring.front().x, ring.front().y});
    return l;
}

bool interiorsMeet(const polygon_t &a, const polygon_t &b)
{
    return bg::relate(a, b, bg::de9im::mask("T********"));
}

/** Overlap depth of two rectangles: the smaller of the x and y overlaps. */
double overlap(const Rect &a, const Rect &b)
{
    return std::min(std::min(a.x1, b.x1) - std::max(a.x0, b.x0),
                    std::min(a.y1, b.y1) - std::max(a.y0, b.y0));
}

bool openMeets(const Rect &a, const Rect &b)
{
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

struct UnionFind
{
    std::vector<std::size_t> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    std::size_t find(std::size_t i) { return parent[i] == i ? i : parent[i] = find(parent[i]); }
    void unite(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

/** Every violation as "code|objects", straight from the definitions in SPEC §3 and §8. */
std::set<std::string> check(const Hall &hall, const Catalog &catalog)
{
    std::set<std::string> out;
    auto note = [&](const char *code, const std::vector<std::string> &ids) {
        out.insert(std::string(code) + "|" + joined(ids));
    };
    const RuleValues rules = resolveRules(hall.rules);
    const polygon_t outline = poly(hall.outline);
    const linestring_t walls = boundary(hall.outline);
    const std::size_t n = hall.racks.size();

    std::vector<Rect> fp(n);
    std::vector<const RackType *> types(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Rack &r = hall.racks[i];
        types[i] = catalog.rackType(r.type);
        fp[i] = rectOf(r.position, r.rotation(), types[i]->widthM, types[i]->depthM);
    }
    std::vector<std::string> blockerIds;
    std::vector<polygon_t> blockers;
    for (const Obstacle &o : hall.obstacles) {
        blockerIds.push_back(o.id);
        blockers.push_back(poly(o.polygon));
    }
    for (const Cdu &c : hall.cooling.cdus) {
        const CduValues v = resolveCdu(c, catalog);
        if (!v.widthM || !v.depthM) continue;
        const Rect box = rectOf(c.position, c.rotation(), *v.widthM, *v.depthM);
        blockerIds.push_back(c.id);
        blockers.push_back(poly(box));
        if (!bg::covered_by(poly(shrunk(box)), outline)) note("cdu-outside-hall", {c.id});
    }

    std::vector<bool> outside(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string &id = hall.racks[i].id;
        outside[i] = !bg::covered_by(poly(shrunk(fp[i])), outline);
        if (outside[i])
            note("rack-outside-hall", {id});
        else if (bg::distance(poly(fp[i]), walls) < rules.wallClearanceM - kTol)
            note("rack-wall-clearance", {id});
        for (std::size_t k = 0; k < blockers.size(); ++k) {
            const bool deep = interiorsMeet(poly(shrunk(fp[i])), blockers[k]);
            if (deep || bg::distance(poly(fp[i]), blockers[k]) < rules.obstacleClearanceM - kTol)
                note("rack-obstacle", {id, blockerIds[k]});
        }
        for (std::size_t j = i + 1; j < n; ++j) {
            if (overlap(fp[i], fp[j]) > kTol) note("rack-overlap", {id, hall.racks[j].id});
        }
        const double weight = types[i]->weightKg.value_or(0);
        if (hall.floorLoadKgPerM2 && types[i]->weightKg &&
            weight / (types[i]->widthM * types[i]->depthM) > *hall.floorLoadKgPerM2)
            note("floor-overload", {id});
    }

    for (std::size_t i = 0; i < n; ++i) {
        const Rack &r = hall.racks[i];
        for (const double sign : {1.0, -1.0}) {
            const double depth = sign > 0 ? rules.frontClearanceM : rules.rearClearanceM;
            const Rect z = shrunk(
                zone(r.position, r.rotation(), types[i]->widthM, types[i]->depthM, depth, sign));
            if (!nonEmpty(z)) continue;
            for (std::size_t j = 0; j < n; ++j) {
                if (j != i && openMeets(z, fp[j]) && !(overlap(fp[i], fp[j]) > kTol))
                    note("aisle-blocked", {r.id, hall.racks[j].id});
            }
            for (std::size_t k = 0; k < blockers.size(); ++k) {
                if (interiorsMeet(poly(z), blockers[k]))
                    note("aisle-blocked", {r.id, blockerIds[k]});
            }
            if (!outside[i] && !bg::covered_by(poly(z), outline))
                note("aisle-blocked", {r.id, hall.id});
        }
    }

    // Row runs: the same rotation, fronts on one line (within 1 mm), side gaps below the cross
    // aisle.
    auto frontLine = [&](std::size_t i) {
        const Vec2 f = front(hall.racks[i].rotation());
        return f.y > 0 ? fp[i].y1 : f.y < 0 ? fp[i].y0 : f.x > 0 ? fp[i].x1 : fp[i].x0;
    };
    auto span = [&](std::size_t i) {
        return across(hall.racks[i].rotation()) ? std::pair{fp[i].y0, fp[i].y1}
                                                : std::pair{fp[i].x0, fp[i].x1};
    };
    UnionFind lines(n), runs(n);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            if (hall.racks[i].rotation() == hall.racks[j].rotation() &&
                std::fabs(frontLine(i) - frontLine(j)) <= kTol)
                lines.unite(i, j);
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            const auto [a0, a1] = span(i);
            const auto [b0, b1] = span(j);
            const double gap = std::max(b0 - a1, a0 - b1);
            if (lines.find(i) == lines.find(j) && gap < rules.crossAisleM - kTol) runs.unite(i, j);
        }
    }
    std::map<std::size_t, std::vector<std::string>> members;
    for (std::size_t i = 0; i < n; ++i)
        members[runs.find(i)].push_back(hall.racks[i].id);
    for (const auto &[root, ids] : members) {
        if (static_cast<int>(ids.size()) > rules.maxRowRacks) note("row-too-long", ids);
    }
    return out;
}

// --- random layouts ----------------------------------------------------------------------------

/**
 * A random hall that provokes near misses: racks snapped beside, facing, back to back and in
 * front of others and near walls, obstacles and CDUs snapped near racks. Offsets are multiples of
 * 0.4 mm around the rule distances (sizes are multiples of 2 mm), so a distance never sits exactly
 * on a 1 mm threshold where rounding would decide.
 */
class LayoutGenerator
{
public:
    explicit LayoutGenerator(unsigned seed) : mRng(seed) {}

    Hall make()
    {
        const double w = uniform(12, 30), h = uniform(8, 20);
        Polyline ring{{0, 0}, {w, 0}, {w, h}, {0, h}};
        if (chance(0.5)) {
            const double nx = uniform(0.3, 0.6) * w, ny = uniform(0.3, 0.6) * h;
            ring = {{0, 0}, {w, 0}, {w, h - ny}, {w - nx, h - ny}, {w - nx, h}, {0, h}};
            const bool flipX = chance(0.5), flipY = chance(0.5);
            for (Vec2 &v : ring)
                v = {flipX ? w - v.x : v.x, flipY ? h - v.y : v.y};
        }
        Hall hall = hallWithOutline(ring);
        mW = w;
        mH = h;
        HallRules &r = hall.rules;
        r.wallClearanceM = pick<double>({1.0, 0.5, 0.0});
        r.obstacleClearanceM = pick<double>({0.6, 0.3, 0.0});
        r.frontClearanceM = pick<double>({1.2, 1.0});
        r.rearClearanceM = pick<double>({1.2, 0.9});
        r.maxRowRacks = static_cast<int>(uniform(2, 7));
        r.crossAisleM = pick<double>({1.5, 1.2});
        if (chance(0.5)) hall.floorLoadKgPerM2 = pick<double>({2000, 2500});
        mRules = resolveRules(r);

        const int racks = static_cast<int>(uniform(2, 40));
        for (int k = 0; k < racks; ++k)
            hall.racks.push_back(nextRack(hall, "R" + std::to_string(k + 1)));
        const int obstacles = static_cast<int>(uniform(0, 4));
        for (int k = 0; k < obstacles; ++k)
            hall.obstacles.push_back(nextObstacle(hall, "OB-" + std::to_string(k + 1)));
        const int cdus = static_cast<int>(uniform(0, 4));
        for (int k = 0; k < cdus; ++k)
            hall.cooling.cdus.push_back(nextCdu(hall, "CDU-" + std::to_string(k + 1)));
        return hall;
    }

private:
    double uniform(double a, double b)
    {
        return std::uniform_real_distribution<double>(a, b)(mRng);
    }
    bool chance(double p) { return uniform(0, 1) < p; }
    template <typename T> T pick(std::initializer_list<T> values)
    {
        const auto k = std::uniform_int_distribution<std::size_t>(0, values.size() - 1)(mRng);
        return *(values.begin() + k);
    }
    double jitter()
    {
        return pick<double>(
            {0, 0, 0, 0.0004, -0.0004, 0.0016, -0.0016, 0.0008, -0.0012, 0.3, -0.3});
    }
    int rotation() { return pick<int>({0, 90, 180, 270}); }

    Rack nextRack(const Hall &hall, const std::string &id)
    {
        const std::string type = chance(0.8) ? kType : "net-rack-20";
        const RackType *t = testCatalog().rackType(type);
        const double roll = uniform(0, 1);
        if (hall.racks.empty() || roll < 0.15)
            return rack(id, uniform(-1, mW + 1), uniform(-1, mH + 1), rotation(), type);
        if (roll < 0.3) return nearWall(hall, id, type);
        const Rack &p =
            hall.racks[std::uniform_int_distribution<std::size_t>(0, hall.racks.size() - 1)(mRng)];
        const RackType *pt = testCatalog().rackType(p.type);
        const int rot = p.rotation();
        const Vec2 f = front(rot), lat{f.y, -f.x};
        auto at = [&](double alongFront, double alongLat) {
            return Vec2{p.position.x + f.x * alongFront + lat.x * alongLat,
                        p.position.y + f.y * alongFront + lat.y * alongLat};
        };
        Vec2 c;
        int newRot = rot;
        if (roll < 0.65) { // beside it, fronts on one line
            const double gap =
                pick<double>({0, 0, 0, 0.0004, -0.0004, 0.0016, -0.0016, -0.3, 0.5,
                              mRules.crossAisleM, mRules.crossAisleM - 0.0004,
                              mRules.crossAisleM + 0.0004, mRules.crossAisleM - 0.0016});
            const double side = chance(0.5) ? 1 : -1;
            const double frontOff = pick<double>({0, 0, 0, 0.0004, -0.0016, 0.0008});
            c = at(pt->depthM / 2 - t->depthM / 2 + frontOff,
                   side * ((pt->widthM + t->widthM) / 2 + gap));
        } else if (roll < 0.8) { // facing it across the aisle
            newRot = (rot + 180) % 360;
            c = at(pt->depthM / 2 + mRules.frontClearanceM + jitter() + t->depthM / 2,
                   pick<double>({0, 0, 0.3, -0.6}));
        } else if (roll < 0.9) { // back to back
            newRot = (rot + 180) % 360;
            c = at(-(pt->depthM / 2 + mRules.rearClearanceM + jitter() + t->depthM / 2),
                   pick<double>({0, 0, 0.3, -0.6}));
        } else { // the same way round, in front of it
            c = at(pt->depthM / 2 + mRules.frontClearanceM + jitter() + mRules.rearClearanceM / 2 +
                       t->depthM / 2,
                   pick<double>({0, 0.2}));
        }
        return rack(id, c.x, c.y, newRot, type);
    }

    /** A point on an outline edge and the inward normal there. */
    std::pair<Vec2, Vec2> wallPoint(const Hall &hall)
    {
        const Polyline &ring = hall.outline;
        double area2 = 0;
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const Vec2 a = ring[i], b = ring[(i + 1) % ring.size()];
            area2 += a.x * b.y - b.x * a.y;
        }
        const std::size_t i = std::uniform_int_distribution<std::size_t>(0, ring.size() - 1)(mRng);
        const Vec2 a = ring[i], b = ring[(i + 1) % ring.size()];
        const double len = std::hypot(b.x - a.x, b.y - a.y), s = uniform(0.1, 0.9);
        const double sign = area2 > 0 ? 1 : -1; // counter-clockwise: the inside is on the left
        return {{a.x + (b.x - a.x) * s, a.y + (b.y - a.y) * s},
                {sign * -(b.y - a.y) / len, sign * (b.x - a.x) / len}};
    }

    Rack nearWall(const Hall &hall, const std::string &id, const std::string &type)
    {
        const RackType *t = testCatalog().rackType(type);
        const auto [p, n] = wallPoint(hall);
        const int rot = rotation();
        const double ext = std::fabs(n.x) * extentX(rot, t->widthM, t->depthM) +
                           std::fabs(n.y) * extentY(rot, t->widthM, t->depthM);
        const double clear = pick<double>({0, mRules.wallClearanceM, mRules.frontClearanceM,
                                           mRules.rearClearanceM}) +
                             jitter();
        return rack(id, p.x + n.x * (clear + ext / 2), p.y + n.y * (clear + ext / 2), rot, type);
    }

    Obstacle nextObstacle(const Hall &hall, const std::string &id)
    {
        const double size = pick<double>({0.6, 0.4, 1.0});
        Vec2 c{uniform(0, mW), uniform(0, mH)};
        if (!hall.racks.empty() && chance(0.7)) {
            // Beside a rack's face at about the clearance or the aisle depth.
            const Rack &r = hall.racks[std::uniform_int_distribution<std::size_t>(
                0, hall.racks.size() - 1)(mRng)];
            const RackType *t = testCatalog().rackType(r.type);
            const Vec2 f = front(r.rotation() + pick<int>({0, 90, 180, 270}) % 360);
            const double half = std::fabs(f.x) * extentX(r.rotation(), t->widthM, t->depthM) / 2 +
                                std::fabs(f.y) * extentY(r.rotation(), t->widthM, t->depthM) / 2;
            const double gap = pick<double>({mRules.obstacleClearanceM, mRules.frontClearanceM,
                                             mRules.rearClearanceM, 0.0}) +
                               jitter();
            const double off = half + gap + size / 2;
            c = {r.position.x + f.x * off, r.position.y + f.y * off};
        }
        if (chance(0.3)) { // a diamond: edges at 45°
            const double h = size / 2;
            return obstacle(id, {{c.x + h, c.y}, {c.x, c.y + h}, {c.x - h, c.y}, {c.x, c.y - h}},
                            "shaft");
        }
        return column(id, c.x - size / 2, c.y - size / 2, size);
    }

    Cdu nextCdu(const Hall &hall, const std::string &id)
    {
        const int rot = rotation();
        const double roll = uniform(0, 1);
        Vec2 c{uniform(0, mW), uniform(0, mH)};
        if (roll < 0.4 && !hall.racks.empty()) {
            const Rack &r = hall.racks[std::uniform_int_distribution<std::size_t>(
                0, hall.racks.size() - 1)(mRng)];
            const Vec2 f = front(r.rotation());
            const double off =
                kD / 2 + pick<double>({mRules.obstacleClearanceM, 0.5}) + jitter() + 0.6;
            c = {r.position.x + f.x * off, r.position.y + f.y * off};
        } else if (roll < 0.7) {
            const auto [p, n] = wallPoint(hall);
            const double off = 0.6 + pick<double>({0, 0.0004, -0.0016, 0.0008, -0.3});
            c = {p.x + n.x * off, p.y + n.y * off};
        }
        const double typeRoll = uniform(0, 1);
        if (typeRoll < 0.3) return cdu(id, c.x, c.y, std::nullopt, std::nullopt, rot, "incdu-1350");
        if (typeRoll < 0.4)
            return cdu(id, c.x, c.y, std::nullopt, std::nullopt, rot); // no size: no footprint
        return cdu(id, c.x, c.y, 1.2, 1.2, rot);
    }

    std::mt19937 mRng;
    double mW = 0, mH = 0;
    RuleValues mRules{};
};

} // namespace brute

// --- the tests ---------------------------------------------------------------------------------

class TestGeometryRules : public QObject
{
    Q_OBJECT

private:
    void runCase()
    {
        QFETCH(Hall, hall);
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        QCOMPARE(found(checkHallGeometry(hall, testCatalog()), code), expected);
    }

private slots:
    void rackOutsideHall_data();
    void rackOutsideHall() { runCase(); }
    void wallClearance_data();
    void wallClearance() { runCase(); }
    void rackObstacle_data();
    void rackObstacle() { runCase(); }
    void rackOverlap_data();
    void rackOverlap() { runCase(); }
    void aisleZonesPerRotation_data();
    void aisleZonesPerRotation() { runCase(); }
    void aisleBlocked_data();
    void aisleBlocked() { runCase(); }
    void rowTooLong_data();
    void rowTooLong() { runCase(); }
    void cduOutsideHall_data();
    void cduOutsideHall() { runCase(); }
    void floorOverload_data();
    void floorOverload() { runCase(); }

    void boxPolygonPrimitives();
    void emptyHallHasNoViolations();
    void orderedByCodeThenFileOrder();
    void messagesCarryTheFigures();
    void agreesWithBruteForce();
};

void TestGeometryRules::rackOutsideHall_data()
{
    addColumns();
    const Hall rect = rectHall(20, 10), l = lHall(20, 10);
    const char *code = "rack-outside-hall";
    addRow("inside", withRacks(rect, {rack("R1", 10, 5)}), code, {});
    addRow("0.9 mm out on the left", withRacks(rect, {rackAt("R1", -0.0009, 4)}), code, {});
    addRow("1.1 mm out on the left", withRacks(rect, {rackAt("R1", -0.0011, 4)}), code, {"R1"});
    addRow("1.1 mm out at the top, rotated 90",
           withRacks(rect, {rackAt("R1", 5, 10.0011 - extentY(90), 90)}), code, {"R1"});
    addRow("0.9 mm out on the right, rotated 270",
           withRacks(rect, {rackAt("R1", 20.0009 - extentX(270), 5, 270)}), code, {});
    addRow("far away", withRacks(rect, {rack("R1", 30, 5)}), code, {"R1"});
    addRow("in the notch of an L", withRacks(l, {rack("R1", 15, 7.5)}), code, {"R1"});
    addRow("over the inner corner of an L", withRacks(l, {rackAt("R1", 9.8, 4.8)}), code, {"R1"});
    addRow("in the lower arm of an L", withRacks(l, {rack("R1", 15, 2.5)}), code, {});
    addRow("in the upper arm of an L", withRacks(l, {rack("R1", 5, 7.5, 90)}), code, {});
    addRow("only the racks outside, in file order",
           withRacks(rect, {rack("R1", -3, 5), rack("R2", 10, 5), rack("R3", 25, 5)}), code,
           {"R1", "R3"});
}

void TestGeometryRules::wallClearance_data()
{
    addColumns();
    const Hall rect = rectHall(20, 10);
    const char *code = "rack-wall-clearance";
    addRow("1.00 m from the wall", withRacks(rect, {rackAt("R1", 1.0, 4)}), code, {});
    addRow("0.9 mm short", withRacks(rect, {rackAt("R1", 1.0 - 0.0009, 4)}), code, {});
    addRow("1.1 mm short", withRacks(rect, {rackAt("R1", 1.0 - 0.0011, 4)}), code, {"R1"});
    addRow("0.5 m from the top, rotated 180",
           withRacks(rect, {rackAt("R1", 5, 10 - 0.5 - kD, 180)}), code, {"R1"});
    addRow("1.1 mm short at the right, rotated 90",
           withRacks(rect, {rackAt("R1", 20 - 1.0 + 0.0011 - extentX(90), 5, 90)}), code, {"R1"});
    Hall relaxed = rect;
    relaxed.rules.wallClearanceM = 0.5;
    addRow("0.60 m with a 0.5 m rule", withRacks(relaxed, {rackAt("R1", 0.6, 4)}), code, {});
    addRow("0.45 m with a 0.5 m rule", withRacks(relaxed, {rackAt("R1", 0.45, 4)}), code, {"R1"});
    addRow("a rack outside is not also too close", withRacks(rect, {rackAt("R1", -0.5, 4)}), code,
           {});
    addRow("inside by 0.9 mm of tolerance, touching the wall",
           withRacks(rect, {rackAt("R1", -0.0009, 4)}), code, {"R1"});
    // The inner corner of an L at (10, 5): the distance to it is Euclidean, not per axis.
    const Hall l = lHall(20, 10);
    addRow("0.85 m diagonally from the inner corner of an L",
           withRacks(l, {rackAt("R1", 9.4 - kW, 4.4 - kD)}), code, {"R1"});
    addRow("1.06 m diagonally from the inner corner of an L",
           withRacks(l, {rackAt("R1", 9.25 - kW, 4.25 - kD)}), code, {});
}

void TestGeometryRules::rackObstacle_data()
{
    addColumns();
    Hall hall = rectHall(20, 10);
    hall.obstacles.push_back(column("COL-1", 10, 4)); // [10, 10.6] × [4, 4.6]
    const char *code = "rack-obstacle";
    const double y = 4.3 - kD / 2; // centred on the column
    addRow("0.60 m clear", withRacks(hall, {rackAt("R1", 9.4 - kW, y)}), code, {});
    addRow("0.9 mm short", withRacks(hall, {rackAt("R1", 9.4009 - kW, y)}), code, {});
    addRow("1.1 mm short", withRacks(hall, {rackAt("R1", 9.4011 - kW, y)}), code, {"R1,COL-1"});
    addRow("overlapping", withRacks(hall, {rack("R1", 10.3, 4.3)}), code, {"R1,COL-1"});
    addRow("0.71 m diagonally", withRacks(hall, {rackAt("R1", 9.5 - kW, 3.5 - kD)}), code, {});
    addRow("0.57 m diagonally", withRacks(hall, {rackAt("R1", 9.6 - kW, 3.6 - kD)}), code,
           {"R1,COL-1"});
    addRow("0.60 m behind, rotated 270",
           withRacks(hall, {rackAt("R1", 10.6 + 0.6, 4.3 - kW / 2, 270)}), code, {});
    addRow("0.50 m behind, rotated 270",
           withRacks(hall, {rackAt("R1", 10.6 + 0.5, 4.3 - kW / 2, 270)}), code, {"R1,COL-1"});

    Hall diamond = rectHall(20, 10);
    diamond.obstacles.push_back(
        obstacle("SH-1", {{10.5, 5}, {10, 5.5}, {9.5, 5}, {10, 4.5}}, "shaft"));
    addRow("0.55 m from a diamond's vertex", withRacks(diamond, {rackAt("R1", 11.05, 5 - kD / 2)}),
           code, {"R1,SH-1"});
    addRow("0.65 m from a diamond's vertex", withRacks(diamond, {rackAt("R1", 11.15, 5 - kD / 2)}),
           code, {});

    Hall withCdu = rectHall(20, 10);
    withCdu.cooling.cdus.push_back(cdu("CDU-1", 5, 5)); // [4.4, 5.6] × [4.4, 5.6]
    addRow("0.50 m from a CDU", withRacks(withCdu, {rackAt("R1", 6.1, 4.5)}), code, {"R1,CDU-1"});
    addRow("0.60 m from a CDU", withRacks(withCdu, {rackAt("R1", 6.2, 4.5)}), code, {});
    Hall typedCdu = rectHall(20, 10);
    typedCdu.cooling.cdus.push_back(
        cdu("CDU-1", 5, 5, std::nullopt, std::nullopt, 0, "incdu-1350"));
    addRow("0.50 m from a CDU sized by its type", withRacks(typedCdu, {rackAt("R1", 6.1, 4.5)}),
           code, {"R1,CDU-1"});
    Hall sizeless = rectHall(20, 10);
    sizeless.cooling.cdus.push_back(cdu("CDU-1", 5, 5, std::nullopt, std::nullopt));
    addRow("a CDU without a size has no footprint", withRacks(sizeless, {rack("R1", 5, 5)}), code,
           {});

    Hall noRule = hall;
    noRule.rules.obstacleClearanceM = 0;
    addRow("no clearance asked, 0.9 mm overlap", withRacks(noRule, {rackAt("R1", 10.0009 - kW, y)}),
           code, {});
    addRow("no clearance asked, 1.1 mm overlap", withRacks(noRule, {rackAt("R1", 10.0011 - kW, y)}),
           code, {"R1,COL-1"});

    Hall both = hall;
    both.cooling.cdus.push_back(cdu("CDU-1", 9.7 - kW - 0.3 - 0.6, 4.3));
    addRow("one per pair, obstacles before CDUs",
           withRacks(both, {rackAt("R1", 9.7 - kW, y), rack("R2", 15, 5)}), code,
           {"R1,COL-1", "R1,CDU-1"});
}

void TestGeometryRules::rackOverlap_data()
{
    addColumns();
    const Hall hall = rectHall(40, 20);
    const char *code = "rack-overlap";
    addRow("touching side by side", withRacks(hall, {rack("R1", 10, 5), rack("R2", 10.6, 5)}), code,
           {});
    addRow("0.9 mm deep", withRacks(hall, {rack("R1", 10, 5), rack("R2", 10.6 - 0.0009, 5)}), code,
           {});
    addRow("1.1 mm deep", withRacks(hall, {rack("R1", 10, 5), rack("R2", 10.6 - 0.0011, 5)}), code,
           {"R1,R2"});
    addRow("1.1 mm deep front to back",
           withRacks(hall, {rack("R1", 10, 5), rack("R2", 10, 5 + kD - 0.0011)}), code, {"R1,R2"});
    addRow("crossed rotations", withRacks(hall, {rack("R1", 10, 5), rack("R2", 10, 5, 90)}), code,
           {"R1,R2"});
    addRow("touching side by side, rotated 90",
           withRacks(hall, {rack("R1", 10, 5, 90), rack("R2", 10, 5.6, 90)}), code, {});
    addRow("objects in file order", withRacks(hall, {rack("R2", 10, 5), rack("R1", 10.3, 5)}), code,
           {"R2,R1"});
    addRow("three in a heap",
           withRacks(hall, {rack("R1", 10, 5), rack("R2", 10.1, 5), rack("R3", 10.2, 5)}), code,
           {"R1,R2", "R1,R3", "R2,R3"});
}

void TestGeometryRules::aisleZonesPerRotation_data()
{
    // A column in front of or behind a rack at each rotation, with a 1.2 m front and a 0.5 m
    // rear aisle: a column 0.8 m away blocks the front only, which pins the rotation convention.
    addColumns();
    Hall hall = rectHall(40, 30);
    hall.rules.frontClearanceM = 1.2;
    hall.rules.rearClearanceM = 0.5;
    hall.rules.obstacleClearanceM = 0.3;
    const Vec2 c{20, 15};
    const std::map<int, Vec2> front{{0, {0, 1}}, {90, {-1, 0}}, {180, {0, -1}}, {270, {1, 0}}};
    struct Case
    {
        const char *name;
        double side; // +1 front, −1 rear
        double gap;
        bool fires;
    };
    const Case cases[] = {{"front 0.9 mm short", 1, 1.2 - 0.0009, false},
                          {"front 1.1 mm short", 1, 1.2 - 0.0011, true},
                          {"rear 0.9 mm short", -1, 0.5 - 0.0009, false},
                          {"rear 1.1 mm short", -1, 0.5 - 0.0011, true},
                          {"front at 0.8 m", 1, 0.8, true},
                          {"rear at 0.8 m", -1, 0.8, false}};
    for (const auto &[rotation, dir] : front) {
        for (const Case &k : cases) {
            const double off = k.side * (kD / 2 + k.gap + 0.3);
            Hall h = withRacks(hall, {rack("R1", c.x, c.y, rotation)});
            h.obstacles.push_back(
                column("COL-1", c.x + dir.x * off - 0.3, c.y + dir.y * off - 0.3));
            const std::string name = std::to_string(rotation) + "°, " + k.name;
            addRow(name.c_str(), h, "aisle-blocked",
                   k.fires ? QStringList{"R1,COL-1"} : QStringList{});
        }
        // Beside the rack, clear of both zones.
        const Vec2 lat{dir.y, -dir.x};
        const double off = kW / 2 + 0.35 + 0.3;
        Hall h = withRacks(hall, {rack("R1", c.x, c.y, rotation)});
        h.obstacles.push_back(column("COL-1", c.x + lat.x * off - 0.3, c.y + lat.y * off - 0.3));
        const std::string name = std::to_string(rotation) + "°, beside";
        addRow(name.c_str(), h, "aisle-blocked", {});
    }
}

void TestGeometryRules::aisleBlocked_data()
{
    addColumns();
    const Hall hall = rectHall(40, 30);
    const char *code = "aisle-blocked";
    const double y = 10;
    // Row A faces +y, row B faces −y across the aisle: their front zones are the same strip.
    auto facing = [&](double aisle) {
        std::vector<Rack> racks = row("A", 2, {10, y}, 0);
        for (Rack &r : row("B", 2, {10, y + kD + aisle}, 180))
            racks.push_back(r);
        return withRacks(hall, racks);
    };
    addRow("facing rows share their aisle", facing(1.2), code, {});
    addRow("facing rows 0.9 mm short", facing(1.2 - 0.0009), code, {});
    addRow("facing rows 1.1 mm short", facing(1.2 - 0.0011), code,
           {"A1,B1", "A2,B2", "B1,A1", "B2,A2"});
    auto backToBack = [&](double aisle) {
        std::vector<Rack> racks = row("A", 2, {10, y}, 0);
        for (Rack &r : row("B", 2, {10, y - kD - aisle}, 180))
            racks.push_back(r);
        return withRacks(hall, racks);
    };
    addRow("back to back at exactly the rear clearance", backToBack(1.2), code, {});
    addRow("back to back 0.9 mm short", backToBack(1.2 - 0.0009), code, {});
    addRow("back to back 1.1 mm short", backToBack(1.2 - 0.0011), code,
           {"A1,B1", "A2,B2", "B1,A1", "B2,A2"});
    addRow("neighbours side by side", withRacks(hall, row("R", 3, {10, y}, 0)), code, {});

    const Hall small = rectHall(20, 10);
    addRow("front zone past the wall", withRacks(small, {rackAt("R1", 5, 10 - 1.0 - kD)}), code,
           {"R1,H1"});
    addRow("front zone reaching the wall", withRacks(small, {rackAt("R1", 5, 10 - 1.2 - kD)}), code,
           {});
    addRow("front zone 0.9 mm past the wall",
           withRacks(small, {rackAt("R1", 5, 10 - 1.2 + 0.0009 - kD)}), code, {});
    addRow("front zone 1.1 mm past the wall",
           withRacks(small, {rackAt("R1", 5, 10 - 1.2 + 0.0011 - kD)}), code, {"R1,H1"});
    addRow("rear zone past the wall, rotated 90",
           withRacks(small, {rackAt("R1", 20 - 1.0 - kD, 5, 90)}), code, {"R1,H1"});
    addRow("both zones past the walls: one violation",
           withRacks(rectHall(20, kD + 2.0), {rack("R1", 10, (kD + 2.0) / 2)}), code, {"R1,H1"});
    const Hall l = lHall(20, 10);
    addRow("front zone into the notch of an L", withRacks(l, {rackAt("R1", 9.5 - kD, 7.5, 270)}),
           code, {"R1,H1"});
    addRow("front zone along the lower arm of an L",
           withRacks(l, {rackAt("R1", 9.5 - kD, 2.5, 270)}), code, {});
    addRow("a rack outside the hall blocks nothing on the wall",
           withRacks(small, {rack("R1", 30, 5)}), code, {});

    addRow("overlapping racks are rack-overlap only",
           withRacks(hall, {rack("R1", 10, y), rack("R2", 10, y + kD - 0.1)}), code, {});
    Hall withCdu = hall;
    withCdu.cooling.cdus.push_back(cdu("CDU-1", 10, y + kD / 2 + 0.5 + 0.6));
    addRow("a CDU in the aisle", withRacks(withCdu, {rack("R1", 10, y)}), code, {"R1,CDU-1"});

    // R1: front blocked by R2, rear by a column, a CDU and the wall; R2's rear by R1.
    Hall mixed = rectHall(20, 10);
    mixed.obstacles.push_back(obstacle("COL-1", {{9.4, 0.3}, {9.8, 0.3}, {9.8, 0.7}, {9.4, 0.7}}));
    mixed.cooling.cdus.push_back(cdu("CDU-1", 10.8, 0.5, 1.2, 0.6));
    addRow("blockers: racks, obstacles, CDUs, the wall",
           withRacks(mixed, {rack("R1", 10, 1.6), rack("R2", 10.4, 1.6 + kD + 0.5)}), code,
           {"R1,R2", "R1,COL-1", "R1,CDU-1", "R1,H1", "R2,R1"});
}

void TestGeometryRules::rowTooLong_data()
{
    addColumns();
    Hall hall = rectHall(60, 30);
    hall.rules.maxRowRacks = 4;
    const char *code = "row-too-long";
    const Vec2 s{10, 10};
    addRow("exactly maxRowRacks", withRacks(hall, row("R", 4, s, 0)), code, {});
    addRow("maxRowRacks + 1", withRacks(hall, row("R", 5, s, 0)), code, {"R1,R2,R3,R4,R5"});
    addRow("maxRowRacks + 1 along y, rotated 90", withRacks(hall, row("R", 5, s, 90)), code,
           {"R1,R2,R3,R4,R5"});
    addRow("maxRowRacks + 1, rotated 270", withRacks(hall, row("R", 5, s, 270)), code,
           {"R1,R2,R3,R4,R5"});
    addRow("split by a 1.50 m cross aisle", withRacks(hall, row("R", 5, s, 0, {{2, 1.5}})), code,
           {});
    addRow("split by a cross aisle 0.9 mm short",
           withRacks(hall, row("R", 5, s, 180, {{2, 1.5 - 0.0009}})), code, {});
    addRow("joined by a gap 1.1 mm short", withRacks(hall, row("R", 5, s, 0, {{2, 1.5 - 0.0011}})),
           code, {"R1,R2,R3,R4,R5"});
    addRow("joined by a 1.00 m gap", withRacks(hall, row("R", 5, s, 0, {{0, 1.0}, {3, 1.0}})), code,
           {"R1,R2,R3,R4,R5"});
    addRow("two runs too long", withRacks(hall, row("R", 10, s, 0, {{4, 2.0}})), code,
           {"R1,R2,R3,R4,R5", "R6,R7,R8,R9,R10"});

    std::vector<Rack> staggered = row("R", 5, s, 0);
    staggered[2].position.y += 0.0009;
    addRow("fronts 0.9 mm apart stay on one line", withRacks(hall, staggered), code,
           {"R1,R2,R3,R4,R5"});
    staggered[2].position.y += 0.0002;
    addRow("fronts 1.1 mm apart are two lines", withRacks(hall, staggered), code, {});

    std::vector<Rack> mixed = row("R", 3, s, 0);
    for (Rack &r : row("R", 2, {s.x + 3 * kW, s.y}, 180, {}, 4))
        mixed.push_back(r);
    addRow("different rotations are different runs", withRacks(hall, mixed), code, {});

    std::vector<Rack> reversed = row("R", 5, s, 0);
    std::reverse(reversed.begin(), reversed.end());
    addRow("objects in file order", withRacks(hall, reversed), code, {"R5,R4,R3,R2,R1"});

    // Racks of another depth whose fronts are on the line are in the run.
    std::vector<Rack> deep = row("R", 3, s, 0);
    for (int k = 0; k < 2; ++k)
        deep.push_back(rack("N" + std::to_string(k + 1), s.x + (3 + k) * kW + kW / 2,
                            s.y + kD / 2 - 1.2 / 2, 0, "net-rack-20"));
    addRow("fronts aligned across depths", withRacks(hall, deep), code, {"R1,R2,R3,N1,N2"});
}

void TestGeometryRules::cduOutsideHall_data()
{
    addColumns();
    const char *code = "cdu-outside-hall";
    auto with = [](Hall h, const Cdu &c) {
        h.cooling.cdus.push_back(c);
        return h;
    };
    const Hall rect = rectHall(20, 10);
    addRow("inside", with(rect, cdu("CDU-1", 5, 5)), code, {});
    addRow("0.9 mm out", with(rect, cdu("CDU-1", 0.6 - 0.0009, 5)), code, {});
    addRow("1.1 mm out", with(rect, cdu("CDU-1", 0.6 - 0.0011, 5)), code, {"CDU-1"});
    addRow("1.1 mm out, 2.4 m deep turned 90",
           with(rect, cdu("CDU-1", 20 + 0.0011 - 1.2, 5, std::nullopt, std::nullopt, 90,
                          "coolchip-2300")),
           code, {"CDU-1"});
    addRow("0.9 mm out, 2.4 m deep turned 90",
           with(rect, cdu("CDU-1", 20 + 0.0009 - 1.2, 5, std::nullopt, std::nullopt, 90,
                          "coolchip-2300")),
           code, {});
    addRow("in the notch of an L", with(lHall(20, 10), cdu("CDU-1", 15, 7.5)), code, {"CDU-1"});
    addRow("no size, no footprint", with(rect, cdu("CDU-1", -5, 5, std::nullopt, std::nullopt)),
           code, {});
}

void TestGeometryRules::floorOverload_data()
{
    // gb300-nvl72: 1360 kg on 0.6 × 1.068 m = 2122.3 kg/m².
    addColumns();
    const char *code = "floor-overload";
    auto rated = [](std::optional<double> rating) {
        Hall h = rectHall(20, 10);
        h.floorLoadKgPerM2 = rating;
        return h;
    };
    addRow("2500 kg/m² floor", withRacks(rated(2500), {rack("R1", 5, 5)}), code, {});
    addRow("2123 kg/m² floor", withRacks(rated(2123), {rack("R1", 5, 5)}), code, {});
    addRow("2122 kg/m² floor", withRacks(rated(2122), {rack("R1", 5, 5)}), code, {"R1"});
    addRow("2000 kg/m² floor, two racks",
           withRacks(rated(2000), {rack("R1", 5, 5), rack("R2", 10, 5)}), code, {"R1", "R2"});
    addRow("no floor rating", withRacks(rated(std::nullopt), {rack("R1", 5, 5)}), code, {});
    addRow("a rack type without a weight",
           withRacks(rated(100), {rack("R1", 5, 5, 0, "no-weight")}), code, {});
}

void TestGeometryRules::boxPolygonPrimitives()
{
    // The tolerance rests on these being exact about boundaries: running along a box's edge does
    // not reach its interior, touching still counts as meeting the closed box.
    const Box b{0, 0, 2, 1};
    QVERIFY(!segmentMeetsInterior({-1, 1}, {3, 1}, b)); // along the top edge
    QVERIFY(segmentMeetsBox({-1, 1}, {3, 1}, b));
    QVERIFY(!segmentMeetsInterior({2, -1}, {3, 0}, b)); // touching a corner
    QVERIFY(segmentMeetsInterior({-1, 0.5}, {3, 0.5}, b));
    QVERIFY(segmentMeetsInterior({0.5, 0.5}, {0.6, 0.6}, b)); // wholly inside
    QVERIFY(segmentMeetsInterior({1, 0.5}, {1, 0.5}, b));     // a point inside
    QVERIFY(!segmentMeetsInterior({3, 0}, {4, 1}, b));
    QCOMPARE(segmentBoxDistance({3, 0}, {4, 1}, b), 1.0);
    QCOMPARE(segmentBoxDistance({-1, 3}, {3, 3}, b), 2.0);
    QVERIFY(std::fabs(segmentBoxDistance({2, 2}, {3, 1}, b) - std::sqrt(0.5)) < 1e-12);

    const Polyline l = lHall(20, 10).outline; // both orientations must work
    Polyline lReversed(l.rbegin(), l.rend());
    for (const Polyline &ring : {l, lReversed}) {
        QVERIFY(pointInRing({5, 5}, ring));
        QVERIFY(!pointInRing({15, 7.5}, ring));
        QVERIFY(ringCoversBox(ring, {0, 0, 20, 5}));       // flush with three walls
        QVERIFY(!ringCoversBox(ring, {9, 4, 11, 6}));      // over the inner corner
        QVERIFY(!ringMeetsInterior(ring, {10, 5, 12, 7})); // in the notch, touching the corner
        QVERIFY(ringMeetsInterior(ring, {9.99, 4.99, 12, 7}));
        QCOMPARE(ringBoxDistance(ring, {11, 6, 12, 7}), 1.0); // from the notch to its floor
        QCOMPARE(ringBoxDistance(ring, {1, 1, 2, 2}), 0.0);
        QCOMPARE(distanceToRing({5, 4}, ring), 4.0);
    }
}

void TestGeometryRules::emptyHallHasNoViolations()
{
    QVERIFY(checkHallGeometry(rectHall(20, 10), testCatalog()).empty());
    Hall h = lHall(20, 10);
    h.obstacles.push_back(column("COL-1", 2, 2));
    h.cooling.cdus.push_back(cdu("CDU-1", 5, 5));
    QVERIFY(checkHallGeometry(h, testCatalog()).empty());
}

void TestGeometryRules::orderedByCodeThenFileOrder()
{
    Hall h = rectHall(20, 10);
    h.rules.maxRowRacks = 2;
    h.floorLoadKgPerM2 = 2000;
    h.obstacles.push_back(column("COL-1", 15, 5));
    h.cooling.cdus.push_back(cdu("CDU-1", 25, 5));
    h.racks = {rack("R1", 15.3, 4.5), // on the column
               rack("R2", 10, 5),     // R2..R4: a row of 3, R3 and R4 overlapping
               rack("R3", 10.6, 5), rack("R4", 11.0, 5), rack("R5", 0.5, 5)};
    QStringList got;
    for (const Violation &v : checkHallGeometry(h, testCatalog()))
        got << QString::fromStdString(v.code + ":" + joined(v.objects));
    const QStringList expected{
        "rack-wall-clearance:R5", "rack-obstacle:R1,COL-1", "rack-overlap:R3,R4",
        "aisle-blocked:R1,COL-1", "row-too-long:R2,R3,R4",  "cdu-outside-hall:CDU-1",
        "floor-overload:R1",      "floor-overload:R2",      "floor-overload:R3",
        "floor-overload:R4",      "floor-overload:R5"};
    QCOMPARE(got, expected);
}

void TestGeometryRules::messagesCarryTheFigures()
{
    Hall h = rectHall(20, 10);
    h.racks = {rackAt("R1", 0.85, 4)};
    auto v = checkHallGeometry(h, testCatalog());
    QCOMPARE(QString::fromStdString(first(v, "rack-wall-clearance")->message),
             QStringLiteral("rack R1 is 0.85 m from the wall; the hall asks 1.00 m"));

    h.racks = {rackAt("R1", -0.5, 4)};
    v = checkHallGeometry(h, testCatalog());
    QCOMPARE(QString::fromStdString(first(v, "rack-outside-hall")->message),
             QStringLiteral("rack R1 sticks out of hall H1 by 0.50 m"));

    h.racks = {rack("R1", 5, 5)};
    h.obstacles = {column("COL-1", 5.3 + 0.45, 5)};
    v = checkHallGeometry(h, testCatalog());
    QCOMPARE(QString::fromStdString(first(v, "rack-obstacle")->message),
             QStringLiteral("rack R1 is 0.45 m from column COL-1; the hall asks 0.60 m"));
    h.obstacles.clear();

    h.racks = {rack("R1", 5, 5), rack("R2", 5.3, 5)};
    v = checkHallGeometry(h, testCatalog());
    QCOMPARE(QString::fromStdString(first(v, "rack-overlap")->message),
             QStringLiteral("racks R1 and R2 overlap by 0.30 m"));

    h.racks = {rack("R1", 5, 5), rack("R2", 5, 5 + kD / 2 + 0.5 + kW / 2, 90)};
    v = checkHallGeometry(h, testCatalog());
    QCOMPARE(QString::fromStdString(first(v, "aisle-blocked")->message),
             QStringLiteral("rack R1's front aisle is blocked by rack R2: 0.50 m clear, the hall "
                            "asks 1.20 m"));

    h = rectHall(20, kD + 2.0);
    h.racks = {rack("R1", 10, (kD + 2.0) / 2)};
    v = checkHallGeometry(h, testCatalog());
    const QString both = QString::fromStdString(first(v, "aisle-blocked")->message);
    QVERIFY2(both.startsWith(QStringLiteral("rack R1's front and rear aisles are blocked by the "
                                            "wall of hall H1: 1.0")),
             qPrintable(both));
    QVERIFY2(both.endsWith(QStringLiteral("the hall asks 1.20 m and 1.20 m")), qPrintable(both));

    h = rectHall(20, 10);
    h.floorLoadKgPerM2 = 2000;
    h.racks = {rack("R1", 5, 5)};
    v = checkHallGeometry(h, testCatalog());
    const QString floor = QString::fromStdString(first(v, "floor-overload")->message);
    QVERIFY2(floor.contains(QStringLiteral("2122 kg/m²")) && floor.contains(QStringLiteral("2000")),
             qPrintable(floor));

    h = rectHall(60, 10);
    h.rules.maxRowRacks = 4;
    h.racks = row("R", 5, {10, 5}, 0);
    v = checkHallGeometry(h, testCatalog());
    const QString run = QString::fromStdString(first(v, "row-too-long")->message);
    QVERIFY2(run.contains(QStringLiteral("5 racks")) && run.contains(QStringLiteral("3.00 m")) &&
                 run.contains(QStringLiteral("1.50 m")),
             qPrintable(run));
}

void TestGeometryRules::agreesWithBruteForce()
{
    const std::vector<std::string> order{
        "rack-outside-hall", "rack-wall-clearance", "rack-obstacle",    "rack-overlap",
        "aisle-blocked",     "row-too-long",        "cdu-outside-hall", "floor-overload"};
    std::map<std::string, int> fired;
    constexpr unsigned kLayouts = 400;
    for (unsigned seed = 1; seed <= kLayouts; ++seed) {
        const Hall hall = brute::LayoutGenerator(seed).make();
        const std::vector<Violation> got = checkHallGeometry(hall, testCatalog());
        std::set<std::string> engine;
        for (const Violation &v : got) {
            engine.insert(v.code + "|" + joined(v.objects));
            ++fired[v.code];
        }
        QVERIFY2(engine.size() == got.size(),
                 qPrintable(QStringLiteral("seed %1: a violation is reported twice").arg(seed)));
        const std::set<std::string> expected = brute::check(hall, testCatalog());
        if (engine != expected) {
            QString diff;
            for (const std::string &e : engine)
                if (!expected.count(e))
                    diff += QStringLiteral("\n  engine only: ") + QString::fromStdString(e);
            for (const std::string &e : expected)
                if (!engine.count(e))
                    diff += QStringLiteral("\n  brute only:  ") + QString::fromStdString(e);
            QFAIL(qPrintable(QStringLiteral("seed %1 disagrees:%2").arg(seed).arg(diff)));
        }
        // Report order: by code, then by the file order of the first object.
        auto rank = [&](const Violation &v) {
            const auto code = std::find(order.begin(), order.end(), v.code) - order.begin();
            std::size_t index = 0;
            const auto &first = v.objects.front();
            if (v.code == "cdu-outside-hall") {
                while (hall.cooling.cdus[index].id != first)
                    ++index;
            } else {
                while (hall.racks[index].id != first)
                    ++index;
            }
            return std::pair{code, index};
        };
        for (std::size_t k = 1; k < got.size(); ++k)
            QVERIFY2(rank(got[k - 1]) <= rank(got[k]),
                     qPrintable(QStringLiteral("seed %1: out of order at %2").arg(seed).arg(k)));
    }
    // The layouts must exercise every rule, or the agreement proves little.
    for (const std::string &code : order)
        QVERIFY2(fired[code] >= 10,
                 qPrintable(QString::fromStdString(code) +
                            QStringLiteral(" fired only %1 times").arg(fired[code])));
    QString counts;
    for (const auto &[code, n] : fired)
        counts += QStringLiteral(" %1=%2").arg(QString::fromStdString(code)).arg(n);
    qInfo("violations over %u layouts:%s", kLayouts, qPrintable(counts));
}

QTEST_GUILESS_MAIN(TestGeometryRules)
#include "test_geometry_rules.moc"
