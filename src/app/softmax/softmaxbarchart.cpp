// SPDX-License-Identifier: GPL-3.0-or-later
#include "softmaxbarchart.h"

#include <algorithm>
#include <cmath>

#include <qcustomplot.h>

#include "plot/plotpalette.h"
#include "uinumber.h"

namespace {
constexpr int kLabelPrecision = 3;
/// Beyond this many bars the value labels would overlap; the table and tooltips have them.
constexpr std::size_t kMaxLabelledBars = 6;
} // namespace

SoftmaxBarChart::SoftmaxBarChart(int colourIndex, Scale scale, QWidget *parent)
    : DepthChart(parent)
    , m_colourIndex(colourIndex)
    , m_scale(scale) {
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, QString());
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setWidth(0.7);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->grid()->setVisible(false);
    setTheme(PlotTheme::Light);
}

SoftmaxBarChart::~SoftmaxBarChart() = default;

void SoftmaxBarChart::setTitle(const QString &title) {
    m_title->setText(title);
    scheduleReplot();
}

void SoftmaxBarChart::setValues(const std::vector<double> &values) {
    m_values = values;
    QVector<double> keys, heights;
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(m_plot->xAxis->ticker());
    ticker->clear();
    for (std::size_t i = 0; i < values.size(); ++i) {
        keys << double(i + 1);
        heights << values[i];
        ticker->addTick(double(i + 1), QStringLiteral("x%1").arg(i + 1));
    }
    m_bars->setData(keys, heights, true);
    m_plot->xAxis->setRange(0.4, double(values.size()) + 0.6);
    if (m_scale == Scale::Probability) {
        m_plot->yAxis->setRange(0.0, 1.15); // room for the labels above a bar at 1
    } else {
        double lowest = 0;
        for (double v : values)
            if (std::isfinite(v))
                lowest = std::min(lowest, v);
        const double margin = std::max(0.5, 0.15 * -lowest);
        m_plot->yAxis->setRange(lowest - margin, margin);
    }
    rebuildLabels();
    scheduleReplot();
}

void SoftmaxBarChart::rebuildLabels() {
    m_plot->clearItems();
    if (m_values.size() > kMaxLabelledBars)
        return;
    const PlotPalette palette = PlotPalette::forTheme(theme());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        const double v = m_values[i];
        auto *label = new QCPItemText(m_plot);
        label->position->setCoords(double(i + 1), std::isfinite(v) ? v : 0.0);
        // Above a bar that points up, below one that points down.
        label->setPositionAlignment(v < 0 ? (Qt::AlignHCenter | Qt::AlignTop)
                                          : (Qt::AlignHCenter | Qt::AlignBottom));
        // Three decimals, as a textbook writes 0.659; large log-probabilities stay short.
        label->setText(std::fabs(v) < 100 ? UiNumber::real(v, 'f', kLabelPrecision)
                                          : UiNumber::real(v, 'g', 4));
        label->setFont(small);
        label->setColor(palette.foreground);
        label->setClipToAxisRect(false);
    }
}

void SoftmaxBarChart::themeApplied() {
    // Room for a title and five tick labels at any text size (zoom, presentation mode).
    const QFontMetrics metrics(font());
    m_plot->setMinimumSize(std::max(180, metrics.averageCharWidth() * 24),
                           std::max(150, metrics.height() * 9));
    const QColor colour = PlotPalette::curveColour(theme(), m_colourIndex);
    m_bars->setPen(QPen(colour.darker(120)));
    QColor fill = colour;
    fill.setAlphaF(0.75);
    m_bars->setBrush(fill);
    rebuildLabels();
}
