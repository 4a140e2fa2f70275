// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/model/result.h"

#include <QDockWidget>
#include <QStringList>

#include <functional>
#include <vector>

class QLabel;
class QTableWidget;

namespace hw::ui {

class PlanDocument;

/**
 * The property editor: the fields of the selection (one object, or many of one kind, whose
 * differing values show as "(mixed)"), units in the names, defaults shown when a field is not
 * set. An edit goes through the document like any other, so an invalid value (negative kW, an
 * unknown type, a self-intersecting outline) is refused with the validator's reason, shown
 * under the table, and the field reverts. With nothing selected it shows the plan's own fields.
 */
class PropertiesPanel : public QDockWidget
{
    Q_OBJECT

public:
    /** One row: what the table shows and how an edit applies. */
    struct Row
    {
        QString label;
        QString value;       ///< shown; empty with `placeholder` for a field not set
        QString placeholder; ///< "default 1.2" / "(mixed)"
        QStringList choices; ///< a combo box instead of a line edit
        std::function<core::Status(const QString &)> apply; ///< null: read-only
    };

    PropertiesPanel(PlanDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return mTable; }
    /** The rows shown now (for tests). */
    const std::vector<Row> &rows() const { return mRows; }
    /** Applies `text` to the row with `label` as if typed; returns the refusal, if any. */
    core::Status edit(const QString &label, const QString &text);
    /** The last refusal shown, or empty. */
    QString errorText() const;

private:
    void rebuild();
    void commit(int row, const QString &text);

    PlanDocument *mDocument;
    QLabel *mHeader;
    QTableWidget *mTable;
    QLabel *mError;
    std::vector<Row> mRows;
    bool mRebuilding = false;
    bool mPending = false;
};

} // namespace hw::ui
