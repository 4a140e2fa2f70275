// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/report/tenant_energy_pages.h"

#include "ui/report/report_layout.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace hw::ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString number(double v, int decimals)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(v, 'f', decimals);
}

QString optionalNumber(const std::optional<double> &v, int decimals)
{
    return v ? number(*v, decimals) : QStringLiteral("–");
}

QString whole(long long v)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(v);
}

QString pflopsText(const std::map<std::string, double> &pflops)
{
    QStringList parts;
    for (const auto &[precision, value] : pflops)
        parts << number(value, 0) + QLatin1Char(' ') + qs(precision).toUpper();
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(", "));
}

const core::HallReport *hallReportOf(const core::EvaluationReport &report, const std::string &id)
{
    for (const auto &h : report.halls) {
        if (h.id == id) return &h;
    }
    return nullptr;
}

/** Pumps and heat rejection the plan gives for a hall's loops and CDUs (unset: none given). */
struct CoolingSplit
{
    std::optional<double> pumpKw;
    std::optional<double> heatRejectionKw;

    void add(const CoolingSplit &o)
    {
        auto sum = [](std::optional<double> &a, const std::optional<double> &b) {
            if (b) a = a.value_or(0) + *b;
        };
        sum(pumpKw, o.pumpKw);
        sum(heatRejectionKw, o.heatRejectionKw);
    }
};

CoolingSplit coolingSplit(const core::Hall &hall)
{
    CoolingSplit s;
    auto add = [](std::optional<double> &sum, const std::optional<double> &kw) {
        if (kw) sum = sum.value_or(0) + *kw;
    };
    for (const core::Loop &l : hall.cooling.loops) {
        add(s.pumpKw, l.pumpKw);
        add(s.heatRejectionKw, l.heatRejectionKw);
    }
    for (const core::Cdu &c : hall.cooling.cdus) {
        add(s.pumpKw, c.pumpKw);
        add(s.heatRejectionKw, c.heatRejectionKw);
    }
    return s;
}

QString money(const std::optional<double> &v, const std::string &currency)
{
    if (!v) return QStringLiteral("–");
    return number(*v, 0) + (currency.empty() ? QString() : QLatin1Char(' ') + qs(currency));
}

} // namespace

