// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Crash-safe saving, proven (issue 8 item 3): a child process (hw_save_loop) saves a 200 MW
// campus over and over, two versions in turn, and is killed with SIGKILL at a random moment, at
// least 100 times per writer: .hallplan and .json through writePlanFile() (Save, convert) and
// the GUI's autosave through RecoveryStore::save(). After every kill the file opens and equals one
// of the two versions, never a mixture, and the recovery copy is offered and restores.
#include "core/engine/campus_generator.h"
#include "core/io/builtin_catalog.h"
#include "core/io/plan_files.h"
#include "ui/services/recovery_store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <random>
#include <thread>

using namespace hw::core;

namespace {

constexpr int kKills = 100;

std::string str(const QString &s)
{
    return QFile::encodeName(s).toStdString();
}

/** Temporary files a killed save left behind in `dir` (".NAME.saving-PID-N"). */
QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral(".*.saving-*")}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestCrashSafeSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedWhileSaving_data();
    void killedWhileSaving();

private:
    /** Starts the helper; returns the path it saves to once its first save is done. */
    QString startHelper(QProcess &p, const QString &mode, const QString &target);

    QTemporaryDir mDir;
    Plan mVersions[2];
    QString mFiles[2];
    std::mt19937 mRng{20260126u};
};

void TestCrashSafeSave::initTestCase()
{
    QVERIFY(mDir.isValid());
    CampusSpec spec;
    spec.itMw = 200;
    auto campus = generateCampus(spec, builtinCatalog());
    QVERIFY2(campus.ok(), campus.ok() ? "" : campus.error().toString().c_str());
    mVersions[0] = *campus;
    // The second version: what an afternoon of edits does (renamed, racks removed and moved).
    mVersions[1] = *campus;
    Plan &b = mVersions[1];
    b.name += " (revised)";
    Hall &h = b.halls.front();
    h.racks.resize(h.racks.size() - 40);
    for (std::size_t i = 0; i < h.racks.size(); i += 7)
        h.racks[i].position.x += 0.001;
    QVERIFY(!(mVersions[0] == mVersions[1]));
    std::size_t racks = 0;
    for (const Hall &hall : mVersions[0].halls)
        racks += hall.racks.size();
    qInfo("the plan: %zu halls, %zu racks", mVersions[0].halls.size(), racks);
    for (int v = 0; v < 2; ++v) {
        mFiles[v] = mDir.filePath(QStringLiteral("version-%1.json").arg(v));
        QVERIFY(writePlanFile(mVersions[v], str(mFiles[v])).ok());
    }
}

QString TestCrashSafeSave::startHelper(QProcess &p, const QString &mode, const QString &target)
{
    p.setProgram(QStringLiteral(HW_SAVE_LOOP));
    p.setArguments({mode, target, mFiles[0], mFiles[1]});
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start();
    if (!p.waitForStarted(10000)) return {};
    QByteArray line;
    while (!line.endsWith('\n')) {
        if (!p.waitForReadyRead(30000)) return {};
        line += p.readAll();
    }
    if (!line.startsWith("ready ")) return {};
    return QString::fromUtf8(line.mid(6).trimmed());
}

void TestCrashSafeSave::killedWhileSaving_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow(".hallplan (writePlanFile)") << QStringLiteral("hallplan");
    QTest::newRow(".json (writePlanFile)") << QStringLiteral("json");
    QTest::newRow("recovery file (RecoveryStore::save)") << QStringLiteral("recovery");
}

void TestCrashSafeSave::killedWhileSaving()
{
    QFETCH(QString, mode);
    const QString dir = mDir.filePath(mode);
    QVERIFY(QDir().mkpath(dir));
    const bool recovery = mode == QLatin1String("recovery");
    const QString target = recovery ? dir : dir + QStringLiteral("/plan.") + mode;
    if (recovery)
        hw::ui::RecoveryStore::setDirectory(dir);
    else
        QVERIFY(writePlanFile(mVersions[0], str(target)).ok());

    // How long one save takes here: kills land anywhere in the next two saves.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(writePlanFile(mVersions[1], str(dir + QStringLiteral("/timing.") +
                                            (recovery ? QStringLiteral("json") : mode)))
                .ok());
    const qint64 saveUs = std::max<qint64>(200, timer.nsecsElapsed() / 1000);
    QFile::remove(dir + QStringLiteral("/timing.") + (recovery ? QStringLiteral("json") : mode));
    std::uniform_int_distribution<qint64> delay(0, 2 * saveUs + saveUs / 2);

    int seen[2] = {0, 0}, midSave = 0;
    timer.restart();
    for (int kill = 0; kill < kKills; ++kill) {
        QProcess p;
        const QString file = startHelper(p, mode, target);
        QVERIFY2(!file.isEmpty(), "the helper did not start saving");
        std::this_thread::sleep_for(std::chrono::microseconds(delay(mRng)));
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        const QString where = QStringLiteral("kill %1: %2").arg(kill).arg(file);
        midSave += leftovers(dir).isEmpty() ? 0 : 1;
        Plan opened;
        if (recovery) {
            // The killed session's copy is offered at the next start, and restores.
            const auto orphans = hw::ui::RecoveryStore::orphans();
            const auto it = std::find_if(orphans.begin(), orphans.end(),
                                         [&](const auto &e) { return e.planFile == file; });
            QVERIFY2(it != orphans.end(), qPrintable(where + QStringLiteral(": not offered")));
            auto plan = hw::ui::RecoveryStore::take(*it);
            QVERIFY2(plan.ok(),
                     qPrintable(where + QStringLiteral(": ") +
                                QString::fromStdString(plan.ok() ? std::string()
                                                                 : plan.error().toString())));
            opened = std::move(plan).value();
            QVERIFY2(!QFile::exists(file), qPrintable(where + QStringLiteral(": not removed")));
        } else {
            auto plan = readPlanFile(str(file));
            QVERIFY2(plan.ok(),
                     qPrintable(where + QStringLiteral(": ") +
                                QString::fromStdString(plan.ok() ? std::string()
                                                                 : plan.error().toString())));
            opened = std::move(plan).value();
        }
        const int version = opened == mVersions[0] ? 0 : opened == mVersions[1] ? 1 : -1;
        QVERIFY2(version >= 0, qPrintable(where + QStringLiteral(": equals neither version")));
        ++seen[version];
        for (const QString &name : leftovers(dir))
            QFile::remove(dir + QLatin1Char('/') + name);
    }
    qInfo("%s: %d kills in %.1f s (one save %.1f ms): file was the first version %d times, the "
          "second %d times; %d kills interrupted a save (a temporary file was left)",
          qPrintable(mode), kKills, timer.elapsed() / 1000.0, saveUs / 1000.0, seen[0], seen[1],
          midSave);
    // Not vacuous: both versions were found, and many kills landed in the middle of a save.
    QVERIFY(seen[0] >= kKills / 10);
    QVERIFY(seen[1] >= kKills / 10);
    QVERIFY(midSave >= kKills / 10);
}

QTEST_GUILESS_MAIN(TestCrashSafeSave)
#include "test_crash_safe_save.moc"
