// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// The native project file (*.hallplan, SQLite): lossless round trips, refusal of foreign, newer,
// tampered and damaged files, and atomic saves that leave the old file intact when the disk fills.
#include "core/io/hallplan_format.h"
#include "core/io/json_plan_format.h"
#include "core/io/plan_files.h"

#include "support/test_support.h"

#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <csignal>
#include <filesystem>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace hw::core;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string sampleCampus()
{
    return std::string(HW_SAMPLES_DIR) + "/campus.json";
}
std::string dataFile(const char *name)
{
    return std::string(HW_TEST_DATA_DIR) + "/" + name;
}

Plan readJsonPlan(const std::string &path)
{
    auto plan = readPlanFile(path);
    if (!plan) throw std::runtime_error(path + ": " + plan.error().toString());
    return std::move(plan).value();
}

/** Runs SQL on a database with plain SQLite, as another program (or an attacker) would. */
void sql(const std::string &path, const std::string &statements)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK)
        throw std::runtime_error("cannot open " + path);
    char *err = nullptr;
    // No syncing: these files live for one test.
    sqlite3_exec(db, "PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);
    const int rc = sqlite3_exec(db, statements.c_str(), nullptr, nullptr, &err);
    const std::string message = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    if (rc != SQLITE_OK) throw std::runtime_error(statements + ": " + message);
}

long long pragma(const std::string &path, const char *name)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, (std::string("PRAGMA ") + name).c_str(), -1, &st, nullptr);
    const long long v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

/** Writes `plan` as a .hallplan at `path`, failing the test when it cannot. */
void saveHallplan(const Plan &plan, const std::string &path)
{
    const Status s = writePlanFile(plan, path);
    if (!s) throw std::runtime_error("saving " + path + ": " + s.error().toString());
}

QString text(const Error &e)
{
    return QString::fromStdString(e.toString());
}

/** The error of a result for a failure message; empty when there is none. */
template <class T> QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : QByteArray::fromStdString(r.error().toString());
}

/** Sets RLIMIT_FSIZE for the lifetime of the guard; SIGXFSZ is ignored so write() fails instead. */
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &mOld);
        mOldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = mOld;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &mOld);
        std::signal(SIGXFSZ, mOldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit mOld{};
    void (*mOldHandler)(int) = nullptr;
};

enum Tamper
{
    NotSqlite,
    EmptyFile,
    ForeignDatabase,
    ForeignApplicationId,
    NewerSchema,
    OlderSchema,
    NewerPlanVersion,
    ExtraTable,
    Trigger,
    View,
    Index,
    MissingTable,
    TextInRealColumn,
    RealInIntegerColumn,
    InfiniteNumber,
    ExtrasNotAnObject,
    OrphanRow,
    EmptyPlanTable,
    WalMode,
    AlteredTable,
};

} // namespace

Q_DECLARE_METATYPE(Tamper)

class TestHallplan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void jsonHallplanJson_data();
    void jsonHallplanJson();
    void hallplanHallplan();
    void versionOneFileStillLoads();
    void fileIdentity();
    void readingWritesNothing();
    void refused_data();
    void refused();
    void truncatedFile_data();
    void truncatedFile();
    void corruptedPages();
    void flippedBytesNeverCrash();
    void unreadableRowIsNotSkipped();
    void atomicSaveWhenTheDiskFills_data();
    void atomicSaveWhenTheDiskFills();
    void failedSaveOfANewFileLeavesNothing();
    void saveThroughTheTestVfsWorks();
    void hallplanSaveOverFileSizeLimit();
    void jsonSaveFailures();
    void jsonSaveOverFileSizeLimit();
    void saveKeepsPermissions();
    void saveThroughASymbolicLink();
    void unknownExtensionsAndMissingFiles();

private:
    /** Saved once: the files most tests start from (saving syncs to disk, which is slow). */
    std::string mFullFile, mCampusFile;
    void place(const std::string &bytes, const std::string &at) const
    {
        hw::test::writeFile(at, bytes);
    }
    std::unique_ptr<QTemporaryDir> mDir;
    std::string path(const char *name) const { return mDir->filePath(name).toStdString(); }
    std::vector<std::string> entries() const
    {
        return hw::test::folderEntries(mDir->path().toStdString());
    }
};