void addEnergyPage(ReportLayout &layout, const core::Plan &plan,
                   const core::EvaluationReport &report,
                   const std::vector<const core::Hall *> &halls, bool site)
{
    struct Line
    {
        QString label;
        const core::EnergyReport *energy;
        CoolingSplit cooling;
    };
    std::vector<Line> lines;
    CoolingSplit total;
    for (const core::Hall *h : halls) {
        const core::HallReport *hr = hallReportOf(report, h->id);
        if (!hr) continue;
        const CoolingSplit split = coolingSplit(*h);
        total.add(split);
        lines.push_back(
            {qs(h->id) + (h->name.empty() ? QString() : QStringLiteral("  ") + qs(h->name)),
             &hr->energy, split});
    }
    if (site) lines.push_back({QStringLiteral("Site"), &report.site.energy, total});
    const bool cost = std::any_of(lines.begin(), lines.end(),
                                  [](const Line &l) { return l.energy->annualCost.has_value(); });
    const bool carbon = std::any_of(lines.begin(), lines.end(), [](const Line &l) {
        return l.energy->annualCo2eTonnes.has_value();
    });
    const bool cooling = std::any_of(lines.begin(), lines.end(), [](const Line &l) {
        return l.energy->coolingOverheadKw.has_value();
    });

    layout.newPage(QStringLiteral("Energy"));
    layout.addContentsEntry(QStringLiteral("Energy: facility power, annual energy") +
                            (cost ? QStringLiteral(", cost") : QString()) +
                            (carbon ? QStringLiteral(", emissions") : QString()));
    layout.heading(QStringLiteral("Energy"));
    QString intro = QStringLiteral(
        "Facility power is IT power × PUE (each hall's own PUE, else the site's), at planning "
        "power and at typical load. Annual energy is the facility power at typical load over "
        "8,760 hours.");
    if (cost) intro += QStringLiteral(" Annual cost is that energy × the electricity price.");
    if (carbon)
        intro += QStringLiteral(" Emissions are that energy × the grid's carbon intensity "
                                "(t CO2e per year).");
    if (cooling)
        intro += QStringLiteral(" The overhead (facility − IT) shows apart the pumps and heat "
                                "rejection the plan gives for its loops and CDUs; the rest is "
                                "what the PUE implies beyond them.");
    layout.paragraph(intro);

    ReportTable t;
    t.columns = {{QStringLiteral("Hall"), 1.6},
                 {QStringLiteral("PUE"), 0.6, true},
                 {QStringLiteral("IT kW"), 0.9, true},
                 {QStringLiteral("Facility kW (planning)"), 1.2, true},
                 {QStringLiteral("Facility kW (typical)"), 1.2, true},
                 {QStringLiteral("Annual MWh"), 1, true}};
    if (cost) t.columns.push_back({QStringLiteral("Annual cost"), 1.3, true});
    if (carbon) t.columns.push_back({QStringLiteral("t CO2e / year"), 1, true});
    t.columns.push_back({QStringLiteral("Overhead kW"), 1, true});
    if (cooling) {
        t.columns.push_back({QStringLiteral("Pumps kW"), 0.9, true});
        t.columns.push_back({QStringLiteral("Heat rejection kW"), 1.1, true});
        t.columns.push_back({QStringLiteral("Other overhead kW"), 1.1, true});
    }
    for (const Line &l : lines) {
        const core::EnergyReport &e = *l.energy;
        QStringList row{l.label,
                        number(e.pue, 2),
                        number(e.itKw, 0),
                        number(e.facilityKw, 0),
                        number(e.facilityTypicalKw, 0),
                        number(e.annualMwh, 0)};
        if (cost) row << money(e.annualCost, e.currency);
        if (carbon) row << optionalNumber(e.annualCo2eTonnes, 0);
        row << number(e.overheadKw, 0);
        if (cooling) {
            row << optionalNumber(l.cooling.pumpKw, 0)
                << optionalNumber(l.cooling.heatRejectionKw, 0)
                << (e.coolingOverheadKw && !e.otherOverheadKw
                        ? QStringLiteral("exceeded")
                        : optionalNumber(e.otherOverheadKw, 0));
        }
        t.rows.push_back(row);
    }
    layout.table(t);
    const bool exceeded = std::any_of(lines.begin(), lines.end(), [](const Line &l) {
        return l.energy->coolingOverheadKw && !l.energy->otherOverheadKw;
    });
    if (exceeded)
        layout.paragraph(QStringLiteral("\"exceeded\": the pumps and heat rejection the plan "
                                        "gives draw more than the PUE's overhead; the PUE is too "
                                        "low for them, or they are figures at a higher load."),
                         true);
    QStringList given;
    if (plan.assumptions.electricityPricePerMwh)
        given << QStringLiteral("electricity %1 %2/MWh")
                     .arg(number(*plan.assumptions.electricityPricePerMwh, 2),
                          qs(plan.assumptions.currency.value_or(report.site.energy.currency)));
    if (plan.assumptions.carbonKgPerMwh)
        given << QStringLiteral("grid carbon %1 kg CO2e/MWh")
                     .arg(number(*plan.assumptions.carbonKgPerMwh, 0));
    if (!given.isEmpty())
        layout.paragraph(QStringLiteral("Site assumptions: ") + given.join(QStringLiteral("; ")) +
                             QStringLiteral(". Halls may override them."),
                         true);
}

