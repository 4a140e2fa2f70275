// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/scene/plan_palette.h"

namespace hw::ui {

const PlanPalette &PlanPalette::instance()
{
    static const PlanPalette palette;
    return palette;
}

int PlanPalette::utilizationColour(double u)
{
    if (u > 1.0 + 1e-9) return UtilOver;
    if (u >= 0.9) return UtilHigh;
    if (u >= 0.7) return UtilMedium;
    return UtilLow;
}

PlanPalette::PlanPalette()
{
    // Paul Tol's "muted" and "bright" schemes: distinct on screen and in grey.
    const char *categorical[kCategoryCount] = {"#4477AA", "#EE6677", "#228833", "#CCBB44",
                                               "#66CCEE", "#AA3377", "#332288", "#DDCC77",
                                               "#117733", "#88CCEE", "#882255", "#44AA99"};
    for (int i = 0; i < kCategoryCount; ++i)
        colours[i] = QColor(QLatin1String(categorical[i]));
    colours[Unassigned] = QColor(0xb8, 0xb8, 0xb8);
    colours[UtilLow] = QColor(0x3a, 0xa6, 0x5b);
    colours[UtilMedium] = QColor(0xe6, 0xc2, 0x29);
    colours[UtilHigh] = QColor(0xf0, 0x8a, 0x24);
    colours[UtilOver] = QColor(0xd6, 0x27, 0x28);
    colours[NoData] = QColor(0xd8, 0xd8, 0xd8);
    for (int i = 0; i < ColourCount; ++i)
        rackBrushes[i] = QBrush(colours[i]);

    auto cosmetic = [](const QColor &c, qreal w, Qt::PenStyle style = Qt::SolidLine) {
        QPen p(c, w, style);
        p.setCosmetic(true);
        p.setJoinStyle(Qt::MiterJoin);
        return p;
    };
    rackOutline = cosmetic(QColor(40, 40, 40, 200), 1);
    rackError = cosmetic(QColor(0xd0, 0x10, 0x10), 2.5);
    rackFront = cosmetic(QColor(20, 20, 20), 2);
    selection = cosmetic(QColor(0x00, 0x78, 0xd7), 3);
    selectionThin = cosmetic(QColor(0x00, 0x78, 0xd7), 1, Qt::DashLine);
    selectionFill = QBrush(QColor(0x00, 0x78, 0xd7, 40));
    selectionSolid = QBrush(QColor(0x00, 0x78, 0xd7));
    wall = cosmetic(QColor(60, 60, 60), 2);
    hallCurrentWall = cosmetic(QColor(20, 20, 20), 3);
    obstacleOutline = cosmetic(QColor(70, 70, 70), 1);
    cduOutline = cosmetic(QColor(0x0b, 0x4f, 0x6c), 1.5);
    floor = QBrush(QColor(0xfb, 0xfb, 0xf8));
    obstacleBrush = QBrush(QColor(0x8a, 0x8a, 0x8a));
    keepoutBrush = QBrush(QColor(0x9a, 0x9a, 0x9a), Qt::BDiagPattern);
    cduBrush = QBrush(QColor(0x9f, 0xd8, 0xe8));
    label = QPen(QColor(25, 25, 25));
    labelLight = QPen(QColor(90, 90, 90));
    errorLabel = QPen(QColor(0xc0, 0x10, 0x10));
    labelBackground = QBrush(QColor(255, 255, 255, 235));
    labelFont = QFont(QStringLiteral("DejaVu Sans"));
    labelFont.setPixelSize(11);
    smallFont = labelFont;
    smallFont.setPixelSize(10);
    titleFont = labelFont;
    titleFont.setPixelSize(13);
    titleFont.setBold(true);
    background = QColor(0xe9, 0xeb, 0xee);
    gridMinor = QColor(0, 0, 0, 18);
    gridMajor = QColor(0, 0, 0, 45);
    feedPens[0] = cosmetic(QColor(0x1f, 0x5f, 0xbf), 3);
    feedPens[0].setCapStyle(Qt::RoundCap);
    feedPens[1] = cosmetic(QColor(0xc0, 0x5a, 0x00), 3, Qt::DashLine);
    feedPens[1].setCapStyle(Qt::RoundCap);
    for (int i = 0; i < 4; ++i)
        utilText[i] = colours[UtilLow + i].darker(i == 1 ? 160 : 130);
}

} // namespace hw::ui
