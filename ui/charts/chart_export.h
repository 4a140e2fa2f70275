// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QString>

class QWidget;

namespace hw::ui {

class Prompts;

/** The physical size of an exported chart or slide. */
struct ExportOptions
{
    double widthMm = 180;
    /** 0: follow the widget's aspect ratio (slides). */
    double heightMm = 110;
    int dpi = 300;

    /** A chart for a report page: 180 × 110 mm at 300 dpi. */
    static ExportOptions chart() { return {180, 110, 300}; }
    /** A slide: 297 mm wide (A4 landscape), the screen's aspect, 300 dpi. */
    static ExportOptions slide() { return {297, 0, 300}; }
};

/**
 * Writes a widget as a PNG at print resolution (the pixel size is the physical size at `dpi`, and
 * the file records the dpi) or as an SVG whose size is the physical size; the format is the file
 * suffix (.png, .svg). A ChartWidget is laid out again at the export size (a copy, so the screen
 * is untouched) and drawn as vectors, so text stays sharp; any other widget (a slide) is drawn at
 * its own layout, scaled to the width. False with the reason in `error` when the file cannot be
 * written or the suffix is neither.
 */
bool exportWidget(QWidget *widget, const QString &path, const ExportOptions &options,
                  QString *error = nullptr);

/**
 * Asks for a file name (PNG or SVG) through `prompts` (null: the real dialogs), exports, and shows
 * an error when writing fails. False when cancelled or failed.
 */
bool exportWidgetWithDialog(QWidget *widget, Prompts *prompts, const QString &title,
                            const QString &suggestedName, const ExportOptions &options);

} // namespace hw::ui
