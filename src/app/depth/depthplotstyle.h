// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plot/plotview.h"

class QCustomPlot;
class QCPAxisRect;

/// Shared look of the depth lab's charts: theme colours on axes and background, log axes.
namespace DepthPlotStyle {
void applyTheme(QCustomPlot *plot, PlotTheme theme);
void setLogarithmic(QCPAxisRect *rect);
/// Positive finite values pass; anything else becomes NaN (a gap on a log axis).
double positiveOrNaN(double v);
} // namespace DepthPlotStyle
