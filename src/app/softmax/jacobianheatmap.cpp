// SPDX-License-Identifier: GPL-3.0-or-later
#include "jacobianheatmap.h"

#include <algorithm>
#include <cmath>

#include <qcustomplot.h>

#include "plot/charttheme.h"

JacobianHeatMap::JacobianHeatMap(QWidget *parent)
    : DepthChart(parent) {
    m_plot->setMinimumSize(220, 180);
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, QString());
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setInterpolate(false);
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(1, 1, m_scale);
    m_map->setColorScale(m_scale); // the map now takes the scale's gradient: set it after
    m_map->setGradient(divergingGradient());
    m_scale->setBarWidth(12);
    m_plot->yAxis->setRangeReversed(true); // row 1 at the top, as a matrix is written
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTicker(QSharedPointer<QCPAxisTickerFixed>::create());
        axis->grid()->setVisible(false);
    }
    m_plot->xAxis->setLabel(QStringLiteral("j"));
    m_plot->yAxis->setLabel(QStringLiteral("i"));
    setTheme(PlotTheme::Light);
}

JacobianHeatMap::~JacobianHeatMap() = default;

void JacobianHeatMap::setTitle(const QString &title) {
    m_title->setText(title);
    scheduleReplot();
}

void JacobianHeatMap::setJacobian(const std::vector<double> &jacobian, std::size_t n) {
    const int size = int(n);
    m_map->data()->setSize(size, size);
    m_map->data()->setRange(QCPRange(1, size), QCPRange(1, size));
    double largest = 0;
    for (int i = 0; i < size; ++i)
        for (int j = 0; j < size; ++j) {
            const double v = jacobian[std::size_t(i) * n + std::size_t(j)];
            m_map->data()->setCell(j, i, v); // key = column j, value = row i
            if (std::isfinite(v))
                largest = std::max(largest, std::fabs(v));
        }
    // Symmetric about zero, so white always means "no effect".
    const double reach = largest > 0 ? largest : 1.0;
    m_map->setDataRange(QCPRange(-reach, reach));
    m_plot->xAxis->setRange(0.5, size + 0.5);
    m_plot->yAxis->setRange(0.5, size + 0.5);
    scheduleReplot();
}

double JacobianHeatMap::cell(int row, int column) const {
    return m_map->data()->cell(column, row);
}
