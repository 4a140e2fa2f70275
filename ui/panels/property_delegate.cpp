// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "ui/panels/property_delegate.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPainter>

namespace hw::ui {

QWidget *PropertyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &index) const
{
    const QStringList choices = index.data(ChoicesRole).toStringList();
    if (!choices.isEmpty()) {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItems(choices);
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<PropertyDelegate *>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(index.data(PlaceholderRole).toString());
    return edit;
}

void PropertyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int i = combo->findText(value);
        if (i < 0) {
            for (int k = 0; k < combo->count(); ++k) {
                if (combo->itemText(k).section(QStringLiteral(" — "), 0, 0) == value) i = k;
            }
        }
        if (i >= 0)
            combo->setCurrentIndex(i);
        else
            combo->setEditText(value);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) edit->setText(value);
}

void PropertyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    QString text;
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        text = combo->currentText();
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        text = edit->text();
    model->setData(index, text, Qt::EditRole);
}

void PropertyDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(Qt::EditRole).toString().isEmpty()) return;
    const QString placeholder = index.data(PlaceholderRole).toString();
    if (placeholder.isEmpty()) return;
    painter->save();
    QFont f = option.font;
    f.setItalic(true);
    painter->setFont(f);
    painter->setPen(option.palette.color(QPalette::Disabled, QPalette::Text));
    painter->drawText(option.rect.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      placeholder);
    painter->restore();
}

} // namespace hw::ui
