// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// Hostile files (issue 8 item 4): numbers that are not numbers or too large for their meaning, a
// million racks, deep nesting, megabyte ids, wrong encodings, and .hallplan files with views,
// triggers, generated columns, huge blobs and tables too long to hold. Each is refused with a
// message that names the place, or read correctly; memory stays bounded (measured in a child
// process); and opening a .hallplan never runs anything the file holds.
#include "core/engine/evaluate.h"
#include "core/engine/plan_validator.h"
#include "core/io/builtin_catalog.h"
#include "core/io/json_plan_format.h"
#include "core/io/plan_files.h"
#include "core/model/plan_limits.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <cmath>
#include <fstream>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace hw::core;

namespace {

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer's shadow memory and quarantine (256 MiB of freed blocks kept) make a peak
// measured in a sanitized child meaningless; the bounds are checked in the normal build.
constexpr bool kPeakMemoryMeaningful = false;
#else
constexpr bool kPeakMemoryMeaningful = true;
#endif

/** The peak memory of a child stayed under `limitMiB` (not judged under AddressSanitizer). */
bool peakWithin(long peakMiB, long limitMiB)
{
    return !kPeakMemoryMeaningful || peakMiB < limitMiB;
}

std::string readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void writeAll(const std::string &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

QString text(const Error &e)
{
    return QString::fromStdString(e.toString());
}

/** A valid plan's JSON with `racks` (a JSON array body) as the racks of its only hall. */
std::string planWithRacks(const std::string &racks, const std::string &hallExtra = {})
{
    return R"({"format": "hallwright-plan", "version": 1, "halls": [{"id": "H1",
        "outline": [[0, 0], [40, 0], [40, 30], [0, 30]],)" +
           hallExtra + R"( "racks": [)" + racks + "]}]}";
}

/** Without the blanks after ':' and ',' (as compact JSON is written). */
std::string compact(std::string s)
{
    for (const char *blank : {": ", ", "}) {
        for (std::size_t at; (at = s.find(blank)) != std::string::npos;)
            s.erase(at + 1, 1);
    }
    return s;
}

/** The sample campus as compact JSON with `from` replaced by `to` once (both written compact). */
std::string sampleWith(const std::string &from, const std::string &to)
{
    auto plan = readPlanFile(HW_SAMPLES_DIR "/campus.json");
    std::string s = writePlanJson(plan.value(), -1);
    const auto at = s.find(compact(from));
    if (at == std::string::npos) throw std::runtime_error("not in the sample: " + from);
    return s.replace(at, compact(from).size(), compact(to));
}

/** Runs SQL on a database with plain SQLite, as another program (or an attacker) would. */
void sql(const std::string &path, const std::string &statements)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    char *err = nullptr;
    sqlite3_exec(db, "PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);
    const int rc = sqlite3_exec(db, statements.c_str(), nullptr, nullptr, &err);
    const std::string message = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    if (rc != SQLITE_OK) throw std::runtime_error(statements.substr(0, 200) + ": " + message);
}

// A function every SQLite connection of this process knows (registered for each new connection,
// the reader's included), marked innocuous so that trusted_schema=off alone would not stop it:
// each call is counted, so that a test sees whether anything in a file ran.
int gProbeCalls = 0;
void probe(sqlite3_context *ctx, int, sqlite3_value **)
{
    ++gProbeCalls;
    sqlite3_result_int(ctx, 1);
}
int registerProbe(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    return sqlite3_create_function(db, "hw_probe", -1,
                                   SQLITE_UTF8 | SQLITE_INNOCUOUS | SQLITE_DETERMINISTIC, nullptr,
                                   probe, nullptr, nullptr);
}

/** What loading a file did in a child process: its error (empty: loaded) and peak memory. */
struct ChildLoad
{
    std::string error;
    long peakMiB = 0;
    double seconds = 0;
};

/** loadPlan(path) in a forked child, so that its peak resident memory is its own. */
ChildLoad loadInChild(const std::string &path)
{
    int fds[2];
    if (::pipe(fds) != 0) throw std::runtime_error("pipe");
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        auto plan = loadPlan(path, builtinCatalog());
        std::string out = plan.ok() ? std::string() : plan.error().toString().substr(0, 2000);
        rusage usage{};
        ::getrusage(RUSAGE_SELF, &usage);
        out = std::to_string(usage.ru_maxrss / 1024) + "\n" + out;
        if (::write(fds[1], out.data(), out.size()) < 0) ::_exit(3);
        ::_exit(0);
    }
    ::close(fds[1]);
    std::string got;
    char buf[4096];
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;)
        got.append(buf, std::size_t(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error("the child loading " + path + " crashed");
    ChildLoad r;
    const auto nl = got.find('\n');
    r.peakMiB = std::stol(got.substr(0, nl));
    r.error = got.substr(nl + 1);
    r.seconds = timer.elapsed() / 1000.0;
    return r;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void notNumbers_data();
    void notNumbers();
    void hugeAndTinyNumbers_data();
    void hugeAndTinyNumbers();
    void tooLargeJson_data();
    void tooLargeJson();
    void millionRacksHallplan();
    void deepNesting_data();
    void deepNesting();
    void megabyteIds_data();
    void megabyteIds();
    void encodings_data();
    void encodings();
    void hallplanRunsNothing_data();
    void hallplanRunsNothing();
    void hallplanHugeBlob();
    void hallplanInvalidUtf8();

private:
    std::string path(const char *name) const { return mDir.filePath(name).toStdString(); }
    QTemporaryDir mDir;
    std::string mHallplan; ///< the sample campus as a .hallplan
};

void TestHostileFiles::initTestCase()
{
    QVERIFY(mDir.isValid());
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(registerProbe));
    mHallplan = path("campus.hallplan");
    auto plan = readPlanFile(HW_SAMPLES_DIR "/campus.json");
    QVERIFY(plan.ok());
    QVERIFY(writePlanFile(*plan, mHallplan).ok());
}

