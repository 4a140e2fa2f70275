// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/report/report_layout.h"

#include "ui/render/render_text.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace hw::ui {

namespace {

constexpr double kCellPadMm = 1.0;
const QColor kInk(20, 20, 20);
const QColor kRule(150, 150, 150);
const QColor kHeaderFill(0xe4, 0xe9, 0xf0);
const QColor kStripe(0xf6, 0xf7, 0xf9);
const QColor kError(0xb0, 0x10, 0x10);

QRectF toPx(const QRectF &mm, double pxPerMm)
{
    return QRectF(mm.x() * pxPerMm, mm.y() * pxPerMm, mm.width() * pxPerMm, mm.height() * pxPerMm);
}

void drawWrapped(QPainter &painter, const QRectF &rect, const QString &text, double sizePx,
                 const QColor &colour, Qt::Alignment alignment, bool bold = false)
{
    painter.setFont(renderFont(painter.device(), sizePx, bold));
    painter.setPen(colour);
    painter.drawText(rect, int(alignment) | Qt::TextWordWrap, text);
}

} // namespace

ReportLayout::ReportLayout(const QPaintDevice *device, double pxPerMm, const QRectF &contentMm)
    : mDevice(device), mPxPerMm(pxPerMm), mContent(contentMm)
{}

void ReportLayout::newPage(const QString &title)
{
    mSection = title;
    mPages.push_back({title, {}});
    mY = 0;
}

void ReportLayout::ensurePage()
{
    if (mPages.empty()) newPage(mSection);
}

void ReportLayout::fullPage(const QString &title, Painter painter)
{
    newPage(title);
    mPages.back().items.push_back({mContent, std::move(painter)});
    mY = mContent.height();
}

void ReportLayout::addContentsEntry(const QString &text)
{
    ensurePage();
    mContents.push_back({text, int(mPages.size()) - 1});
}

double ReportLayout::remainingMm() const
{
    return mPages.empty() ? 0 : mContent.height() - mY;
}

double ReportLayout::textHeightMm(const QString &text, double sizeMm, double widthMm,
                                  bool bold) const
{
    const QFont font = renderFont(mDevice, sizeMm * mPxPerMm, bold);
    const QFontMetricsF metrics(font, const_cast<QPaintDevice *>(mDevice));
    const QRectF r =
        metrics.boundingRect(QRectF(0, 0, widthMm * mPxPerMm, 1e7), Qt::TextWordWrap, text);
    return r.height() / mPxPerMm;
}

void ReportLayout::place(double heightMm, Painter painter)
{
    ensurePage();
    if (mY > 0 && mY + heightMm > mContent.height()) newPage(mSection);
    const QRectF box(mContent.left(), mContent.top() + mY, mContent.width(), heightMm);
    mPages.back().items.push_back({box, std::move(painter)});
    mY += heightMm;
}

void ReportLayout::space(double mm)
{
    ensurePage();
    mY = std::min(mContent.height(), mY + mm);
}

void ReportLayout::heading(const QString &text, int level)
{
    const double size = level <= 1 ? kHeading1Mm : kHeading2Mm;
    const double h = textHeightMm(text, size, mContent.width(), true);
    // Keep a heading with at least some of what follows it.
    ensurePage();
    if (mY > 0 && mY + h + 25.0 > mContent.height()) newPage(mSection);
    const double before = mY > 0 ? (level <= 1 ? 4.0 : 2.5) : 0.0;
    mY += before;
    const double pxPerMm = mPxPerMm;
    place(h + 1.5, [text, size, level, pxPerMm](QPainter &p, const QRectF &r) {
        drawWrapped(p, r, text, size * pxPerMm, level <= 1 ? QColor(0x1a, 0x3a, 0x5f) : kInk,
                    Qt::AlignLeft | Qt::AlignTop, true);
    });
}

void ReportLayout::paragraph(const QString &text, bool small)
{
    const double size = small ? kSmallMm : kBodyMm;
    const double h = textHeightMm(text, size, mContent.width());
    const double pxPerMm = mPxPerMm;
    place(h + 1.5, [text, size, pxPerMm](QPainter &p, const QRectF &r) {
        drawWrapped(p, r, text, size * pxPerMm, kInk, Qt::AlignLeft | Qt::AlignTop);
    });
}

