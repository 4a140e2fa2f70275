// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "core/io/hallplan_format.h"

#include "core/io/json_walker.h"
#include "core/io/sqlite_handle.h"
#include "core/model/plan_limits.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <unordered_map>

namespace hw::core {

using detail::SqliteDb;
using detail::SqliteStmt;

namespace {

// The schema of version 1 files (read, never written since version 2).
constexpr const char *kSchemaV1[] = {
    "CREATE TABLE plan (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL, name TEXT,"
    " pue REAL, assumptions_extras TEXT, catalog_extras TEXT, extras TEXT)",
    "CREATE TABLE rack_types (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT,"
    " width_m REAL NOT NULL, depth_m REAL NOT NULL, height_m REAL, weight_kg REAL,"
    " max_kw REAL NOT NULL, typical_kw REAL, liquid_fraction REAL, gpus INTEGER, pflops TEXT,"
    " source TEXT, confidence TEXT, extras TEXT)",
    "CREATE TABLE cdu_types (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, width_m REAL,"
    " depth_m REAL, capacity_kw REAL, max_flow_lpm REAL, source TEXT, confidence TEXT, extras TEXT)",
    "CREATE TABLE feed_types (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT,"
    " capacity_kw REAL, voltage_v REAL, current_a REAL, phases INTEGER, power_factor REAL,"
    " derate_pct REAL, source TEXT, confidence TEXT, extras TEXT)",
    "CREATE TABLE coolants (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT,"
    " density_kg_per_l REAL NOT NULL, cp_kj_per_kg_k REAL NOT NULL, freeze_c REAL, source TEXT,"
    " confidence TEXT, extras TEXT)",
    "CREATE TABLE phases (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, date TEXT,"
    " extras TEXT)",
    "CREATE TABLE halls (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, origin_x REAL,"
    " origin_y REAL, floor_load_kg_per_m2 REAL, reference_rack_type TEXT, wall_clearance_m REAL,"
    " obstacle_clearance_m REAL, front_clearance_m REAL, rear_clearance_m REAL,"
    " max_row_racks INTEGER, cross_aisle_m REAL, rules_extras TEXT, topology TEXT,"
    " power_extras TEXT, cooling_extras TEXT, extras TEXT)",
    "CREATE TABLE points (owner TEXT NOT NULL, owner_seq INTEGER NOT NULL, idx INTEGER NOT NULL,"
    " x REAL NOT NULL, y REAL NOT NULL, PRIMARY KEY (owner, owner_seq, idx)) WITHOUT ROWID",
    "CREATE TABLE obstacles (seq INTEGER PRIMARY KEY, hall_seq INTEGER NOT NULL, id TEXT NOT NULL,"
    " kind TEXT, extras TEXT)",
    "CREATE TABLE sources (seq INTEGER PRIMARY KEY, hall_seq INTEGER NOT NULL, id TEXT NOT NULL,"
    " capacity_kw REAL, extras TEXT)",
    "CREATE TABLE feeds (seq INTEGER PRIMARY KEY, hall_seq INTEGER NOT NULL, id TEXT NOT NULL,"
    " source TEXT, pair TEXT, type TEXT, capacity_kw REAL, voltage_v REAL, current_a REAL,"
    " phases INTEGER, power_factor REAL, derate_pct REAL, reach_m REAL, extras TEXT)",
    "CREATE TABLE loops (seq INTEGER PRIMARY KEY, hall_seq INTEGER NOT NULL, id TEXT NOT NULL,"
    " coolant TEXT, supply_temp_c REAL, delta_t_k REAL, redundant_cdus INTEGER,"
    " max_pipe_run_m REAL, extras TEXT)",
    "CREATE TABLE cdus (seq INTEGER PRIMARY KEY, hall_seq INTEGER NOT NULL, id TEXT NOT NULL,"
    " loop TEXT, type TEXT, x REAL NOT NULL, y REAL NOT NULL, rotation_deg INTEGER,"
    " width_m REAL, depth_m REAL, capacity_kw REAL, max_flow_lpm REAL, extras TEXT)",
    "CREATE TABLE air (hall_seq INTEGER PRIMARY KEY, unit_kw REAL NOT NULL, units INTEGER NOT NULL,"
    " redundant_units INTEGER, other_load_kw REAL, extras TEXT)",
    "CREATE TABLE racks (seq INTEGER PRIMARY KEY, hall_seq INTEGER NOT NULL, id TEXT NOT NULL,"
    " type TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL, rotation_deg INTEGER,"
    " loop TEXT, phase TEXT, power_kw REAL, extras TEXT)",
    "CREATE TABLE rack_feeds (rack_seq INTEGER NOT NULL, idx INTEGER NOT NULL, feed TEXT NOT NULL,"
    " PRIMARY KEY (rack_seq, idx)) WITHOUT ROWID",
};

constexpr const char *kTablesV1[] = {"plan",   "rack_types", "cdu_types", "feed_types", "coolants",
                                   "phases", "halls",      "points",    "obstacles",  "sources",
                                   "feeds",  "loops",      "cdus",      "air",        "racks",
                                   "rack_feeds"};

// The schema this version writes (user_version 2). Every table keeps file order in `seq`; optional
// plan fields are NULL when not given; `extras` holds the JSON of keys this version does not know.
// Version 2 adds columns at the end of plan, halls, loops, cdus and racks, and the tables tenants,
// reservations, reservation_members and scenarios; a version 1 file reads with those empty. The
// halls of inactive scenarios are rows of the same tables, their hall row naming the scenario in
// scenario_seq (NULL: the plan's own halls, which are the active scenario's). Documented in
// docs/FILE-FORMATS.md; a change here needs kHallplanSchemaVersion + 1 and reading the old one.
constexpr const char *kSchema[] = {
    "CREATE TABLE plan (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL, name TEXT,"
    " pue REAL, assumptions_extras TEXT, catalog_extras TEXT, extras TEXT,"
    " electricity_price_per_mwh REAL, carbon_kg_per_mwh REAL, currency TEXT, active_scenario TEXT)",
    kSchemaV1[1], kSchemaV1[2], kSchemaV1[3], kSchemaV1[4], kSchemaV1[5],
    "CREATE TABLE halls (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, origin_x REAL,"
    " origin_y REAL, floor_load_kg_per_m2 REAL, reference_rack_type TEXT, wall_clearance_m REAL,"
    " obstacle_clearance_m REAL, front_clearance_m REAL, rear_clearance_m REAL,"
    " max_row_racks INTEGER, cross_aisle_m REAL, rules_extras TEXT, topology TEXT,"
    " power_extras TEXT, cooling_extras TEXT, extras TEXT, pue REAL,"
    " electricity_price_per_mwh REAL, carbon_kg_per_mwh REAL, currency TEXT,"
    " assumptions_extras TEXT, scenario_seq INTEGER)",
    kSchemaV1[7], kSchemaV1[8], kSchemaV1[9], kSchemaV1[10],
    "CREATE TABLE loops (seq INTEGER PRIMARY KEY, hall_seq INTEGER NOT NULL, id TEXT NOT NULL,"
    " coolant TEXT, supply_temp_c REAL, delta_t_k REAL, redundant_cdus INTEGER,"
    " max_pipe_run_m REAL, extras TEXT, pump_kw REAL, heat_rejection_kw REAL)",
    "CREATE TABLE cdus (seq INTEGER PRIMARY KEY, hall_seq INTEGER NOT NULL, id TEXT NOT NULL,"
    " loop TEXT, type TEXT, x REAL NOT NULL, y REAL NOT NULL, rotation_deg INTEGER,"
    " width_m REAL, depth_m REAL, capacity_kw REAL, max_flow_lpm REAL, extras TEXT,"
    " pump_kw REAL, heat_rejection_kw REAL)",
    kSchemaV1[13],
    "CREATE TABLE racks (seq INTEGER PRIMARY KEY, hall_seq INTEGER NOT NULL, id TEXT NOT NULL,"
    " type TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL, rotation_deg INTEGER,"
    " loop TEXT, phase TEXT, power_kw REAL, extras TEXT, tenant TEXT)",
    kSchemaV1[15],
    "CREATE TABLE tenants (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, color TEXT,"
    " extras TEXT)",
    "CREATE TABLE reservations (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, tenant TEXT NOT NULL,"
    " hall TEXT NOT NULL, rack_type TEXT NOT NULL, racks INTEGER NOT NULL, phase TEXT, extras TEXT)",
    "CREATE TABLE reservation_members (reservation_seq INTEGER NOT NULL, kind TEXT NOT NULL,"
    " idx INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (reservation_seq, kind, idx)) WITHOUT ROWID",
    "CREATE TABLE scenarios (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, extras TEXT)",
};

constexpr const char *kTables[] = {"plan",      "rack_types", "cdu_types",    "feed_types",  "coolants",
                                   "phases",    "halls",      "points",       "obstacles",   "sources",
                                   "feeds",     "loops",      "cdus",         "air",         "racks",
                                   "rack_feeds", "tenants",   "reservations", "reservation_members",
                                   "scenarios"};


std::optional<std::string> optStr(const std::string &s)
{
    return s.empty() ? std::nullopt : std::optional<std::string>(s);
}
std::optional<std::string> optExtras(const Extras &e) { return optStr(e.json); }

std::string pflopsJson(const std::map<std::string, double> &m)
{
    detail::Json o = detail::Json::object();
    for (const auto &[k, v] : m)
        o[k] = v;
    return o.dump();
}

// --- writing ----------------------------------------------------------------------------------

class Writer
{
public:
    explicit Writer(const SqliteDb &db) : mDb(db) {}

