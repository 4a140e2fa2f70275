// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Benchmark of issue 3: full evaluation of a 1 GW campus with every failure scenario, and a
// one-rack incremental update. Figures go to docs/PERFORMANCE.md.
#include "bench_util.h"
#include "campus_builder.h"

#include "core/engine/evaluate.h"
#include "core/engine/incremental_evaluator.h"
#include "core/io/builtin_catalog.h"

#include <cstdio>

using namespace hw;

int main(int argc, char **argv)
{
    const int runs = bench::intArg(argc, argv, "--runs", 30);
    const core::Plan plan = bench::buildCampus();
    const core::Catalog &catalog = core::builtinCatalog();
    std::size_t racks = 0, feeds = 0;
    for (const auto &h : plan.halls) {
        racks += h.racks.size();
        feeds += h.power.feeds.size();
    }

    core::EvaluateOptions options;
    std::vector<double> full;
    core::EvaluationReport report;
    for (int i = 0; i < runs; ++i) {
        bench::Stopwatch sw;
        report = core::evaluate(plan, catalog, options);
        full.push_back(sw.ms());
    }
    std::printf("campus: %zu halls, %zu racks, %zu feeds, IT %.1f MW, %d errors, %d warnings\n",
                plan.halls.size(), racks, feeds, report.site.metrics.itKw / 1000, report.site.errors,
                report.site.warnings);
    bench::printStats("full evaluation (all scenarios)", full);

    // One rack moved, then moved back, in a hall in the middle of the campus.
    core::IncrementalEvaluator incremental(catalog, options);
    incremental.reset(plan);
    core::Plan edited = plan;
    const std::size_t hall = edited.halls.size() / 2;
    core::Rack &rack = edited.halls[hall].racks[5];
    std::vector<double> inc;
    for (int i = 0; i < runs * 10; ++i) {
        rack.position.x += (i % 2 == 0) ? 0.05 : -0.05;
        bench::Stopwatch sw;
        incremental.update(edited, {hall});
        inc.push_back(sw.ms());
    }
    bench::printStats("incremental update, one rack moved", inc);
    const bool same = incremental.report() == core::evaluate(edited, catalog, options);
    std::printf("incremental equals full evaluation: %s\n", same ? "yes" : "NO");
    std::printf("peak memory (max RSS): %.1f MiB\n", bench::peakRssMiB());
    return same ? 0 : 1;
}
