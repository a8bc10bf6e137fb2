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