void TestHallplan::initTestCase()
{
    QTemporaryDir dir;
    const std::string full = dir.filePath("full.hallplan").toStdString();
    const std::string campus = dir.filePath("campus.hallplan").toStdString();
    saveHallplan(readJsonPlan(dataFile("full.json")), full);
    saveHallplan(readJsonPlan(sampleCampus()), campus);
    mFullFile = hw::test::readFile(full);
    mCampusFile = hw::test::readFile(campus);
}

void TestHallplan::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    hw::test::setFailingVfsBudget(-1);
}

void TestHallplan::jsonHallplanJson_data()
{
    QTest::addColumn<QString>("fixture");
    for (const auto &f : hw::test::planFixtures())
        QTest::newRow(fs::path(f).filename().c_str()) << QString::fromStdString(f);
}

void TestHallplan::versionOneFileStillLoads()
{
    // tests/data/v1/campus.hallplan was written by the schema-1 Hallwright from the sample; this
    // version writes schema 2 (energy, tenants, reservations) and must read it losslessly.
    const std::string v1 = dataFile("v1/campus.hallplan");
    auto plan = readPlanFile(v1);
    QVERIFY2(plan.ok(), why(plan).constData());
    QVERIFY(*plan == readJsonPlan(sampleCampus()));
    const json before = json::parse(hw::test::readFile(sampleCampus()));
    QVERIFY(json::parse(writePlanJson(*plan)) == before);
    // Saved again it becomes a schema-2 file with the same plan.
    saveHallplan(*plan, path("upgraded.hallplan"));
    auto again = readPlanFile(path("upgraded.hallplan"));
    QVERIFY2(again.ok(), why(again).constData());
    QVERIFY(*again == *plan);
}

void TestHallplan::jsonHallplanJson()
{
    QFETCH(QString, fixture);
    const std::string source = hw::test::readFile(fixture.toStdString());
    const Plan plan = readJsonPlan(fixture.toStdString());
    const std::string file = path("plan.hallplan");
    saveHallplan(plan, file);
    auto back = readPlanFile(file);
    QVERIFY2(back.ok(), why(back).constData());
    QVERIFY(*back == plan);
    // json -> hallplan -> json gives the same document (SPEC §2).
    const json before = json::parse(source);
    const json after = json::parse(writePlanJson(*back));
    QVERIFY2(before == after, json::diff(before, after).dump().c_str());
    // hallplan -> hallplan, as the GUI's Save does after an Open.
    saveHallplan(*back, path("again.hallplan"));
    auto again = readPlanFile(path("again.hallplan"));
    QVERIFY2(again.ok(), why(again).constData());
    QVERIFY(*again == plan);
}

void TestHallplan::hallplanHallplan()
{
    // Saving over an existing file replaces it, whatever it held.
    const std::string file = path("plan.hallplan");
    place(mCampusFile, file);
    const Plan minimal = readJsonPlan(dataFile("minimal.json"));
    saveHallplan(minimal, file);
    QVERIFY(readPlanFile(file).value() == minimal);
    saveHallplan(readPlanFile(file).value(), file);
    QVERIFY(readPlanFile(file).value() == minimal);
    QCOMPARE(entries(), std::vector<std::string>{"plan.hallplan"});
}

void TestHallplan::fileIdentity()
{
    const std::string file = path("plan.hallplan");
    place(mFullFile, file);
    QCOMPARE(pragma(file, "application_id"), static_cast<long long>(0x4857504C)); // "HWPL"
    QCOMPARE(pragma(file, "user_version"), static_cast<long long>(kHallplanSchemaVersion));
    QCOMPARE(hw::test::readFile(file).substr(0, 16), std::string("SQLite format 3\0", 16));
}

void TestHallplan::readingWritesNothing()
{
    const std::string file = path("plan.hallplan");
    place(mCampusFile, file);
    const std::string before = hw::test::readFile(file);
    const auto mtime = fs::last_write_time(file);
    QVERIFY(readPlanFile(file).ok());
    QCOMPARE(hw::test::readFile(file), before);
    QVERIFY(fs::last_write_time(file) == mtime);
    QCOMPARE(entries(), std::vector<std::string>{"plan.hallplan"}); // no journal, WAL or SHM
}

