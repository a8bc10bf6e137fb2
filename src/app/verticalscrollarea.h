// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

/**
 * A scroll area for a side column: it scrolls vertically only and is exactly as wide as its
 * content needs at the current text size. A width fixed once clipped the content at a larger
 * text size (interface zoom, presentation mode), or kept a larger size's width after it.
 */
class VerticalScrollArea : public QScrollArea {
    Q_OBJECT

public:
    explicit VerticalScrollArea(QWidget *content, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
