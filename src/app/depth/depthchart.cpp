// SPDX-License-Identifier: GPL-3.0-or-later
#include "depthchart.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

#include "depthplotstyle.h"

namespace {
constexpr int kReplotMs = 30;
}

DepthChart::DepthChart(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(320, 260);
    layout->addWidget(m_plot);
    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(kReplotMs);
    connect(&m_replotTimer, &QTimer::timeout, this,
            [this] { m_plot->replot(QCustomPlot::rpQueuedReplot); });
}

DepthChart::~DepthChart() = default;

void DepthChart::setTheme(PlotTheme theme) {
    m_theme = theme;
    DepthPlotStyle::applyTheme(m_plot, theme);
    themeApplied();
    scheduleReplot();
}