// --- numbers -----------------------------------------------------------------------------------

void TestHostileFiles::notNumbers_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("NaN") << "NaN"
                         << "line 3, column 48: syntax error";
    QTest::newRow("Infinity") << "Infinity"
                              << "line 3, column 48: syntax error";
    QTest::newRow("-Infinity") << "-Infinity"
                               << "line 3, column 48: syntax error";
    QTest::newRow("1e999") << "1e999"
                           << "the number 1e999 is too large";
    QTest::newRow("-1e999") << "-1e999"
                            << "the number -1e999 is too large";
    QTest::newRow("a string") << "\"900\""
                              << "halls[0].power.feeds[0].capacityKw: expected a number";
}

void TestHostileFiles::notNumbers()
{
    QFETCH(QString, value);
    QFETCH(QString, message);
    const std::string json = planWithRacks(
        "", "\n\"power\": {\"feeds\": [{\"id\": \"A1\", \"capacityKw\": " + value.toStdString() +
                "}]},");
    auto plan = readPlanJson(json);
    QVERIFY2(!plan.ok(), "a plan with a number that is not one was read");
    QVERIFY2(text(plan.error()).contains(message), qPrintable(text(plan.error())));
}

void TestHostileFiles::hugeAndTinyNumbers_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    // Values that are finite and positive, so valid, but far outside any real hall.
    QTest::newRow("feed of 1e300 kW") << "\"capacityKw\": 1250.0"
                                      << "\"capacityKw\": 1e300";
    QTest::newRow("feed of 1e-300 kW") << "\"capacityKw\": 1250.0"
                                       << "\"capacityKw\": 1e-300";
    QTest::newRow("CDU of 1e300 kW") << "\"type\": \"incdu-1350\""
                                     << "\"type\": \"incdu-1350\", \"capacityKw\": 1e300";
    QTest::newRow("air unit of 1e300 kW") << "\"unitKw\": "
                                          << "\"unitKw\": 1e300, \"x\": ";
    QTest::newRow("rack at 1e300 m")
        << "\"H1-R001\", \"type\": \"gb300-nvl72\", \"position\": [4.5"
        << "\"H1-R001\", \"type\": \"gb300-nvl72\", \"position\": [1e300";
    QTest::newRow("rack power 1e300 kW")
        << "\"type\": \"gb300-nvl72\", \"position\": ["
        << "\"type\": \"gb300-nvl72\", \"powerKw\": 1e300, \"position\": [";
    QTest::newRow("rack power 1e-300 kW")
        << "\"type\": \"gb300-nvl72\", \"position\": ["
        << "\"type\": \"gb300-nvl72\", \"powerKw\": 1e-300, \"position\": [";
    QTest::newRow("floor rating 1e-300") << "\"outline\""
                                         << "\"floorLoadKgPerM2\": 1e-300, \"outline\"";
    QTest::newRow("clearance 1e300 m") << "\"outline\""
                                       << "\"rules\": {\"wallClearanceM\": 1e300}, \"outline\"";
    QTest::newRow("max row racks 1e9") << "\"outline\""
                                       << "\"rules\": {\"maxRowRacks\": 1000000000}, \"outline\"";
    QTest::newRow("origin 1e300") << "\"outline\""
                                  << "\"origin\": [1e300, -1e300], \"outline\"";
}