    Result<SqliteStmt> prepare(const char *sql) { return SqliteStmt::prepare(mDb, sql); }

    Status write(const Plan &plan)
    {
        auto fail = [&](const char *what) {
            return Error(std::string("could not write ") + what + ": " + mDb.lastError());
        };
#define HW_PREPARE(var, sql)                                                                       \
    auto var##R = prepare(sql);                                                                    \
    if (!var##R)                                                                                   \
        return var##R.error();                                                                     \
    SqliteStmt &var = *var##R

        HW_PREPARE(planSt, "INSERT INTO plan VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        planSt.bind(1, plan.version);
        planSt.bind(2, optStr(plan.name));
        planSt.bind(3, plan.assumptions.pue);
        planSt.bind(4, optExtras(plan.assumptions.extras));
        planSt.bind(5, optExtras(plan.catalog.extras));
        planSt.bind(6, optExtras(plan.extras));
        planSt.bind(7, plan.assumptions.electricityPricePerMwh);
        planSt.bind(8, plan.assumptions.carbonKgPerMwh);
        planSt.bind(9, plan.assumptions.currency);
        planSt.bind(10, optStr(plan.activeScenario));
        if (!planSt.run())
            return fail("the plan");

        HW_PREPARE(rt, "INSERT INTO rack_types VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        for (std::size_t i = 0; i < plan.catalog.rackTypes.size(); ++i) {
            const RackType &t = plan.catalog.rackTypes[i];
            rt.bind(1, i);
            rt.bind(2, t.id);
            rt.bind(3, optStr(t.name));
            rt.bind(4, t.widthM);
            rt.bind(5, t.depthM);
            rt.bind(6, t.heightM);
            rt.bind(7, t.weightKg);
            rt.bind(8, t.maxKw);
            rt.bind(9, t.typicalKw);
            rt.bind(10, t.liquidFraction);
            rt.bind(11, t.gpus);
            rt.bind(12, t.pflops.empty() ? std::nullopt : optStr(pflopsJson(t.pflops)));
            rt.bind(13, optStr(t.provenance.source));
            rt.bind(14, optStr(t.provenance.confidence));
            rt.bind(15, optExtras(t.extras));
            if (!rt.run())
                return fail("the catalog's rack types");
        }
        HW_PREPARE(ct, "INSERT INTO cdu_types VALUES (?,?,?,?,?,?,?,?,?,?)");
        for (std::size_t i = 0; i < plan.catalog.cduTypes.size(); ++i) {
            const CduType &t = plan.catalog.cduTypes[i];
            ct.bind(1, i);
            ct.bind(2, t.id);
            ct.bind(3, optStr(t.name));
            ct.bind(4, t.widthM);
            ct.bind(5, t.depthM);
            ct.bind(6, t.capacityKw);
            ct.bind(7, t.maxFlowLpm);
            ct.bind(8, optStr(t.provenance.source));
            ct.bind(9, optStr(t.provenance.confidence));
            ct.bind(10, optExtras(t.extras));
            if (!ct.run())
                return fail("the catalog's CDU types");
        }
        HW_PREPARE(ft, "INSERT INTO feed_types VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        for (std::size_t i = 0; i < plan.catalog.feedTypes.size(); ++i) {
            const FeedType &t = plan.catalog.feedTypes[i];
            ft.bind(1, i);
            ft.bind(2, t.id);
            ft.bind(3, optStr(t.name));
            ft.bind(4, t.capacityKw);
            ft.bind(5, t.voltageV);
            ft.bind(6, t.currentA);
            ft.bind(7, t.phases);
            ft.bind(8, t.powerFactor);
            ft.bind(9, t.deratePct);
            ft.bind(10, optStr(t.provenance.source));
            ft.bind(11, optStr(t.provenance.confidence));
            ft.bind(12, optExtras(t.extras));
            if (!ft.run())
                return fail("the catalog's feed types");
        }
        HW_PREPARE(cl, "INSERT INTO coolants VALUES (?,?,?,?,?,?,?,?,?)");
        for (std::size_t i = 0; i < plan.catalog.coolants.size(); ++i) {
            const Coolant &c = plan.catalog.coolants[i];
            cl.bind(1, i);
            cl.bind(2, c.id);
            cl.bind(3, optStr(c.name));
            cl.bind(4, c.densityKgPerL);
            cl.bind(5, c.cpKjPerKgK);
            cl.bind(6, c.freezeC);
            cl.bind(7, optStr(c.provenance.source));
            cl.bind(8, optStr(c.provenance.confidence));
            cl.bind(9, optExtras(c.extras));
            if (!cl.run())
                return fail("the catalog's coolants");
        }
        HW_PREPARE(ph, "INSERT INTO phases VALUES (?,?,?,?,?)");
        for (std::size_t i = 0; i < plan.phases.size(); ++i) {
            const Phase &p = plan.phases[i];
            ph.bind(1, i);
            ph.bind(2, p.id);
            ph.bind(3, optStr(p.name));
            ph.bind(4, optStr(p.date));
            ph.bind(5, optExtras(p.extras));
            if (!ph.run())
                return fail("the phases");
        }

        HW_PREPARE(hall, "INSERT INTO halls VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        HW_PREPARE(pt, "INSERT INTO points VALUES (?,?,?,?,?)");
        HW_PREPARE(ob, "INSERT INTO obstacles VALUES (?,?,?,?,?)");
        HW_PREPARE(src, "INSERT INTO sources VALUES (?,?,?,?,?)");
        HW_PREPARE(fd, "INSERT INTO feeds VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        HW_PREPARE(lp, "INSERT INTO loops VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        HW_PREPARE(cdu, "INSERT INTO cdus VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        HW_PREPARE(air, "INSERT INTO air VALUES (?,?,?,?,?,?)");
        HW_PREPARE(rk, "INSERT INTO racks VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        HW_PREPARE(rf, "INSERT INTO rack_feeds VALUES (?,?,?)");
        HW_PREPARE(tn, "INSERT INTO tenants VALUES (?,?,?,?,?)");
        HW_PREPARE(rs, "INSERT INTO reservations VALUES (?,?,?,?,?,?,?,?)");
        HW_PREPARE(rm, "INSERT INTO reservation_members VALUES (?,?,?,?)");
        HW_PREPARE(sc, "INSERT INTO scenarios VALUES (?,?,?,?)");
#undef HW_PREPARE

        auto points = [&](const char *owner, std::size_t seq, const Polyline &line) {
            for (std::size_t k = 0; k < line.size(); ++k) {
                pt.bind(1, std::string(owner));
                pt.bind(2, seq);
                pt.bind(3, k);
                pt.bind(4, line[k].x);
                pt.bind(5, line[k].y);
                if (!pt.run())
                    return false;
            }
            return true;
        };

        // The plan's own halls, then those of each inactive scenario; one seq across all of them.
        std::vector<std::pair<const Hall *, std::optional<std::size_t>>> halls;
        for (const Hall &H : plan.halls)
            halls.push_back({&H, std::nullopt});
        for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
            for (const Hall &H : plan.scenarios[i].halls)
                halls.push_back({&H, i});
        }
        std::size_t obSeq = 0, srcSeq = 0, fdSeq = 0, lpSeq = 0, cduSeq = 0, rkSeq = 0;
        for (std::size_t h = 0; h < halls.size(); ++h) {
            const Hall &H = *halls[h].first;
            hall.bind(1, h);
            hall.bind(2, H.id);
            hall.bind(3, optStr(H.name));
            hall.bind(4, H.origin ? std::optional<double>(H.origin->x) : std::nullopt);
            hall.bind(5, H.origin ? std::optional<double>(H.origin->y) : std::nullopt);
            hall.bind(6, H.floorLoadKgPerM2);
            hall.bind(7, optStr(H.referenceRackType));
            hall.bind(8, H.rules.wallClearanceM);
            hall.bind(9, H.rules.obstacleClearanceM);
            hall.bind(10, H.rules.frontClearanceM);
            hall.bind(11, H.rules.rearClearanceM);
            hall.bind(12, H.rules.maxRowRacks);
            hall.bind(13, H.rules.crossAisleM);
            hall.bind(14, optExtras(H.rules.extras));
            hall.bind(15, H.power.topology);
            hall.bind(16, optExtras(H.power.extras));
            hall.bind(17, optExtras(H.cooling.extras));
            hall.bind(18, optExtras(H.extras));
            hall.bind(19, H.assumptions.pue);
            hall.bind(20, H.assumptions.electricityPricePerMwh);
            hall.bind(21, H.assumptions.carbonKgPerMwh);
            hall.bind(22, H.assumptions.currency);
            hall.bind(23, optExtras(H.assumptions.extras));
            if (halls[h].second)
                hall.bind(24, *halls[h].second);
            else
                hall.bindNull(24);
            if (!hall.run() || !points("hall", h, H.outline))
                return fail("a hall");

            for (const Obstacle &o : H.obstacles) {
                ob.bind(1, obSeq);
                ob.bind(2, h);
                ob.bind(3, o.id);
                ob.bind(4, optStr(o.kind));
                ob.bind(5, optExtras(o.extras));
                if (!ob.run() || !points("obstacle", obSeq, o.polygon))
                    return fail("an obstacle");
                ++obSeq;
            }
            for (const Source &s : H.power.sources) {
                src.bind(1, srcSeq++);
                src.bind(2, h);
                src.bind(3, s.id);
                src.bind(4, s.capacityKw);
                src.bind(5, optExtras(s.extras));
                if (!src.run())
                    return fail("a source");
            }
            for (const Feed &f : H.power.feeds) {
                fd.bind(1, fdSeq);
                fd.bind(2, h);
                fd.bind(3, f.id);
                fd.bind(4, optStr(f.source));
                fd.bind(5, optStr(f.pair));
                fd.bind(6, optStr(f.type));
                fd.bind(7, f.capacityKw);
                fd.bind(8, f.voltageV);
                fd.bind(9, f.currentA);
                fd.bind(10, f.phases);
                fd.bind(11, f.powerFactor);
                fd.bind(12, f.deratePct);
                fd.bind(13, f.reachM);
                fd.bind(14, optExtras(f.extras));
                if (!fd.run() || !points("feed", fdSeq, f.path))
                    return fail("a feed");
                ++fdSeq;
            }
            for (const Loop &l : H.cooling.loops) {
                lp.bind(1, lpSeq++);
                lp.bind(2, h);
                lp.bind(3, l.id);
                lp.bind(4, l.coolant);
                lp.bind(5, l.supplyTempC);
                lp.bind(6, l.deltaTK);
                lp.bind(7, l.redundantCdus);
                lp.bind(8, l.maxPipeRunM);
                lp.bind(9, optExtras(l.extras));
                lp.bind(10, l.pumpKw);
                lp.bind(11, l.heatRejectionKw);
                if (!lp.run())
                    return fail("a loop");
            }
            for (const Cdu &c : H.cooling.cdus) {
                cdu.bind(1, cduSeq++);
                cdu.bind(2, h);
                cdu.bind(3, c.id);
                cdu.bind(4, optStr(c.loop));
                cdu.bind(5, optStr(c.type));
                cdu.bind(6, c.position.x);
                cdu.bind(7, c.position.y);
                cdu.bind(8, c.rotationDeg);
                cdu.bind(9, c.widthM);
                cdu.bind(10, c.depthM);
                cdu.bind(11, c.capacityKw);
                cdu.bind(12, c.maxFlowLpm);
                cdu.bind(13, optExtras(c.extras));
                cdu.bind(14, c.pumpKw);
                cdu.bind(15, c.heatRejectionKw);
                if (!cdu.run())
                    return fail("a CDU");
            }
            if (const auto &a = H.cooling.air) {
                air.bind(1, h);
                air.bind(2, a->unitKw);
                air.bind(3, a->units);
                air.bind(4, a->redundantUnits);
                air.bind(5, a->otherLoadKw);
                air.bind(6, optExtras(a->extras));
                if (!air.run())
                    return fail("the air cooling");
            }
            for (const Rack &r : H.racks) {
                rk.bind(1, rkSeq);
                rk.bind(2, h);
                rk.bind(3, r.id);
                rk.bind(4, r.type);
                rk.bind(5, r.position.x);
                rk.bind(6, r.position.y);
                rk.bind(7, r.rotationDeg);
                rk.bind(8, optStr(r.loop));
                rk.bind(9, optStr(r.phase));
                rk.bind(10, r.powerKw);
                rk.bind(11, optExtras(r.extras));
                rk.bind(12, optStr(r.tenant));
                if (!rk.run())
                    return fail("a rack");
                for (std::size_t k = 0; k < r.feeds.size(); ++k) {
                    rf.bind(1, rkSeq);
                    rf.bind(2, k);
                    rf.bind(3, r.feeds[k]);
                    if (!rf.run())
                        return fail("a rack's feeds");
                }
                ++rkSeq;
            }
        }
        for (std::size_t i = 0; i < plan.tenants.size(); ++i) {
            const Tenant &t = plan.tenants[i];
            tn.bind(1, i);
            tn.bind(2, t.id);
            tn.bind(3, optStr(t.name));
            tn.bind(4, optStr(t.color));
            tn.bind(5, optExtras(t.extras));
            if (!tn.run())
                return fail("the tenants");
        }
        for (std::size_t i = 0; i < plan.reservations.size(); ++i) {
            const Reservation &r = plan.reservations[i];
            rs.bind(1, i);
            rs.bind(2, r.id);
            rs.bind(3, r.tenant);
            rs.bind(4, r.hall);
            rs.bind(5, r.rackType);
            rs.bind(6, r.racks);
            rs.bind(7, optStr(r.phase));
            rs.bind(8, optExtras(r.extras));
            if (!rs.run())
                return fail("the reservations");
            for (const auto &[kind, names] : {std::pair<const char *, const std::vector<std::string> *>{"pair", &r.pairs},
                                              {"loop", &r.loops}}) {
                for (std::size_t k = 0; k < names->size(); ++k) {
                    rm.bind(1, i);
                    rm.bind(2, std::string(kind));
                    rm.bind(3, k);
                    rm.bind(4, (*names)[k]);
                    if (!rm.run())
                        return fail("the reservations");
                }
            }
        }
        for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
            const Scenario &v = plan.scenarios[i];
            sc.bind(1, i);
            sc.bind(2, v.id);
            sc.bind(3, optStr(v.name));
            sc.bind(4, optExtras(v.extras));
            if (!sc.run())
                return fail("the scenarios");
        }
        return Done{};
    }

private:
    const SqliteDb &mDb;
};

std::string describeWriteError(const SqliteDb &db, const std::string &path)
{
    const int code = db.lastErrorCode() & 0xff;
    if (code == SQLITE_FULL)
        return "the disk is full; " + path + " could not be written";
    if (code == SQLITE_IOERR)
        return "a write failed (" + db.lastError() + "); " + path + " could not be written";
    return db.lastError();
}

// --- reading ----------------------------------------------------------------------------------

/** Whether `s` is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF). */
bool isUtf8(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80           ? 1
                              : (c >> 5) == 0x6  ? 2
                              : (c >> 4) == 0xE  ? 3
                              : (c >> 3) == 0x1E ? 4
                                                 : 0;
        if (n == 0 || i + n > s.size())
            return false;
        std::uint32_t cp = n == 1 ? c : c & (0x7F >> n);
        for (std::size_t k = 1; k < n; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (b & 0x3F);
        }
        static constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n;
    }
    return true;
}

/** Reads columns with checks; a bad value is a problem named by place and column. */
class RowReader
{
public:
    RowReader(SqliteStmt &st, std::vector<Problem> &problems) : mSt(st), mProblems(problems) {}

    void setPlace(std::string place) { mPlace = std::move(place); }

    std::string str(int c, const char *name, bool required = false)
    {
        if (mSt.isNull(c)) {
            if (required)
                bad(name, "is missing");
            return {};
        }
        if (mSt.columnType(c) != SQLITE_TEXT) {
            bad(name, "is not text");
            return {};
        }
        std::string s = mSt.text(c);
        if (!isUtf8(s)) {
            // JSON and the GUI hold only UTF-8: such a value could not be saved back unchanged.
            bad(name, "is not valid UTF-8 text");
            return {};
        }
        return s;
    }
    std::optional<std::string> optStr(int c, const char *name)
    {
        if (mSt.isNull(c))
            return std::nullopt;
        return str(c, name);
    }
    std::optional<double> optReal(int c, const char *name)
    {
        if (mSt.isNull(c))
            return std::nullopt;
        const int t = mSt.columnType(c);
        if (t != SQLITE_FLOAT && t != SQLITE_INTEGER) {
            bad(name, "is not a number");
            return std::nullopt;
        }
        const double v = mSt.real(c);
        if (!std::isfinite(v)) {
            bad(name, "is not a finite number");
            return std::nullopt;
        }
        return v;
    }
    double real(int c, const char *name)
    {
        auto v = optReal(c, name);
        if (!v && mSt.isNull(c))
            bad(name, "is missing");
        return v.value_or(0.0);
    }
    std::optional<int> optInt(int c, const char *name)
    {
        if (mSt.isNull(c))
            return std::nullopt;
        if (mSt.columnType(c) != SQLITE_INTEGER) {
            bad(name, "is not a whole number");
            return std::nullopt;
        }
        const long long v = mSt.integer(c);
        if (v < -1000000000LL || v > 1000000000LL) {
            bad(name, "is out of range");
            return std::nullopt;
        }
        return static_cast<int>(v);
    }
    int integer(int c, const char *name)
    {
        auto v = optInt(c, name);
        if (!v && mSt.isNull(c))
            bad(name, "is missing");
        return v.value_or(0);
    }
    Extras extras(int c)
    {
        auto s = optStr(c, "extras");
        if (!s)
            return {};
        auto parsed = detail::Json::parse(*s, nullptr, false);
        if (!parsed.is_object()) {
            bad("extras", "is not a JSON object");
            return {};
        }
        return {*s};
    }

    void bad(const char *name, const std::string &what)
    {
        mProblems.push_back({mPlace, std::string("column ") + name + " " + what});
    }

private:
    SqliteStmt &mSt;
    std::vector<Problem> &mProblems;
    std::string mPlace;
};

std::string place(const char *kind, std::size_t i) { return std::string(kind) + "[" + std::to_string(i) + "]"; }
std::string place(const std::string &hall, const char *kind, std::size_t i)
{
    return hall + "." + place(kind, i);
}

Result<Plan> readContent(const SqliteDb &db, int schema)
{
    std::vector<Problem> problems;
    Plan plan;
    auto prep = [&](const std::string &sql) { return SqliteStmt::prepare(db, sql.c_str()); };
    // Columns added by schema 2 read as NULL from a version 1 file.
    auto since2 = [&](const char *column) { return std::string(schema >= 2 ? column : "NULL"); };
    auto damaged = [&](const char *what) {
        return Error(std::string("the file is damaged: ") + what + " (" + db.lastError() + ")");
    };

    {
        auto st = prep("SELECT version, name, pue, assumptions_extras, catalog_extras, extras, " +
                       since2("electricity_price_per_mwh") + ", " + since2("carbon_kg_per_mwh") + ", " +
                       since2("currency") + ", " + since2("active_scenario") + " FROM plan WHERE id = 1");
        if (!st)
            return damaged("no plan table");
        if (st->step() != SQLITE_ROW)
            return Error("the file holds no plan (its plan table is empty)");
        RowReader r(*st, problems);
        r.setPlace("plan");
        plan.version = r.integer(0, "version");
        if (plan.version > kPlanFormatVersion)
            return Error("version", "this plan is format version " + std::to_string(plan.version) +
                                        ", which needs a newer Hallwright; this one reads version " +
                                        std::to_string(kPlanFormatVersion) + " and older");
        plan.name = r.str(1, "name");
        plan.assumptions.pue = r.optReal(2, "pue");
        plan.assumptions.extras = r.extras(3);
        plan.catalog.extras = r.extras(4);
        plan.extras = r.extras(5);
        plan.assumptions.electricityPricePerMwh = r.optReal(6, "electricity_price_per_mwh");
        plan.assumptions.carbonKgPerMwh = r.optReal(7, "carbon_kg_per_mwh");
        plan.assumptions.currency = r.optStr(8, "currency");
        plan.activeScenario = r.str(9, "active_scenario");
    }

    // Points of outlines, obstacles and feed paths, by owner.
    std::map<std::pair<std::string, long long>, Polyline> points;
    {
        auto st = prep("SELECT owner, owner_seq, x, y FROM points ORDER BY owner, owner_seq, idx");
        if (!st)
            return damaged("no points table");
        RowReader r(*st, problems);
        r.setPlace("points");
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            const std::string owner = r.str(0, "owner");
            const long long seq = st->integer(1);
            points[{owner, seq}].push_back({r.real(2, "x"), r.real(3, "y")});
        }
        if (rc != SQLITE_DONE)
            return damaged("points unreadable");
    }
    auto takePoints = [&](const char *owner, long long seq) {
        auto it = points.find({owner, seq});
        return it == points.end() ? Polyline{} : std::move(it->second);
    };

    // Catalog.
    {
        auto st = prep("SELECT id, name, width_m, depth_m, height_m, weight_kg, max_kw, typical_kw,"
                       " liquid_fraction, gpus, pflops, source, confidence, extras"
                       " FROM rack_types ORDER BY seq");
        if (!st)
            return damaged("no rack_types table");
        RowReader r(*st, problems);
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            r.setPlace(place("catalog.rackTypes", plan.catalog.rackTypes.size()));
            RackType t;
            t.id = r.str(0, "id", true);
            t.name = r.str(1, "name");
            t.widthM = r.real(2, "width_m");
            t.depthM = r.real(3, "depth_m");
            t.heightM = r.optReal(4, "height_m");
            t.weightKg = r.optReal(5, "weight_kg");
            t.maxKw = r.real(6, "max_kw");
            t.typicalKw = r.optReal(7, "typical_kw");
            t.liquidFraction = r.optReal(8, "liquid_fraction");
            t.gpus = r.optInt(9, "gpus");
            if (auto fl = r.optStr(10, "pflops")) {
                auto j = detail::Json::parse(*fl, nullptr, false);
                if (!j.is_object())
                    r.bad("pflops", "is not a JSON object");
                else
                    for (auto it = j.begin(); it != j.end(); ++it) {
                        if (it->is_number() && std::isfinite(it->get<double>()))
                            t.pflops[it.key()] = it->get<double>();
                        else
                            r.bad("pflops", "holds a value that is not a number");
                    }
            }
            t.provenance = {r.str(11, "source"), r.str(12, "confidence")};
            t.extras = r.extras(13);
            plan.catalog.rackTypes.push_back(std::move(t));
        }
        if (rc != SQLITE_DONE)
            return damaged("rack_types unreadable");
    }
    {
        auto st = prep("SELECT id, name, width_m, depth_m, capacity_kw, max_flow_lpm, source,"
                       " confidence, extras FROM cdu_types ORDER BY seq");
        if (!st)
            return damaged("no cdu_types table");
        RowReader r(*st, problems);
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            r.setPlace(place("catalog.cduTypes", plan.catalog.cduTypes.size()));
            CduType t;
            t.id = r.str(0, "id", true);
            t.name = r.str(1, "name");
            t.widthM = r.optReal(2, "width_m");
            t.depthM = r.optReal(3, "depth_m");
            t.capacityKw = r.optReal(4, "capacity_kw");
            t.maxFlowLpm = r.optReal(5, "max_flow_lpm");
            t.provenance = {r.str(6, "source"), r.str(7, "confidence")};
            t.extras = r.extras(8);
            plan.catalog.cduTypes.push_back(std::move(t));
        }
        if (rc != SQLITE_DONE)
            return damaged("cdu_types unreadable");
    }
    {
        auto st = prep("SELECT id, name, capacity_kw, voltage_v, current_a, phases, power_factor,"
                       " derate_pct, source, confidence, extras FROM feed_types ORDER BY seq");
        if (!st)
            return damaged("no feed_types table");
        RowReader r(*st, problems);
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            r.setPlace(place("catalog.feedTypes", plan.catalog.feedTypes.size()));
            FeedType t;
            t.id = r.str(0, "id", true);
            t.name = r.str(1, "name");
            t.capacityKw = r.optReal(2, "capacity_kw");
            t.voltageV = r.optReal(3, "voltage_v");
            t.currentA = r.optReal(4, "current_a");
            t.phases = r.optInt(5, "phases");
            t.powerFactor = r.optReal(6, "power_factor");
            t.deratePct = r.optReal(7, "derate_pct");
            t.provenance = {r.str(8, "source"), r.str(9, "confidence")};
            t.extras = r.extras(10);
            plan.catalog.feedTypes.push_back(std::move(t));
        }
        if (rc != SQLITE_DONE)
            return damaged("feed_types unreadable");
    }
    {
        auto st = prep("SELECT id, name, density_kg_per_l, cp_kj_per_kg_k, freeze_c, source,"
                       " confidence, extras FROM coolants ORDER BY seq");
        if (!st)
            return damaged("no coolants table");
        RowReader r(*st, problems);
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            r.setPlace(place("catalog.coolants", plan.catalog.coolants.size()));
            Coolant c;
            c.id = r.str(0, "id", true);
            c.name = r.str(1, "name");
            c.densityKgPerL = r.real(2, "density_kg_per_l");
            c.cpKjPerKgK = r.real(3, "cp_kj_per_kg_k");
            c.freezeC = r.optReal(4, "freeze_c");
            c.provenance = {r.str(5, "source"), r.str(6, "confidence")};
            c.extras = r.extras(7);
            plan.catalog.coolants.push_back(std::move(c));
        }
        if (rc != SQLITE_DONE)
            return damaged("coolants unreadable");
    }
    {
        auto st = prep("SELECT id, name, date, extras FROM phases ORDER BY seq");
        if (!st)
            return damaged("no phases table");
        RowReader r(*st, problems);
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            r.setPlace(place("phases", plan.phases.size()));
            Phase p;
            p.id = r.str(0, "id", true);
            p.name = r.str(1, "name");
            p.date = r.str(2, "date");
            p.extras = r.extras(3);
            plan.phases.push_back(std::move(p));
        }
        if (rc != SQLITE_DONE)
            return damaged("phases unreadable");
    }

    // Scenarios, whose halls follow with the plan's own.
    std::unordered_map<long long, std::size_t> scenarioIndex;
    if (schema >= 2) {
        auto st = prep("SELECT seq, id, name, extras FROM scenarios ORDER BY seq");
        if (!st)
            return damaged("no scenarios table");
        RowReader r(*st, problems);
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            r.setPlace(place("scenarios", plan.scenarios.size()));
            Scenario v;
            v.id = r.str(1, "id", true);
            v.name = r.str(2, "name");
            v.extras = r.extras(3);
            scenarioIndex[st->integer(0)] = plan.scenarios.size();
            plan.scenarios.push_back(std::move(v));
        }
        if (rc != SQLITE_DONE)
            return damaged("scenarios unreadable");
    }

    // Halls, then everything that belongs to one, attached by hall_seq. A hall belongs to the
    // plan, or to the inactive scenario its scenario_seq names.
    struct HallSlot
    {
        int scenario = -1; ///< -1: the plan's own halls
        std::size_t index = 0;
    };
    std::unordered_map<long long, HallSlot> hallIndex;
    {
        auto st = prep("SELECT seq, id, name, origin_x, origin_y, floor_load_kg_per_m2,"
                       " reference_rack_type, wall_clearance_m, obstacle_clearance_m,"
                       " front_clearance_m, rear_clearance_m, max_row_racks, cross_aisle_m,"
                       " rules_extras, topology, power_extras, cooling_extras, extras, " +
                       since2("pue") + ", " + since2("electricity_price_per_mwh") + ", " +
                       since2("carbon_kg_per_mwh") + ", " + since2("currency") + ", " +
                       since2("assumptions_extras") + ", " + since2("scenario_seq") +
                       " FROM halls ORDER BY seq");
        if (!st)
            return damaged("no halls table");
        RowReader r(*st, problems);
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            const long long seq = st->integer(0);
            std::vector<Hall> *owner = &plan.halls;
            std::string prefix;
            HallSlot slot;
            r.setPlace("halls");
            if (auto sc = r.optInt(23, "scenario_seq")) {
                auto it = scenarioIndex.find(*sc);
                if (it == scenarioIndex.end()) {
                    r.setPlace("halls");
                    r.bad("scenario_seq", "names no scenario");
                    continue;
                }
                slot.scenario = static_cast<int>(it->second);
                owner = &plan.scenarios[it->second].halls;
                prefix = place("scenarios", it->second) + ".";
            }
            slot.index = owner->size();
            r.setPlace(prefix + place("halls", owner->size()));
            Hall h;
            h.id = r.str(1, "id", true);
            h.name = r.str(2, "name");
            auto ox = r.optReal(3, "origin_x");
            auto oy = r.optReal(4, "origin_y");
            if (ox && oy)
                h.origin = Vec2{*ox, *oy};
            h.floorLoadKgPerM2 = r.optReal(5, "floor_load_kg_per_m2");
            h.referenceRackType = r.str(6, "reference_rack_type");
            h.rules.wallClearanceM = r.optReal(7, "wall_clearance_m");
            h.rules.obstacleClearanceM = r.optReal(8, "obstacle_clearance_m");
            h.rules.frontClearanceM = r.optReal(9, "front_clearance_m");
            h.rules.rearClearanceM = r.optReal(10, "rear_clearance_m");
            h.rules.maxRowRacks = r.optInt(11, "max_row_racks");
            h.rules.crossAisleM = r.optReal(12, "cross_aisle_m");
            h.rules.extras = r.extras(13);
            h.power.topology = r.optStr(14, "topology");
            h.power.extras = r.extras(15);
            h.cooling.extras = r.extras(16);
            h.extras = r.extras(17);
            h.assumptions.pue = r.optReal(18, "pue");
            h.assumptions.electricityPricePerMwh = r.optReal(19, "electricity_price_per_mwh");
            h.assumptions.carbonKgPerMwh = r.optReal(20, "carbon_kg_per_mwh");
            h.assumptions.currency = r.optStr(21, "currency");
            h.assumptions.extras = r.extras(22);
            h.outline = takePoints("hall", seq);
            hallIndex[seq] = slot;
            owner->push_back(std::move(h));
        }
        if (rc != SQLITE_DONE)
            return damaged("halls unreadable");
    }
    // Every hall is read: the lists no longer move, so pointers to halls stay valid.
    std::unordered_map<const Hall *, std::string> hallPlaces;
    for (std::size_t i = 0; i < plan.halls.size(); ++i)
        hallPlaces[&plan.halls[i]] = place("halls", i);
    for (std::size_t s = 0; s < plan.scenarios.size(); ++s) {
        for (std::size_t i = 0; i < plan.scenarios[s].halls.size(); ++i)
            hallPlaces[&plan.scenarios[s].halls[i]] = place("scenarios", s) + "." + place("halls", i);
    }
    auto hallOf = [&](SqliteStmt &st, int col, RowReader &r) -> Hall * {
        auto it = hallIndex.find(st.integer(col));
        if (it == hallIndex.end()) {
            r.bad("hall_seq", "names no hall");
            return nullptr;
        }
        const HallSlot &slot = it->second;
        return slot.scenario < 0 ? &plan.halls[slot.index]
                                 : &plan.scenarios[static_cast<std::size_t>(slot.scenario)].halls[slot.index];
    };
    auto hallPlace = [&](const Hall *h) { return hallPlaces.at(h); };

    {
        auto st = prep("SELECT seq, hall_seq, id, kind, extras FROM obstacles ORDER BY seq");
        if (!st)
            return damaged("no obstacles table");
        RowReader r(*st, problems);
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            r.setPlace("obstacles");
            Hall *h = hallOf(*st, 1, r);
            if (!h)
                continue;
            r.setPlace(place(hallPlace(h), "obstacles", h->obstacles.size()));
            Obstacle o;
            o.id = r.str(2, "id", true);
            o.kind = r.str(3, "kind");
            o.extras = r.extras(4);
            o.polygon = takePoints("obstacle", st->integer(0));
            h->obstacles.push_back(std::move(o));
        }
        if (rc != SQLITE_DONE)
            return damaged("obstacles unreadable");
    }
    {
        auto st = prep("SELECT hall_seq, id, capacity_kw, extras FROM sources ORDER BY seq");
        if (!st)
            return damaged("no sources table");
        RowReader r(*st, problems);
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            r.setPlace("sources");
            Hall *h = hallOf(*st, 0, r);
            if (!h)
                continue;
            r.setPlace(place(hallPlace(h), "power.sources", h->power.sources.size()));
            Source s;
            s.id = r.str(1, "id", true);
            s.capacityKw = r.optReal(2, "capacity_kw");
            s.extras = r.extras(3);
            h->power.sources.push_back(std::move(s));
        }
        if (rc != SQLITE_DONE)
            return damaged("sources unreadable");
    }
    {
        auto st = prep("SELECT seq, hall_seq, id, source, pair, type, capacity_kw, voltage_v,"
                       " current_a, phases, power_factor, derate_pct, reach_m, extras"
                       " FROM feeds ORDER BY seq");
        if (!st)
            return damaged("no feeds table");
        RowReader r(*st, problems);
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            r.setPlace("feeds");
            Hall *h = hallOf(*st, 1, r);
            if (!h)
                continue;
            r.setPlace(place(hallPlace(h), "power.feeds", h->power.feeds.size()));
            Feed f;
            f.id = r.str(2, "id", true);
            f.source = r.str(3, "source");
            f.pair = r.str(4, "pair");
            f.type = r.str(5, "type");
            f.capacityKw = r.optReal(6, "capacity_kw");
            f.voltageV = r.optReal(7, "voltage_v");
            f.currentA = r.optReal(8, "current_a");
            f.phases = r.optInt(9, "phases");
            f.powerFactor = r.optReal(10, "power_factor");
            f.deratePct = r.optReal(11, "derate_pct");
            f.reachM = r.optReal(12, "reach_m");
            f.extras = r.extras(13);
            f.path = takePoints("feed", st->integer(0));
            h->power.feeds.push_back(std::move(f));
        }
        if (rc != SQLITE_DONE)
            return damaged("feeds unreadable");
    }
    {
        auto st = prep("SELECT hall_seq, id, coolant, supply_temp_c, delta_t_k, redundant_cdus,"
                       " max_pipe_run_m, extras, " +
                       since2("pump_kw") + ", " + since2("heat_rejection_kw") + " FROM loops ORDER BY seq");
        if (!st)
            return damaged("no loops table");
        RowReader r(*st, problems);
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            r.setPlace("loops");
            Hall *h = hallOf(*st, 0, r);
            if (!h)
                continue;
            r.setPlace(place(hallPlace(h), "cooling.loops", h->cooling.loops.size()));
            Loop l;
            l.id = r.str(1, "id", true);
            l.coolant = r.optStr(2, "coolant");
            l.supplyTempC = r.optReal(3, "supply_temp_c");
            l.deltaTK = r.optReal(4, "delta_t_k");
            l.redundantCdus = r.optInt(5, "redundant_cdus");
            l.maxPipeRunM = r.optReal(6, "max_pipe_run_m");
            l.extras = r.extras(7);
            l.pumpKw = r.optReal(8, "pump_kw");
            l.heatRejectionKw = r.optReal(9, "heat_rejection_kw");
            h->cooling.loops.push_back(std::move(l));
        }
        if (rc != SQLITE_DONE)
            return damaged("loops unreadable");
    }
    {
        auto st = prep("SELECT hall_seq, id, loop, type, x, y, rotation_deg, width_m, depth_m,"
                       " capacity_kw, max_flow_lpm, extras, " +
                       since2("pump_kw") + ", " + since2("heat_rejection_kw") + " FROM cdus ORDER BY seq");
        if (!st)
            return damaged("no cdus table");
        RowReader r(*st, problems);
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            r.setPlace("cdus");
            Hall *h = hallOf(*st, 0, r);
            if (!h)
                continue;
            r.setPlace(place(hallPlace(h), "cooling.cdus", h->cooling.cdus.size()));
            Cdu c;
            c.id = r.str(1, "id", true);
            c.loop = r.str(2, "loop");
            c.type = r.str(3, "type");
            c.position = {r.real(4, "x"), r.real(5, "y")};
            c.rotationDeg = r.optInt(6, "rotation_deg");
            c.widthM = r.optReal(7, "width_m");
            c.depthM = r.optReal(8, "depth_m");
            c.capacityKw = r.optReal(9, "capacity_kw");
            c.maxFlowLpm = r.optReal(10, "max_flow_lpm");
            c.extras = r.extras(11);
            c.pumpKw = r.optReal(12, "pump_kw");
            c.heatRejectionKw = r.optReal(13, "heat_rejection_kw");
            h->cooling.cdus.push_back(std::move(c));
        }
        if (rc != SQLITE_DONE)
            return damaged("cdus unreadable");
    }
    {
        auto st = prep("SELECT hall_seq, unit_kw, units, redundant_units, other_load_kw, extras"
                       " FROM air");
        if (!st)
            return damaged("no air table");
        RowReader r(*st, problems);
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            r.setPlace("air");
            Hall *h = hallOf(*st, 0, r);
            if (!h)
                continue;
            r.setPlace(hallPlace(h) + ".cooling.air");
            Air a;
            a.unitKw = r.real(1, "unit_kw");
            a.units = r.integer(2, "units");
            a.redundantUnits = r.optInt(3, "redundant_units");
            a.otherLoadKw = r.optReal(4, "other_load_kw");
            a.extras = r.extras(5);
            h->cooling.air = std::move(a);
        }
        if (rc != SQLITE_DONE)
            return damaged("air unreadable");
    }
    {
        std::unordered_map<long long, std::vector<std::string>> rackFeeds;
        auto fs = prep("SELECT rack_seq, feed FROM rack_feeds ORDER BY rack_seq, idx");
        if (!fs)
            return damaged("no rack_feeds table");
        RowReader fr(*fs, problems);
        fr.setPlace("rack_feeds");
        int frc;
        while ((frc = fs->step()) == SQLITE_ROW)
            rackFeeds[fs->integer(0)].push_back(fr.str(1, "feed", true));
        if (frc != SQLITE_DONE)
            return damaged("rack_feeds unreadable");

        auto st = prep("SELECT seq, hall_seq, id, type, x, y, rotation_deg, loop, phase, power_kw,"
                       " extras, " +
                       since2("tenant") + " FROM racks ORDER BY seq");
        if (!st)
            return damaged("no racks table");
        RowReader r(*st, problems);
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            r.setPlace("racks");
            Hall *h = hallOf(*st, 1, r);
            if (!h)
                continue;
            r.setPlace(place(hallPlace(h), "racks", h->racks.size()));
            Rack k;
            k.id = r.str(2, "id", true);
            k.type = r.str(3, "type", true);
            k.position = {r.real(4, "x"), r.real(5, "y")};
            k.rotationDeg = r.optInt(6, "rotation_deg");
            k.loop = r.str(7, "loop");
            k.phase = r.str(8, "phase");
            k.powerKw = r.optReal(9, "power_kw");
            k.extras = r.extras(10);
            k.tenant = r.str(11, "tenant");
            if (auto it = rackFeeds.find(st->integer(0)); it != rackFeeds.end())
                k.feeds = std::move(it->second);
            h->racks.push_back(std::move(k));
        }
        if (rc != SQLITE_DONE)
            return damaged("racks unreadable");
    }

    if (schema >= 2) {
        auto st = prep("SELECT id, name, color, extras FROM tenants ORDER BY seq");
        if (!st)
            return damaged("no tenants table");
        RowReader r(*st, problems);
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            r.setPlace(place("tenants", plan.tenants.size()));
            Tenant t;
            t.id = r.str(0, "id", true);
            t.name = r.str(1, "name");
            t.color = r.str(2, "color");
            t.extras = r.extras(3);
            plan.tenants.push_back(std::move(t));
        }
        if (rc != SQLITE_DONE)
            return damaged("tenants unreadable");

        std::map<long long, std::vector<std::pair<std::string, std::string>>> members;
        auto ms = prep("SELECT reservation_seq, kind, name FROM reservation_members"
                       " ORDER BY reservation_seq, kind, idx");
        if (!ms)
            return damaged("no reservation_members table");
        RowReader mr(*ms, problems);
        mr.setPlace("reservation_members");
        while ((rc = ms->step()) == SQLITE_ROW)
            members[ms->integer(0)].push_back({mr.str(1, "kind", true), mr.str(2, "name", true)});
        if (rc != SQLITE_DONE)
            return damaged("reservation members unreadable");

        auto rs = prep("SELECT seq, id, tenant, hall, rack_type, racks, phase, extras FROM reservations"
                       " ORDER BY seq");
        if (!rs)
            return damaged("no reservations table");
        RowReader rr(*rs, problems);
        while ((rc = rs->step()) == SQLITE_ROW) {
            rr.setPlace(place("reservations", plan.reservations.size()));
            Reservation v;
            v.id = rr.str(1, "id", true);
            v.tenant = rr.str(2, "tenant", true);
            v.hall = rr.str(3, "hall", true);
            v.rackType = rr.str(4, "rack_type", true);
            v.racks = rr.integer(5, "racks");
            v.phase = rr.str(6, "phase");
            v.extras = rr.extras(7);
            for (const auto &[kind, name] : members[rs->integer(0)]) {
                if (kind == "pair")
                    v.pairs.push_back(name);
                else if (kind == "loop")
                    v.loops.push_back(name);
                else
                    rr.bad("kind", "of a reservation member is not pair or loop");
            }
            plan.reservations.push_back(std::move(v));
        }
        if (rc != SQLITE_DONE)
            return damaged("reservations unreadable");
    }

    if (!problems.empty()) {
        Error e;
        e.problems = std::move(problems);
        return e;
    }
    return plan;
}