void TestHallplan::refused_data()
{
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<QString>("message");
    QTest::newRow("not an SQLite file") << NotSqlite << "not an SQLite database";
    QTest::newRow("empty file") << EmptyFile << "not a Hallwright plan (the file is empty)";
    QTest::newRow("write-ahead log mode") << WalMode << "journal mode";
    QTest::newRow("another program's database") << ForeignDatabase << "another program";
    QTest::newRow("another application id") << ForeignApplicationId << "another program";
    QTest::newRow("newer schema (user_version)") << NewerSchema << "newer Hallwright";
    QTest::newRow("schema version 0") << OlderSchema << "damaged";
    QTest::newRow("newer plan version") << NewerPlanVersion
                                        << "version: this plan is format version 2, which needs a "
                                           "newer Hallwright";
    QTest::newRow("extra table") << ExtraTable << "table \"notes\"";
    QTest::newRow("trigger") << Trigger << "trigger \"wipe\"";
    QTest::newRow("view") << View << "view \"everything\"";
    QTest::newRow("index") << Index << "index \"by_id\"";
    QTest::newRow("missing table") << MissingTable << "the table \"air\" is missing";
    QTest::newRow("text in a number column")
        << TextInRealColumn << "halls[0].racks[0]: column x is not a number";
    QTest::newRow("fraction in a whole-number column")
        << RealInIntegerColumn << "halls[0].racks[0]: column rotation_deg is not a whole number";
    QTest::newRow("infinite number") << InfiniteNumber
                                     << "halls[0].power.feeds[0]: column capacity_kw is not a "
                                        "finite number";
    QTest::newRow("extras not an object")
        << ExtrasNotAnObject << "halls[0]: column extras is not a JSON object";
    QTest::newRow("row of no hall") << OrphanRow << "racks: column hall_seq names no hall";
    QTest::newRow("no plan row") << EmptyPlanTable << "holds no plan";
    QTest::newRow("a table with other columns") << AlteredTable << "table \"racks\" is not the one";
}

void TestHallplan::refused()
{
    QFETCH(Tamper, tamper);
    QFETCH(QString, message);
    const std::string file = path("plan.hallplan");
    if (tamper == NotSqlite) {
        std::string junk;
        for (int i = 0; i < 200; ++i)
            junk += "this is not a database, just text\n";
        hw::test::writeFile(file, junk);
    } else if (tamper == EmptyFile) {
        hw::test::writeFile(file, "");
    } else if (tamper == ForeignDatabase) {
        sql(file, "CREATE TABLE contacts (name TEXT, phone TEXT);"
                  "INSERT INTO contacts VALUES ('Ada', '555');");
    } else {
        place(mFullFile, file);
        const char *statements[] = {
            "",
            "",
            "",
            "PRAGMA application_id = 42;",
            "PRAGMA user_version = 99;",
            "PRAGMA user_version = 0;",
            "UPDATE plan SET version = 2;",
            "CREATE TABLE notes (text TEXT);",
            "CREATE TRIGGER wipe AFTER INSERT ON racks BEGIN DELETE FROM racks; END;",
            "CREATE VIEW everything AS SELECT * FROM racks;",
            "CREATE INDEX by_id ON racks (id);",
            "DROP TABLE air;",
            "UPDATE racks SET x = 'left of the door' WHERE seq = 0;",
            "UPDATE racks SET rotation_deg = 90.5 WHERE seq = 0;",
            "UPDATE feeds SET capacity_kw = 1e999 WHERE seq = 0;",
            "UPDATE halls SET extras = 'not json' WHERE seq = 0;",
            "UPDATE racks SET hall_seq = 99 WHERE seq = 0;",
            "DELETE FROM plan;",
            "PRAGMA journal_mode = WAL;",
            "ALTER TABLE racks ADD COLUMN secret TEXT;",
        };
        sql(file, statements[tamper]);
    }
    const std::string before = hw::test::readFile(file);
    auto plan = readPlanFile(file);
    QVERIFY2(!plan.ok(), "a tampered file was read");
    QVERIFY2(text(plan.error()).contains(message), qPrintable(text(plan.error())));
    // File-level refusals name the file.
    if (!message.startsWith("halls[") && !message.startsWith("version:") &&
        !message.startsWith("racks:"))
        QVERIFY2(text(plan.error()).contains(QString::fromStdString(file)),
                 qPrintable(text(plan.error())));
    QVERIFY(hw::test::readFile(file) == before); // nothing is written over the input
}

