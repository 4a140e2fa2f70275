// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/charts/chart_export.h"

#include "ui/charts/chart_widget.h"
#include "ui/services/prompts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

#include <cmath>
#include <memory>

namespace hw::ui {

namespace {

/** Layout pixels per inch: the size a chart is laid out at before scaling to the dpi. */
constexpr double kLayoutDpi = 96.0;

QString tr(const char *text)
{
    return QCoreApplication::translate("hw::ui::ChartExport", text);
}

void render(QWidget *widget, QPainter &painter, const QSizeF &target)
{
    const QSizeF size = widget->size();
    const double scale = std::min(target.width() / size.width(), target.height() / size.height());
    painter.translate((target.width() - size.width() * scale) / 2,
                      (target.height() - size.height() * scale) / 2);
    painter.scale(scale, scale);
    widget->render(&painter, QPoint(), QRegion(),
                   QWidget::DrawWindowBackground | QWidget::DrawChildren);
}

} // namespace

bool exportWidget(QWidget *widget, const QString &path, const ExportOptions &options,
                  QString *error)
{
    auto fail = [error](const QString &why) {
        if (error) *error = why;
        return false;
    };
    if (!widget) return fail(tr("Nothing to export."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return fail(tr("Export as .png or .svg, not \"%1\".").arg(QFileInfo(path).fileName()));
    if (options.widthMm <= 0 || options.dpi <= 0 || options.heightMm < 0)
        return fail(tr("The export size must be positive."));

    // A chart is laid out afresh at the export size; other widgets keep their own layout.
    std::unique_ptr<ChartWidget> copy;
    QWidget *source = widget;
    QSizeF layoutSize;
    if (auto *chart = qobject_cast<ChartWidget *>(widget)) {
        const double heightMm =
            options.heightMm > 0 ? options.heightMm
                                 : options.widthMm * chart->height() / std::max(1, chart->width());
        layoutSize = QSizeF(options.widthMm / 25.4 * kLayoutDpi, heightMm / 25.4 * kLayoutDpi);
        copy = std::make_unique<ChartWidget>();
        copy->setAttribute(Qt::WA_DontShowOnScreen);
        copy->setPalette(chart->palette());
        copy->setFont(chart->font());
        copy->setData(chart->data());
        copy->setContext(chart->context());
        copy->resize(layoutSize.toSize());
        copy->show();
        QCoreApplication::sendPostedEvents();
        source = copy.get();
    } else {
        const QSize own = widget->size();
        if (own.isEmpty()) return fail(tr("The view to export has no size yet."));
        const double heightMm =
            options.heightMm > 0 ? options.heightMm : options.widthMm * own.height() / own.width();
        layoutSize = QSizeF(own.width(), own.width() * heightMm / options.widthMm);
    }
    const double heightMm = options.widthMm * layoutSize.height() / layoutSize.width();
    const QColor background = source->palette().color(QPalette::Window);

    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(layoutSize.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), layoutSize));
        svg.setResolution(int(std::lround(layoutSize.width() / (options.widthMm / 25.4))));
        QString title = source->windowTitle();
        if (auto *chart = qobject_cast<ChartWidget *>(source)) title = chart->title();
        svg.setTitle(title.isEmpty() ? QStringLiteral("Hallwright") : title);
        svg.setDescription(tr("Exported from Hallwright"));
        QPainter painter;
        if (!painter.begin(&svg)) return fail(tr("Cannot write %1.").arg(path));
        painter.fillRect(QRectF(QPointF(0, 0), layoutSize), background);
        render(source, painter, layoutSize);
        painter.end();
        const QFileInfo written(path);
        if (!written.exists() || written.size() == 0) return fail(tr("Cannot write %1.").arg(path));
        return true;
    }

    const QSize pixels(int(std::lround(options.widthMm / 25.4 * options.dpi)),
                       int(std::lround(heightMm / 25.4 * options.dpi)));
    if (pixels.width() > 20000 || pixels.height() > 20000)
        return fail(tr("The export is too large (%1 × %2 pixels).")
                        .arg(pixels.width())
                        .arg(pixels.height()));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(
            tr("Not enough memory for a %1 × %2 image.").arg(pixels.width()).arg(pixels.height()));
    image.fill(background);
    const int dotsPerMetre = int(std::lround(options.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        render(source, painter, QSizeF(pixels));
    }
    QImageWriter writer(path, "png");
    if (!writer.write(image))
        return fail(tr("Cannot write %1: %2").arg(path, writer.errorString()));
    return true;
}

bool exportWidgetWithDialog(QWidget *widget, Prompts *prompts, const QString &title,
                            const QString &suggestedName, const ExportOptions &options)
{
    DialogPrompts dialogs;
    Prompts *ask = prompts ? prompts : &dialogs;
    QString path =
        ask->saveFileName(widget, title, suggestedName + QStringLiteral(".png"),
                          tr("PNG image, %1 dpi (*.png);;SVG drawing (*.svg)").arg(options.dpi));
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".png");
    QString error;
    if (!exportWidget(widget, path, options, &error)) {
        ask->showError(widget, title, error);
        return false;
    }
    return true;
}

} // namespace hw::ui
