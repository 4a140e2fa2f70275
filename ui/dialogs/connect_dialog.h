// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QDialog>

#include <string>
#include <vector>

class QComboBox;

namespace hw::core {
struct Hall;
}

namespace hw::ui {

/** Asks which feed pair (or single feed) and loop the selected racks connect to. */
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(const core::Hall &hall, int rackCount, QWidget *parent = nullptr);

    /** The feeds to connect to; empty: keep the racks' feeds. */
    std::vector<std::string> feeds() const;
    /** The loop; empty: keep the racks' loops. */
    std::string loop() const;

private:
    const core::Hall &mHall;
    QComboBox *mFeeds;
    QComboBox *mLoop;
};

} // namespace hw::ui
