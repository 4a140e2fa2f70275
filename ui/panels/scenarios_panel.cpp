// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/panels/scenarios_panel.h"

#include "core/model/scenario_plan.h"
#include "ui/commands/scenario_commands.h"
#include "ui/dialogs/scenario_compare_dialog.h"
#include "ui/document/plan_document.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace hw::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
QString str(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

ScenariosPanel::ScenariosPanel(PlanDocument *document, QWidget *parent)
    : QDockWidget(tr("Scenarios"), parent), mDocument(document), mList(new QListWidget(this)),
      mHint(new QLabel(this))
{
    setObjectName(QStringLiteral("ScenariosPanel"));
    auto *w = new QWidget(this);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(4, 4, 4, 4);
    // Two rows of buttons, so that none hides behind an overflow arrow in a narrow dock.
    auto *bar = new QToolBar(w);
    auto *bar2 = new QToolBar(w);
    for (QToolBar *b : {bar, bar2}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setIconSize(QSize(16, 16));
    }
    // The menu text names the scenario ("Rename Scenario…"); the dock's button says "Rename…".
    auto make = [this](const char *name, const QString &text, const QString &button,
                       const QString &tip) {
        auto *a = new QAction(text, this);
        a->setIconText(button);
        a->setObjectName(QLatin1String(name));
        a->setToolTip(tip);
        a->setStatusTip(tip);
        return a;
    };
    mNew = make("actionNewScenario", tr("&New Scenario from Current…"), tr("New…"),
                tr("A new scenario holding a copy of the halls on the plan; it becomes the active "
                   "one, so your edits go to the copy"));
    mDuplicate = make("actionDuplicateScenario", tr("D&uplicate Scenario…"), tr("Duplicate…"),
                      tr("A copy of the selected scenario, next to it"));
    mRename = make("actionRenameScenario", tr("&Rename Scenario…"), tr("Rename…"),
                   tr("Rename the selected scenario"));
    mRemove = make("actionRemoveScenario", tr("Re&move Scenario"), tr("Remove"),
                   tr("Remove the selected scenario (not the active one while others exist)"));
    mActivate = make("actionActivateScenario", tr("&Activate Scenario"), tr("Activate"),
                     tr("Put the selected scenario's halls on the plan (double-click)"));
    mCompare = make("actionCompareScenarios", tr("&Compare Scenarios…"), tr("Compare…"),
                    tr("Racks, MW, PFLOPS, stranded capacity and headroom of every scenario, "
                       "side by side"));
    mCompare->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    for (QAction *a : {mNew, mDuplicate, mRename})
        bar->addAction(a);
    for (QAction *a : {mActivate, mRemove, mCompare})
        bar2->addAction(a);
    layout->addWidget(bar);
    layout->addWidget(bar2);
    mList->setObjectName(QStringLiteral("scenarioList"));
    mList->setToolTip(tr("Double-click a scenario to put its halls on the plan"));
    layout->addWidget(mList, 1);
    mHint->setWordWrap(true);
    mHint->setText(tr("This plan has no scenarios yet. <i>New from Current</i> keeps the halls "
                      "as they are as \"Base\" and makes a copy to change."));
    layout->addWidget(mHint);
    setWidget(w);

    connect(mNew, &QAction::triggered, this, [this] {
        const QString name =
            askName(tr("New Scenario"), tr("Scenario %1")
                                            .arg(mDocument->plan().scenarios.size() + 1 +
                                                 (mDocument->plan().scenarios.empty())));
        if (!name.isEmpty()) report(tr("New scenario"), newFromCurrent(name.toStdString()));
    });
    connect(mDuplicate, &QAction::triggered, this, [this] {
        const int i = core::scenarioIndex(mDocument->plan(), selectedId());
        if (i < 0) return;
        const QString name = askName(
            tr("Duplicate Scenario"),
            tr("%1 (copy)")
                .arg(str(core::scenarioLabel(mDocument->plan().scenarios[std::size_t(i)]))));
        if (!name.isEmpty()) report(tr("Duplicate"), duplicateSelected(name.toStdString()));
    });
    connect(mRename, &QAction::triggered, this, [this] {
        const int i = core::scenarioIndex(mDocument->plan(), selectedId());
        if (i < 0) return;
        const QString name =
            askName(tr("Rename Scenario"),
                    str(core::scenarioLabel(mDocument->plan().scenarios[std::size_t(i)])));
        if (!name.isEmpty()) report(tr("Rename"), renameSelected(name.toStdString()));
    });
    connect(mRemove, &QAction::triggered, this, [this] { report(tr("Remove"), removeSelected()); });
    connect(mActivate, &QAction::triggered, this,
            [this] { report(tr("Activate"), activateSelected()); });
    connect(mCompare, &QAction::triggered, this, [this] { showCompare(); });
    connect(mList, &QListWidget::itemActivated, this,
            [this] { report(tr("Activate"), activateSelected()); });
    connect(mList, &QListWidget::currentRowChanged, this, [this] { updateActions(); });
    connect(mDocument, &PlanDocument::changed, this, [this](const ChangeEvent &e) {
        if (e.everything() || e.touches(ChangeEvent::Scenarios)) refill();
    });
    refill();
}

std::string ScenariosPanel::selectedId() const
{
    const QListWidgetItem *item = mList->currentItem();
    return item ? item->data(kIdRole).toString().toStdString() : std::string();
}

void ScenariosPanel::selectScenario(const std::string &id)
{
    for (int i = 0; i < mList->count(); ++i) {
        if (mList->item(i)->data(kIdRole).toString().toStdString() == id) mList->setCurrentRow(i);
    }
}

void ScenariosPanel::refill()
{
    const std::string keep = selectedId();
    const core::Plan &plan = mDocument->plan();
    mList->clear();
    for (const core::Scenario &s : plan.scenarios) {
        const bool active = s.id == plan.activeScenario;
        auto *item = new QListWidgetItem(mList);
        QString text = str(core::scenarioLabel(s));
        if (active) text += tr("  — active");
        item->setText(text);
        item->setData(kIdRole, str(s.id));
        item->setIcon(active ? style()->standardIcon(QStyle::SP_DialogApplyButton) : QIcon());
        QFont f = item->font();
        f.setBold(active);
        item->setFont(f);
        item->setToolTip((active ? tr("The active scenario: its halls are on the plan")
                                 : tr("Double-click to put its halls on the plan")) +
                         tr(" (id %1)").arg(str(s.id)));
    }
    mHint->setVisible(plan.scenarios.empty());
    selectScenario(keep.empty() ? plan.activeScenario : keep);
    if (!mList->currentItem()) selectScenario(plan.activeScenario);
    updateActions();
}

void ScenariosPanel::updateActions()
{
    const core::Plan &plan = mDocument->plan();
    const std::string id = selectedId();
    const bool any = !id.empty();
    const bool active = any && id == plan.activeScenario;
    mDuplicate->setEnabled(any);
    mRename->setEnabled(any);
    mRemove->setEnabled(any && (!active || plan.scenarios.size() == 1));
    mActivate->setEnabled(any && !active);
    mCompare->setEnabled(!plan.halls.empty() || !plan.scenarios.empty());
}

void ScenariosPanel::report(const QString &what, const core::Status &status)
{
    if (!status.ok())
        Q_EMIT statusMessage(tr("%1 refused: %2").arg(what, str(status.error().toString())));
}

QString ScenariosPanel::askName(const QString &title, const QString &suggestion)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, title, tr("Scenario name:"), QLineEdit::Normal, suggestion, &ok)
            .trimmed();
    return ok ? name : QString();
}

