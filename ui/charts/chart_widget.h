// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "ui/charts/chart_data.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QStackedLayout;

namespace hw::ui {

class ChartCanvas;
class Prompts;

/**
 * Draws one ChartData (Qt Charts today; the type does not leak out of ui/charts): bars grouped or
 * stacked, capacities as a tick per category (a line on the timeline), the categories that are
 * over capacity, binding or the run-out coloured and named in their label, failed ones named,
 * a title with the unit and the scope, a legend in words, and the exact figures of a category
 * as a tooltip when the pointer is over it.
 *
 * Colours follow the widget's palette (the application's unless set): every restyle reads it
 * again on a palette or font change, so a dark desktop and the light presentation theme both read.
 * The read-back functions (categoryLabels(), barValues(), ...) report what the chart objects hold,
 * not what was asked, so tests check the drawing.
 */
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);
    ~ChartWidget() override;

    void setData(ChartData data);
    const ChartData &data() const { return mData; }
    /** Extra words for the title's second line, e.g. the what-if ("A1, CDU-3 failed"). */
    void setContext(const QString &context);
    QString context() const { return mContext; }
    /** Whether the chart draws its title (a slide shows it as the slide's own title). */
    void setTitleVisible(bool visible);
    /** Where file dialogs and errors of "Export chart…" go; null: real dialogs. Not owned. */
    void setPrompts(Prompts *prompts) { mPrompts = prompts; }

    /** The title as drawn (plain text, lines joined by " — "). */
    QString title() const;
    /** The unit of the value axis ("kW", "L/min", "racks", ...). */
    static QString unit(ChartKind kind);
    /** Legend text of a series key ("load" → "Normal load"). */
    static QString seriesName(const ChartSeries &series);
    /** Shown instead of the chart when there is nothing to draw; empty while a chart is shown. */
    QString emptyMessage() const;
    /** Shows a message instead of the chart ("Computing…") until the next setData(). */
    void setMessage(const QString &message);

    // What the chart objects hold (tests, and the export of the same figures).
    QStringList categoryLabels() const;
    /** Legend entries in order: the bar sets, then the capacity series. */
    QStringList legendNames() const;
    bool isStacked() const;
    /** The bar heights of the set with this legend name (NaN drawn as 0). */
    QList<double> barValues(const QString &legendName) const;
    /** Indices of the bars of that set drawn in the marking colour. */
    QList<int> markedBars(const QString &legendName) const;
    /** The capacity of each category as drawn (NaN where none is drawn). */
    QList<double> lineValues(const QString &legendName) const;
    /** The tooltip of a category: every figure of it with its unit. */
    QString toolTipFor(int category) const;

    /** The chart's context menu entry; asks for a PNG or SVG file and writes it. */
    void exportWithDialog();

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuild();
    void restyle();
    void showToolTip(int category);
    QString categoryLabel(int category) const;
    QString format(double value) const;

    ChartData mData;
    QStringList mLabels; ///< every category's label (the axis may leave some out for room)
    QString mContext;
    Prompts *mPrompts = nullptr;
    ChartCanvas *mCanvas;
    QLabel *mEmpty;
    QStackedLayout *mStack;
    bool mRestyling = false;
    bool mTitleVisible = true;
};

} // namespace hw::ui
