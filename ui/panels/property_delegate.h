// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#pragma once

#include <QStyledItemDelegate>

namespace hw::ui {

/**
 * Editors of the property table: a combo box where the row has choices (editable, so a value
 * that is not listed can still be typed and is then checked), a line edit otherwise; shows the
 * placeholder ("default 1.2", "(mixed)") in grey where a field has no value of its own.
 */
class PropertyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role
    {
        PlaceholderRole = Qt::UserRole + 1,
        ChoicesRole
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace hw::ui
