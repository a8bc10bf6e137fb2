// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

/**
 * Draws a catalog leaf as its curve icon, the display name, and below it in a smaller dimmed
 * monospace line the id and aliases (what one types in Keras or PyTorch), so both are visible in
 * either language. Family rows are drawn as usual, in bold.
 */
class CatalogItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
