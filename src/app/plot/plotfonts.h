// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCustomPlot;

namespace PlotFonts {

/**
 * Multiplies every font a QCustomPlot holds (axis labels and ticks, legends, text elements and
 * items) by `ratio`. QCustomPlot copies fonts when its parts are made, so a new application
 * font (interface zoom, presentation mode) reaches a chart only through this; scaling keeps the
 * chart's own proportions (a legend smaller than the axes stays smaller).
 */
void scale(QCustomPlot *plot, double ratio);

} // namespace PlotFonts
