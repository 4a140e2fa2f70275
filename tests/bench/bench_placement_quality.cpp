// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Benchmark of issue 4, item 7: the placement engine against real MIP solvers.
//
// For every hall of a seeded suite (placement_suite.cpp) the engine places as many GB300 NVL72
// racks as it can (`place --max`, timed), its result is evaluated (no new error-level
// violation allowed), and the same problem over the engine's chosen slots is written from the
// SPEC as a MIP (placement_mip.cpp; LP and free MPS) and solved by CBC (Debian coinor-cbc, the LP
// file) and by HiGHS through SciPy (Debian python3-scipy, the MPS file), each with a time limit,
// plus HiGHS's LP relaxation for the bound. Figures go to docs/PERFORMANCE.md.
//
//   bench_placement_quality [--seed N] [--time-limit S] [--runs N] [--only NAME] [--out DIR]
//                           [--no-solvers] [--verbose]
#include "bench_util.h"
#include "placement_mip.h"
#include "placement_suite.h"

#include "core/engine/evaluate.h"
#include "core/engine/placement.h"
#include "core/io/builtin_catalog.h"
#include "core/model/resolve.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>

#ifndef HW_BENCH_SOURCE_DIR
#define HW_BENCH_SOURCE_DIR "."
#endif

using namespace hw;

namespace {

std::string stringArg(int argc, char **argv, const char *name, const std::string &fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0) return argv[i + 1];
    }
    return fallback;
}

bool flag(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0) return true;
    }
    return false;
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool writeFile(const std::string &path, const std::string &text)
{
    std::ofstream out(path);
    out << text;
    return static_cast<bool>(out);
}

bool haveProgram(const std::string &test)
{
    return std::system((test + " >/dev/null 2>&1").c_str()) == 0;
}

struct SolverRun
{
    bool ran = false;
    std::optional<double> incumbent;
    std::string status;
    double seconds = 0;
    std::optional<double> lpBound;        ///< HiGHS only
    std::map<std::string, double> values; ///< the incumbent's non-zero variables (CBC)
};

/** CBC on the LP file; the incumbent is the sum of the pair aggregates n* of its solution. */
SolverRun runCbc(const std::string &lp, const std::string &base, int timeLimit)
{
    SolverRun r;
    const std::string sol = base + ".cbc.sol", log = base + ".cbc.log";
    std::filesystem::remove(sol);
    const std::string cmd = "cbc " + lp + " timeMode elapsed sec " + std::to_string(timeLimit) +
                            " solve solu " + sol + " > " + log + " 2>&1";
    bench::Stopwatch sw;
    const int rc = std::system(cmd.c_str());
    r.seconds = sw.ms() / 1000; // the process: reading the LP file and solving
    r.ran = true;
    std::ifstream in(sol);
    std::string first;
    if (rc != 0 || !std::getline(in, first)) {
        r.status = "failed";
        return r;
    }
    const auto dash = first.find(" - ");
    r.status = first.substr(0, dash);
    if (r.status.rfind("Optimal", 0) == 0)
        r.status = "optimal";
    else if (r.status.find("time") != std::string::npos)
        r.status = "time limit";
    if (first.find("Infeasible") != std::string::npos ||
        first.find("no integer") != std::string::npos)
        return r;
    double sum = 0;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream ls(line);
        std::string idx, name;
        double value = 0;
        if (ls >> idx) {
            if (idx == "**") ls >> idx;
            if (ls >> name >> value && !name.empty()) {
                if (name[0] == 'n') sum += value;
                r.values[name] = value;
            }
        }
    }
    r.incumbent = std::round(sum);
    return r;
}

std::optional<double> jsonNumber(const std::string &json, const std::string &key)
{
    const auto at = json.find("\"" + key + "\":");
    if (at == std::string::npos) return std::nullopt;
    const char *p = json.c_str() + at + key.size() + 3;
    while (*p == ' ')
        ++p;
    if (std::strncmp(p, "null", 4) == 0) return std::nullopt;
    return std::atof(p);
}

std::string jsonString(const std::string &json, const std::string &key)
{
    const auto at = json.find("\"" + key + "\": \"");
    if (at == std::string::npos) return {};
    const auto start = at + key.size() + 5;
    return json.substr(start, json.find('"', start) - start);
}

SolverRun runHighs(const std::string &mps, const std::string &base, int timeLimit)
{
    SolverRun r;
    const std::string out = base + ".highs.json";
    const std::string cmd = "/usr/bin/python3 " HW_BENCH_SOURCE_DIR "/solve_highs.py " + mps + " " +
                            std::to_string(timeLimit) + " > " + out + " 2>" + base + ".highs.log";
    r.ran = true;
    if (std::system(cmd.c_str()) != 0) {
        r.status = "failed";
        return r;
    }
    const std::string json = readFile(out);
    r.incumbent = jsonNumber(json, "mip_incumbent");
    if (r.incumbent) r.incumbent = std::round(*r.incumbent);
    r.status = jsonString(json, "mip_status");
    r.seconds = jsonNumber(json, "mip_seconds").value_or(0);
    r.lpBound = jsonNumber(json, "lp_bound");
    return r;
}

