// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QList>
#include <QPen>

#include "plot/plotview.h"
#include "sampling/curvesampler.h"

class QCPAxisRect;
class QCPGraph;
class QCPItemRect;
class QCustomPlot;
struct PlotPalette;

/**
 * A magnified view of x = 0 in the corner of the overlay: every curve's f over a twentieth of the
 * plot's x span, with y fitted to what the curves do there. Slopes that look alike at the
 * default scale (leaky ReLU at 0.01 and at 0.05, GELU beside SiLU) come apart in it. A dashed
 * frame in the main plot shows the stretch that is magnified. Its own axis rect in the main one's
 * inset layout, on a layer above the curves, so export and printing include it.
 */
class ZoomInset {
public:
    explicit ZoomInset(QCustomPlot *plot);
    ~ZoomInset();

    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }
    /// One graph per activation with a function.
    void setCurves(const QList<PlottedActivation> &activations);
    /// Colours and fonts; `pens` are the curves' own, in setCurves' order.
    void setStyle(const PlotPalette &palette, const QFont &tickFont, const QList<QPen> &pens);
    /// Moves to the corner the main plot's sampled curves cross least, and resamples around
    /// x = 0 for the main plot's x span; `scale` as the main plot samples.
    void sample(const QList<PlottedActivation> &activations, double mainXLower, double mainXUpper,
                double scale, const std::vector<const std::vector<actlab::Polyline> *> &mainCurves);

    QCPAxisRect *axisRect() const { return m_rect; }
    /// 0 bottom right, 1 top right, 2 bottom left.
    int corner() const { return m_corner; }
    /// The sampled f of curve `index` (in setCurves' order, functions only), for tests.
    const std::vector<actlab::Polyline> &pieces(int index) const;

private:
    void place(const std::vector<const std::vector<actlab::Polyline> *> &mainCurves);

    QCustomPlot *m_plot;
    QCPAxisRect *m_rect = nullptr;
    QCPItemRect *m_frame = nullptr;
    QList<QCPGraph *> m_graphs;
    std::vector<std::vector<actlab::Polyline>> m_pieces;
    int m_corner = 0;
    bool m_visible = false;
};
