// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <Qt>

#include "plot/plotview.h"

/**
 * Colours and line styles of the plot for one theme. Curve colours follow the Okabe–Ito palette,
 * which stays distinguishable for the common forms of colour blindness; the derivative order is
 * told apart by dash pattern as well, so a figure still reads in greyscale print.
 */
struct PlotPalette {
    QColor background;
    QColor foreground; ///< axes, tick labels, axis labels
    QColor grid;
    QColor zeroLine; ///< the x and y axes through the origin
    QColor guide;    ///< dashed range bounds and asymptotes
    QColor legendBackground;
    QColor legendBorder;
    QColor tracer;
    QColor readoutBackground;

    static PlotPalette forTheme(PlotTheme theme);
    /// Colour of the activation at `index` (0 = primary); cycles through the palette.
    static QColor curveColour(PlotTheme theme, int index);
    /// f solid, f′ dashed, f″ dotted.
    static Qt::PenStyle penStyle(int order);
    /// Line width in device-independent pixels, wide enough for a projector, times
    /// lineWidthScale().
    static double penWidth(int order);

    /// One factor for every chart line (presentation mode: 1.6 and more); 1 by default. Charts
    /// take it when their theme is (re)applied.
    static void setLineWidthScale(double scale);
    static double lineWidthScale();
    /// `width` times lineWidthScale(), for lines styled outside penWidth().
    static double lineWidth(double width);
};
