// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPainter;
class QPaintDevice;

namespace hw::ui {

/** A table for a report: a header row and text cells; numeric columns are right-aligned. */
struct ReportTable
{
    struct Column
    {
        QString title;
        double weight = 1; ///< share of the table's width
        bool numeric = false;
    };
    std::vector<Column> columns;
    std::vector<QStringList> rows;
    std::vector<bool> highlighted; ///< per row (may be shorter): drawn in red (an error)
};

/**
 * Lays out a report as pages on a paged device before anything is painted, so that page numbers
 * ("page 3 of 12") and a contents list are known, and tables run over as many pages as they need
 * with their header repeated. Content flows down a page: headings, paragraphs, key–value blocks,
 * tables, and fixed-height blocks (charts) that move to the next page when they do not fit. Sizes
 * are paper millimetres.
 */
class ReportLayout
{
public:
    using Painter = std::function<void(QPainter &, const QRectF &)>;

    /** `device` is used to measure text; `contentMm` is the page's content box in millimetres. */
    ReportLayout(const QPaintDevice *device, double pxPerMm, const QRectF &contentMm);

    /** Starts a new page belonging to section `title` (shown in the page header). */
    void newPage(const QString &title);
    /** A page painted entirely by `painter` over the content box. */
    void fullPage(const QString &title, Painter painter);

    /** Records a contents entry for the current page. */
    void addContentsEntry(const QString &text);

    void heading(const QString &text, int level = 1);
    void paragraph(const QString &text, bool small = false);
    void keyValues(const std::vector<std::pair<QString, QString>> &items, int columns = 2);
    void table(const ReportTable &table);
    /** A block `heightMm` tall, painted by `painter` in its box; starts a new page if needed. */
    void block(double heightMm, Painter painter);
    void space(double mm);

    /** Height left on the current page, in millimetres. */
    double remainingMm() const;

    struct Entry
    {
        QString text;
        int page; ///< 0-based
    };
    const std::vector<Entry> &contents() const { return mContents; }
    int pageCount() const { return int(mPages.size()); }
    QString pageTitle(int page) const { return mPages[std::size_t(page)].title; }

    /** Paints page `page` (0-based) with the content box at `contentPx`. */
    void paintPage(QPainter &painter, int page) const;

    /** Text sizes of the report, in millimetres. */
    static constexpr double kBodyMm = 2.6;
    static constexpr double kSmallMm = 2.2;
    static constexpr double kHeading1Mm = 5.0;
    static constexpr double kHeading2Mm = 3.6;

private:
    struct Item
    {
        QRectF boxMm;
        Painter paint;
    };
    struct Page
    {
        QString title;
        std::vector<Item> items;
    };

    double textHeightMm(const QString &text, double sizeMm, double widthMm,
                        bool bold = false) const;
    void place(double heightMm, Painter painter);
    void ensurePage();

    const QPaintDevice *mDevice;
    double mPxPerMm;
    QRectF mContent;
    QString mSection;
    std::vector<Page> mPages;
    std::vector<Entry> mContents;
    double mY = 0; ///< millimetres used on the current page
};

} // namespace hw::ui