static_assert(std::size(kSchema) == std::size(kTables), "one CREATE statement per table, in order");
static_assert(std::size(kSchemaV1) == std::size(kTablesV1), "one CREATE statement per table, in order");

/** The schema must be exactly ours: no other tables, and no views, triggers or indexes. */
Status checkSchema(const SqliteDb &db, int schema)
{
    const char *const *names = schema >= 2 ? kTables : kTablesV1;
    const char *const *creates = schema >= 2 ? kSchema : kSchemaV1;
    const std::size_t count = schema >= 2 ? std::size(kTables) : std::size(kTablesV1);
    auto st = SqliteStmt::prepare(db, "SELECT type, name, sql FROM sqlite_schema");
    if (!st)
        return Error(db.lastError());
    std::set<std::string> tables;
    int rc;
    while ((rc = st->step()) == SQLITE_ROW) {
        const std::string type = st->text(0), name = st->text(1), sql = st->text(2);
        if (type == "table") {
            // Each of our tables must be exactly as written: SQLite keeps the CREATE text.
            for (std::size_t i = 0; i < count; ++i) {
                if (name == names[i] && sql != creates[i])
                    return Error("the file's table \"" + name +
                                 "\" is not the one Hallwright writes (its columns differ); it is refused");
            }
            tables.insert(name);
            continue;
        }
        if (type == "index" && name.rfind("sqlite_autoindex_", 0) == 0)
            continue;
        return Error("the file holds a " + type + " \"" + name +
                     "\" that Hallwright never writes; it is refused so that nothing in it runs");
    }
    if (rc != SQLITE_DONE)
        return Error(db.lastError());
    for (std::size_t i = 0; i < count; ++i) {
        const char *t = names[i];
        if (!tables.count(t))
            return Error(std::string("the file is damaged: the table \"") + t + "\" is missing");
        tables.erase(t);
    }
    if (!tables.empty())
        return Error("the file holds a table \"" + *tables.begin() +
                     "\" that Hallwright never writes; it is refused");
    return Done{};
}