void TestHostileFiles::hugeAndTinyNumbers()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    const std::string json = sampleWith(from.toStdString(), to.toStdString());
    auto plan = readPlanJson(json);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(text(plan.error())));
    const auto problems = validatePlan(*plan, builtinCatalog());
    if (!problems.empty()) {
        QVERIFY(!problems.front().message.empty());
        return; // refused with a reason: fine
    }
    // Accepted: the whole evaluation runs (under the sanitizers: without undefined behaviour)
    // and ends in reasonable time.
    QElapsedTimer timer;
    timer.start();
    const EvaluationReport report = evaluate(*plan, builtinCatalog());
    QCOMPARE(report.halls.size(), plan->halls.size());
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
}

// --- size --------------------------------------------------------------------------------------

void TestHostileFiles::tooLargeJson_data()
{
    QTest::addColumn<int>("racks");   // racks in the file, or
    QTest::addColumn<int>("numbers"); // small numbers under an unknown key
    QTest::addColumn<QString>("message");
    QTest::newRow("10^6 racks (75 MB)") << 1000000 << 0 << "the file is too large";
    QTest::newRow("300,000 racks (22 MB)") << 300000 << 0 << "the plan holds 300000 racks";
    QTest::newRow("30 million small numbers (60 MB)")
        << 0 << 30000000 << "more than 2500000 values";
}

void TestHostileFiles::tooLargeJson()
{
    // Refused while or right after it is read, with memory bounded (peak measured in a child).
    QFETCH(int, racks);
    QFETCH(int, numbers);
    QFETCH(QString, message);
    std::string body;
    body.reserve(racks ? std::size_t(racks) * 80 : std::size_t(numbers) * 2);
    for (int i = 0; i < racks; ++i) {
        if (i) body += ',';
        body += R"({"id":"R)" + std::to_string(i) + R"(","type":"gb300-nvl72","position":[)" +
                std::to_string(1 + (i % 1000) * 0.6) + "," + std::to_string(1 + (i / 1000) * 2.5) +
                "]}";
    }
    std::string extra;
    if (numbers) {
        extra = "\"numbers\":[0";
        for (int i = 1; i < numbers; ++i)
            extra += ",0";
        extra += "],";
    }
    const std::string file = path("large.json");
    writeAll(file, planWithRacks(body, extra));
    body = {};
    extra = {};
    const ChildLoad r = loadInChild(file);
    qInfo("%s (%lld MB): refused in %.1f s, peak %ld MiB: %s", QTest::currentDataTag(),
          static_cast<long long>(QFileInfo(QString::fromStdString(file)).size() >> 20), r.seconds,
          r.peakMiB, r.error.substr(0, 300).c_str());
    QVERIFY2(r.error.find(message.toStdString()) != std::string::npos, r.error.c_str());
    QVERIFY2(peakWithin(r.peakMiB, 1024), qPrintable(QStringLiteral("peak %1 MiB").arg(r.peakMiB)));
    // Reading was once quadratic in the objects of one array (nlohmann's parser callback): the
    // 300,000 racks took 25 to 40 s.
    QVERIFY2(r.seconds < 15, qPrintable(QStringLiteral("%1 s").arg(r.seconds)));
    QFile::remove(QString::fromStdString(file));
}

void TestHostileFiles::millionRacksHallplan()
{
    const std::string file = path("million.hallplan");
    QVERIFY(QFile::copy(QString::fromStdString(mHallplan), QString::fromStdString(file)));
    sql(file, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)"
              " INSERT INTO racks (seq, hall_seq, id, type, x, y)"
              " SELECT 1000000 + i, 0, 'M' || i, 'gb300-nvl72', 1.0, 1.0 FROM n;");
    const ChildLoad r = loadInChild(file);
    qInfo("10^6 racks as .hallplan: refused in %.1f s, peak %ld MiB: %s", r.seconds, r.peakMiB,
          r.error.c_str());
    QVERIFY2(r.error.find("racks") != std::string::npos, r.error.c_str());
    QVERIFY2(r.error.find(file) != std::string::npos, r.error.c_str());
    QVERIFY2(peakWithin(r.peakMiB, 256), qPrintable(QStringLiteral("peak %1 MiB").arg(r.peakMiB)));
}

void TestHostileFiles::deepNesting_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("inExtras");
    QTest::newRow("100 levels") << 100 << false;
    QTest::newRow("10^6 levels") << 1000000 << false;
    QTest::newRow("10^6 levels under an unknown key") << 1000000 << true;
}

