// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/result.h"
#include "ui/services/analysis_result.h"

#include <QDockWidget>
#include <QString>

#include <string>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hw::ui {

class PlanDocument;
class Prompts;

/**
 * The tenants of the plan (issue 9) and their reservations. Per tenant its colour, racks, IT kW,
 * GPUs and reserved racks and kW from the latest analysis; per reservation what it asks for and
 * whether it still fits (core::ReservationFit). Add, Edit and Remove open a dialog or ask, then
 * go through the document: each is one undo step, and a refusal is shown under the lists.
 */
class TenantsPanel : public QDockWidget
{
    Q_OBJECT

public:
    TenantsPanel(PlanDocument *document, QWidget *parent = nullptr);

    void setAnalysis(AnalysisResultPtr result);
    /** Who asks whether to remove a tenant together with its reservations; null: never. */
    void setPrompts(Prompts *prompts) { mPrompts = prompts; }

    QTreeWidget *tenantList() const { return mTenants; }
    QTreeWidget *reservationList() const { return mReservations; }
    /** The tenant (reservation) of the current row, or empty. */
    std::string currentTenant() const;
    std::string currentReservation() const;
    /**
     * Removes a tenant as the Remove button does: a tenant still named by racks or reservations
     * is removed with them only when the prompts agree; otherwise the refusal is shown.
     */
    core::Status removeTenant(const std::string &tenantId);
    /** The last refusal shown, or empty. */
    QString errorText() const;

private:
    void refill();
    void addTenant();
    void editTenant();
    void addReservation();
    void editReservation();
    void removeReservation();
    void showStatus(const core::Status &status);
    void updateButtons();

    PlanDocument *mDocument;
    Prompts *mPrompts = nullptr;
    AnalysisResultPtr mResult;
    QTreeWidget *mTenants;
    QTreeWidget *mReservations;
    QPushButton *mAddTenant, *mEditTenant, *mRemoveTenant;
    QPushButton *mAddReservation, *mEditReservation, *mRemoveReservation;
    QLabel *mError;
};

} // namespace hw::ui