void addTenantPage(ReportLayout &layout, const core::Plan &plan,
                   const core::EvaluationReport &report,
                   const std::vector<const core::Hall *> &halls)
{
    std::set<std::string> inScope;
    for (const core::Hall *h : halls)
        inScope.insert(h->id);

    layout.newPage(QStringLiteral("Tenants"));
    layout.addContentsEntry(QStringLiteral("Tenants: installed and reserved capacity"));
    layout.heading(QStringLiteral("Tenants"));
    layout.paragraph(QStringLiteral(
        "What each tenant holds across the site: installed racks, and capacity reserved for "
        "racks still to come. Reserved capacity counts against headroom exactly like installed "
        "racks. A tenant's share of a hall is its installed and reserved kW over the hall's "
        "capacity: installed, reserved and still addable racks' kW."));

    ReportTable t;
    t.columns = {{QStringLiteral("Tenant"), 1.8},
                 {QStringLiteral("Racks"), 0.7, true},
                 {QStringLiteral("IT kW"), 0.9, true},
                 {QStringLiteral("GPUs"), 0.8, true},
                 {QStringLiteral("Dense PFLOPS"), 1.6, true},
                 {QStringLiteral("Reserved racks"), 0.9, true},
                 {QStringLiteral("Reserved kW"), 0.9, true},
                 {QStringLiteral("Installed + reserved kW"), 1.3, true}};
    for (const core::TenantReport &tr : report.tenants) {
        t.rows.push_back({qs(tr.name.empty() ? tr.id : tr.name) + QStringLiteral(" (") + qs(tr.id) +
                              QLatin1Char(')'),
                          whole(tr.racks), number(tr.itKw, 0), whole(tr.gpus),
                          pflopsText(tr.pflops), whole(tr.reservedRacks), number(tr.reservedKw, 0),
                          number(tr.itKw + tr.reservedKw, 0)});
    }
    layout.table(t);

    layout.heading(QStringLiteral("Share of each hall"), 2);
    ReportTable s;
    s.columns = {{QStringLiteral("Tenant"), 1.8},
                 {QStringLiteral("Hall"), 1.2},
                 {QStringLiteral("Racks"), 0.7, true},
                 {QStringLiteral("IT kW"), 0.9, true},
                 {QStringLiteral("Reserved racks"), 0.9, true},
                 {QStringLiteral("Reserved kW"), 0.9, true},
                 {QStringLiteral("Share"), 0.8, true}};
    for (const core::TenantReport &tr : report.tenants) {
        for (const core::TenantHallShare &h : tr.halls) {
            if (!inScope.count(h.hall)) continue;
            s.rows.push_back({qs(tr.name.empty() ? tr.id : tr.name), qs(h.hall), whole(h.racks),
                              number(h.itKw, 0), whole(h.reservedRacks), number(h.reservedKw, 0),
                              number(h.sharePct, 1) + QStringLiteral(" %")});
        }
    }
    if (s.rows.empty())
        layout.paragraph(QStringLiteral("No tenant has racks or reservations in these halls."));
    else
        layout.table(s);

    ReportTable r;
    r.columns = {{QStringLiteral("Reservation"), 1},
                 {QStringLiteral("Tenant"), 1.4},
                 {QStringLiteral("Hall"), 0.7},
                 {QStringLiteral("Rack type"), 1.3},
                 {QStringLiteral("Racks"), 0.6, true},
                 {QStringLiteral("Fitted"), 0.6, true},
                 {QStringLiteral("Reserved kW"), 0.9, true},
                 {QStringLiteral("Phase"), 0.7},
                 {QStringLiteral("Status"), 2.6}};
    for (const core::Hall *h : halls) {
        const core::HallReport *hr = hallReportOf(report, h->id);
        if (!hr) continue;
        for (const core::ReservationFit &f : hr->reservations) {
            const core::Tenant *tenant = plan.tenant(f.tenant);
            std::string phase;
            for (const core::Reservation &res : plan.reservations) {
                if (res.id == f.id) phase = res.phase;
            }
            const bool fits = f.fitted >= f.racks;
            r.rows.push_back(
                {qs(f.id), qs(tenant && !tenant->name.empty() ? tenant->name : f.tenant), qs(h->id),
                 qs(f.rackType), whole(f.racks), whole(f.fitted), number(f.reservedKw, 0),
                 phase.empty() ? QStringLiteral("–") : qs(phase),
                 fits ? QStringLiteral("fits") : QStringLiteral("does not fit: ") + qs(f.reason)});
            r.highlighted.push_back(!fits);
        }
    }
    if (!r.rows.empty()) {
        layout.heading(QStringLiteral("Reservations"), 2);
        layout.table(r);
    }
}

} // namespace hw::ui
