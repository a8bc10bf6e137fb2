// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasediagramview.h"

#include <algorithm>
#include <cmath>

#include <QEvent>
#include <QMouseEvent>
#include <qcustomplot.h>

#include "depthplotstyle.h"
#include "plot/charttheme.h"

namespace {
constexpr int kWeightSteps = 48;
constexpr int kBiasSteps = 32;
constexpr double kMaxWeightVariance = 4;
constexpr double kMaxBiasVariance = 0.5;
constexpr double kGrabRadiusPx = 12;

} // namespace

std::vector<double> PhaseDiagramView::weightAxis() {
    std::vector<double> v(kWeightSteps);
    for (int i = 0; i < kWeightSteps; ++i)
        v[std::size_t(i)] = kMaxWeightVariance * (i + 1) / kWeightSteps;
    return v;
}

std::vector<double> PhaseDiagramView::biasAxis() {
    std::vector<double> v(kBiasSteps);
    for (int i = 0; i < kBiasSteps; ++i)
        v[std::size_t(i)] = kMaxBiasVariance * i / (kBiasSteps - 1);
    return v;
}

PhaseDiagramView::PhaseDiagramView(QWidget *parent)
    : DepthChart(parent) {
    QCPAxisRect *rect = m_plot->axisRect();
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setGradient(divergingGradient());
    m_map->setDataScaleType(QCPAxis::stLogarithmic);
    m_map->setDataRange(QCPRange(0.1, 10)); // χ₁ = 1 sits in the white middle
    m_map->setInterpolate(true);
    auto *scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, scale);
    scale->setType(QCPAxis::atRight);
    scale->setDataScaleType(QCPAxis::stLogarithmic);
    scale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_map->setColorScale(scale);
    // The scale owns gradient and range once the map is tied to it.
    scale->setGradient(divergingGradient());
    scale->setDataRange(QCPRange(0.1, 10));
    auto *margins = new QCPMarginGroup(m_plot);
    rect->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    m_critical = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    // A little room below σ_b² = 0, where most configurations sit, so their points show whole.
    m_plot->yAxis->setRange(-0.02 * kMaxBiasVariance, kMaxBiasVariance);
    m_plot->xAxis->setRange(0, kMaxWeightVariance * 1.01);

    m_plot->legend->setVisible(true);
    rect->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mousePress, this, &PhaseDiagramView::mousePressed);
    connect(m_plot, &QCustomPlot::mouseMove, this, &PhaseDiagramView::mouseMoved);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &PhaseDiagramView::mouseReleased);
    clearDiagram();
    retranslateUi();
    setTheme(PlotTheme::Light);
}

PhaseDiagramView::~PhaseDiagramView() = default;

void PhaseDiagramView::themeApplied() {
    m_critical->setPen(QPen(theme() == PlotTheme::Dark ? Qt::white : Qt::black, 2.5, Qt::DashLine));
    redrawPoints(); // their outline follows the theme
}

void PhaseDiagramView::setDiagram(const actlab::depth::PhaseDiagram &d,
                                  const QString &activationName) {
    m_activationName = activationName;
    const int nx = int(d.weightVariances.size()), ny = int(d.biasVariances.size());
    m_map->data()->setSize(nx, ny);
    m_map->data()->setRange(QCPRange(d.weightVariances.front(), d.weightVariances.back()),
                            QCPRange(d.biasVariances.front(), d.biasVariances.back()));
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            const double chi = d.chi1[std::size_t(j) * std::size_t(nx) + std::size_t(i)];
            m_map->data()->setCell(i, j, std::isfinite(chi) && chi > 0 ? chi : std::nan(""));
        }
    QVector<double> xs, ys;
    for (int j = 0; j < ny; ++j)
        if (const auto &c = d.criticalWeightVariance[std::size_t(j)]; c && std::isfinite(*c)) {
            xs << *c;
            ys << d.biasVariances[std::size_t(j)];
        }
    m_critical->setData(xs, ys);
    m_hasDiagram = true;
    retranslateUi();
}

void PhaseDiagramView::clearDiagram() {
    m_map->data()->clear();
    m_critical->data()->clear();
    m_hasDiagram = false;
    scheduleReplot();
}

void PhaseDiagramView::setPoints(const std::vector<Point> &points) {
    if (m_dragging >= 0 && points.size() == m_points.size()) {
        // The page echoes a drag back: keep the point under the mouse where it is.
        auto kept = points;
        kept[std::size_t(m_dragging)].weightVariance =
            m_points[std::size_t(m_dragging)].weightVariance;
        kept[std::size_t(m_dragging)].biasVariance = m_points[std::size_t(m_dragging)].biasVariance;
        m_points = kept;
    } else {
        m_points = points;
    }
    redrawPoints();
}

void PhaseDiagramView::redrawPoints() {
    for (QCPGraph *g : m_pointGraphs)
        m_plot->removeGraph(g);
    m_pointGraphs.clear();
    for (const Point &p : m_points) {
        QCPGraph *g = m_plot->addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        const QColor edge = theme() == PlotTheme::Dark ? Qt::white : Qt::black;
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(edge, 1.5),
                                           p.sameActivation ? QBrush(p.colour) : QBrush(), 14));
        g->addData(p.weightVariance, p.biasVariance);
        g->removeFromLegend();
        m_pointGraphs.push_back(g);
    }
    scheduleReplot();
}

void PhaseDiagramView::dragPoint(int index, double weightVariance, double biasVariance) {
    if (index < 0 || index >= int(m_points.size()))
        return;
    weightVariance = std::clamp(weightVariance, 0.01, kMaxWeightVariance);
    biasVariance = std::clamp(biasVariance, 0.0, kMaxBiasVariance);
    m_points[std::size_t(index)].weightVariance = weightVariance;
    m_points[std::size_t(index)].biasVariance = biasVariance;
    redrawPoints();
    emit pointMoved(index, weightVariance, biasVariance);
}

void PhaseDiagramView::mousePressed(QMouseEvent *event) {
    m_dragging = -1;
    double best = kGrabRadiusPx;
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        const double px = m_plot->xAxis->coordToPixel(m_points[i].weightVariance);
        const double py = m_plot->yAxis->coordToPixel(m_points[i].biasVariance);
        const double d = std::hypot(px - event->position().x(), py - event->position().y());
        if (d < best) {
            best = d;
            m_dragging = int(i);
        }
    }
}

void PhaseDiagramView::mouseMoved(QMouseEvent *event) {
    if (m_dragging < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    const double sw = m_plot->xAxis->pixelToCoord(event->position().x());
    const double sb = m_plot->yAxis->pixelToCoord(event->position().y());
    dragPoint(m_dragging, std::round(sw * 100) / 100, std::round(sb * 1000) / 1000);
}

void PhaseDiagramView::mouseReleased(QMouseEvent *) {
    m_dragging = -1;
}

void PhaseDiagramView::retranslateUi() {
    m_plot->xAxis->setLabel(tr("weight variance σ_w²"));
    m_plot->yAxis->setLabel(tr("bias variance σ_b²"));
    if (auto *scale = qobject_cast<QCPColorScale *>(m_plot->plotLayout()->element(0, 1)))
        scale->axis()->setLabel(tr("χ₁  (< 1 ordered · > 1 chaotic)"));
    m_critical->setName(m_activationName.isEmpty()
                            ? tr("critical line χ₁ = 1")
                            : tr("critical line χ₁ = 1 of %1").arg(m_activationName));
    scheduleReplot();
}

void PhaseDiagramView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    DepthChart::changeEvent(event);
}