void TestHostileFiles::deepNesting()
{
    QFETCH(int, depth);
    QFETCH(bool, inExtras);
    const std::string nest =
        std::string(std::size_t(depth), '[') + std::string(std::size_t(depth), ']');
    const std::string json = inExtras ? planWithRacks("", "\"deep\": " + nest + ",") : nest;
    auto plan = readPlanJson(json);
    QVERIFY(!plan.ok());
    QVERIFY2(text(plan.error()).contains("nests deeper than 64 levels"),
             qPrintable(text(plan.error())));
}

void TestHostileFiles::megabyteIds_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("place");
    QTest::newRow("a rack id") << "rack"
                               << "halls[0].racks[0].id";
    QTest::newRow("a hall id") << "hall"
                               << "halls[0].id";
    QTest::newRow("a rack's type") << "type"
                                   << "halls[0].racks[0].type";
}

void TestHostileFiles::megabyteIds()
{
    QFETCH(QString, where);
    QFETCH(QString, place);
    const std::string big(4u << 20, 'x');
    std::string json;
    if (where == QLatin1String("rack"))
        json =
            planWithRacks(R"({"id": ")" + big + R"(", "type": "gb300-nvl72", "position": [5, 5]})");
    else if (where == QLatin1String("type"))
        json = planWithRacks(R"({"id": "R1", "type": ")" + big + R"(", "position": [5, 5]})");
    else
        json = R"({"format": "hallwright-plan", "version": 1, "halls": [{"id": ")" + big +
               R"(", "outline": [[0, 0], [40, 0], [40, 30], [0, 30]]}]})";
    const std::string file = path("long.json");
    writeAll(file, json);
    auto plan = loadPlan(file, builtinCatalog());
    QVERIFY2(!plan.ok(), "a plan with a 4 MB id was accepted");
    const QString message = text(plan.error());
    QVERIFY2(message.startsWith(place + QLatin1Char(':')), qPrintable(message.left(300)));
    QVERIFY2(message.size() < 300, qPrintable(message.left(300))); // the id is not repeated
}

// --- encodings ---------------------------------------------------------------------------------

void TestHostileFiles::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message"); // empty: read correctly
    const QByteArray plain = QByteArray::fromStdString(readAll(HW_TEST_DATA_DIR "/minimal.json"));
    const QString asText = QString::fromUtf8(plain);
    auto utf16 = [&](QSysInfo::Endian order, bool bom) {
        QByteArray out;
        if (bom) out += order == QSysInfo::LittleEndian ? "\xFF\xFE" : "\xFE\xFF";
        for (QChar c : asText) {
            const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
            out += order == QSysInfo::LittleEndian ? QByteArray{&lo, 1} + QByteArray{&hi, 1}
                                                   : QByteArray{&hi, 1} + QByteArray{&lo, 1};
        }
        return out;
    };
    QTest::newRow("UTF-8 with a byte order mark")
        << QByteArray("\xEF\xBB\xBF") + plain << QString();
    QTest::newRow("UTF-16 LE with a BOM") << utf16(QSysInfo::LittleEndian, true) << "UTF-16";
    QTest::newRow("UTF-16 BE with a BOM") << utf16(QSysInfo::BigEndian, true) << "UTF-16";
    QTest::newRow("UTF-16 LE without a BOM") << utf16(QSysInfo::LittleEndian, false) << "UTF-16";
    QTest::newRow("UTF-32 LE with a BOM")
        << QByteArray("\xFF\xFE\x00\x00{\x00\x00\x00}\x00\x00\x00", 12) << "UTF-32";
    QByteArray latin1 = plain;
    latin1.replace("\"H1\"", "\"Halle \xE4\"");
    QTest::newRow("Latin-1 in a string") << latin1 << "line";
    QByteArray overlong = plain;
    overlong.replace("\"H1\"", "\"H\xC0\xAF\"");
    QTest::newRow("overlong UTF-8") << overlong << "line";
    QByteArray surrogate = plain;
    surrogate.replace("\"H1\"", "\"H\xED\xA0\x80\"");
    QTest::newRow("UTF-8 of a surrogate") << surrogate << "line";
    QByteArray lone = plain;
    lone.replace("\"H1\"", "\"H\\ud800\"");
    QTest::newRow("escaped lone surrogate") << lone << "line";
}

void TestHostileFiles::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    auto plan = readPlanJson(bytes.toStdString());
    if (message.isEmpty()) {
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(text(plan.error())));
        QCOMPARE(plan->halls.front().id, std::string("H1"));
        return;
    }
    QVERIFY2(!plan.ok(), "read");
    QVERIFY2(text(plan.error()).contains(message), qPrintable(text(plan.error())));
}