/**
 * The authorizer while a file is read: reads of tables, the pragmas readHallplan() asks (without a
 * value) and count() only. Behind the schema check, it makes sure that nothing a file holds can
 * make the connection write, attach another database or call a function.
 */
int readOnlyAuthorizer(void *, int action, const char *arg1, const char *arg2, const char *,
                       const char *)
{
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
        return SQLITE_OK;
    case SQLITE_PRAGMA:
        for (const char *name : {"application_id", "user_version", "quick_check"}) {
            if (arg1 && std::strcmp(arg1, name) == 0 && !arg2)
                return SQLITE_OK;
        }
        return SQLITE_DENY;
    case SQLITE_FUNCTION:
        return arg2 && std::strcmp(arg2, "count") == 0 ? SQLITE_OK : SQLITE_DENY;
    default:
        return SQLITE_DENY;
    }
}

/**
 * Refuses a file with more rows in a table than a plan can hold, before they are read into
 * memory (kMaxHallplanTableRows; racks: kMaxPlanRacks).
 */
Status checkRowCounts(const SqliteDb &db)
{
    auto names = SqliteStmt::prepare(db, "SELECT name FROM sqlite_schema WHERE type = 'table'");
    if (!names)
        return Error(db.lastError());
    while (names->step() == SQLITE_ROW) {
        const std::string table = names->text(0);
        auto count = SqliteStmt::prepare(db, ("SELECT count(*) FROM \"" + table + "\"").c_str());
        if (!count || count->step() != SQLITE_ROW)
            return Error(db.lastError());
        const auto rows = static_cast<std::size_t>(count->integer(0));
        const std::size_t limit = table == "racks" ? kMaxPlanRacks : kMaxHallplanTableRows;
        if (rows > limit)
            return Error("the file holds " + std::to_string(rows) + " rows in its table \"" +
                         table + "\"; Hallwright reads at most " + std::to_string(limit) +
                         (table == "racks" ? " racks" : "") + " (docs/RELIABILITY.md)");
    }
    return Done{};
}

