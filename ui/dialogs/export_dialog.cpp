// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/dialogs/export_dialog.h"

#include "core/io/builtin_catalog.h"
#include "ui/document/plan_document.h"
#include "ui/services/worker_result.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hw::ui {

namespace {

struct FormatChoice
{
    ExportFormat format;
    core::CsvKind csv;
    const char *label;
    const char *extension;
    const char *filter;
};

const FormatChoice kFormats[] = {
    {ExportFormat::Pdf, core::CsvKind::RackSchedule, "PDF capacity report", "pdf", "PDF (*.pdf)"},
    {ExportFormat::Svg, core::CsvKind::RackSchedule, "SVG drawing", "svg", "SVG (*.svg)"},
    {ExportFormat::Png, core::CsvKind::RackSchedule, "PNG image", "png", "PNG (*.png)"},
    {ExportFormat::Dxf, core::CsvKind::RackSchedule, "DXF for CAD", "dxf", "DXF (*.dxf)"},
    {ExportFormat::Csv, core::CsvKind::RackSchedule, "CSV rack schedule", "csv", "CSV (*.csv)"},
    {ExportFormat::Csv, core::CsvKind::BillOfMaterials, "CSV bill of materials", "csv",
     "CSV (*.csv)"},
};

} // namespace

ExportDialog::ExportDialog(std::shared_ptr<const core::Plan> plan, const std::string &currentHall,
                           QWidget *parent)
    : QDialog(parent), mPlan(std::move(plan)),
      mResult(std::make_unique<core::Result<ExportSummary>>(core::Error("not run")))
{
    setWindowTitle(tr("Export"));
    mFormat = new QComboBox(this);
    for (const auto &f : kFormats)
        mFormat->addItem(tr(f.label));
    mScope = new QComboBox(this);
    mScope->addItem(tr("Whole site"), QString());
    for (const auto &h : mPlan->halls) {
        const QString id = QString::fromStdString(h.id);
        mScope->addItem(h.name.empty() ? tr("Hall %1").arg(id)
                                       : tr("Hall %1 — %2").arg(id, QString::fromStdString(h.name)),
                        id);
    }
    if (!currentHall.empty())
        mScope->setCurrentIndex(std::max(0, mScope->findData(QString::fromStdString(currentHall))));
    mPaper = new QComboBox(this);
    mPaper->addItem(tr("A3 landscape"));
    mPaper->addItem(tr("A4 landscape"));
    mDpi = new QSpinBox(this);
    mDpi->setRange(30, 1200);
    mDpi->setValue(150);
    mDpi->setSuffix(tr(" dpi"));
    mPath = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(browse);
    mHint = new QLabel(this);
    mHint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), mFormat);
    form->addRow(tr("&Of:"), mScope);
    form->addRow(tr("&Paper:"), mPaper);
    form->addRow(tr("&Resolution:"), mDpi);
    form->addRow(tr("File:"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mHint);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(mFormat, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFields);
    connect(mScope, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFields);
    connect(&mWatcher, &QFutureWatcherBase::finished, this, &ExportDialog::onFinished);
    updateFields();
}

ExportDialog::~ExportDialog()
{
    if (mWatcher.isRunning()) {
        mCancel->store(true);
        mWatcher.waitForFinished();
    }
}

void ExportDialog::run(PlanDocument *document, QWidget *parent)
{
    ExportDialog dialog(document->snapshot(), document->currentHall(), parent);
    if (!document->filePath().isEmpty()) {
        // Beside the plan, named after it; updateFields() gives it the format's extension.
        const QFileInfo info(document->filePath());
        ExportRequest r = dialog.request();
        r.path = QDir(info.absolutePath())
                     .filePath(info.completeBaseName() + QStringLiteral(".pdf"))
                     .toStdString();
        dialog.setRequest(r);
    }
    dialog.exec();
}

ExportRequest ExportDialog::request() const
{
    const FormatChoice &f = kFormats[std::max(0, mFormat->currentIndex())];
    ExportRequest r;
    r.format = f.format;
    r.csv = f.csv;
    r.hallId = mScope->currentData().toString().toStdString();
    r.paper = mPaper->currentIndex() == 1 ? PaperSize::A4 : PaperSize::A3;
    r.dpi = mDpi->value();
    r.path = mPath->text().toStdString();
    return r;
}

void ExportDialog::setRequest(const ExportRequest &r)
{
    for (int i = 0; i < int(std::size(kFormats)); ++i) {
        if (kFormats[i].format == r.format &&
            (r.format != ExportFormat::Csv || kFormats[i].csv == r.csv))
            mFormat->setCurrentIndex(i);
    }
    mScope->setCurrentIndex(std::max(0, mScope->findData(QString::fromStdString(r.hallId))));
    mPaper->setCurrentIndex(r.paper == PaperSize::A4 ? 1 : 0);
    mDpi->setValue(r.dpi);
    mPath->setText(QString::fromStdString(r.path));
    updateFields();
}