// --- .hallplan ---------------------------------------------------------------------------------

void TestHostileFiles::hallplanRunsNothing_data()
{
    QTest::addColumn<QString>("statements");
    QTest::addColumn<QString>("message");
    QTest::newRow("a view calling a function") << "CREATE VIEW v AS SELECT hw_probe() AS x;"
                                               << "view \"v\"";
    QTest::newRow("a view named like a table")
        << "DROP TABLE air; CREATE VIEW air AS SELECT hw_probe() AS hall_seq, 1 AS unit_kw,"
           " 1 AS units, NULL AS redundant_units, NULL AS other_load_kw, NULL AS extras;"
        << "view \"air\"";
    QTest::newRow("a trigger")
        << "CREATE TRIGGER t BEFORE DELETE ON racks BEGIN SELECT hw_probe(); END;"
        << "trigger \"t\"";
    QTest::newRow("a generated column in a new table")
        << "CREATE TABLE g (a INTEGER, b INTEGER AS (hw_probe(a)) VIRTUAL); INSERT INTO g (a) "
           "VALUES (1);"
        << "table \"g\"";
    QTest::newRow("a generated column added to racks")
        << "ALTER TABLE racks ADD COLUMN g INTEGER AS (hw_probe(x)) VIRTUAL;"
        << "table \"racks\" is not the one";
    QTest::newRow("an index on an expression") << "CREATE INDEX i ON racks (hw_probe(x));"
                                               << "index \"i\"";
    QTest::newRow("a default calling a function")
        << "CREATE TABLE d (a INTEGER DEFAULT (hw_probe()));"
        << "table \"d\"";
    QTest::newRow("ATTACH written into the schema")
        << "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = 'ATTACH "
           "''/tmp/hw-attach.db'' AS x'"
           " WHERE name = 'air'; PRAGMA writable_schema = OFF;"
        << "damaged";
}

void TestHostileFiles::hallplanRunsNothing()
{
    QFETCH(QString, statements);
    QFETCH(QString, message);
    const std::string file = path("hostile.hallplan");
    QFile::remove(QString::fromStdString(file));
    QVERIFY(QFile::copy(QString::fromStdString(mHallplan), QString::fromStdString(file)));
    sql(file, statements.toStdString());
    const std::string before = readAll(file);
    gProbeCalls = 0;
    auto plan = readPlanFile(file);
    QCOMPARE(gProbeCalls, 0); // nothing the file holds ran
    QVERIFY2(!plan.ok(), "a file with foreign schema objects was read");
    QVERIFY2(text(plan.error()).contains(message), qPrintable(text(plan.error())));
    QVERIFY(readAll(file) == before);
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/hw-attach.db")));
    // The probe itself works: reading the view with plain SQLite calls it.
    if (statements.contains(QLatin1String("VIEW v"))) {
        sql(file, "SELECT * FROM v;");
        QVERIFY(gProbeCalls > 0);
    }
}

void TestHostileFiles::hallplanHugeBlob()
{
    // A 100 MB value in a text column: refused by size, without taking the memory.
    const std::string file = path("blob.hallplan");
    QVERIFY(QFile::copy(QString::fromStdString(mHallplan), QString::fromStdString(file)));
    sql(file, "UPDATE halls SET name = CAST(zeroblob(100000000) AS TEXT) WHERE seq = 0;");
    const ChildLoad r = loadInChild(file);
    qInfo("a 100 MB text value: refused in %.1f s, peak %ld MiB: %s", r.seconds, r.peakMiB,
          r.error.c_str());
    QVERIFY2(!r.error.empty(), "read");
    QVERIFY2(r.error.find(file) != std::string::npos, r.error.c_str());
    QVERIFY2(peakWithin(r.peakMiB, 128), qPrintable(QStringLiteral("peak %1 MiB").arg(r.peakMiB)));
}

void TestHostileFiles::hallplanInvalidUtf8()
{
    // The first fuzzing finding (tests/data/fuzz-regressions/hallplan/): bytes that are not
    // UTF-8 in a text column were read, and changed on the way to JSON.
    const std::string file = path("latin1.hallplan");
    QVERIFY(QFile::copy(QString::fromStdString(mHallplan), QString::fromStdString(file)));
    sql(file, "UPDATE racks SET id = CAST(X'48616C6C65E4' AS TEXT) WHERE seq = 0;");
    auto plan = readPlanFile(file);
    QVERIFY(!plan.ok());
    QVERIFY2(text(plan.error()).contains("halls[0].racks[0]: column id is not valid UTF-8 text"),
             qPrintable(text(plan.error())));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "test_hostile_files.moc"
