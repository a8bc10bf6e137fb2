// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QColor>

#include "plot/plotview.h"

class QCPGraph;
class QCPLayer;
class QCustomPlot;

/**
 * Small circles at the primary activation's kinks: filled where the function takes its value,
 * open at the one-sided limit it does not take, so a jump reads like a textbook figure (step:
 * filled at (0, 0), open at (0, 1)). With f′ shown, the derivative gets the same treatment: the
 * filled circle is the value frameworks return at the kink (PyTorch's convention).
 */
class KinkMarkers {
public:
    KinkMarkers(QCustomPlot *plot, QCPLayer *layer);

    void update(const PlottedActivation *primary, bool withDerivative);
    void setColours(const QColor &curve, const QColor &background);
    std::vector<PlotView::Marker> markers() const { return m_markers; }

private:
    QCPGraph *m_filled;
    QCPGraph *m_open;
    std::vector<PlotView::Marker> m_markers;
};
