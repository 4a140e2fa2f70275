// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/report.h"
#include "core/model/catalog.h"
#include "core/model/plan.h"

#include <QColor>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <map>
#include <set>
#include <string>
#include <vector>

class QPainter;

namespace hw::ui {

/** One swatch of a plan legend. */
struct LegendEntry
{
    enum class Kind
    {
        Fill,
        Line,
        DashedLine,
        Outline
    };
    Kind kind = Kind::Fill;
    QColor colour;
    QString label;
};

/** A titled group of legend entries ("Racks by feed pair", "Busways", ...). */
struct LegendGroup
{
    QString title;
    std::vector<LegendEntry> entries;
    int moreNotShown = 0; ///< entries left out to keep the legend short
};

/**
 * Draws a hall, or the whole site with every hall at its `origin`, to scale with QPainter on any
 * paint device (PDF, SVG, image, screen): outline, obstacles, CDUs, liquid loops, busways in their
 * A/B colours, racks coloured by feed pair with their front marked and their id sized to fit,
 * racks in error-level violations outlined in red, reserved capacity as ghost racks (dashed, in
 * the tenant's colour, where the report's engine keeps room for them), and the overall
 * dimensions of each hall.
 *
 * Plan coordinates are metres with y north (SPEC §1); the one place y flips is the transform
 * returned by transformFor(). The renderer holds references: the plan, catalog and report must
 * outlive it. It paints from those values only, so it can run on a worker thread.
 */
class PlanRenderer
{
public:
    /** `catalog` is the effective catalog; `report` may be null (then no violation marks). */
    PlanRenderer(const core::Plan &plan, const core::Catalog &catalog,
                 const core::EvaluationReport *report, const std::string &hallId = {});

    /** The drawn area in plan metres (y north), dimension lines and labels included. */
    QRectF extent() const { return mExtent; }

    /**
     * The transform from plan metres to device units that draws extent() at `pxPerMetre`, centred
     * in `area`. This is where y flips.
     */
    QTransform transformFor(const QRectF &area, double pxPerMetre) const;

    /**
     * Paints the drawing with `toDevice` (from transformFor()). `pxPerMm` converts the sizes of
     * lines and labels given in paper millimetres. Texts smaller than `minTextPx` device units are
     * left out (0 keeps all: PDF and SVG can be zoomed).
     */
    void paint(QPainter &painter, const QTransform &toDevice, double pxPerMm,
               double minTextPx = 0) const;

    /** The legend of what paint() draws. */
    std::vector<LegendGroup> legend() const;

    /** The halls drawn, in plan order. */
    const std::vector<const core::Hall *> &halls() const { return mHalls; }
    bool isSite() const { return mSite; }

    /** Fill colour of the racks connected to the feeds `feeds` of `hall` (see legend()). */
    QColor rackColour(const core::Hall &hall, const core::Rack &rack) const;

private:
    struct HallStyle
    {
        std::map<std::string, int> feedGroupIndex; ///< feed-group key → colour index
        std::vector<std::string> feedGroupNames;   ///< by colour index
        std::map<std::string, int> loopIndex;
    };

    static std::string feedGroupKey(const core::Hall &hall, const core::Rack &rack,
                                    std::string *name = nullptr);
    void paintHall(QPainter &painter, const core::Hall &hall, const QTransform &t, double pxPerMm,
                   double minTextPx) const;
    void paintDimensions(QPainter &painter, const core::Hall &hall, const QTransform &t,
                         double pxPerMm, double minTextPx) const;

    void paintGhosts(QPainter &painter, const core::Hall &hall, const QTransform &t, double pxPerMm,
                     double minTextPx) const;

    const core::Plan &mPlan;
    const core::Catalog &mCatalog;
    std::vector<const core::Hall *> mHalls;
    std::map<std::string, std::vector<core::GhostRack>> mGhosts; ///< by hall id
    std::map<std::string, std::string> mReservationTenant;       ///< reservation id → tenant id
    bool mSite = false;
    std::map<std::string, HallStyle> mStyles; ///< by hall id
    std::set<std::string> mRacksInError;      ///< ids of racks named by error-level violations
    QRectF mExtent;
    double mDimOffset = 1.5; ///< metres between an outline and its dimension line
};

/** Categorical colours, distinct for common colour-vision deficiencies (Paul Tol's schemes). */
QColor categoricalColour(int index);
/** Busway colours: the A side and the B side of a 2N system (as in the GUI). */
QColor feedSideColour(bool sideB);

} // namespace hw::ui
