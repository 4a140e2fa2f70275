// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// A real full disk (issue 8 item 3): a small tmpfs is mounted, filled up, and a larger plan is
// saved over a smaller one as .json, as .hallplan and as the GUI's recovery copy. Each save fails
// with a message that says the disk is full, the old file is intact and no temporary file is left.
// (The failing SQLite VFS and RLIMIT_FSIZE cases are in tests/core/test_hallplan.cpp.) Mounting
// needs root, as CI and the development machines run; elsewhere the test is skipped.
#include "core/io/plan_files.h"
#include "ui/services/recovery_store.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <cstring>
#include <fstream>

#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace hw::core;

namespace {

std::string str(const QString &s)
{
    return QFile::encodeName(s).toStdString();
}

std::string readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Plan readJson(const std::string &path)
{
    auto plan = readPlanFile(path);
    if (!plan) throw std::runtime_error(plan.error().toString());
    return std::move(plan).value();
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void saveOnAFullDisk_data();
    void saveOnAFullDisk();
    void autosaveOnAFullDisk();

private:
    /** Fills the file system up to `leaveBytes` of free space with a filler file. */
    void fill(qint64 leaveBytes);

    QTemporaryDir mDir;
    QString mMount;
    bool mMounted = false;
    Plan mSmall, mLarge;
};

void TestFullDisk::initTestCase()
{
    QVERIFY(mDir.isValid());
    mSmall = readJson(HW_TEST_DATA_DIR "/minimal.json");
    mLarge = readJson(HW_SAMPLES_DIR "/campus.json");
    mMount = mDir.filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(mMount));
    if (::geteuid() != 0) QSKIP("mounting a tmpfs needs root");
    if (::mount("tmpfs", str(mMount).c_str(), "tmpfs", MS_NOSUID | MS_NODEV, "size=1m") != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    mMounted = true;
}

void TestFullDisk::cleanupTestCase()
{
    if (mMounted) ::umount2(str(mMount).c_str(), MNT_DETACH);
}

void TestFullDisk::init()
{
    QDir disk(mMount);
    for (const QString &name : disk.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        disk.remove(name);
    disk.mkpath(QStringLiteral("recovery"));
    QDir rec(disk.filePath(QStringLiteral("recovery")));
    for (const QString &name : rec.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        rec.remove(name);
}

void TestFullDisk::fill(qint64 leaveBytes)
{
    struct statvfs fs
    {};
    QVERIFY(::statvfs(str(mMount).c_str(), &fs) == 0);
    const qint64 free = qint64(fs.f_bavail) * qint64(fs.f_frsize);
    QVERIFY2(free > leaveBytes, "the disk is already fuller than the test needs");
    std::ofstream filler(str(mMount + QStringLiteral("/filler")), std::ios::binary);
    const std::string block(4096, 'x');
    for (qint64 left = free - leaveBytes; left > 0; left -= qint64(block.size()))
        filler.write(block.data(), std::streamsize(std::min<qint64>(left, qint64(block.size()))));
}

void TestFullDisk::saveOnAFullDisk_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("leave"); // free bytes left before the save
    for (const char *name : {"plan.json", "plan.hallplan"}) {
        QTest::addRow("%s, nothing left", name) << QString::fromLatin1(name) << qint64(0);
        QTest::addRow("%s, full half way", name) << QString::fromLatin1(name) << qint64(48 * 1024);
    }
}

void TestFullDisk::saveOnAFullDisk()
{
    QFETCH(QString, name);
    QFETCH(qint64, leave);
    const std::string file = str(mMount + QLatin1Char('/') + name);
    QVERIFY(writePlanFile(mSmall, file).ok());
    const std::string old = readAll(file);
    fill(leave);

    const Status s = writePlanFile(mLarge, file);
    QVERIFY2(!s.ok(), "a save on a full disk claims success");
    const QString message = QString::fromStdString(s.error().toString());
    QVERIFY2(message.contains(QLatin1String("the disk is full")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("the old file is unchanged")), qPrintable(message));
    QVERIFY2(message.contains(QString::fromStdString(file)), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String(".saving-")), qPrintable(message));
    QVERIFY(readAll(file) == old);
    QVERIFY(readJson(file) == mSmall);
    QCOMPARE(QDir(mMount).entryList(QDir::Files | QDir::Hidden),
             QStringList({QStringLiteral("filler"), name}));

    // Space freed, the same save succeeds.
    QVERIFY(QFile::remove(mMount + QStringLiteral("/filler")));
    QVERIFY(writePlanFile(mLarge, file).ok());
    QVERIFY(readJson(file) == mLarge);
}

void TestFullDisk::autosaveOnAFullDisk()
{
    const QString dir = mMount + QStringLiteral("/recovery");
    hw::ui::RecoveryStore::setDirectory(dir);
    hw::ui::RecoveryStore store;
    QVERIFY(store.save(mSmall, QString()).ok());
    const std::string file = str(store.planFile());
    const std::string old = readAll(file);
    fill(16 * 1024);

    const Status s = store.save(mLarge, QString());
    QVERIFY2(!s.ok(), "an autosave on a full disk claims success");
    const QString message = QString::fromStdString(s.error().toString());
    QVERIFY2(message.contains(QLatin1String("the disk is full")), qPrintable(message));
    QVERIFY(readAll(file) == old);
    QVERIFY(readJson(file) == mSmall);
    store.discard();
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "test_full_disk.moc"
