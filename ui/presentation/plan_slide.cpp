// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/presentation/plan_slide.h"

#include "ui/render/plan_renderer.h"

#include <QPainter>

#include <algorithm>

namespace hw::ui {

PlanSlide::PlanSlide(std::shared_ptr<const core::Plan> plan,
                     std::shared_ptr<const core::Catalog> catalog,
                     std::shared_ptr<const core::EvaluationReport> report,
                     const std::string &hallId, QWidget *parent)
    : QWidget(parent), mPlan(std::move(plan)), mCatalog(std::move(catalog)),
      mReport(std::move(report)), mHallId(hallId),
      mRenderer(std::make_unique<PlanRenderer>(*mPlan, *mCatalog, mReport.get(), hallId))
{
    setMinimumSize(200, 150);
}

PlanSlide::~PlanSlide() = default;

void PlanSlide::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    p.fillRect(rect(), palette().color(QPalette::Window));
    const QRectF e = mRenderer->extent();
    if (e.isEmpty()) return;
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    const double pxPerMetre = std::min(area.width() / e.width(), area.height() / e.height());
    // Line widths and labels in "paper" millimetres: the slide's height stands for 170 mm.
    const double pxPerMm = std::max(1.5, height() / 170.0);
    mRenderer->paint(p, mRenderer->transformFor(area, pxPerMetre), pxPerMm, 6.0);
}

} // namespace hw::ui
