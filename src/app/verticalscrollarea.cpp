// SPDX-License-Identifier: GPL-3.0-or-later
#include "verticalscrollarea.h"

#include <QEvent>
#include <QScrollBar>

VerticalScrollArea::VerticalScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent) {
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QSize VerticalScrollArea::minimumSizeHint() const {
    QSize size = QScrollArea::minimumSizeHint();
    // The scroll bar's room is kept even while it is hidden, so showing it never clips.
    size.setWidth(widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() +
                  2 * frameWidth());
    return size;
}

QSize VerticalScrollArea::sizeHint() const {
    return {std::max(minimumSizeHint().width(), widget()->sizeHint().width() +
                                                    verticalScrollBar()->sizeHint().width() +
                                                    2 * frameWidth()),
            QScrollArea::sizeHint().height()};
}

bool VerticalScrollArea::eventFilter(QObject *watched, QEvent *event) {
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry(); // the content's needs changed (a font, a longer text)
    return QScrollArea::eventFilter(watched, event);
}
