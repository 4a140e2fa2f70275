// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/report.h"
#include "core/model/catalog.h"
#include "core/model/plan.h"
#include "core/model/result.h"
#include "ui/report/export_job.h"

#include <QByteArray>
#include <QString>

namespace hw::ui {

/**
 * The capacity report as a PDF (QPdfWriter; A3 landscape by default, or A4 landscape):
 *  - a cover with the plan summary (site metrics, errors and warnings, date) and the contents;
 *  - for the whole site, the site plan and a site summary comparing the halls;
 *  - per hall: the floor plan to scale (dimensions, scale bar, north arrow, legend), a capacity
 *    page (metrics, headroom, stranded capacity, bar charts of feeds, sources and loops against
 *    their capacity), and tables (racks by row, feeds, sources, loops, air, single failures that
 *    take racks down, violations) that run over as many pages as they need;
 *  - an energy page (per hall and site: PUE, facility kW, annual MWh, cost, emissions, cooling
 *    overhead) and, for a plan with tenants, a tenant page (installed vs reserved, hall shares);
 *  - the assumptions: every catalog entry the plan uses with its source and confidence, the PUE,
 *    coolant properties, the rules and the formulas.
 * Every page carries the plan name, its section and "page N of M".
 */
class PdfReport
{
public:
    /** `catalog` is the effective catalog; `report` the plan's evaluation; `hallId` empty: site. */
    PdfReport(const core::Plan &plan, const core::Catalog &catalog,
              const core::EvaluationReport &report, std::string hallId = {});

    void setPaper(PaperSize paper) { mPaper = paper; }
    /** The date printed on the report (ISO 8601); today by default. Tests fix it. */
    void setDate(QString date) { mDate = std::move(date); }

    /** Renders the PDF into memory; fails when cancelled through `progress`. */
    core::Result<QByteArray> render(const ExportProgress &progress = {},
                                    int *pageCount = nullptr) const;

private:
    const core::Plan &mPlan;
    const core::Catalog &mCatalog;
    const core::EvaluationReport &mReport;
    std::string mHallId;
    PaperSize mPaper = PaperSize::A3;
    QString mDate;
};

} // namespace hw::ui
