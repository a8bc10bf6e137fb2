// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttheme.h"

#include <qcustomplot.h>

#include "plot/plotpalette.h"

void applyChartTheme(QCustomPlot *plot, PlotTheme theme) {
    const PlotPalette palette = PlotPalette::forTheme(theme);
    plot->setBackground(palette.background);
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(QPen(palette.foreground));
            axis->setTickPen(QPen(palette.foreground));
            axis->setSubTickPen(QPen(palette.foreground));
            axis->setTickLabelColor(palette.foreground);
            axis->setLabelColor(palette.foreground);
            axis->grid()->setPen(QPen(palette.grid, 1, Qt::DotLine));
        }
    }
}

QCPColorGradient divergingGradient() {
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorStopAt(0.0, QColor(33, 102, 172));
    g.setColorStopAt(0.35, QColor(146, 197, 222));
    g.setColorStopAt(0.5, QColor(247, 247, 247));
    g.setColorStopAt(0.65, QColor(253, 184, 99));
    g.setColorStopAt(1.0, QColor(179, 88, 6));
    g.setNanHandling(QCPColorGradient::nhNanColor);
    g.setNanColor(QColor(150, 150, 150));
    return g;
}
