// SPDX-License-Identifier: GPL-3.0-or-later
#include "depthhistogramview.h"

#include <cmath>

#include <QEvent>
#include <qcustomplot.h>

#include "depthplotstyle.h"

namespace {
/// Viridis in five stops: perceptually even and readable with colour blindness and in grey.
QCPColorGradient viridis() {
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorStopAt(0.0, QColor(68, 1, 84));
    g.setColorStopAt(0.25, QColor(59, 82, 139));
    g.setColorStopAt(0.5, QColor(33, 145, 140));
    g.setColorStopAt(0.75, QColor(94, 201, 98));
    g.setColorStopAt(1.0, QColor(253, 231, 37));
    g.setNanHandling(QCPColorGradient::nhTransparent);
    return g;
}
} // namespace

DepthHistogramView::DepthHistogramView(QWidget *parent)
    : DepthChart(parent) {
    rebuild();
}

DepthHistogramView::~DepthHistogramView() = default;

void DepthHistogramView::themeApplied() {
    // Each strip's title keeps its configuration's colour, whatever the theme.
    for (std::size_t i = 0; i < m_series.size(); ++i)
        if (auto *title =
                qobject_cast<QCPTextElement *>(m_plot->plotLayout()->elementAt(int(2 * i))))
            title->setTextColor(m_series[i].colour);
}

void DepthHistogramView::setSeries(const std::vector<DepthSeries> &series) {
    m_series = series;
    rebuild();
}

void DepthHistogramView::rebuild() {
    m_plot->clearPlottables();
    m_plot->plotLayout()->clear();
    m_maps.clear();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    int row = 0;
    for (const DepthSeries &s : m_series) {
        auto *title = new QCPTextElement(m_plot, s.name, small);
        title->setTextColor(s.colour);
        m_plot->plotLayout()->addElement(row++, 0, title);
        auto *rect = new QCPAxisRect(m_plot);
        m_plot->plotLayout()->addElement(row++, 0, rect);
        for (QCPAxis *axis : rect->axes()) {
            axis->setTickLabelFont(small);
            axis->setLabelFont(small);
        }
        const int layers = int(s.histogram.size());
        const int bins = layers > 0 ? int(s.histogram.front().size()) : 0;
        auto *map = new QCPColorMap(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        if (layers > 0 && bins > 0) {
            map->data()->setSize(layers, bins);
            const double half = s.histogramRange / bins;
            map->data()->setRange(QCPRange(0, layers - 1),
                                  QCPRange(-s.histogramRange + half, s.histogramRange - half));
            for (int l = 0; l < layers; ++l)
                for (int b = 0; b < bins; ++b) {
                    const double v = s.histogram[std::size_t(l)][std::size_t(b)];
                    map->data()->setCell(l, b, v > 0 ? v : std::nan(""));
                }
        }
        map->setGradient(viridis());
        map->setDataScaleType(QCPAxis::stLogarithmic);
        map->setDataRange(QCPRange(1e-4, 1));
        map->setInterpolate(false);
        rect->axis(QCPAxis::atBottom)->setRange(-0.5, std::max(1, layers) - 0.5);
        rect->axis(QCPAxis::atLeft)->setRange(-s.histogramRange, s.histogramRange);
        rect->axis(QCPAxis::atLeft)->setLabel(tr("hˡ"));
        rect->axis(QCPAxis::atBottom)->setTickLabels(row >= int(m_series.size()) * 2);
        if (row >= int(m_series.size()) * 2)
            rect->axis(QCPAxis::atBottom)->setLabel(tr("layer l"));
        m_maps.push_back(map);
    }
    if (m_series.empty())
        m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, tr("No configuration")));
    setTheme(theme()); // colours the new axes, titles and strips, and replots
}

void DepthHistogramView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    DepthChart::changeEvent(event);
}
