// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Benchmark of issue 4, item 8: `place --max` in halls of about 1,000 racks (target <= 100 ms)
// and generateCampus(1000 MW) (target <= 2 s), medians of repeated runs. Figures go to
// docs/PERFORMANCE.md.
//
//   bench_placement_speed [--runs N] [--campus-runs N] [--only generated|NAME|campus]
#include "bench_util.h"
#include "placement_suite.h"

#include "core/engine/campus_generator.h"
#include "core/engine/placement.h"
#include "core/io/builtin_catalog.h"

#include <cstdio>
#include <cstring>
#include <string>

using namespace hw;

namespace {

struct Timed
{
    std::vector<double> ms, cpuMs;
    int placed = 0;
    int bound = 0;
};

Timed timePlace(const core::Plan &plan, const std::string &hallId, int runs)
{
    Timed t;
    const core::PlacementRequest req{hallId, "gb300-nvl72", std::nullopt, ""};
    for (int i = 0; i < runs; ++i) {
        bench::Stopwatch sw;
        bench::ThreadCpuStopwatch cpu;
        auto r = core::place(plan, core::builtinCatalog(), req);
        t.cpuMs.push_back(cpu.ms());
        t.ms.push_back(sw.ms());
        if (r) {
            t.placed = r->placed;
            t.bound = r->upperBound.total;
        }
    }
    return t;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    const int runs = bench::intArg(argc, argv, "--runs", 21);
    const int campusRuns = bench::intArg(argc, argv, "--campus-runs", 7);
    std::string only;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--only") == 0) only = argv[i + 1];
    }
    auto wanted = [&](const std::string &name) {
        return only.empty() || name.find(only) != std::string::npos;
    };
    const core::Catalog &catalog = core::builtinCatalog();
    bool ok = true;

    // An empty generated hall sized for 1,000 racks (generate's own geometry, power and cooling).
    core::CampusSpec one;
    one.itMw = 1000 * 0.142;
    one.halls = 1;
    auto generated = core::generateCampus(one, catalog);
    if (!generated) {
        std::printf("generateCampus failed: %s\n", generated.error().toString().c_str());
        return 2;
    }
    core::Plan empty = *generated;
    empty.halls.front().racks.clear();
    if (wanted("generated")) {
        const Timed t = timePlace(empty, empty.halls.front().id, runs);
        char what[96];
        std::snprintf(what, sizeof what, "place --max, generated hall (%d placed)", t.placed);
        bench::printStats(what, t.ms);
        bench::printStats("    thread CPU time", t.cpuMs);
        ok = ok && median(t.ms) <= 100;
    }

    // The 1,000-position halls of the solver suite: existing racks, busway reach, both topologies.
    for (const bench::SuiteInstance &inst : bench::placementSuite()) {
        if (inst.sizeClass != 1000 || !wanted(inst.name)) continue;
        const Timed t = timePlace(inst.plan, "H1", runs);
        char what[96];
        std::snprintf(what, sizeof what, "place --max, %s (%d placed)", inst.name.c_str(),
                      t.placed);
        bench::printStats(what, t.ms);
        bench::printStats("    thread CPU time", t.cpuMs);
        ok = ok && median(t.ms) <= 100;
    }

    // The gigawatt campus: generate --it-mw 1000.
    if (!wanted("campus")) {
        std::printf("targets (place <= 100 ms): %s\n", ok ? "met" : "NOT MET");
        return 0;
    }
    std::vector<double> campus;
    std::size_t racks = 0, halls = 0;
    for (int i = 0; i < campusRuns; ++i) {
        core::CampusSpec spec;
        spec.itMw = 1000;
        bench::Stopwatch sw;
        auto plan = core::generateCampus(spec, catalog);
        campus.push_back(sw.ms());
        if (!plan) {
            std::printf("generateCampus(1000 MW) failed: %s\n", plan.error().toString().c_str());
            return 2;
        }
        racks = 0;
        halls = plan->halls.size();
        for (const auto &h : plan->halls)
            racks += h.racks.size();
    }
    char what[96];
    std::snprintf(what, sizeof what, "generateCampus(1000 MW): %zu halls, %zu racks", halls, racks);
    bench::printStats(what, campus);
    ok = ok && median(campus) <= 2000;
    std::printf("peak memory (max RSS): %.1f MiB\n", bench::peakRssMiB());
    std::printf("targets (place <= 100 ms, generate <= 2 s): %s\n", ok ? "met" : "NOT MET");
    return 0;
}