void TestHallplan::truncatedFile_data()
{
    QTest::addColumn<int>("keepPermille"); // how much of the file is kept
    QTest::addColumn<int>("keepBytes");    // or an exact size, when > 0
    QTest::newRow("header only") << 0 << 60;
    QTest::newRow("first page") << 0 << 4096;
    QTest::newRow("a quarter") << 250 << 0;
    QTest::newRow("half") << 500 << 0;
    QTest::newRow("all but the last page") << 0 << -4096;
    QTest::newRow("all but 1 byte") << 0 << -1;
}

void TestHallplan::truncatedFile()
{
    QFETCH(int, keepPermille);
    QFETCH(int, keepBytes);
    const std::string file = path("plan.hallplan");
    std::string bytes = mCampusFile;
    QVERIFY(bytes.size() > 5 * 4096);
    std::size_t keep = bytes.size() * static_cast<std::size_t>(keepPermille) / 1000;
    if (keepBytes > 0)
        keep = static_cast<std::size_t>(keepBytes);
    else if (keepBytes < 0)
        keep = bytes.size() - static_cast<std::size_t>(-keepBytes);
    hw::test::writeFile(file, bytes.substr(0, keep));
    auto plan = readPlanFile(file);
    QVERIFY2(!plan.ok(), "a truncated file was read");
    const QString message = text(plan.error());
    QVERIFY2(message.contains(QString::fromStdString(file)), qPrintable(message));
    QVERIFY2(message.contains("the file is damaged"), qPrintable(message));
}

void TestHallplan::corruptedPages()
{
    // Garbage over the b-tree header of each page: SQLite's integrity check must catch it.
    const std::string file = path("plan.hallplan");
    place(mCampusFile, file);
    const std::string good = mCampusFile;
    const std::size_t pageSize = static_cast<std::size_t>(pragma(file, "page_size"));
    const std::size_t pages = good.size() / pageSize;
    QVERIFY(pages > 10);
    for (std::size_t page = 1; page < pages; ++page) {
        std::string bad = good;
        for (std::size_t i = 0; i < 8; ++i)
            bad[page * pageSize + i] = static_cast<char>(0xA5 ^ i);
        hw::test::writeFile(file, bad);
        auto plan = readPlanFile(file);
        QVERIFY2(
            !plan.ok(),
            qPrintable(QStringLiteral("page %1 of %2 damaged, yet read").arg(page + 1).arg(pages)));
        QVERIFY2(text(plan.error()).contains("damaged"), qPrintable(text(plan.error())));
    }
}

void TestHallplan::flippedBytesNeverCrash()
{
    // Any byte may rot: reading must refuse with a message or give a plan, never crash or hang.
    const std::string file = path("plan.hallplan");
    const std::string good = mFullFile;
    int refused = 0, read = 0;
    for (std::size_t at = 0; at < good.size(); at += 733) {
        std::string bad = good;
        bad[at] = static_cast<char>(bad[at] ^ 0x5A);
        hw::test::writeFile(file, bad);
        auto plan = readPlanFile(file);
        if (plan.ok()) {
            ++read;
        } else {
            ++refused;
            QVERIFY(!plan.error().problems.empty());
            QVERIFY(!plan.error().problems.front().message.empty());
        }
    }
    QVERIFY(refused > 0);
    QVERIFY(read > 0); // most bytes of a page are free space or values
}

void TestHallplan::unreadableRowIsNotSkipped()
{
    // A row SQLite cannot hand over (here a value beyond the reader's 64 MiB limit) must refuse
    // the file, not end the table early and lose the rows after it.
    const std::string file = path("plan.hallplan");
    place(mFullFile, file);
    sql(file, "UPDATE phases SET name = zeroblob(65 * 1024 * 1024) WHERE seq = 0;");
    auto plan = readPlanFile(file);
    QVERIFY2(!plan.ok(),
             plan.ok() ? qPrintable(QStringLiteral("read with %1 phases").arg(plan->phases.size()))
                       : "");
    QVERIFY2(text(plan.error()).contains("phases"), qPrintable(text(plan.error())));
}

void TestHallplan::atomicSaveWhenTheDiskFills_data()
{
    QTest::addColumn<qint64>("budget");
    // Bytes the disk takes before it is full: at once, inside the header page, inside the schema,
    // half way through the data.
    for (qint64 budget : {0, 100, 4096, 4096 + 2000, 3 * 4096, 40000, 120000})
        QTest::addRow("full after %lld bytes", static_cast<long long>(budget)) << budget;
}