void ExportDialog::updateFields()
{
    const FormatChoice &f = kFormats[std::max(0, mFormat->currentIndex())];
    mPaper->setEnabled(f.format == ExportFormat::Pdf);
    mDpi->setEnabled(f.format == ExportFormat::Png);
    // Keep the file name, change its extension to the format's.
    QString path = mPath->text();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        const QString wanted = QString::fromLatin1(f.extension);
        if (info.suffix().compare(wanted, Qt::CaseInsensitive) != 0)
            mPath->setText(
                QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + wanted));
    }
    const bool site = mScope->currentData().toString().isEmpty();
    switch (f.format) {
    case ExportFormat::Pdf:
        mHint->setText(
            site ? tr("Cover, site plan and summary, per hall a floor plan to scale, capacity "
                      "charts and "
                      "tables, and the assumptions with their sources.")
                 : tr("Cover, the hall's floor plan to scale, capacity charts and tables, and the "
                      "assumptions with their sources."));
        break;
    case ExportFormat::Svg:
    case ExportFormat::Png:
        mHint->setText(tr("The floor plan to scale with legend, scale bar and north arrow."));
        break;
    case ExportFormat::Dxf:
        mHint->setText(tr("A CAD drawing in metres with layers and one block per rack type."));
        break;
    case ExportFormat::Csv:
        mHint->setText(f.csv == core::CsvKind::RackSchedule
                           ? tr("One line per rack: position, row, power, feeds, loop.")
                           : tr("Racks, CDUs, feeds and sources, counted."));
        break;
    }
}

void ExportDialog::browse()
{
    const FormatChoice &f = kFormats[std::max(0, mFormat->currentIndex())];
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export to"), mPath->text(), tr(f.filter));
    if (!path.isEmpty()) {
        mPath->setText(path);
        updateFields();
    }
}

bool ExportDialog::isRunning() const
{
    return mInFlight;
}

bool ExportDialog::startExport()
{
    if (isRunning()) return false;
    const ExportRequest r = request();
    if (r.path.empty()) {
        QMessageBox::information(this, tr("Export"), tr("Choose the file to write."));
        return false;
    }
    mCancel = std::make_shared<std::atomic<bool>>(false);
    mProgress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 100, this);
    mProgress->setWindowModality(Qt::WindowModal);
    mProgress->setMinimumDuration(300);
    mProgress->setAutoClose(false);
    mProgress->setAutoReset(false);
    connect(mProgress, &QProgressDialog::canceled, this,
            [cancel = mCancel] { cancel->store(true); });

    // The worker reports through queued calls; the dialog may be gone by then, hence QPointer.
    QPointer<QProgressDialog> progress = mProgress;
    auto cancel = mCancel;
    auto onProgress = [progress, cancel](int percent, const std::string &step) {
        QMetaObject::invokeMethod(
            progress.data(),
            [progress, percent, text = QString::fromStdString(step)] {
                if (progress) {
                    progress->setValue(percent);
                    progress->setLabelText(QObject::tr("Exporting: %1").arg(text));
                }
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    mInFlight = true;
    mWatcher.setFuture(QtConcurrent::run([plan = mPlan, r, onProgress] {
        return runExport(*plan, core::builtinCatalog(), r, onProgress);
    }));
    return true;
}

void ExportDialog::onFinished()
{
    mInFlight = false;
    QString failure;
    if (std::optional<core::Result<ExportSummary>> got = takeResult(mWatcher.future(), &failure))
        *mResult = std::move(*got);
    else
        *mResult = core::Error("export", "failed: " + failure.toStdString());
    if (mProgress) {
        mProgress->close();
        mProgress->deleteLater();
        mProgress = nullptr;
    }
    const bool ok = mResult->ok();
    Q_EMIT finished(ok);
    if (ok) {
        QDialog::accept();
    } else if (mCancel && mCancel->load()) {
        // Cancelled: stay open, nothing written.
    } else if (isVisible()) {
        QMessageBox::warning(
            this, tr("Export"),
            tr("The export failed:\n%1").arg(QString::fromStdString(mResult->error().toString())));
    }
}

void ExportDialog::accept()
{
    startExport();
}

void ExportDialog::reject()
{
    if (isRunning()) {
        mCancel->store(true);
        return;
    }
    QDialog::reject();
}

} // namespace hw::ui
