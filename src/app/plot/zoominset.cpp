// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoominset.h"

#include <algorithm>
#include <array>

#include <qcustomplot.h>

#include "plot/plotpalette.h"
#include "plot/polylinegraph.h"
#include "plot/viewfitter.h"

namespace {
const QString insetLayerName = QStringLiteral("inset");
/// The inset shows ±(span / kZoom / 2) around 0: a tenfold magnification of x at its size.
constexpr double kZoom = 20;
/// The inset's size in the main axis rect (fractions), and the corners it may take, best first:
/// bottom right, where activation curves seldom go (they rise or level off above), then the
/// others but the legend's top left. It takes the one the curves cross least.
constexpr double kWidth = 0.34, kHeight = 0.4, kMargin = 0.02;
const std::array<QPointF, 3> kCorners{QPointF(1 - kMargin - kWidth, 1 - kMargin - kHeight),
                                      QPointF(1 - kMargin - kWidth, kMargin),
                                      QPointF(kMargin + 0.06, 1 - kMargin - kHeight)};
} // namespace

ZoomInset::ZoomInset(QCustomPlot *plot)
    : m_plot(plot) {
    // Above the main plot's curves and markers, below the tracer's buffered layer ("overlay").
    m_plot->addLayer(insetLayerName, m_plot->layer(QStringLiteral("overlay")),
                     QCustomPlot::limBelow);
    m_rect = new QCPAxisRect(m_plot, true);
    m_rect->setLayer(insetLayerName);
    m_rect->setRangeDrag(Qt::Orientations());
    m_rect->setRangeZoom(Qt::Orientations());
    m_rect->setMinimumMargins(QMargins(4, 4, 4, 4));
    for (QCPAxis *axis : m_rect->axes()) {
        axis->grid()->setLayer(insetLayerName);
        axis->setLayer(insetLayerName);
        axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        axis->ticker()->setTickCount(3);
    }
    m_rect->setVisible(false);

    m_frame = new QCPItemRect(m_plot);
    m_frame->setLayer(insetLayerName);
    m_frame->setBrush(Qt::NoBrush);
    m_frame->setVisible(false);
}

ZoomInset::~ZoomInset() = default;

void ZoomInset::setVisible(bool visible) {
    if (visible == m_visible)
        return;
    m_visible = visible;
    QCPLayoutInset *layout = m_plot->axisRect()->insetLayout();
    if (visible) {
        layout->addElement(m_rect, QRectF(kCorners[m_corner], QSizeF(kWidth, kHeight)));
    } else if (layout->take(m_rect)) {
        layout->simplify();
    }
    m_rect->setVisible(visible);
    m_frame->setVisible(visible);
    for (QCPGraph *g : m_graphs)
        g->setVisible(visible);
}

void ZoomInset::setCurves(const QList<PlottedActivation> &activations) {
    for (QCPGraph *g : m_graphs)
        m_plot->removeGraph(g);
    m_graphs.clear();
    m_pieces.clear();
    for (int i = 0; i < activations.size(); ++i) {
        if (!activations[i].function)
            continue;
        QCPGraph *g =
            m_plot->addGraph(m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atLeft));
        g->setLayer(insetLayerName); // appended: drawn after the inset's background and axes
        g->setAdaptiveSampling(false);
        g->setSelectable(QCP::stNone);
        g->removeFromLegend();
        g->setVisible(m_visible);
        m_graphs << g;
    }
    m_pieces.resize(std::size_t(m_graphs.size()));
}

