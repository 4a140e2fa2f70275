// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/engine/placement.h"
#include "core/model/result.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>
#include <stop_token>

class QButtonGroup;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace hw::ui {

class HallScene;
class PlanDocument;

/**
 * Auto-place (issue 5 item 6): hall, rack type, a count or "as many as fit" → the placement engine
 * runs on a snapshot in the background with a progress bar and Cancel; the dialog shows how many
 * were placed, the upper bound and the binding resource, and previews the racks on the plan.
 * Apply adds them as one undoable command; the engine's result itself never enters the undo
 * stack (STYLE). Modeless, so the plan stays visible and navigable.
 */
class AutoPlaceDialog : public QDialog
{
    Q_OBJECT

public:
    AutoPlaceDialog(PlanDocument *document, HallScene *scene, QWidget *parent = nullptr);
    ~AutoPlaceDialog() override;

    /** Sets the request's fields as the widgets would (for tests). */
    void setRequest(const std::string &hallId, const std::string &rackType,
                    std::optional<int> count);
    /**
     * Places for this tenant (empty: none). With a tenant the racks carry it and may use its
     * reservations in the hall, which Apply then reduces; capacity reserved for other tenants is
     * never used. Unknown ids select none.
     */
    void setTenant(const std::string &tenantId);
    /** Starts the engine with the request in the widgets. */
    void start();
    /** Asks the running engine to stop; it returns what it found so far. */
    void cancel();
    /** True from start() until finishedRun() is emitted (a finished worker whose result the
     * event loop has not yet delivered still counts as running). */
    bool isRunning() const { return mRunning; }
    /** The last finished result (empty before one). */
    const std::optional<core::PlacementResult> &result() const { return mResult; }
    /** Adds the previewed racks to the plan as one undo step; false (with the reason) if refused.
     */
    bool apply();
    QString statusText() const;

Q_SIGNALS:
    void finishedRun();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onFinished();
    void refillHalls();
    void refillTenants();
    void clearPreview();
    void updateButtons();

    PlanDocument *mDocument;
    QPointer<HallScene> mScene; ///< may go first when the main window is torn down
    QComboBox *mHall;
    QComboBox *mRackType;
    QButtonGroup *mMode;
    QSpinBox *mCount;
    QComboBox *mPhase;
    QComboBox *mTenant;
    QProgressBar *mProgress;
    QLabel *mStatus;
    QPushButton *mRun;
    QPushButton *mCancel;
    QPushButton *mApply;
    QTimer *mProgressTimer;
    QFutureWatcher<core::Result<core::PlacementResult>> mWatcher;
    bool mRunning = false;
    std::stop_source mStop;
    std::shared_ptr<std::atomic<double>> mFraction;
    std::optional<core::PlacementResult> mResult;
    std::string mResultHall;
    quint64 mResultRevision = 0;
};

} // namespace hw::ui
