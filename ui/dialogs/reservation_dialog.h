// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/catalog.h"
#include "core/model/plan.h"
#include "core/model/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace hw::ui {

/**
 * Adds or edits a reservation: tenant, hall, rack type, number of racks, optionally the feed
 * pairs and loops it is restricted to (those of the chosen hall) and the phase it is needed by.
 * OK hands the value to `apply` (the document's edit); a refusal is shown and the dialog stays.
 */
class ReservationDialog : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<core::Status(const core::Reservation &)>;

    ReservationDialog(const core::Plan &plan, const core::Catalog &catalog,
                      core::Reservation reservation, Apply apply, bool adding,
                      QWidget *parent = nullptr);

    core::Reservation reservation() const;

    void accept() override;

private:
    void fillHallLists();

    const core::Plan &mPlan;
    core::Reservation mReservation;
    Apply mApply;
    QComboBox *mTenant;
    QComboBox *mHall;
    QComboBox *mRackType;
    QSpinBox *mRacks;
    QListWidget *mPairs;
    QListWidget *mLoops;
    QComboBox *mPhase;
    QLabel *mError;
};

} // namespace hw::ui
