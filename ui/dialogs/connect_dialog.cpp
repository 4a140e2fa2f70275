// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/dialogs/connect_dialog.h"

#include "core/model/hall.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace hw::ui {

ConnectDialog::ConnectDialog(const core::Hall &hall, int rackCount, QWidget *parent)
    : QDialog(parent), mHall(hall), mFeeds(new QComboBox(this)), mLoop(new QComboBox(this))
{
    setWindowTitle(tr("Connect Racks"));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Connect %n selected rack(s) in %1 to:", nullptr, rackCount)
                                .arg(QString::fromStdString(hall.id)),
                            this));
    mFeeds->addItem(tr("(keep their feeds)"), QStringList());
    QStringList pairs;
    for (const core::Feed &f : hall.power.feeds) {
        if (f.pair.empty() || pairs.contains(QString::fromStdString(f.pair))) continue;
        pairs << QString::fromStdString(f.pair);
        QStringList members;
        for (const core::Feed &g : hall.power.feeds) {
            if (g.pair == f.pair) members << QString::fromStdString(g.id);
        }
        mFeeds->addItem(
            tr("pair %1: %2")
                .arg(QString::fromStdString(f.pair), members.join(QStringLiteral(" + "))),
            members);
    }
    for (const core::Feed &f : hall.power.feeds)
        mFeeds->addItem(tr("feed %1 only (no redundancy)").arg(QString::fromStdString(f.id)),
                        QStringList{QString::fromStdString(f.id)});
    mLoop->addItem(tr("(keep their loop)"), QString());
    for (const core::Loop &l : hall.cooling.loops)
        mLoop->addItem(tr("loop %1").arg(QString::fromStdString(l.id)),
                       QString::fromStdString(l.id));
    if (mFeeds->count() > 1) mFeeds->setCurrentIndex(1);
    if (mLoop->count() > 1) mLoop->setCurrentIndex(1);
    form->addRow(tr("Power:"), mFeeds);
    form->addRow(tr("Cooling:"), mLoop);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

std::vector<std::string> ConnectDialog::feeds() const
{
    std::vector<std::string> out;
    for (const QString &f : mFeeds->currentData().toStringList())
        out.push_back(f.toStdString());
    return out;
}

std::string ConnectDialog::loop() const
{
    return mLoop->currentData().toString().toStdString();
}

} // namespace hw::ui
