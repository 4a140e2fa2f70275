// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Every input a fuzzer found a crash, leak, hang or broken promise with (tests/data/fuzz-
// regressions/<target>/), and the committed seed corpus (tests/fuzz/corpus/<target>/), run
// through the same checks the fuzz targets run (fuzz_checks.h), without libFuzzer. Each input
// must keep every promise, and quickly: a hang the fuzzer found must stay fixed.
#include "fuzz_checks.h"

#include <QDir>
#include <QElapsedTimer>
#include <QtTest>

#include <fstream>
#include <string>

namespace {

using Check = std::string (*)(std::string_view);

struct Target
{
    const char *name;
    Check check;
};

const Target kTargets[] = {{"json_plan", hw::test::checkJsonPlanInput},
                           {"hallplan", hw::test::checkHallplanInput},
                           {"dxf", hw::test::checkDxfInput}};

std::string readFile(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/** Rows "<target>/<file>" for every file in `root`/<target>/. */
int addRows(const QString &root, const char *kind)
{
    int rows = 0;
    for (int t = 0; t < int(std::size(kTargets)); ++t) {
        const QDir dir(root + QLatin1Char('/') + QLatin1String(kTargets[t].name));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const QString row =
                QStringLiteral("%1 %2/%3")
                    .arg(QLatin1String(kind), QLatin1String(kTargets[t].name), name);
            QTest::newRow(qPrintable(row)) << t << dir.filePath(name);
            ++rows;
        }
    }
    return rows;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void inputs_data();
    void inputs();
};

void TestFuzzRegressions::inputs_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("file");
    const int findings =
        addRows(QStringLiteral(HW_TEST_DATA_DIR "/fuzz-regressions"), "regression");
    const int seeds = addRows(QStringLiteral(HW_FUZZ_CORPUS_DIR), "corpus");
    qInfo("%d fuzz findings and %d corpus inputs", findings, seeds);
    QVERIFY(seeds > 0);
}

void TestFuzzRegressions::inputs()
{
    QFETCH(int, target);
    QFETCH(QString, file);
    const std::string bytes = readFile(file);
    QElapsedTimer timer;
    timer.start();
    const std::string broken = kTargets[target].check(bytes);
    QVERIFY2(broken.empty(), broken.c_str());
    // The fuzzers call a run over 10 s a hang; sanitizers slow this test down about 3 times.
    QVERIFY2(timer.elapsed() < 30000,
             qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
