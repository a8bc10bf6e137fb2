// SPDX-License-Identifier: GPL-3.0-or-later
#include "depthcurvesview.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QEvent>
#include <qcustomplot.h>

#include "depthplotstyle.h"

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QVector<double> layers(std::size_t count) {
    QVector<double> keys(qsizetype(count), 0.0);
    for (std::size_t l = 0; l < count; ++l)
        keys[qsizetype(l)] = double(l);
    return keys;
}

QVector<double> values(const std::vector<double> &v, bool logScale) {
    QVector<double> out(qsizetype(v.size()), 0.0);
    for (std::size_t i = 0; i < v.size(); ++i)
        out[qsizetype(i)] =
            logScale ? DepthPlotStyle::positiveOrNaN(v[i]) : (std::isfinite(v[i]) ? v[i] : kNaN);
    return out;
}
} // namespace

DepthCurvesView::DepthCurvesView(QWidget *parent)
    : DepthChart(parent) {
    m_plot->plotLayout()->clear();
    m_stdRect = new QCPAxisRect(m_plot);
    m_gradRect = new QCPAxisRect(m_plot);
    m_corrRect = new QCPAxisRect(m_plot);
    m_unitRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(0, 0, m_stdRect);
    m_plot->plotLayout()->addElement(0, 1, m_gradRect);
    m_plot->plotLayout()->addElement(1, 0, m_corrRect);
    m_plot->plotLayout()->addElement(1, 1, m_unitRect);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (QCPAxisRect *r : {m_stdRect, m_gradRect, m_corrRect, m_unitRect}) {
        for (QCPAxis *axis : r->axes()) {
            axis->setLabelFont(small);
            axis->setTickLabelFont(small);
        }
        r->setRangeDrag(Qt::Horizontal | Qt::Vertical);
        r->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    }
    DepthPlotStyle::setLogarithmic(m_stdRect);
    DepthPlotStyle::setLogarithmic(m_gradRect);
    m_corrRect->axis(QCPAxis::atLeft)->setRange(-0.05, 1.05);
    m_unitRect->axis(QCPAxis::atLeft)->setRange(0, 100);

    m_plot->legend = new QCPLegend;
    m_stdRect->insetLayout()->addElement(m_plot->legend, Qt::AlignBottom | Qt::AlignLeft);
    m_plot->legend->setLayer(QStringLiteral("legend"));
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(small);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    retranslateUi();
    setTheme(PlotTheme::Light);
}

DepthCurvesView::~DepthCurvesView() = default;

void DepthCurvesView::setSeries(const std::vector<DepthSeries> &series) {
    m_series = series;
    rebuild();
}

int DepthCurvesView::graphCountWithData() const {
    int count = 0;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        const QCPGraph *g = m_plot->graph(i);
        const bool any = std::any_of(g->data()->constBegin(), g->data()->constEnd(),
                                     [](const QCPGraphData &d) { return std::isfinite(d.value); });
        count += any ? 1 : 0;
    }
    return count;
}

void DepthCurvesView::rebuild() {
    m_plot->clearGraphs();
    m_plot->legend->clearItems();
    double depth = 1;
    const auto add = [this](QCPAxisRect *rect, const DepthSeries &s,
                            const std::vector<double> &data, Qt::PenStyle style, bool logScale,
                            bool inLegend) {
        QCPGraph *g = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        g->setPen(QPen(s.colour, style == Qt::SolidLine ? 2.0 : 1.6, style));
        g->setData(layers(data.size()), values(data, logScale), true);
        g->setAdaptiveSampling(false);
        if (inLegend)
            g->setName(s.name);
        else
            g->removeFromLegend();
        return g;
    };
    for (const DepthSeries &s : m_series) {
        depth = std::max(depth, double(s.predictedStd.size()) - 1);
        add(m_stdRect, s, s.measuredStd, Qt::SolidLine, true, true);
        add(m_stdRect, s, s.predictedStd, Qt::DashLine, true, false);
        add(m_gradRect, s, s.measuredGradient, Qt::SolidLine, true, false);
        add(m_gradRect, s, s.predictedGradient, Qt::DashLine, true, false);
        add(m_corrRect, s, s.measuredCorrelation, Qt::SolidLine, false, false);
        add(m_corrRect, s, s.predictedCorrelation, Qt::DashLine, false, false);
        std::vector<double> saturated(s.saturated.size()), dead(s.dead.size());
        std::transform(s.saturated.begin(), s.saturated.end(), saturated.begin(),
                       [](double v) { return 100 * v; });
        std::transform(s.dead.begin(), s.dead.end(), dead.begin(),
                       [](double v) { return 100 * v; });
        add(m_unitRect, s, saturated, Qt::SolidLine, false, false);
        add(m_unitRect, s, dead, Qt::DotLine, false, false);
    }
    for (QCPAxisRect *r : {m_stdRect, m_gradRect, m_corrRect, m_unitRect})
        r->axis(QCPAxis::atBottom)->setRange(0, depth);
    // Log panels: fit every finite value, with a decade of air.
    for (QCPAxisRect *r : {m_stdRect, m_gradRect}) {
        double lo = std::numeric_limits<double>::infinity(), hi = 0;
        for (QCPAbstractPlottable *p : r->plottables())
            if (auto *g = qobject_cast<QCPGraph *>(p))
                for (const QCPGraphData &d : *g->data())
                    if (std::isfinite(d.value) && d.value > 0) {
                        lo = std::min(lo, d.value);
                        hi = std::max(hi, d.value);
                    }
        if (hi > 0) {
            lo = std::max(lo, 1e-300);
            r->axis(QCPAxis::atLeft)->setRange(lo / 3, hi * 3);
        }
    }
    double corrLo = -0.05;
    for (const DepthSeries &s : m_series)
        for (double v : s.predictedCorrelation)
            if (std::isfinite(v))
                corrLo = std::min(corrLo, v - 0.05);
    m_corrRect->axis(QCPAxis::atLeft)->setRange(std::max(-1.05, corrLo), 1.05);
    scheduleReplot();
}

void DepthCurvesView::retranslateUi() {
    m_stdRect->axis(QCPAxis::atLeft)->setLabel(tr("std. dev. of hˡ"));
    m_gradRect->axis(QCPAxis::atLeft)->setLabel(tr("gradient ‖∂E/∂hˡ‖²"));
    m_corrRect->axis(QCPAxis::atLeft)->setLabel(tr("correlation cˡ"));
    m_unitRect->axis(QCPAxis::atLeft)->setLabel(tr("saturated ─ / dead ┄ (%)"));
    for (QCPAxisRect *r : {m_stdRect, m_gradRect, m_corrRect, m_unitRect})
        r->axis(QCPAxis::atBottom)->setLabel(tr("layer l"));
    scheduleReplot();
}

void DepthCurvesView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    DepthChart::changeEvent(event);
}