void ZoomInset::setStyle(const PlotPalette &palette, const QFont &tickFont,
                         const QList<QPen> &pens) {
    for (int i = 0; i < m_graphs.size() && i < pens.size(); ++i)
        m_graphs[i]->setPen(pens[i]);
    m_rect->setBackground(palette.background);
    for (QCPAxis *axis : m_rect->axes()) {
        axis->setBasePen(QPen(palette.foreground, 1));
        axis->setTickPen(QPen(palette.foreground, 1));
        axis->setSubTickPen(QPen(palette.foreground, 1));
        axis->setTickLabelColor(palette.foreground);
        axis->setTickLabelFont(tickFont);
        axis->grid()->setPen(QPen(palette.grid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(QPen(palette.zeroLine, 1.2));
    }
    // Only the bottom and left axes carry labels; the box closes the inset off from the plot.
    for (QCPAxis *axis : {m_rect->axis(QCPAxis::atTop), m_rect->axis(QCPAxis::atRight)}) {
        axis->setVisible(true);
        axis->setTickLabels(false);
        axis->setTicks(false);
        axis->grid()->setVisible(false);
    }
    m_frame->setPen(QPen(palette.guide, 1.2, Qt::DashLine));
}

void ZoomInset::place(const std::vector<const std::vector<actlab::Polyline> *> &mainCurves) {
    // Count, for each corner, the sampled points of the main curves it would hide.
    const QCPRange x = m_plot->xAxis->range(), y = m_plot->yAxis->range();
    std::array<int, kCorners.size()> hidden{};
    for (const auto *curve : mainCurves)
        for (const actlab::Polyline &piece : *curve)
            for (const actlab::CurvePoint &p : piece) {
                const double fx = (p.x - x.lower) / x.size(), fy = (y.upper - p.y) / y.size();
                for (std::size_t c = 0; c < kCorners.size(); ++c)
                    hidden[c] += fx >= kCorners[c].x() && fx <= kCorners[c].x() + kWidth &&
                                 fy >= kCorners[c].y() && fy <= kCorners[c].y() + kHeight;
            }
    // The legend is never covered where another corner is free of it.
    if (m_plot->legend && m_plot->legend->visible()) {
        const QRectF main = m_plot->axisRect()->rect();
        const QRectF legend = m_plot->legend->outerRect();
        for (std::size_t c = 0; c < kCorners.size(); ++c) {
            const QRectF corner(main.left() + kCorners[c].x() * main.width(),
                                main.top() + kCorners[c].y() * main.height(), kWidth * main.width(),
                                kHeight * main.height());
            if (corner.intersects(legend))
                hidden[c] += 1 << 20;
        }
    }
    const int best = int(std::min_element(hidden.begin(), hidden.end()) - hidden.begin());
    if (best == m_corner)
        return;
    m_corner = best;
    QCPLayoutInset *layout = m_plot->axisRect()->insetLayout();
    const int index = int(layout->elements(false).indexOf(m_rect));
    if (index < 0)
        return;
    layout->setInsetRect(index, QRectF(kCorners[std::size_t(best)], QSizeF(kWidth, kHeight)));
    // Called between layout and drawing: lay the inset out again so this frame shows it moved.
    for (auto phase :
         {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
        layout->update(phase);
}

void ZoomInset::sample(const QList<PlottedActivation> &activations, double mainXLower,
                       double mainXUpper, double scale,
                       const std::vector<const std::vector<actlab::Polyline> *> &mainCurves) {
    if (!m_visible)
        return;
    place(mainCurves);
    const double half = (mainXUpper - mainXLower) / kZoom / 2;
    QList<PlottedActivation> drawn;
    for (const PlottedActivation &a : activations)
        if (a.function)
            drawn << a;
    const auto [yLo, yHi] = ViewFitter::fitYRange(drawn, -half, half, {});
    m_rect->axis(QCPAxis::atBottom)->setRange(-half, half);
    m_rect->axis(QCPAxis::atTop)->setRange(-half, half);
    m_rect->axis(QCPAxis::atLeft)->setRange(yLo, yHi);
    m_rect->axis(QCPAxis::atRight)->setRange(yLo, yHi);
    m_frame->topLeft->setCoords(-half, yHi);
    m_frame->bottomRight->setCoords(half, yLo);

    // The inset's pixel size comes from the main rect's, as the layout will place it.
    const QRect main = m_plot->axisRect()->rect();
    actlab::PlotViewport viewport;
    viewport.xMin = -half;
    viewport.xMax = half;
    viewport.yMin = yLo;
    viewport.yMax = yHi;
    viewport.pixelWidth = 2 * half / std::max(1.0, main.width() * kWidth * scale);
    viewport.pixelHeight = (yHi - yLo) / std::max(1.0, main.height() * kHeight * scale);
    for (int i = 0; i < drawn.size() && i < m_graphs.size(); ++i) {
        m_pieces[std::size_t(i)] = actlab::sampleCurve(*drawn[i].function, drawn[i].params,
                                                       actlab::CurveOrder::Value, viewport);
        setGraphPieces(m_graphs[i], m_pieces[std::size_t(i)], viewport.pixelWidth,
                       viewport.pixelHeight);
    }
}

const std::vector<actlab::Polyline> &ZoomInset::pieces(int index) const {
    static const std::vector<actlab::Polyline> none;
    return index >= 0 && std::size_t(index) < m_pieces.size() ? m_pieces[std::size_t(index)] : none;
}