std::string fmt(const char *f, double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

std::string incumbentCell(const SolverRun &r)
{
    if (!r.ran) return "—";
    return (r.incumbent ? fmt("%.0f", *r.incumbent) : std::string("none")) + " (" + r.status +
           ", " + fmt(r.seconds < 10 ? "%.2f" : "%.1f", r.seconds) + " s)";
}

} // namespace

int main(int argc, char **argv)
{
    const unsigned seed = static_cast<unsigned>(bench::intArg(argc, argv, "--seed", 20261126));
    const int timeLimit = bench::intArg(argc, argv, "--time-limit", 60);
    const int runs = bench::intArg(argc, argv, "--runs", 5);
    const std::string only = stringArg(argc, argv, "--only", "");
    const std::string outDir = stringArg(argc, argv, "--out", "placement-models");
    bool solvers = !flag(argc, argv, "--no-solvers");
    const bool haveCbc = solvers && haveProgram("cbc -quit");
    const bool haveHighs = solvers && haveProgram("/usr/bin/python3 -c 'import scipy.optimize'");
    if (solvers && (!haveCbc || !haveHighs))
        std::printf(
            "note: %s%s missing: apt-get install coinor-cbc python3-scipy (benchmark-only)\n",
            haveCbc ? "" : "cbc ", haveHighs ? "" : "scipy");
    std::filesystem::create_directories(outDir);

    const core::Catalog &catalog = core::builtinCatalog();
    const auto suite = bench::placementSuite(seed);
    struct Line
    {
        std::string cells;
        bool atLeastSolvers = true, lp98 = true, fast = true, valid = true;
    };
    std::vector<Line> lines;
    int invalid = 0, solverChecked = 0, solverInvalid = 0;
    for (const bench::SuiteInstance &inst : suite) {
        if (!only.empty() && inst.name.find(only) == std::string::npos) continue;
        const core::Hall &hall = inst.plan.halls.front();
        const auto before = core::evaluate(inst.plan, catalog);
        if (before.site.errors != 0) {
            std::printf("%s: the suite hall has %d errors before placement (benchmark bug)\n",
                        inst.name.c_str(), before.site.errors);
            for (const auto &v : before.halls[0].violations)
                if (v.severity == core::Severity::Error)
                    std::printf("  %s %s\n", v.code.c_str(), v.message.c_str());
            return 2;
        }

        // The engine, timed: median of `runs` calls of place --max.
        core::PlacementRequest req{hall.id, "gb300-nvl72", std::nullopt, ""};
        std::vector<double> ms, cpuMs;
        core::PlacementResult result;
        for (int i = 0; i < runs; ++i) {
            bench::Stopwatch sw;
            bench::ThreadCpuStopwatch cpu;
            auto r = core::place(inst.plan, catalog, req);
            cpuMs.push_back(cpu.ms());
            ms.push_back(sw.ms());
            if (!r) {
                std::printf("%s: place failed: %s\n", inst.name.c_str(),
                            r.error().toString().c_str());
                return 2;
            }
            result = std::move(*r);
        }
        std::sort(ms.begin(), ms.end());
        std::sort(cpuMs.begin(), cpuMs.end());
        const double engineMs = ms[ms.size() / 2], engineCpuMs = cpuMs[cpuMs.size() / 2];

        // Valid? The hall with the new racks must have no new error-level violation.
        core::Plan after = inst.plan;
        for (const core::Rack &r : result.racks)
            after.halls.front().racks.push_back(r);
        const auto report = core::evaluate(after, catalog);
        const int newErrors = report.site.errors - before.site.errors;
        if (newErrors != 0) {
            for (const auto &v : report.halls[0].violations)
                if (v.severity == core::Severity::Error)
                    std::printf("  %s: %s %s\n", inst.name.c_str(), v.code.c_str(),
                                v.message.c_str());
        }

        // The same problem as a MIP over the engine's slots.
        const core::RackType &type = *catalog.rackType("gb300-nvl72");
        bench::Stopwatch buildSw;
        const bench::PlacementMip mip(hall, catalog, type, result.slots);
        const double buildMs = buildSw.ms();
        const auto check = mip.check(result.racks);
        const std::string base = outDir + "/" + inst.name;
        writeFile(base + ".lp", mip.lpText());
        writeFile(base + ".mps", mip.mpsText());

        SolverRun cbc, highs;
        if (haveCbc) cbc = runCbc(base + ".lp", base, timeLimit);
        if (haveHighs) highs = runHighs(base + ".mps", base, timeLimit);

        // The solver's incumbent as racks, through the engine's full evaluation: the model is an
        // independent reading of the SPEC, so its solutions must be valid plans too.
        int solverErrors = 0;
        if (!cbc.values.empty()) {
            core::Plan solved = inst.plan;
            for (core::Rack &r : mip.realise(cbc.values, "gb300-nvl72"))
                solved.halls.front().racks.push_back(std::move(r));
            const auto solvedReport = core::evaluate(solved, catalog);
            solverErrors = solvedReport.site.errors - before.site.errors;
            ++solverChecked;
            if (solverErrors != 0) ++solverInvalid;
            for (const auto &v : solvedReport.halls[0].violations)
                if (v.severity == core::Severity::Error && solverErrors > 0)
                    std::printf("  %s, CBC's solution: %s %s\n", inst.name.c_str(), v.code.c_str(),
                                v.message.c_str());
        }

        const double placed = result.placed;
        double best = -1;
        for (const SolverRun *s : {&cbc, &highs}) {
            if (s->incumbent) best = std::max(best, *s->incumbent);
        }
        const std::optional<double> lp = highs.lpBound;
        const double pctLp = lp && *lp > 0 ? 100.0 * placed / *lp : 100.0;
        double solverSec = 1e30;
        for (const SolverRun *s : {&cbc, &highs}) {
            if (s->ran && s->status != "failed") solverSec = std::min(solverSec, s->seconds);
        }
        const double ratio = solverSec < 1e29 ? solverSec * 1000 / engineMs : 0;

        Line line;
        line.valid = newErrors == 0 && check.feasible;
        line.atLeastSolvers = best < 0 || placed >= best;
        line.lp98 = !lp || pctLp >= 98.0 - 1e-9;
        line.fast = solverSec >= 1e29 || ratio >= 100;
        std::string tight;
        for (const auto &t : check.tight)
            tight += (tight.empty() ? "" : ", ") + t;
        if (mip.unreachableSlots() > 0)
            tight += (tight.empty() ? "" : ", ") + std::string("reach (") +
                     std::to_string(mip.unreachableSlots()) + " slots)";
        if (placed >= mip.slotCount() - mip.unreachableSlots())
            tight += (tight.empty() ? "" : ", ") + std::string("space");
        line.cells =
            "| " + inst.name + " | " + inst.topology + " | " + std::to_string(mip.slotCount()) +
            " | " + fmt("%.0f", placed) + " | " + fmt("%.1f", engineMs) + " | " +
            incumbentCell(cbc) + " | " + incumbentCell(highs) + " | " +
            (lp ? fmt("%.2f", *lp) : std::string("—")) + " | " + fmt("%.1f", pctLp) + " | " +
            (solverSec < 1e29 ? fmt("%.0f×", ratio) : std::string("—")) + " | " + tight + " |";
        lines.push_back(line);
        if (!line.valid) ++invalid;

        std::printf("%-20s %-11s slots %4d (unreachable %3d) classes %3d pairs %4d | model %5zu "
                    "vars (%zu int) %5zu rows, "
                    "built %.1f ms\n",
                    inst.name.c_str(), inst.topology.c_str(), mip.slotCount(),
                    mip.unreachableSlots(), mip.classCount(), mip.pairCount(), mip.vars().size(),
                    static_cast<std::size_t>(mip.integerVars()), mip.rows().size(), buildMs);
        std::printf("    engine %4d racks in %.1f ms (CPU %.1f ms) (bound %d, %s), new errors %d, "
                    "feasible in the MIP: %s%s\n",
                    result.placed, engineMs, engineCpuMs, result.upperBound.total,
                    result.limitedBy.c_str(), newErrors,
                    check.feasible ? "yes" : "NO: ", check.problem.c_str());
        if (flag(argc, argv, "--verbose"))
            std::printf("    engine solution: %s\n", check.values.c_str());
        std::printf("    CBC %s   HiGHS %s   LP bound %s   engine/LP %.1f %%   ratio %s%s%s%s%s\n",
                    incumbentCell(cbc).c_str(), incumbentCell(highs).c_str(),
                    lp ? fmt("%.2f", *lp).c_str() : "-", pctLp, fmt("%.0f", ratio).c_str(),
                    line.atLeastSolvers ? "" : "  [BELOW A SOLVER]",
                    line.lp98 ? "" : "  [< 98 % OF LP]", line.fast ? "" : "  [< 100x]",
                    line.valid ? "" : "  [INVALID]");
        if (!cbc.values.empty())
            std::printf("    CBC's solution in the engine's evaluation: %d new errors\n",
                        solverErrors);
        std::fflush(stdout);
    }

    std::printf(
        "\n| hall | topology | slots | engine placed | engine ms | CBC incumbent (status, time) | "
        "HiGHS incumbent (status, time) | LP bound | engine / LP %% | solver time / engine time | "
        "binding |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (const Line &l : lines)
        std::printf("%s\n", l.cells.c_str());
    int below = 0, underLp = 0, slow = 0;
    for (const Line &l : lines) {
        below += l.atLeastSolvers ? 0 : 1;
        underLp += l.lp98 ? 0 : 1;
        slow += l.fast ? 0 : 1;
    }
    std::printf("\n%zu halls: %d below a solver's incumbent, %d under 98 %% of the LP bound, %d "
                "less than 100x "
                "faster than the faster solver, %d invalid\n",
                lines.size(), below, underLp, slow, invalid);
    if (solverChecked > 0)
        std::printf("CBC's solutions through the engine's evaluation: %d of %d with new errors\n",
                    solverInvalid, solverChecked);
    // Missed targets are figures to report; an invalid placement is a bug.
    return invalid == 0 ? 0 : 1;
}