/** What a failed read says about the file: damaged, not SQLite, or another problem. */
std::string describeReadError(const SqliteDb &db)
{
    const int code = db.lastErrorCode() & 0xff;
    if (code == SQLITE_NOTADB)
        return "not a Hallwright plan (the file is not an SQLite database)";
    if (code == SQLITE_CORRUPT)
        return "the file is damaged (" + db.lastError() + ")";
    return "cannot read: " + db.lastError();
}

std::uint32_t bigEndian32(const unsigned char *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

/**
 * Looks at the file before SQLite does. SQLite reads an empty or cut-short file as an empty or
 * zero-padded database, which would be misreported as another program's file or even read; the
 * header says how large the file must be.
 */
Status checkFileHeader(const std::string &path)
{
    static const char kMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error(path, std::string("cannot open: ") + std::strerror(errno));
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::uint64_t>(std::max<std::streamoff>(in.tellg(), 0));
    in.seekg(0);
    unsigned char header[100] = {};
    in.read(reinterpret_cast<char *>(header), sizeof header);
    const auto got = static_cast<std::size_t>(in.gcount());
    if (size == 0)
        return Error(path, "not a Hallwright plan (the file is empty)");
    if (std::memcmp(header, kMagic, std::min<std::size_t>(got, sizeof kMagic)) != 0)
        return Error(path, "not a Hallwright plan (the file is not an SQLite database)");
    if (got < sizeof header)
        return Error(path, "the file is damaged: it is cut short (" + std::to_string(size) +
                               " bytes)");
    const std::uint32_t pageSize =
        header[16] == 0 && header[17] == 1 ? 65536u : (std::uint32_t(header[16]) << 8) | header[17];
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Error(path, "the file is damaged: its header is invalid");
    if (header[18] != 1 || header[19] != 1)
        return Error(path, "not a Hallwright plan (the database uses a journal mode Hallwright "
                           "never writes)");
    const std::uint32_t pages = bigEndian32(header + 28);
    const bool pagesValid = pages > 0 && bigEndian32(header + 92) == bigEndian32(header + 24);
    if (pagesValid && size < std::uint64_t(pages) * pageSize)
        return Error(path, "the file is damaged: it is cut short (" + std::to_string(size) +
                               " of " + std::to_string(std::uint64_t(pages) * pageSize) +
                               " bytes)");
    if (size % pageSize != 0)
        return Error(path, "the file is damaged: its size is not a whole number of pages");
    return Done{};
}

} // namespace

