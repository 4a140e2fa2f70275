// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// LoadMatrix: the O(1) room checks the placement engine's assignment runs millions of times
// must agree exactly with a scan of every scenario, through any sequence of adds and removes.
#include "support/plan_builder.h"

#include "core/engine/hall_inputs.h"
#include "core/engine/load_matrix.h"
#include "core/engine/power_analysis.h"
#include "core/io/builtin_catalog.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

using namespace hw;

namespace {

/** A hall with random sources (some unrated), feeds (some without a source) and racks on 1-3 feeds.
 */
core::Hall randomHall(std::mt19937 &rng)
{
    auto pick = [&](int lo, int hi) {
        return lo + static_cast<int>(rng() % static_cast<unsigned>(hi - lo + 1));
    };
    core::Hall h = test::makeHall("H1");
    h.power.topology = "distributed";
    const int sources = pick(2, 4);
    for (int s = 0; s < sources; ++s) {
        std::optional<double> cap;
        if (pick(0, 4) > 0) cap = 500.0 * pick(2, 12);
        h.power.sources.push_back(test::makeSource(test::numbered("S", s), cap));
    }
    const int feeds = pick(3, 9);
    for (int f = 0; f < feeds; ++f) {
        const std::string source =
            pick(0, 9) == 0 ? std::string() : test::numbered("S", pick(0, sources - 1));
        h.power.feeds.push_back(
            test::makeFeed(test::numbered("F", f), source, {}, 100.0 * pick(2, 20)));
    }
    const int racks = pick(0, 12);
    for (int r = 0; r < racks; ++r) {
        std::vector<std::string> on;
        const int n = pick(1, 3);
        for (int k = 0; k < n; ++k) {
            const std::string f = test::numbered("F", pick(0, feeds - 1));
            if (std::find(on.begin(), on.end(), f) == on.end()) on.push_back(f);
        }
        core::Rack rack = test::makeRack(test::numbered("R", r), test::rackSlot(r), on);
        rack.powerKw = 10.0 * pick(2, 14);
        h.racks.push_back(rack);
    }
    return h;
}

/** pairCapacity() by a scan of every scenario (what it computed before it used the cache). */
long pairCapacityScan(const core::HallInputs &in, const core::detail::LoadMatrix &m, int a, int b,
                      double kw)
{
    long best = std::numeric_limits<long>::max();
    for (int x : {a, b}) {
        const int other = x == a ? b : a;
        const double cap = in.feeds[static_cast<std::size_t>(x)].capacityKw;
        for (int s = 0; s < m.scenarioCount(); ++s) {
            if (!m.feedUp(x, s)) continue;
            const double per = m.feedUp(other, s) ? kw / 2 : kw;
            const double room = cap - m.feedLoad(x, s) + core::kPowerEpsilonKw;
            best = std::min(best, room < 0 ? 0L : static_cast<long>(std::floor(room / per)));
        }
    }
    return best;
}

} // namespace

class TestLoadMatrix : public QObject
{
    Q_OBJECT

private slots:
    void fastChecksAgreeWithTheScan()
    {
        std::mt19937 rng(20261126);
        const core::Catalog &catalog = core::builtinCatalog();
        int added = 0, refused = 0;
        for (int hallNo = 0; hallNo < 150; ++hallNo) {
            const core::Hall hall = randomHall(rng);
            const core::HallInputs in = core::HallInputs::build(hall, catalog);
            const core::PowerAnalysis power = core::analyzePower(in);
            core::detail::LoadMatrix m(in, power);
            const int feeds = static_cast<int>(in.feeds.size());
            std::vector<std::pair<int, int>> placed;
            for (int step = 0; step < 200; ++step) {
                const int a = static_cast<int>(rng() % static_cast<unsigned>(feeds));
                int b = static_cast<int>(rng() % static_cast<unsigned>(feeds - 1));
                b += b >= a ? 1 : 0;
                const double kw = 142.0;
                const double fast = m.slackAfter(a, b, kw), scan = m.slackAfterScan(a, b, kw);
                if (std::isinf(scan)) {
                    QVERIFY(std::isinf(fast));
                } else {
                    QVERIFY2(std::fabs(fast - scan) <= 1e-9 * std::max(1.0, std::fabs(scan)),
                             qPrintable(QStringLiteral("hall %1 step %2: %3 vs %4")
                                            .arg(hallNo)
                                            .arg(step)
                                            .arg(fast)
                                            .arg(scan)));
                }
                QCOMPARE(m.pairCapacity(a, b, kw), pairCapacityScan(in, m, a, b, kw));
                const bool fits = fast >= -core::kPowerEpsilonKw;
                if (rng() % 4 == 0 && !placed.empty()) {
                    // Take one away again: the rows go back to what they were.
                    const auto [x, y] = placed.back();
                    placed.pop_back();
                    m.remove(x, y, kw);
                    continue;
                }
                QCOMPARE(m.tryAdd(a, b, kw), fits);
                if (fits) {
                    placed.push_back({a, b});
                    ++added;
                } else {
                    ++refused;
                }
            }
        }
        // Both branches were exercised.
        QVERIFY(added > 1000);
        QVERIFY(refused > 1000);
    }

    void addThenRemoveRestoresTheLoads()
    {
        std::mt19937 rng(7);
        const core::Catalog &catalog = core::builtinCatalog();
        for (int hallNo = 0; hallNo < 30; ++hallNo) {
            const core::Hall hall = randomHall(rng);
            const core::HallInputs in = core::HallInputs::build(hall, catalog);
            const core::PowerAnalysis power = core::analyzePower(in);
            core::detail::LoadMatrix m(in, power);
            const core::detail::LoadMatrix before = m;
            const int feeds = static_cast<int>(in.feeds.size());
            std::vector<std::pair<int, int>> placed;
            for (int k = 0; k < 20; ++k) {
                const int a = static_cast<int>(rng() % static_cast<unsigned>(feeds));
                const int b =
                    (a + 1 + static_cast<int>(rng() % static_cast<unsigned>(feeds - 1))) % feeds;
                m.add(a, b, 100.0);
                placed.push_back({a, b});
            }
            for (const auto &[a, b] : placed)
                m.remove(a, b, 100.0);
            for (int f = 0; f < feeds; ++f) {
                for (int s = 0; s < m.scenarioCount(); ++s)
                    QVERIFY(std::fabs(m.feedLoad(f, s) - before.feedLoad(f, s)) < 1e-9);
            }
            for (std::size_t s = 0; s < in.sources.size(); ++s) {
                for (int sc = 0; sc < m.scenarioCount(); ++sc)
                    QVERIFY(std::fabs(m.sourceLoad(static_cast<int>(s), sc) -
                                      before.sourceLoad(static_cast<int>(s), sc)) < 1e-9);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLoadMatrix)
#include "test_load_matrix.moc"
