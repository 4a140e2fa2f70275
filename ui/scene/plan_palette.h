// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPen>

#include <array>

namespace hw::ui {

/**
 * Pens, brushes and fonts of the plan, made once and shared by every item (the chip demo's
 * cached pens): paint() never constructs a QPen or a QColor. Categorical colours (feed pairs,
 * loops) come from a palette that stays distinguishable for common colour-vision deficiencies.
 */
class PlanPalette
{
public:
    static const PlanPalette &instance();

    static constexpr int kCategoryCount = 12;
    enum Special : int
    {
        Unassigned = kCategoryCount, ///< no feed or loop: grey
        UtilLow,                     ///< < 70 %
        UtilMedium,                  ///< 70–90 %
        UtilHigh,                    ///< 90–100 %
        UtilOver,                    ///< > 100 %
        NoData,                      ///< analysis not ready
        ColourCount
    };

    std::array<QBrush, ColourCount> rackBrushes;
    std::array<QColor, ColourCount> colours;

    QPen rackOutline, rackError, rackFront, selection, selectionThin;
    QBrush selectionFill, selectionSolid;
    QPen wall, hallCurrentWall, obstacleOutline, cduOutline;
    QBrush floor, obstacleBrush, keepoutBrush, cduBrush;
    QPen label, labelLight, errorLabel;
    QBrush labelBackground;
    QFont labelFont, smallFont, titleFont;
    QColor background, gridMinor, gridMajor;
    QPen feedPens[2]; ///< A side, B side of a pair
    QColor utilText[4];

    /** The colour index for a utilization (0..1+), UtilLow..UtilOver. */
    static int utilizationColour(double utilization);

private:
    PlanPalette();
};

} // namespace hw::ui
