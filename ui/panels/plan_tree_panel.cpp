// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/panels/plan_tree_panel.h"

#include "ui/document/plan_document.h"
#include "ui/panels/plan_tree_model.h"

#include <QHeaderView>
#include <QTreeView>

namespace hw::ui {

PlanTreePanel::PlanTreePanel(PlanDocument *document, QWidget *parent)
    : QDockWidget(tr("Plan"), parent), mDocument(document),
      mModel(new PlanTreeModel(document, this)), mView(new QTreeView(this))
{
    setObjectName(QStringLiteral("PlanTreePanel"));
    mView->setObjectName(QStringLiteral("planTree"));
    mView->setModel(mModel);
    mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mView->setUniformRowHeights(true);
    mView->setAlternatingRowColors(true);
    mView->header()->setStretchLastSection(true);
    mView->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    mView->setColumnWidth(0, 190);
    setWidget(mView);

    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { syncToDocument(); });
    connect(mDocument, &PlanDocument::selectionChanged, this, [this] { syncFromDocument(); });
    connect(mModel, &QAbstractItemModel::modelReset, this, [this] {
        restoreExpansion();
        syncFromDocument();
    });
    connect(mDocument, &PlanDocument::currentHallChanged, this, [this] { restoreExpansion(); });
    connect(mView, &QTreeView::doubleClicked, this, [this] { Q_EMIT zoomRequested(); });
    restoreExpansion();
}

void PlanTreePanel::setAnalysis(AnalysisResultPtr result)
{
    mModel->setAnalysis(std::move(result));
}

void PlanTreePanel::restoreExpansion()
{
    mView->expand(mModel->siteIndex());
    const std::string &hall = mDocument->currentHall();
    if (!hall.empty()) mView->expand(mModel->indexOf({core::ObjectKind::Hall, hall, hall}));
}

void PlanTreePanel::syncToDocument()
{
    if (mSyncing) return;
    std::vector<core::ObjectRef> refs;
    for (const QModelIndex &i : mView->selectionModel()->selectedRows()) {
        if (auto ref = mModel->refAt(i)) refs.push_back(*ref);
    }
    mSyncing = true;
    // Objects of another hall: open that hall (a hall row alone keeps the site overview).
    if (!refs.empty()) {
        const core::ObjectRef &first = refs.front();
        const bool onlyHalls = std::all_of(refs.begin(), refs.end(), [](const core::ObjectRef &r) {
            return r.kind == core::ObjectKind::Hall;
        });
        if (!onlyHalls && first.hall != mDocument->currentHall())
            mDocument->setCurrentHall(first.hall);
        if (!onlyHalls) {
            std::vector<core::ObjectRef> sameHall;
            for (const auto &r : refs) {
                if (r.hall == first.hall && r.kind != core::ObjectKind::Hall) sameHall.push_back(r);
            }
            refs = std::move(sameHall);
        }
    }
    mDocument->setSelection(std::move(refs));
    mSyncing = false;
}

void PlanTreePanel::syncFromDocument()
{
    if (mSyncing) return;
    mSyncing = true;
    QItemSelection selection;
    QModelIndex first;
    for (const auto &ref : mDocument->selection()) {
        const QModelIndex i = mModel->indexOf(ref);
        if (!i.isValid()) continue;
        if (!first.isValid()) first = i;
        selection.select(i, i.siblingAtColumn(1));
    }
    mView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid()) mView->scrollTo(first);
    mSyncing = false;
}

} // namespace hw::ui
