// SPDX-License-Identifier: GPL-3.0-or-later
#include "depthchart.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

#include "depthplotstyle.h"
#include "plot/plotfonts.h"

namespace {
constexpr int kReplotMs = 30;
}

DepthChart::DepthChart(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_fontSize = font().pointSizeF();
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

void DepthChart::changeEvent(QEvent *event) {
    if (event->type() == QEvent::FontChange && m_fontSize > 0 && font().pointSizeF() > 0) {
        // Every font scales by the same ratio, so the smaller ones stay smaller.
        const double ratio = font().pointSizeF() / m_fontSize;
        m_fontSize = font().pointSizeF();
        PlotFonts::scale(m_plot, ratio);
        setTheme(m_theme);
    }
    QWidget::changeEvent(event);
}