void ReportLayout::keyValues(const std::vector<std::pair<QString, QString>> &items, int columns)
{
    columns = std::max(1, columns);
    const double colW = mContent.width() / columns;
    const double lineMm = kBodyMm * 1.55;
    const int rows = int((items.size() + std::size_t(columns) - 1) / std::size_t(columns));
    for (int r = 0; r < rows; ++r) {
        std::vector<std::pair<QString, QString>> line;
        for (int c = 0; c < columns; ++c) {
            const std::size_t i = std::size_t(c * rows + r);
            if (i < items.size()) line.push_back(items[i]);
        }
        const double pxPerMm = mPxPerMm;
        place(lineMm, [line, colW, pxPerMm](QPainter &p, const QRectF &box) {
            for (std::size_t c = 0; c < line.size(); ++c) {
                const QRectF cell(box.left() + double(c) * colW * pxPerMm, box.top(),
                                  colW * pxPerMm, box.height());
                const QRectF key(cell.left(), cell.top(), cell.width() * 0.55, cell.height());
                const QRectF value(key.right(), cell.top(), cell.width() * 0.42, cell.height());
                drawWrapped(p, key, line[c].first, kBodyMm * pxPerMm, QColor(70, 70, 70),
                            Qt::AlignLeft | Qt::AlignVCenter);
                drawWrapped(p, value, line[c].second, kBodyMm * pxPerMm, kInk,
                            Qt::AlignRight | Qt::AlignVCenter, true);
            }
            p.setPen(QPen(QColor(225, 225, 225), 0.1 * pxPerMm));
            p.drawLine(box.bottomLeft(), box.bottomRight());
        });
    }
}

void ReportLayout::table(const ReportTable &table)
{
    if (table.columns.empty()) return;
    const double total =
        std::accumulate(table.columns.begin(), table.columns.end(), 0.0,
                        [](double s, const ReportTable::Column &c) { return s + c.weight; });
    std::vector<double> widths; // mm
    for (const auto &c : table.columns)
        widths.push_back(mContent.width() * c.weight / total);
    const double size = kSmallMm;

    auto rowHeight = [&](const QStringList &cells, bool bold) {
        double h = 0;
        for (std::size_t i = 0; i < widths.size(); ++i) {
            const QString text = i < std::size_t(cells.size()) ? cells[qsizetype(i)] : QString();
            h = std::max(h, textHeightMm(text.isEmpty() ? QStringLiteral(" ") : text, size,
                                         widths[i] - 2 * kCellPadMm, bold));
        }
        return h + 2 * kCellPadMm;
    };
    QStringList header;
    for (const auto &c : table.columns)
        header << c.title;
    const double headerH = rowHeight(header, true);
    const double pxPerMm = mPxPerMm;
    const auto columns = table.columns;

    auto paintRow = [widths, columns, pxPerMm, size](QPainter &p, const QRectF &box,
                                                     const QStringList &cells, bool isHeader,
                                                     bool stripe, bool error) {
        if (isHeader)
            p.fillRect(box, kHeaderFill);
        else if (stripe)
            p.fillRect(box, kStripe);
        double x = box.left();
        for (std::size_t i = 0; i < widths.size(); ++i) {
            const double w = widths[i] * pxPerMm;
            const QRectF cell(x + kCellPadMm * pxPerMm, box.top() + kCellPadMm * pxPerMm,
                              w - 2 * kCellPadMm * pxPerMm,
                              box.height() - 2 * kCellPadMm * pxPerMm);
            const QString text = i < std::size_t(cells.size()) ? cells[qsizetype(i)] : QString();
            const Qt::Alignment align =
                (columns[i].numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
            drawWrapped(p, cell, text, size * pxPerMm, error ? kError : kInk, align, isHeader);
            x += w;
        }
        p.setPen(QPen(isHeader ? kRule : QColor(215, 215, 215), 0.12 * pxPerMm));
        p.drawLine(box.bottomLeft(), box.bottomRight());
    };

    // The header starts the table and repeats at the top of every page it runs onto.
    auto placeHeader = [&]() {
        place(headerH, [paintRow, header](QPainter &p, const QRectF &r) {
            paintRow(p, r, header, true, false, false);
        });
    };
    ensurePage();
    if (mY > 0 &&
        mY + headerH + rowHeight(table.rows.empty() ? QStringList() : table.rows.front(), false) >
            mContent.height())
        newPage(mSection);
    placeHeader();
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const QStringList cells = table.rows[i];
        const double h = rowHeight(cells, false);
        if (mY + h > mContent.height()) {
            newPage(mSection);
            placeHeader();
        }
        const bool error = i < table.highlighted.size() && table.highlighted[i];
        const bool stripe = i % 2 == 1;
        place(h, [paintRow, cells, stripe, error](QPainter &p, const QRectF &r) {
            paintRow(p, r, cells, false, stripe, error);
        });
    }
    space(2.0);
}

void ReportLayout::block(double heightMm, Painter painter)
{
    place(std::min(heightMm, mContent.height()), std::move(painter));
}

void ReportLayout::paintPage(QPainter &painter, int page) const
{
    for (const auto &item : mPages[std::size_t(page)].items) {
        painter.save();
        item.paint(painter, toPx(item.boxMm, mPxPerMm));
        painter.restore();
    }
}

} // namespace hw::ui
