// SPDX-License-Identifier: GPL-3.0-or-later
#include "kinkmarkers.h"

#include <cmath>
#include <limits>

#include <qcustomplot.h>

#include "plot/plotpalette.h"

namespace {

constexpr double markerSize = 10; ///< device-independent pixels

QCPGraph *makeMarkerGraph(QCustomPlot *plot, QCPLayer *layer) {
    QCPGraph *g = plot->addGraph();
    g->setLayer(layer);
    g->setLineStyle(QCPGraph::lsNone);
    g->removeFromLegend();
    g->setSelectable(QCP::stNone);
    return g;
}

bool differs(double a, double b) {
    return std::isfinite(a) && std::isfinite(b) && std::abs(a - b) > 1e-12 * (1 + std::abs(b));
}

} // namespace

KinkMarkers::KinkMarkers(QCustomPlot *plot, QCPLayer *layer)
    : m_filled(makeMarkerGraph(plot, layer))
    , m_open(makeMarkerGraph(plot, layer)) {}

void KinkMarkers::setColours(const QColor &curve, const QColor &background) {
    // As thick and as large as the lines they sit on (PlotPalette::lineWidthScale()).
    const QPen pen(curve, PlotPalette::lineWidth(2));
    const double size = PlotPalette::lineWidth(markerSize);
    m_filled->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, pen, QBrush(curve), size));
    m_open->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, pen, QBrush(background), size));
}

void KinkMarkers::update(const PlottedActivation *primary, bool withDerivative) {
    m_markers.clear();
    if (primary && primary->function) {
        const actlab::ScalarFunction &f = *primary->function;
        const auto &p = primary->params;
        const auto add = [&](double x, double at, double left, double right, int order) {
            if (!std::isfinite(at))
                return;
            m_markers.push_back({x, at, true, order});
            // The one-sided limits, read just beside the kink; each that the function does not
            // take at the point itself gets an open circle.
            if (differs(left, at))
                m_markers.push_back({x, left, false, order});
            if (differs(right, at) && (differs(right, left) || !differs(left, at)))
                m_markers.push_back({x, right, false, order});
        };
        constexpr double inf = std::numeric_limits<double>::infinity();
        for (const actlab::Kink &k : f.kinks(p)) {
            if (!std::isfinite(k.x))
                continue;
            const double below = std::nextafter(k.x, -inf);
            const double above = std::nextafter(k.x, inf);
            if (k.jump)
                add(k.x, f.value(k.x, p), f.value(below, p), f.value(above, p), 0);
            else
                m_markers.push_back({k.x, f.value(k.x, p), true, 0});
            if (withDerivative)
                add(k.x, f.derivative(k.x, p), f.derivative(below, p), f.derivative(above, p), 1);
        }
    }
    QVector<QCPGraphData> filled, open;
    for (const PlotView::Marker &m : m_markers)
        (m.filled ? filled : open).append(QCPGraphData(m.x, m.y));
    m_filled->data()->set(filled, false);
    m_open->data()->set(open, false);
}