void TestHallplan::atomicSaveWhenTheDiskFills()
{
    QFETCH(qint64, budget);
    const std::string file = path("plan.hallplan");
    place(mFullFile, file);
    const std::string old = mFullFile;

    const Plan bigger = readJsonPlan(sampleCampus());
    hw::test::setFailingVfsBudget(budget);
    const Status s = writePlanFile(bigger, file, WriteOptions{hw::test::failingVfsName()});
    const std::int64_t written = hw::test::failingVfsBytesWritten();
    hw::test::setFailingVfsBudget(-1);

    QVERIFY2(!s.ok(), "the save claims success on a full disk");
    QCOMPARE(written, static_cast<std::int64_t>(budget)); // it did fail part way
    const QString message = text(s.error());
    QVERIFY2(message.contains("the disk is full"), qPrintable(message));
    QVERIFY2(message.contains(QString::fromStdString(file)), qPrintable(message));
    QVERIFY2(!message.contains(".saving-"), qPrintable(message)); // the user knows no temp file
    QVERIFY(hw::test::readFile(file) == old);
    QCOMPARE(entries(), std::vector<std::string>{"plan.hallplan"});
    QVERIFY(readPlanFile(file).value() == readJsonPlan(dataFile("full.json")));
}

void TestHallplan::failedSaveOfANewFileLeavesNothing()
{
    hw::test::setFailingVfsBudget(5000);
    const Status s = writePlanFile(readJsonPlan(sampleCampus()), path("new.hallplan"),
                                   WriteOptions{hw::test::failingVfsName()});
    hw::test::setFailingVfsBudget(-1);
    QVERIFY(!s.ok());
    QVERIFY(entries().empty());
}

void TestHallplan::saveThroughTheTestVfsWorks()
{
    // The failing VFS only fails when told to, so the failures above are the disk's, not its own.
    const Plan plan = readJsonPlan(sampleCampus());
    const Status s =
        writePlanFile(plan, path("plan.hallplan"), WriteOptions{hw::test::failingVfsName()});
    QVERIFY2(s.ok(), why(s).constData());
    QVERIFY(hw::test::failingVfsBytesWritten() > 120000);
    QVERIFY(readPlanFile(path("plan.hallplan")).value() == plan);
    QCOMPARE(entries(), std::vector<std::string>{"plan.hallplan"});

    const Status unknown = writePlanFile(plan, path("other.hallplan"), WriteOptions{"no-such-vfs"});
    QVERIFY(!unknown.ok());
    QCOMPARE(entries(), std::vector<std::string>{"plan.hallplan"});
}

void TestHallplan::hallplanSaveOverFileSizeLimit()
{
    // The real disk refusing bytes (EFBIG here) half way through an SQLite save.
    const std::string file = path("plan.hallplan");
    saveHallplan(readJsonPlan(dataFile("minimal.json")), file);
    const std::string old = hw::test::readFile(file);
    Status s = Done{};
    {
        FileSizeLimit limit(20000);
        s = writePlanFile(readJsonPlan(sampleCampus()), file);
    }
    QVERIFY(!s.ok());
    QVERIFY2(text(s.error()).contains("the old file is unchanged"), qPrintable(text(s.error())));
    QVERIFY(hw::test::readFile(file) == old);
    QCOMPARE(entries(), std::vector<std::string>{"plan.hallplan"});
}

void TestHallplan::jsonSaveFailures()
{
    const Plan plan = readJsonPlan(dataFile("full.json"));

    // A folder that does not exist is not created.
    const Status missing = writePlanFile(plan, path("missing/plan.json"));
    QVERIFY(!missing.ok());
    QVERIFY2(text(missing.error()).contains(QString::fromStdString(path("missing/plan.json"))),
             qPrintable(text(missing.error())));
    QVERIFY(entries().empty());
    QVERIFY(!writeFileAtomically(path("missing/plan.json"), "{}").ok());
    QVERIFY(entries().empty());

    // A folder where the file should go is left alone, and no temporary file stays behind.
    fs::create_directory(path("plan.json"));
    hw::test::writeFile(path("plan.json/inside.txt"), "kept");
    const Status folder = writePlanFile(plan, path("plan.json"));
    QVERIFY(!folder.ok());
    QVERIFY2(text(folder.error()).contains("the old file is unchanged"),
             qPrintable(text(folder.error())));
    QCOMPARE(entries(), std::vector<std::string>{"plan.json"});
    QCOMPARE(hw::test::readFile(path("plan.json/inside.txt")), std::string("kept"));

    // The same for a .hallplan.
    fs::create_directory(path("plan.hallplan"));
    QVERIFY(!writePlanFile(plan, path("plan.hallplan")).ok());
    QCOMPARE(entries(), (std::vector<std::string>{"plan.hallplan", "plan.json"}));

    // A .hallplan in a folder that does not exist: the folder is named (not SQLite's "unable to
    // open database file"), and no old file is said to be kept where there was none.
    const Status noFolder = writePlanFile(plan, path("missing/plan.hallplan"));
    QVERIFY(!noFolder.ok());
    const QString said = text(noFolder.error());
    QVERIFY2(said.contains("does not exist") && !said.contains("database") &&
                 !said.contains("old file"),
             qPrintable(said));
}

