// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/plan.h"
#include "core/model/result.h"
#include "ui/report/export_job.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QSpinBox;

namespace hw::ui {

class PlanDocument;

/**
 * File ▸ Export…: format (PDF report, SVG, PNG, DXF, CSV rack schedule or bill of materials), the
 * site or one hall, paper or resolution, and the file. The export runs on a worker thread from a
 * snapshot of the plan (the same runExport() as `hallwright-cli export`), with a progress dialog
 * and Cancel; the UI stays responsive and the document is never touched by the worker. A
 * cancelled or failed export leaves the target file as it was.
 *
 * The main window's hook is one line: `ExportDialog::run(document, this);`
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(std::shared_ptr<const core::Plan> plan, const std::string &currentHall,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    /** Shows the dialog for the document's current state; returns once the export is done. */
    static void run(PlanDocument *document, QWidget *parent);

    /** The export the fields describe. */
    ExportRequest request() const;
    /** Sets the fields (tests, remembered choices). */
    void setRequest(const ExportRequest &request);

    /**
     * Starts the export in the background and shows progress; finished() follows. Returns false
     * (with the reason shown) when the fields are incomplete.
     */
    bool startExport();
    bool isRunning() const;
    /** The outcome of the last export (valid after finished()). */
    const core::Result<ExportSummary> &result() const { return *mResult; }

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void finished(bool ok);

private:
    void updateFields();
    void browse();
    void onFinished();

    std::shared_ptr<const core::Plan> mPlan;
    QComboBox *mFormat;
    QComboBox *mScope;
    QComboBox *mPaper;
    QSpinBox *mDpi;
    QLineEdit *mPath;
    QLabel *mHint;
    QProgressDialog *mProgress = nullptr;
    QFutureWatcher<core::Result<ExportSummary>> mWatcher;
    bool mInFlight = false; ///< until onFinished(): a finished worker's result may be queued
    std::shared_ptr<std::atomic<bool>> mCancel;
    std::unique_ptr<core::Result<ExportSummary>> mResult;
};

} // namespace hw::ui
