// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "plot/plotview.h"

class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCPLayer;
class QCustomPlot;
struct PlotPalette;

/**
 * The crosshair: a vertical line at the mouse's x, a horizontal line and a dot at f(x) of the
 * primary activation, and a readout of x, f, f′ and f″ in the lower right corner. Its items live
 * on a buffered layer, so following the mouse repaints only that layer.
 */
class PlotTracer {
public:
    PlotTracer(QCustomPlot *plot, QCPLayer *layer);

    /// Colours, and line widths times PlotPalette::lineWidthScale().
    void setColours(const PlotPalette &palette, const QColor &curve);
    void setFont(const QFont &font);
    /// Without the corner readout, the crosshair alone (presentation mode has a larger one).
    void setReadoutShown(bool shown);
    void show(const TracerReading &reading, const QString &title);
    void hide();
    bool isVisible() const;
    QString readoutText() const;

private:
    QCPItemStraightLine *m_vertical;
    QCPItemStraightLine *m_horizontal;
    QCPItemTracer *m_dot;
    QCPItemText *m_readout;
    bool m_readoutShown = true;
};
