// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/report.h"
#include "core/model/catalog.h"
#include "core/model/plan.h"

#include <QWidget>

#include <memory>
#include <string>

namespace hw::ui {

class PlanRenderer;

/**
 * The plan of the site (every hall at its origin) or of one hall, drawn by the same PlanRenderer
 * as the PDF and SVG exports, scaled to fill the widget. Holds its inputs by shared pointer so
 * the renderer's references stay valid for the slide's lifetime.
 */
class PlanSlide : public QWidget
{
    Q_OBJECT

public:
    PlanSlide(std::shared_ptr<const core::Plan> plan, std::shared_ptr<const core::Catalog> catalog,
              std::shared_ptr<const core::EvaluationReport> report, const std::string &hallId,
              QWidget *parent = nullptr);
    ~PlanSlide() override;

    const std::string &hallId() const { return mHallId; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::shared_ptr<const core::Plan> mPlan;
    std::shared_ptr<const core::Catalog> mCatalog;
    std::shared_ptr<const core::EvaluationReport> mReport;
    std::string mHallId;
    std::unique_ptr<PlanRenderer> mRenderer;
};

} // namespace hw::ui
