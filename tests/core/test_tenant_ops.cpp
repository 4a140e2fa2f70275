// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
// core/edit/tenant_ops: tenants and reservations added, changed and removed; every operation's
// inverse restores the plan exactly, and removing a tenant never leaves a dangling reference.
#include "core/edit/tenant_ops.h"
#include "core/engine/plan_validator.h"
#include "core/io/builtin_catalog.h"
#include "core/io/plan_files.h"

#include <QtTest>

#include <stdexcept>

using namespace hw::core;

namespace {

Plan fixture()
{
    auto plan = loadPlan(std::string(HW_TEST_DATA_DIR) + "/tenants_energy.json", builtinCatalog());
    if (!plan) throw std::runtime_error(plan.error().toString());
    return std::move(plan).value();
}

bool valid(const Plan &plan)
{
    return validatePlan(plan, builtinCatalog()).empty();
}

std::size_t racksOf(const Plan &plan, const std::string &tenant)
{
    std::size_t n = 0;
    for (const Hall &h : plan.halls) {
        for (const Rack &r : h.racks)
            n += r.tenant == tenant ? 1 : 0;
    }
    return n;
}

} // namespace

class TestTenantOps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureHasTenantsInUse();
    void insertAndRemoveTenant();
    void insertRefusesBadInput();
    void removeUsedTenantRefusesWithoutClearing();
    void removeUsedTenantClearsAndRestores();
    void replaceTenantSwaps();
    void reservationsRoundTrip();
    void freshIds();
};

void TestTenantOps::fixtureHasTenantsInUse()
{
    const Plan plan = fixture();
    QVERIFY(valid(plan));
    QVERIFY(plan.tenants.size() >= 2);
    QVERIFY(!plan.reservations.empty());
    const TenantUses uses = tenantUses(plan, plan.reservations.front().tenant);
    QVERIFY(!uses.reservations.empty());
}

void TestTenantOps::insertAndRemoveTenant()
{
    Plan plan = fixture();
    const Plan before = plan;
    Tenant t;
    t.id = "T-new";
    t.name = "New customer";
    t.color = "#123abc";
    QVERIFY(insertTenant(plan, {1, t}).ok());
    QCOMPARE(plan.tenants.at(1), t);
    QVERIFY(valid(plan));
    auto removed = removeTenant(plan, "T-new", false);
    QVERIFY(removed.ok());
    QCOMPARE(removed->tenant.index, std::size_t(1));
    QVERIFY(removed->racks.empty() && removed->reservations.empty());
    QVERIFY(plan == before);
}

void TestTenantOps::insertRefusesBadInput()
{
    Plan plan = fixture();
    const Plan before = plan;
    Tenant t;
    QVERIFY(!insertTenant(plan, {0, t}).ok()); // no id
    t.id = plan.tenants.front().id;
    QVERIFY(!insertTenant(plan, {0, t}).ok()); // used id
    t.id = "T-x";
    t.color = "red";
    QVERIFY(!insertTenant(plan, {0, t}).ok()); // not #RRGGBB
    t.color.clear();
    QVERIFY(!insertTenant(plan, {plan.tenants.size() + 1, t}).ok()); // past the end
    QVERIFY(plan == before);
    QVERIFY(!removeTenant(plan, "nobody", true).ok());
    QVERIFY(!replaceTenant(plan, Tenant{"nobody", "x", "", {}}).ok());
    QVERIFY(plan == before);
}

void TestTenantOps::removeUsedTenantRefusesWithoutClearing()
{
    Plan plan = fixture();
    const Plan before = plan;
    const std::string id = plan.reservations.front().tenant;
    auto removed = removeTenant(plan, id, false);
    QVERIFY(!removed.ok());
    const std::string message = removed.error().toString();
    QVERIFY2(message.find("still used by") != std::string::npos, message.c_str());
    QVERIFY2(message.find("reservation") != std::string::npos, message.c_str());
    QVERIFY(plan == before);
}

void TestTenantOps::removeUsedTenantClearsAndRestores()
{
    Plan plan = fixture();
    const Plan before = plan;
    // The tenant with the most uses: racks and reservations both go.
    std::string id;
    std::size_t most = 0;
    for (const Tenant &t : plan.tenants) {
        const TenantUses u = tenantUses(plan, t.id);
        if (u.racks.size() + u.reservations.size() > most) {
            most = u.racks.size() + u.reservations.size();
            id = t.id;
        }
    }
    QVERIFY(most > 0);
    const TenantUses uses = tenantUses(plan, id);
    auto removed = removeTenant(plan, id, true);
    QVERIFY2(removed.ok(), removed.ok() ? "" : removed.error().toString().c_str());
    QCOMPARE(removed->racks.size(), uses.racks.size());
    QCOMPARE(removed->reservations.size(), uses.reservations.size());
    QVERIFY(!plan.tenant(id));
    QCOMPARE(racksOf(plan, id), std::size_t(0));
    QVERIFY(tenantUses(plan, id).empty());
    QVERIFY(valid(plan)); // nothing dangles
    QVERIFY(restoreTenant(plan, removed.value()).ok());
    QVERIFY(plan == before);
}

void TestTenantOps::replaceTenantSwaps()
{
    Plan plan = fixture();
    const Plan before = plan;
    Tenant t = plan.tenants.front();
    t.name = "Renamed";
    t.color = "#00ff00";
    auto old = replaceTenant(plan, t);
    QVERIFY(old.ok());
    QCOMPARE(plan.tenants.front(), t);
    QVERIFY(replaceTenant(plan, old.value()).ok());
    QVERIFY(plan == before);
    t.color = "#0f0";
    QVERIFY(!replaceTenant(plan, t).ok());
    QVERIFY(plan == before);
}

void TestTenantOps::reservationsRoundTrip()
{
    Plan plan = fixture();
    const Plan before = plan;
    Reservation r = plan.reservations.front();
    r.id = freshReservationId(plan, r.id);
    r.racks = 1;
    QVERIFY(insertReservation(plan, {0, r}).ok());
    QCOMPARE(plan.reservations.front(), r);
    QVERIFY(valid(plan));
    QVERIFY(!insertReservation(plan, {0, r}).ok()); // the id is in use now
    r.racks = 2;
    auto old = replaceReservation(plan, r);
    QVERIFY(old.ok());
    QCOMPARE(old->racks, 1);
    QCOMPARE(plan.reservations.front().racks, 2);
    auto removed = removeReservation(plan, r.id);
    QVERIFY(removed.ok());
    QCOMPARE(removed->index, std::size_t(0));
    QVERIFY(plan == before);
    QVERIFY(!removeReservation(plan, r.id).ok());
    QVERIFY(!replaceReservation(plan, r).ok());
    QVERIFY(plan == before);
}

void TestTenantOps::freshIds()
{
    const Plan plan = fixture();
    const std::string used = plan.tenants.front().id;
    QCOMPARE(freshTenantId(plan, "brand-new"), std::string("brand-new"));
    const std::string next = freshTenantId(plan, used);
    QVERIFY(next != used);
    QVERIFY(!plan.tenant(next));
    QCOMPARE(next, used + "-2");
}

QTEST_GUILESS_MAIN(TestTenantOps)
#include "test_tenant_ops.moc"