void TestHallplan::jsonSaveOverFileSizeLimit()
{
    const std::string file = path("plan.json");
    const Plan small = readJsonPlan(dataFile("minimal.json"));
    QVERIFY(writePlanFile(small, file).ok());
    const std::string old = hw::test::readFile(file);
    Status s = Done{};
    {
        FileSizeLimit limit(4096); // the sample campus is far larger
        s = writePlanFile(readJsonPlan(sampleCampus()), file);
    }
    QVERIFY(!s.ok());
    const QString message = text(s.error());
    QVERIFY2(message.contains(QString::fromStdString(file)), qPrintable(message));
    QVERIFY2(message.contains("the old file is unchanged"), qPrintable(message));
    QVERIFY(hw::test::readFile(file) == old);
    QCOMPARE(entries(), std::vector<std::string>{"plan.json"});
    QVERIFY(readPlanFile(file).value() == small);
}

void TestHallplan::saveKeepsPermissions()
{
    const Plan plan = readJsonPlan(dataFile("minimal.json"));
    for (const char *name : {"plan.json", "plan.hallplan"}) {
        QVERIFY(writePlanFile(plan, path(name)).ok());
        ::chmod(path(name).c_str(), 0640);
        QVERIFY(writePlanFile(plan, path(name)).ok());
        struct stat st
        {};
        QCOMPARE(::stat(path(name).c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0640u);
    }
}

void TestHallplan::saveThroughASymbolicLink()
{
    // A plan opened through a link (a synced folder, a shared drive) is saved where the link
    // points: the link stays a link and the file it names gets the new content.
    const Plan minimal = readJsonPlan(dataFile("minimal.json"));
    const Plan full = readJsonPlan(dataFile("full.json"));
    fs::create_directory(path("real"));
    for (const char *name : {"plan.json", "plan.hallplan"}) {
        const std::string real = path("real") + "/" + name;
        const std::string link = path(name);
        QVERIFY(writePlanFile(minimal, real).ok());
        fs::create_symlink(real, link);
        const Status s = writePlanFile(full, link);
        QVERIFY2(s.ok(), why(s).constData());
        QVERIFY2(fs::is_symlink(link), name);
        QVERIFY(readPlanFile(real).value() == full);
    }
    QCOMPARE(entries(), (std::vector<std::string>{"plan.hallplan", "plan.json", "real"}));
    QCOMPARE(hw::test::folderEntries(path("real")),
             (std::vector<std::string>{"plan.hallplan", "plan.json"}));
}

void TestHallplan::unknownExtensionsAndMissingFiles()
{
    const Plan plan = readJsonPlan(dataFile("minimal.json"));
    const Status s = writePlanFile(plan, path("plan.txt"));
    QVERIFY(!s.ok());
    QVERIFY2(text(s.error()).contains("unknown file type"), qPrintable(text(s.error())));
    QVERIFY(entries().empty());

    auto txt = readPlanFile(path("plan.txt"));
    QVERIFY(!txt.ok());
    QVERIFY(text(txt.error()).contains("unknown file type"));
    auto none = readPlanFile(path("none.hallplan"));
    QVERIFY(!none.ok());
    QVERIFY2(text(none.error()).contains("no such file"), qPrintable(text(none.error())));
    QVERIFY(entries().empty()); // reading a missing .hallplan does not create it

    QVERIFY(writePlanFile(plan, path("UPPER.HALLPLAN")).ok()); // extensions ignore case
    QVERIFY(readPlanFile(path("UPPER.HALLPLAN")).value() == plan);
}

QTEST_GUILESS_MAIN(TestHallplan)
#include "test_hallplan.moc"