Status writeHallplan(const Plan &plan, const std::string &path, const HallplanWriteOptions &options)
{
    auto db = detail::SqliteDb::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                                               SQLITE_OPEN_EXCLUSIVE,
                                     options.vfs.empty() ? nullptr : options.vfs.c_str());
    if (!db)
        return Error(path, "cannot create the file: " + db.error().toString());
    // The file is new and is renamed into place only when complete, so no rollback journal is
    // needed; synchronous=FULL makes SQLite sync the data before the commit returns.
    if (auto s = db->exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = FULL;"); !s)
        return Error(path, s.error().toString());
    const std::string pragmas = "PRAGMA application_id = " + std::to_string(kHallplanApplicationId) +
                                "; PRAGMA user_version = " + std::to_string(kHallplanSchemaVersion) +
                                ";";
    if (auto s = db->exec(pragmas.c_str()); !s)
        return Error(path, describeWriteError(*db, path));
    if (auto s = db->exec("BEGIN"); !s)
        return Error(path, describeWriteError(*db, path));
    for (const char *sql : kSchema) {
        if (auto s = db->exec(sql); !s)
            return Error(path, describeWriteError(*db, path));
    }
    Writer writer(*db);
    if (auto s = writer.write(plan); !s) {
        const int code = db->lastErrorCode() & 0xff;
        if (code == SQLITE_FULL || code == SQLITE_IOERR)
            return Error(path, describeWriteError(*db, path));
        return Error(path, s.error().toString());
    }
    if (auto s = db->exec("COMMIT"); !s)
        return Error(path, describeWriteError(*db, path));
    return Done{};
}

