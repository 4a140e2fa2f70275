// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/report/export_job.h"

#include "core/engine/evaluate.h"
#include "core/io/dxf_export.h"
#include "core/io/plan_files.h"
#include "core/model/resolve.h"
#include "ui/render/plan_renderer.h"
#include "ui/render/plan_sheet.h"
#include "ui/report/pdf_report.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace hw::ui {

namespace {

constexpr double kSvgDpi = 96.0;
constexpr double kMaxPngPixels = 250e6;

core::Status writeBytes(const std::string &path, const QByteArray &bytes)
{
    return core::writeFileAtomically(path,
                                     std::string(bytes.constData(), std::size_t(bytes.size())));
}

QString sheetTitle(const core::Plan &plan, const std::string &hallId)
{
    if (hallId.empty()) return QStringLiteral("Site plan");
    const core::Hall *hall = plan.hall(hallId);
    QString title = QStringLiteral("Hall ") + QString::fromStdString(hallId);
    if (hall && !hall->name.empty())
        title += QStringLiteral(" — ") + QString::fromStdString(hall->name);
    return title;
}

/** The plan drawing as an SVG or PNG sheet: to scale, with title, legend, scale bar and north
 * arrow. */
core::Status writeImage(const core::Plan &plan, const core::Catalog &catalog,
                        const core::EvaluationReport &report, const ExportRequest &request)
{
    const PlanRenderer renderer(plan, catalog, &report, request.hallId);
    const PlanSheet sheet(renderer, sheetTitle(plan, request.hallId),
                          QString::fromStdString(plan.name));
    // The scale the A3 report would use, so that images and the report agree.
    const int scale = sheet.scaleFor(QSizeF(420 - 24, 297 - 41));
    const QSizeF mm = sheet.sheetSizeMm(scale);

    if (request.format == ExportFormat::Svg) {
        const double pxPerMm = kSvgDpi / 25.4;
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setResolution(int(kSvgDpi));
        const QSize size(int(std::ceil(mm.width() * pxPerMm)),
                         int(std::ceil(mm.height() * pxPerMm)));
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(sheetTitle(plan, request.hallId) + QStringLiteral(" — ") +
                     QString::fromStdString(plan.name));
        svg.setDescription(
            QStringLiteral("Hallwright plan drawing at 1:%1, metres, north up").arg(scale));
        QPainter painter;
        if (!painter.begin(&svg)) return core::Error(request.path, "the SVG could not be started");
        sheet.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), pxPerMm, scale);
        painter.end();
        return writeBytes(request.path, bytes);
    }

    const double pxPerMm = request.dpi / 25.4;
    const QSize size(int(std::ceil(mm.width() * pxPerMm)), int(std::ceil(mm.height() * pxPerMm)));
    if (double(size.width()) * size.height() > kMaxPngPixels) {
        return core::Error("--dpi", "the image would be " + std::to_string(size.width()) + " × " +
                                        std::to_string(size.height()) +
                                        " pixels; use a lower resolution");
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return core::Error(request.path, "not enough memory for the image");
    image.setDotsPerMeterX(int(std::lround(request.dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(request.dpi / 0.0254)));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        // Labels under three pixels cannot be read in a raster image; they are left out.
        sheet.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), pxPerMm, scale, {}, 3.0);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return core::Error(request.path, "the PNG could not be encoded");
    return writeBytes(request.path, bytes);
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const std::string &name)
{
    const std::string n = lower(name);
    if (n == "pdf") return ExportFormat::Pdf;
    if (n == "svg") return ExportFormat::Svg;
    if (n == "png") return ExportFormat::Png;
    if (n == "dxf") return ExportFormat::Dxf;
    if (n == "csv") return ExportFormat::Csv;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatForPath(const std::string &path)
{
    const auto dot = path.rfind('.');
    if (dot == std::string::npos || path.find('/', dot) != std::string::npos) return std::nullopt;
    return exportFormatFromName(path.substr(dot + 1));
}

const char *exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return "PDF";
    case ExportFormat::Svg:
        return "SVG";
    case ExportFormat::Png:
        return "PNG";
    case ExportFormat::Dxf:
        return "DXF";
    case ExportFormat::Csv:
        return "CSV";
    }
    return "";
}

core::Result<ExportSummary> runExport(const core::Plan &plan, const core::Catalog &builtin,
                                      const ExportRequest &request, const ExportProgress &progress)
{
    if (!request.hallId.empty() && !plan.hall(request.hallId))
        return core::Error("--hall", "no hall \"" + request.hallId + "\" in the plan");
    if (progress && !progress(0, "evaluating the plan")) return core::Error("export cancelled");

    // The report needs headroom (space through the placement engine); the other formats only
    // need the violations, which are cheap.
    core::EvaluateOptions options;
    options.spaceHeadroom = request.format == ExportFormat::Pdf;
    const core::EvaluationReport report = core::evaluate(plan, builtin, options);
    ExportSummary summary;
    for (const auto &h : report.halls) {
        if (request.hallId.empty() || h.id == request.hallId) {
            summary.errors += h.errors;
            summary.warnings += h.warnings;
        }
    }
    if (progress && !progress(10, "writing")) return core::Error("export cancelled");

    const core::Catalog catalog = core::effectiveCatalog(builtin, plan);
    core::Status status = core::Done{};
    switch (request.format) {
    case ExportFormat::Dxf:
        status = core::writeDxfFile(plan, builtin, request.path, request.hallId);
        break;
    case ExportFormat::Csv:
        status = core::writeCsvFile(plan, builtin, request.csv, request.path, request.hallId);
        break;
    case ExportFormat::Svg:
    case ExportFormat::Png:
        status = writeImage(plan, catalog, report, request);
        break;
    case ExportFormat::Pdf: {
        PdfReport pdf(plan, catalog, report, request.hallId);
        pdf.setPaper(request.paper);
        auto pageProgress = [&progress](int percent, const std::string &step) {
            return !progress || progress(10 + percent * 85 / 100, step);
        };
        auto bytes = pdf.render(pageProgress, &summary.pages);
        if (!bytes) return bytes.error();
        status = writeBytes(request.path, *bytes);
        break;
    }
    }
    if (!status) return status.error();
    if (progress) progress(100, "done");
    return summary;
}

} // namespace hw::ui