core::Status ScenariosPanel::newFromCurrent(const std::string &name)
{
    return AddScenarios::newFromCurrent(mDocument, name);
}

core::Status ScenariosPanel::duplicateSelected(const std::string &name)
{
    const std::string id = selectedId();
    if (id.empty()) return core::Error("select a scenario first");
    return AddScenarios::duplicate(mDocument, id, name);
}

core::Status ScenariosPanel::renameSelected(const std::string &name)
{
    const std::string id = selectedId();
    if (id.empty()) return core::Error("select a scenario first");
    return RenameScenario::push(mDocument, id, name);
}

core::Status ScenariosPanel::removeSelected()
{
    const std::string id = selectedId();
    if (id.empty()) return core::Error("select a scenario first");
    return RemoveScenario::push(mDocument, id);
}

core::Status ScenariosPanel::activateSelected()
{
    const std::string id = selectedId();
    if (id.empty()) return core::Error("select a scenario first");
    return ActivateScenario::push(mDocument, id);
}

ScenarioCompareDialog *ScenariosPanel::showCompare()
{
    if (!mCompareDialog) {
        mCompareDialog = new ScenarioCompareDialog(mDocument, window());
        mCompareDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    mCompareDialog->show();
    mCompareDialog->raise();
    mCompareDialog->start();
    return mCompareDialog;
}

} // namespace hw::ui
