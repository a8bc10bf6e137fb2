// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotcanvas.h"

PlotCanvas::PlotCanvas(QWidget *parent)
    : QCustomPlot(parent) {}

void PlotCanvas::mousePressEvent(QMouseEvent *event) {
    // QCustomPlot decides between dragging and the selection rectangle when the button goes
    // down, so the mode is chosen here from the modifier of this very press.
    setSelectionRectMode(event->modifiers().testFlag(Qt::ControlModifier) ? QCP::srmZoom
                                                                          : QCP::srmNone);
    QCustomPlot::mousePressEvent(event);
}

void PlotCanvas::leaveEvent(QEvent *event) {
    QCustomPlot::leaveEvent(event);
    emit mouseLeft();
}
