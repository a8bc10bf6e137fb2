// SPDX-License-Identifier: GPL-3.0-or-later
#include "depthplotstyle.h"

#include <cmath>
#include <limits>

#include <qcustomplot.h>

#include "plot/charttheme.h"
#include "plot/plotpalette.h"

namespace DepthPlotStyle {

void applyTheme(QCustomPlot *plot, PlotTheme theme) {
    applyChartTheme(plot, theme);
    const PlotPalette palette = PlotPalette::forTheme(theme);
    if (plot->legend) {
        plot->legend->setBrush(palette.legendBackground);
        plot->legend->setBorderPen(QPen(palette.legendBorder));
        plot->legend->setTextColor(palette.foreground);
    }
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
        if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->elementAt(i)))
            title->setTextColor(palette.foreground);
}

void setLogarithmic(QCPAxisRect *rect) {
    QCPAxis *axis = rect->axis(QCPAxis::atLeft);
    axis->setScaleType(QCPAxis::stLogarithmic);
    auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
    ticker->setSubTickCount(0);
    axis->setTicker(ticker);
    axis->setNumberFormat(QStringLiteral("eb"));
    axis->setNumberPrecision(0);
}

double positiveOrNaN(double v) {
    return std::isfinite(v) && v > 0 ? v : std::numeric_limits<double>::quiet_NaN();
}

} // namespace DepthPlotStyle
