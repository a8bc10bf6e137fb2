// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

/**
 * QCustomPlot with the explorer's mouse conventions: a plain drag pans, a Ctrl-drag draws a
 * rubber band that zooms to it, and leaving the widget is reported (the tracer hides).
 */
class PlotCanvas : public QCustomPlot {
    Q_OBJECT

public:
    explicit PlotCanvas(QWidget *parent = nullptr);

signals:
    void mouseLeft();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
};
