// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace hw::ui {

/**
 * A horizontal bar chart painted with QPainter for the PDF report: per row a light bar (e.g. load
 * in normal operation), an optional dark bar (e.g. load in the worst single failure) and an
 * optional capacity line, with the figures written out. Qt Charts stays in ui/charts (STYLE
 * rule 3); these bars need nothing from it and print crisply as vectors.
 */
class CapacityBars
{
public:
    struct Row
    {
        QString label;
        double value = 0;                ///< light bar
        std::optional<double> secondary; ///< dark bar drawn over the light one
        std::optional<double> capacity;  ///< the line the bars are judged against
        QString note;                    ///< written after the bars
        bool highlighted = false;        ///< over capacity, or the binding resource: red
    };

    CapacityBars(QString title, QString unit, QString valueName, QString secondaryName = {},
                 QString capacityName = {});

    void addRow(Row row) { mRows.push_back(std::move(row)); }
    bool empty() const { return mRows.empty(); }

    /** Height the chart needs, in millimetres. */
    double heightMm() const;
    /** Paints into `rect` (device units). */
    void paint(QPainter &painter, const QRectF &rect, double pxPerMm) const;

private:
    QString mTitle, mUnit, mValueName, mSecondaryName, mCapacityName;
    std::vector<Row> mRows;
};

} // namespace hw::ui
