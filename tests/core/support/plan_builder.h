// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

// Small hand-made plans for the engine tests, built in code (SPEC §2 model values). The layout
// helpers put racks where no geometry rule fires, so a test sees only the findings it provoked.
// Compiled into every core test executable (tests/core/CMakeLists.txt): keep it small. Qt-free,
// so that it can name Stranded::slots; the macros at the end need <QtTest> where they are used.

#include "core/engine/report.h"
#include "core/engine/violation.h"
#include "core/model/plan.h"

#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace hw::test {

/** A rectangular hall `widthM` × `depthM` with its corner at the origin and nothing in it. */
core::Hall makeHall(const std::string &id, double widthM = 40.0, double depthM = 30.0);

/**
 * Centre of rack slot `i` in a 40 m × 30 m hall: rows of 20 racks standing side by side at
 * rotation 0 (x = 2.3 + 0.6 k), rows 5 m apart (y = 4, 9, 14, 19). Clear of walls, aisles, each
 * other and of the CDU slots; at most 80 slots.
 */
core::Vec2 rackSlot(int i);
/** Centre of CDU slot `i`: along the north wall (x = 2 + 2 i, y = 27), clear of the rack rows. */
core::Vec2 cduSlot(int i);

core::Rack makeRack(const std::string &id, core::Vec2 position, std::vector<std::string> feeds,
                    const std::string &loop = {}, const std::string &type = "gb300-nvl72");
core::Source makeSource(const std::string &id, std::optional<double> capacityKw = std::nullopt);
core::Feed makeFeed(const std::string &id, const std::string &source, const std::string &pair,
                    double capacityKw);
core::Loop makeLoop(const std::string &id, const std::string &coolant = "water",
                    int redundantCdus = 1);
/** A 1.2 m × 1.2 m CDU (the incdu-1350 footprint) with the given capacity and flow. */
core::Cdu makeCdu(const std::string &id, const std::string &loop, core::Vec2 position,
                  double capacityKw, double maxFlowLpm);

/** `prefix` followed by `n`: "R" and 12 give "R12". */
std::string numbered(const std::string &prefix, int n);

/** A distributed hall `id` with sources S1, S2, S3 and feed `feeds[i]` of `feedKw` on S(i+1). */
core::Hall threeSourceHall(const std::string &id, const std::vector<std::string> &feeds,
                           double feedKw);

/** A plan named "Test plan" holding `halls`. */
core::Plan makePlan(std::vector<core::Hall> halls);

/** What validatePlan() finds, one problem per line; empty when the plan is valid. */
std::string planProblems(const core::Plan &plan);

/**
 * evaluate() with the built-in catalog, after checking that the plan is valid: throws
 * std::runtime_error (a failed test) naming the problems otherwise. Space headroom (the
 * placement engine) is off unless asked for, so that `space` is null and never binds: these
 * tests check the other resources by hand.
 */
core::EvaluationReport evaluateValid(const core::Plan &plan, bool spaceHeadroom = false);

/** The violations with `code`, in report order. */
std::vector<core::Violation> withCode(const std::vector<core::Violation> &all,
                                      const std::string &code);
/** The violations whose code is one of `codes`, in report order. */
std::vector<core::Violation> withCodes(const std::vector<core::Violation> &all,
                                       const std::vector<std::string> &codes);

/** The power codes of SPEC §3. */
inline const std::vector<std::string> kPowerCodes = {
    "feed-overload",     "feed-overload-n1", "source-overload",   "source-overload-n1",
    "feed-out-of-reach", "rack-unpowered",   "rack-no-redundancy"};
/** The liquid and air cooling codes of SPEC §3. */
inline const std::vector<std::string> kCoolingCodes = {
    "loop-overload-n1", "loop-flow-n1", "rack-no-cooling", "pipe-run-too-long", "air-overload"};
/** "code[obj,obj] code[obj]" for failure messages and compact comparisons. */
std::string describe(const std::vector<core::Violation> &violations);

/** Stranded::slots, for code that sees Qt's `slots` keyword macro. */
int strandedSlots(const core::Stranded &stranded);

const core::FeedReport *findFeed(const core::HallReport &hall, const std::string &id);
const core::SourceReport *findSource(const core::HallReport &hall, const std::string &id);
const core::LoopReport *findLoop(const core::HallReport &hall, const std::string &id);

} // namespace hw::test

/** Fails the test unless |actual − expected| <= tol; prints both with 12 significant digits. */
#define HW_COMPARE_NEAR(actual, expected, tol)                                                     \
    do {                                                                                           \
        const double hwActual_ = (actual);                                                         \
        const double hwExpected_ = (expected);                                                     \
        if (!(std::fabs(hwActual_ - hwExpected_) <= (tol)))                                        \
            QFAIL(qPrintable(QStringLiteral("%1 is %2, expected %3 (tolerance %4)")                \
                                 .arg(QStringLiteral(#actual))                                     \
                                 .arg(hwActual_, 0, 'g', 12)                                       \
                                 .arg(hwExpected_, 0, 'g', 12)                                     \
                                 .arg(double(tol))));                                              \
    } while (false)

/** Fails the test when `ptr` is null (a report lacks an entry the test needs). */
#define HW_REQUIRE(ptr) QVERIFY2((ptr) != nullptr, #ptr " is missing")
