// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogitemdelegate.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPainter>

#include "catalogroles.h"

namespace {
QFont subtitleFont(const QFont &base) {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(std::max(7.0, base.pointSizeF() * 0.85));
    return font;
}
} // namespace

void CatalogItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const {
    const QString subtitle = index.data(CatalogRoles::Subtitle).toString();
    if (subtitle.isEmpty()) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.font.setBold(true);
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear(); // the style draws background, focus and icon; the two lines are ours
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    QColor titleColour =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor subColour = titleColour;
    subColour.setAlphaF(0.72f); // dimmer, yet readable on a projector

    const QFontMetrics titleMetrics(opt.font);
    const QFont subFont = subtitleFont(opt.font);
    const QFontMetrics subMetrics(subFont);
    const int total = titleMetrics.height() + subMetrics.height();
    const int top = textRect.top() + std::max(0, (textRect.height() - total) / 2);

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(titleColour);
    painter->drawText(QRect(textRect.left(), top, textRect.width(), titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, textRect.width()));
    painter->setFont(subFont);
    painter->setPen(subColour);
    painter->drawText(
        QRect(textRect.left(), top + titleMetrics.height(), textRect.width(), subMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        subMetrics.elidedText(subtitle, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize CatalogItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(CatalogRoles::Subtitle).toString().isEmpty())
        return size + QSize(0, 4);
    const QFontMetrics titleMetrics(option.font);
    const QFontMetrics subMetrics(subtitleFont(option.font));
    size.setHeight(std::max(size.height(), titleMetrics.height() + subMetrics.height() + 6));
    return size;
}
