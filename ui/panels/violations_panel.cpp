// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/panels/violations_panel.h"

#include "core/edit/hall_objects.h"
#include "ui/document/plan_document.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hw::ui {

namespace {
enum Column
{
    SeverityColumn,
    HallColumn,
    CodeColumn,
    MessageColumn
};
constexpr int kHallRole = Qt::UserRole + 1;
constexpr int kObjectsRole = Qt::UserRole + 2;
constexpr int kMaxRows = 5000;
} // namespace

ViolationsPanel::ViolationsPanel(PlanDocument *document, QWidget *parent)
    : QDockWidget(tr("Violations"), parent), mDocument(document), mScope(new QComboBox(this)),
      mSummary(new QLabel(this)), mList(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("ViolationsPanel"));
    auto *w = new QWidget(this);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    mScope->addItem(tr("Hall being edited"));
    mScope->addItem(tr("Whole site"));
    top->addWidget(mScope);
    top->addWidget(mSummary, 1);
    layout->addLayout(top);
    mList->setObjectName(QStringLiteral("violationList"));
    mList->setColumnCount(4);
    mList->setHeaderLabels({tr("Severity"), tr("Hall"), tr("Rule"), tr("Message")});
    mList->setRootIsDecorated(false);
    mList->setUniformRowHeights(true);
    mList->setAlternatingRowColors(true);
    mList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mList->header()->setStretchLastSection(true);
    layout->addWidget(mList, 1);
    setWidget(w);
    connect(mScope, &QComboBox::currentIndexChanged, this, &ViolationsPanel::refill);
    connect(mDocument, &PlanDocument::currentHallChanged, this, &ViolationsPanel::refill);
    connect(mList, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { activateRow(mList->indexOfTopLevelItem(item)); });
    connect(mList, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activateRow(mList->indexOfTopLevelItem(item)); });
    refill();
}

void ViolationsPanel::setAnalysis(AnalysisResultPtr result)
{
    mResult = std::move(result);
    refill();
}

void ViolationsPanel::refill()
{
    const std::string &current = mDocument->currentHall();
    // The first scope names what it shows: the open hall, or the site when none is open.
    mScope->setItemText(0, current.empty()
                               ? tr("Whole site (no hall open)")
                               : tr("Hall %1 (being edited)").arg(QString::fromStdString(current)));
    mList->clear();
    if (!mResult) {
        mSummary->setText(tr("Checking…"));
        return;
    }
    const bool site = mScope->currentIndex() == 1 || current.empty();
    int errors = 0, warnings = 0, shown = 0;
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QList<QTreeWidgetItem *> items;
    for (int pass = 0; pass < 2; ++pass) { // errors first, then warnings
        for (const core::HallReport &h : mResult->report.halls) {
            if (!site && h.id != current) continue;
            for (const core::Violation &v : h.violations) {
                const bool error = v.severity == core::Severity::Error;
                if (error != (pass == 0)) continue;
                (error ? errors : warnings)++;
                if (shown >= kMaxRows) continue;
                ++shown;
                auto *item = new QTreeWidgetItem;
                item->setIcon(SeverityColumn, error ? errorIcon : warningIcon);
                item->setText(SeverityColumn, error ? tr("error") : tr("warning"));
                item->setText(HallColumn, QString::fromStdString(h.id));
                item->setText(CodeColumn, QString::fromStdString(v.code));
                item->setText(MessageColumn, QString::fromStdString(v.message));
                item->setToolTip(MessageColumn, QString::fromStdString(v.message));
                QStringList objects;
                for (const auto &o : v.objects)
                    objects << QString::fromStdString(o);
                item->setData(0, kHallRole, QString::fromStdString(h.id));
                item->setData(0, kObjectsRole, objects);
                items.append(item);
            }
        }
    }
    mList->addTopLevelItems(items);
    QString text = tr("%n error(s), ", nullptr, errors) + tr("%n warning(s)", nullptr, warnings);
    if (shown < errors + warnings) text += tr(" (first %1 shown)").arg(shown);
    mSummary->setText(text);
    mSummary->setStyleSheet(errors > 0 ? QStringLiteral("color: #b00000; font-weight: bold")
                                       : QString());
}

void ViolationsPanel::activateRow(int row)
{
    QTreeWidgetItem *item = mList->topLevelItem(row);
    if (!item) return;
    const std::string hallId = item->data(0, kHallRole).toString().toStdString();
    const core::Hall *hall = mDocument->hall(hallId);
    if (!hall) return;
    std::vector<core::ObjectRef> refs;
    for (const QString &o : item->data(0, kObjectsRole).toStringList()) {
        const std::string id = o.toStdString();
        if (core::findObject<core::Rack>(*hall, id))
            refs.push_back({core::ObjectKind::Rack, hallId, id});
        else if (core::findObject<core::Cdu>(*hall, id))
            refs.push_back({core::ObjectKind::Cdu, hallId, id});
        else if (core::findObject<core::Obstacle>(*hall, id))
            refs.push_back({core::ObjectKind::Obstacle, hallId, id});
        else if (core::findObject<core::Feed>(*hall, id))
            refs.push_back({core::ObjectKind::Feed, hallId, id});
        else if (core::findObject<core::Loop>(*hall, id))
            refs.push_back({core::ObjectKind::Loop, hallId, id});
        else if (core::findObject<core::Source>(*hall, id))
            refs.push_back({core::ObjectKind::Source, hallId, id});
        else if (id == hallId)
            refs.push_back({core::ObjectKind::Hall, hallId, hallId});
    }
    mDocument->setCurrentHall(hallId);
    mDocument->setSelection(std::move(refs));
    Q_EMIT zoomToSelectionRequested();
}

} // namespace hw::ui
