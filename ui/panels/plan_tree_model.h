// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include "core/edit/object_ref.h"
#include "ui/document/change_event.h"
#include "ui/services/analysis_result.h"

#include <QAbstractItemModel>

#include <optional>

namespace hw::ui {

class PlanDocument;

/**
 * The plan as a tree: site → halls → racks, feeds, sources, loops, CDUs, obstacles. Reads the
 * document directly (no copy of its own), so 7,000 racks cost nothing until a group is opened.
 * The second column shows the analysis: feed N-1 and loop utilization, hall errors.
 */
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Group
    {
        Racks,
        Feeds,
        Sources,
        Loops,
        Cdus,
        Obstacles,
        GroupCount
    };

    explicit PlanTreeModel(PlanDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** The object an index stands for (a hall for hall rows); nothing for the site and groups. */
    std::optional<core::ObjectRef> refAt(const QModelIndex &index) const;
    QModelIndex indexOf(const core::ObjectRef &ref) const;
    QModelIndex siteIndex() const { return index(0, 0); }

    void setAnalysis(AnalysisResultPtr result);

private:
    void onChanged(const ChangeEvent &event);

    PlanDocument *mDocument;
    AnalysisResultPtr mAnalysis;
};

} // namespace hw::ui
