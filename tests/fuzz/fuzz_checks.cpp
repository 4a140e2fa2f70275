// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "fuzz_checks.h"

#include "core/engine/evaluate.h"
#include "core/engine/placement.h"
#include "core/engine/plan_validator.h"
#include "core/io/builtin_catalog.h"
#include "core/io/dxf_import.h"
#include "core/io/hallplan_format.h"
#include "core/io/json_plan_format.h"
#include "core/io/json_report.h"
#include "core/model/resolve.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>

#include <unistd.h>

namespace hw::test {

using namespace hw::core;

namespace {

// A plan is "small" when the placement engine may run on it within the fuzzers' time budget:
// what a person draws for one hall, not a campus.
constexpr std::size_t kSmallRacks = 200;
constexpr std::size_t kSmallOutlinePoints = 24;
constexpr std::size_t kSmallObstacles = 32;
constexpr double kSmallHallSideM = 60;
constexpr double kSmallRackSideM = 0.3;

struct Extent
{
    double width = 0, depth = 0;
};

Extent extentOf(const Polyline &ring)
{
    if (ring.empty()) return {};
    double minX = ring[0].x, maxX = ring[0].x, minY = ring[0].y, maxY = ring[0].y;
    for (const Vec2 &p : ring) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    return {maxX - minX, maxY - minY};
}

std::size_t rackCount(const Plan &plan)
{
    std::size_t n = 0;
    for (const Hall &h : plan.halls)
        n += h.racks.size();
    return n;
}

/** Every hall small enough, and every rack type large enough, to place racks in quickly. */
bool isSmall(const Plan &plan)
{
    if (plan.halls.empty() || plan.halls.size() > 4 || rackCount(plan) > kSmallRacks) return false;
    for (const Hall &h : plan.halls) {
        const Extent e = extentOf(h.outline);
        if (h.outline.size() > kSmallOutlinePoints || h.obstacles.size() > kSmallObstacles ||
            !(e.width <= kSmallHallSideM) || !(e.depth <= kSmallHallSideM))
            return false;
        for (const Obstacle &o : h.obstacles) {
            if (o.polygon.size() > kSmallOutlinePoints) return false;
        }
        if (h.power.feeds.size() > 32 || h.cooling.cdus.size() > 32) return false;
    }
    const Catalog cat = effectiveCatalog(builtinCatalog(), plan);
    for (const RackType &t : cat.rackTypes) {
        if (!(t.widthM >= kSmallRackSideM) || !(t.depthM >= kSmallRackSideM)) return false;
    }
    return true;
}

/** An error must say something: an empty message leaves the planner with nothing to fix. */
std::string checkRefusal(const Error &e, const char *what)
{
    if (e.problems.empty()) return std::string(what) + " refused the input without a problem";
    for (const Problem &p : e.problems) {
        if (p.message.empty())
            return std::string(what) + " refused the input with an empty message at \"" + p.place +
                   "\"";
    }
    return {};
}

/** The engine on an accepted plan: validate, evaluate, the report, and place --max if small. */
std::string runEngine(const Plan &plan)
{
    const Catalog &builtin = builtinCatalog();
    if (!validatePlan(plan, builtin).empty()) return {};
    const bool small = isSmall(plan);
    EvaluateOptions options;
    options.spaceHeadroom = small; // space headroom runs the placement engine on every hall
    const EvaluationReport report = evaluate(plan, builtin, options);
    if (report.halls.size() != plan.halls.size())
        return "evaluate() reported " + std::to_string(report.halls.size()) + " halls of " +
               std::to_string(plan.halls.size());
    (void)reportToJson(report);
    if (!small) return {};
    const Hall &hall = plan.halls.front();
    PlacementRequest request;
    request.hallId = hall.id;
    request.rackType = hall.referenceRackType.empty() ? "gb300-nvl72" : hall.referenceRackType;
    const auto placed = place(plan, builtin, request);
    if (!placed) return checkRefusal(placed.error(), "place()");
    if (placed->placed != static_cast<int>(placed->racks.size()))
        return "place() says it placed " + std::to_string(placed->placed) + " racks but returned " +
               std::to_string(placed->racks.size());
    if (placed->placed > placed->upperBound.total)
        return "place() placed " + std::to_string(placed->placed) + " racks, above its bound " +
               std::to_string(placed->upperBound.total);
    return {};
}

/** An accepted plan round-trips through the JSON writer and reader unchanged. */
std::string checkJsonRoundTrip(const Plan &plan)
{
    const std::string text = writePlanJson(plan);
    auto again = readPlanJson(text);
    if (!again) return "the JSON the writer made is refused: " + again.error().toString();
    if (!(*again == plan)) return "the plan changed on a JSON round trip";
    return {};
}

/** A private temporary file for one input, in memory where the system has a RAM disk. */
std::string temporaryPath(const char *suffix)
{
    const char *dir = ::access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    return std::string(dir) + "/hw-fuzz-" + std::to_string(::getpid()) + suffix;
}

bool writeBytes(const std::string &path, std::string_view bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(out);
}

std::string readBytes(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/** The first layer holding a closed polyline: what a person would pick as the outline layer. */
std::string outlineLayerOf(const DxfDrawing &drawing)
{
    for (const DxfLayerSummary &l : drawing.layers) {
        if (l.closedPolylines > 0) return l.name;
    }
    return drawing.layers.empty() ? std::string("0") : drawing.layers.front().name;
}

/** A small valid plan with one hall, to which the DXF hall is added. */
Plan basePlan()
{
    Plan plan;
    plan.name = "Fuzz base";
    Hall h;
    h.id = "H1";
    h.outline = {{0, 0}, {20, 0}, {20, 10}, {0, 10}};
    plan.halls.push_back(h);
    return plan;
}

} // namespace

std::string checkJsonPlanInput(std::string_view bytes)
{
    auto plan = readPlanJson(bytes);
    if (!plan) return checkRefusal(plan.error(), "readPlanJson()");
    if (std::string s = checkJsonRoundTrip(*plan); !s.empty()) return s;
    return runEngine(*plan);
}

std::string checkHallplanInput(std::string_view bytes)
{
    const std::string path = temporaryPath(".hallplan");
    if (!writeBytes(path, bytes)) {
        std::remove(path.c_str());
        return {}; // the file system refused; nothing to learn about the reader
    }
    auto plan = readHallplan(path);
    const bool unchanged = readBytes(path) == bytes;
    std::remove(path.c_str());
    if (!unchanged) return "reading the .hallplan wrote to it";
    if (!plan) return checkRefusal(plan.error(), "readHallplan()");
    if (std::string s = checkJsonRoundTrip(*plan); !s.empty()) return s;
    // And back into a .hallplan: what the GUI does on Save.
    const std::string copy = temporaryPath("-copy.hallplan");
    std::remove(copy.c_str());
    const Status written = writeHallplan(*plan, copy);
    if (!written) {
        std::remove(copy.c_str());
        return "an accepted plan could not be saved again: " + written.error().toString();
    }
    auto again = readHallplan(copy);
    std::remove(copy.c_str());
    if (!again) return "the .hallplan the writer made is refused: " + again.error().toString();
    if (!(*again == *plan)) return "the plan changed on a .hallplan round trip";
    return runEngine(*plan);
}

std::string checkDxfInput(std::string_view bytes)
{
    auto drawing = readDxfText(std::string(bytes));
    if (!drawing) return checkRefusal(drawing.error(), "readDxfText()");
    // The underlay the import dialog draws, in the drawing's units or in metres.
    const std::optional<double> scale = drawing->insUnits && metresPerDxfUnit(*drawing->insUnits)
                                            ? std::nullopt
                                            : std::optional<double>(1.0);
    if (auto u = underlayFromDxf(*drawing, scale); !u)
        return checkRefusal(u.error(), "underlayFromDxf()");

    DxfImportOptions options;
    options.outlineLayers = {outlineLayerOf(*drawing)};
    for (const DxfLayerSummary &l : drawing->layers) {
        if (l.name != options.outlineLayers.front()) options.obstacleLayers.push_back(l.name);
    }
    options.metresPerUnit = scale;
    auto geometry = hallGeometryFromDxf(*drawing, options);
    if (!geometry) return checkRefusal(geometry.error(), "hallGeometryFromDxf()");
    const bool moveToOrigin = bytes.size() % 2 == 0;
    auto plan = addHallFromDxf(basePlan(), "HX", std::move(*geometry), moveToOrigin);
    if (!plan) return checkRefusal(plan.error(), "addHallFromDxf()");
    // The new hall first, so that place --max runs in it.
    std::rotate(plan->halls.begin(), plan->halls.end() - 1, plan->halls.end());
    return runEngine(*plan);
}

int fuzzOne(std::string (*check)(std::string_view), const std::uint8_t *data, std::size_t size)
{
    const std::string broken = check(std::string_view(reinterpret_cast<const char *>(data), size));
    if (!broken.empty()) {
        std::fprintf(stderr, "broken promise: %s\n", broken.c_str());
        std::abort();
    }
    return 0;
}

} // namespace hw::test
