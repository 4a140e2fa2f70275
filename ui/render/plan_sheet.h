// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "ui/render/plan_renderer.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace hw::ui {

/**
 * A drawing sheet: the plan at a standard scale (1:50, 1:100, 1:200, ...) beside a panel with the
 * title, the scale, a north arrow, a scale bar and the legend. The PDF report's floor-plan pages
 * and the SVG and PNG exports are sheets. All sizes are paper millimetres; `pxPerMm` maps them to
 * the device.
 */
class PlanSheet
{
public:
    PlanSheet(const PlanRenderer &renderer, QString title, QString subtitle);

    /** Width of the side panel. */
    static constexpr double kPanelMm = 74.0;
    /** Space around the drawing inside its frame. */
    static constexpr double kMarginMm = 8.0;

    /**
     * The smallest standard scale denominator at which `extentMetres` fits in `areaMm`, so that
     * the drawing is as large as the paper allows.
     */
    static int fittingScale(const QSizeF &extentMetres, const QSizeF &areaMm);

    /** The drawing's scale on a sheet of `pageMm` (what paint() uses). */
    int scaleFor(const QSizeF &pageMm) const;

    /** A sheet just large enough for the drawing at `scale` and the panel (SVG, PNG). */
    QSizeF sheetSizeMm(int scale) const;

    /**
     * Paints the sheet into `page` (device units). `paperName` ("A3") is printed with the scale
     * when the sheet is a printed page. Texts below `minTextPx` are left out of the drawing.
     */
    void paint(QPainter &painter, const QRectF &page, double pxPerMm, int scale,
               const QString &paperName = {}, double minTextPx = 0) const;

private:
    double panelHeightMm(double legendScale) const;
    void paintPanel(QPainter &painter, const QRectF &panel, double pxPerMm, int scale,
                    const QString &paperName) const;
    void paintScaleBar(QPainter &painter, QPointF origin, double pxPerMm, int scale,
                       double maxWidthMm) const;
    void paintNorthArrow(QPainter &painter, QPointF centre, double pxPerMm) const;
    double paintLegend(QPainter &painter, QPointF topLeft, double pxPerMm, double widthMm,
                       double lineMm) const;

    const PlanRenderer &mRenderer;
    QString mTitle;
    QString mSubtitle;
};

} // namespace hw::ui