Result<Plan> readHallplan(const std::string &path)
{
    if (auto s = checkFileHeader(path); !s)
        return s.error();
    auto db = detail::SqliteDb::open(path, SQLITE_OPEN_READONLY);
    if (!db)
        return Error(path, "cannot open: " + db.error().toString());
    sqlite3_db_config(db->get(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db->get(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db->get(), SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db->get(), SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(db->get(), SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
    sqlite3_limit(db->get(), SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_set_authorizer(db->get(), readOnlyAuthorizer, nullptr);

    auto pragma = [&](const char *sql) -> Result<long long> {
        auto st = detail::SqliteStmt::prepare(*db, sql);
        if (!st)
            return st.error();
        if (st->step() != SQLITE_ROW)
            return Error(db->lastError());
        return st->integer(0);
    };
    auto appId = pragma("PRAGMA application_id");
    if (!appId)
        return Error(path, describeReadError(*db));
    if (*appId != kHallplanApplicationId)
        return Error(path, "not a Hallwright plan (an SQLite database of another program)");
    auto schema = pragma("PRAGMA user_version");
    if (!schema)
        return Error(path, describeReadError(*db));
    if (*schema > kHallplanSchemaVersion)
        return Error(path, "written by a newer Hallwright (file schema " + std::to_string(*schema) +
                               "; this one reads up to " +
                               std::to_string(kHallplanSchemaVersion) + "); please update");
    if (*schema < 1)
        return Error(path, "the file is damaged: unknown schema version " + std::to_string(*schema));
    if (auto s = checkSchema(*db, static_cast<int>(*schema)); !s) {
        const int code = db->lastErrorCode() & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return Error(path, describeReadError(*db));
        return Error(path, s.error().toString());
    }
    {
        auto st = detail::SqliteStmt::prepare(*db, "PRAGMA quick_check");
        if (!st || st->step() != SQLITE_ROW || st->text(0) != "ok")
            return Error(path, "the file is damaged (SQLite integrity check failed)");
    }
    if (auto s = checkRowCounts(*db); !s)
        return Error(path, s.error().toString());
    auto plan = readContent(*db, static_cast<int>(*schema));
    if (!plan) {
        Error e = plan.error();
        // A single file-level problem reads better with the file name in front.
        if (e.problems.size() == 1 && e.problems[0].place.empty())
            e.problems[0].place = path;
        return e;
    }
    return plan;
}

} // namespace hw::core
