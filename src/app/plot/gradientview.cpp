// SPDX-License-Identifier: GPL-3.0-or-later
#include "gradientview.h"

#include <cmath>

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "export/curvecsv.h"
#include "plot/charttheme.h"
#include "plot/plotpalette.h"
#include "plot/polylinegraph.h"
#include "plot/polylinesimplifier.h"
#include "sampling/gradientsampler.h"

namespace {
constexpr double kDeadLevel = 3e-13; ///< where exact zeros are drawn: inside the dead strip
constexpr double kBottom = 1e-13;
constexpr double kTop = 10.0;
constexpr int kSamples = 801;

} // namespace

GradientView::GradientView(QWidget *parent)
    : QWidget(parent) {
    m_thresholdLabel = new QLabel;
    m_thresholdBox = new QDoubleSpinBox;
    m_thresholdBox->setDecimals(4);
    m_thresholdBox->setRange(kMinThreshold, kMaxThreshold);
    m_thresholdBox->setSingleStep(0.01);
    m_thresholdBox->setValue(0.1);
    m_thresholdLabel->setBuddy(m_thresholdBox);
    connect(m_thresholdBox, &QDoubleSpinBox::valueChanged, this, [this] {
        applyTheme();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });

    m_plot = new QCustomPlot;
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    QCPAxis *y = m_plot->yAxis;
    y->setScaleType(QCPAxis::stLogarithmic);
    auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
    ticker->setLogBase(10);
    ticker->setSubTickCount(0);
    y->setTicker(ticker);
    y->setNumberFormat(QStringLiteral("eb"));
    y->setNumberPrecision(0);
    y->setRange(kBottom, kTop);
    m_plot->xAxis->setRange(-5, 5);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    // Bands behind the curves: the dead strip under the axis' floor, the vanishing band above.
    const auto band = [this](QCPItemRect *&rect) {
        rect = new QCPItemRect(m_plot);
        // Under the grid lines, which stay visible on the band; opaque (colours blended with
        // the background below), so filling a large area is a plain fill, not a blend per pixel.
        rect->setLayer(QStringLiteral("background"));
        rect->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
        rect->setPen(Qt::NoPen);
    };
    band(m_vanishing);
    band(m_dead);
    m_thresholdLine = new QCPItemStraightLine(m_plot);
    const auto label = [this](QCPItemText *&text) {
        text = new QCPItemText(m_plot);
        text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        text->setPadding(QMargins(2, 0, 6, 2));
    };
    label(m_vanishingLabel);
    label(m_deadLabel);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 2, 8, 2);
    bar->addWidget(m_thresholdLabel);
    bar->addWidget(m_thresholdBox);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
        resample();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    // The points are thinned for the plot's pixel size, known for sure only after layout.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        if (m_plot->axisRect()->rect().size() != m_sampledSize)
            resample();
    });
    retranslateUi();
    applyTheme();
}

GradientView::~GradientView() = default;

void GradientView::setActivations(const QList<PlottedActivation> &activations) {
    m_activations = activations;
    rebuild();
}

void GradientView::setParams(int index, const std::vector<double> &params) {
    if (index < 0 || index >= m_activations.size())
        return;
    m_activations[index].params = params;
    resample(index);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void GradientView::setThreshold(double threshold) {
    m_thresholdBox->setValue(threshold);
}

double GradientView::threshold() const {
    return m_thresholdBox->value();
}

void GradientView::setXRange(double lo, double hi) {
    m_plot->xAxis->setRange(lo, hi); // resamples through rangeChanged
}

void GradientView::setTheme(PlotTheme theme) {
    m_theme = theme;
    applyTheme();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void GradientView::rebuild() {
    m_plot->clearGraphs();
    for (int i = 0; i < m_activations.size(); ++i) {
        QCPGraph *g = m_plot->addGraph();
        g->setName(plottedName(m_activations[i]));
        g->setAdaptiveSampling(false);
    }
    applyTheme();
    resample();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void GradientView::resample(int only) {
    const QCPRange x = m_plot->xAxis->range();
    m_samples.resize(std::size_t(m_activations.size()));
    // Points are thinned in the log axis' pixel space: 801 samples per curve are needed to find
    // every feature, a fraction of them to draw it, and the antialiased stroker's time grows
    // with the points (bench_replot eightPinsGradient).
    const QRect rect = m_plot->axisRect()->rect();
    const double pixelWidth = x.size() / std::max(1, rect.width());
    const double pixelHeight = std::log10(kTop / kBottom) / std::max(1, rect.height());
    for (int i = 0; i < m_activations.size() && i < m_plot->graphCount(); ++i) {
        if (only >= 0 && i != only)
            continue;
        const PlottedActivation &a = m_activations[i];
        m_samples[std::size_t(i)].clear();
        std::vector<actlab::Polyline> pieces(1); // (x, log10 y): what the simplifier sees
        std::vector<std::vector<double>> values(1);
        if (a.function) {
            m_samples[std::size_t(i)] =
                actlab::sampleGradientMagnitude(*a.function, a.params, x.lower, x.upper, kSamples);
            for (const actlab::GradientPoint &p : m_samples[std::size_t(i)]) {
                // Exact zeros go into the dead strip; tiny non-zero slopes stay at the floor.
                const double y = p.magnitude == 0 ? kDeadLevel : std::max(p.magnitude, kFloor);
                if (std::isfinite(y)) {
                    pieces.back().push_back({p.x, std::log10(y)});
                    values.back().push_back(y);
                } else if (!pieces.back().empty()) {
                    pieces.emplace_back();
                    values.emplace_back();
                }
            }
        }
        QVector<QCPGraphData> data;
        for (std::size_t p = 0; p < pieces.size(); ++p) {
            if (pieces[p].empty())
                continue;
            if (!data.isEmpty())
                data.append(QCPGraphData(pieces[p].front().x, qQNaN()));
            for (std::size_t k :
                 PolylineSimplifier::keep(pieces[p], pixelWidth, pixelHeight, kDrawingTolerancePx))
                data.append(QCPGraphData(pieces[p][k].x, values[p][k]));
        }
        m_plot->graph(i)->data()->set(data, true);
        m_plot->graph(i)->setName(plottedName(a));
    }
    m_sampledSize = rect.size();
}

void GradientView::refreshNow() {
    if (!isVisible()) // a hidden view (actlab render, tests) has no laid-out child yet
        m_plot->setGeometry(rect());
    resample();
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
}

QByteArray GradientView::csv() const {
    QByteArray out = "curve,x,abs_derivative,zone\n";
    const double t = threshold();
    for (std::size_t i = 0; i < m_samples.size() && i < std::size_t(m_activations.size()); ++i) {
        const QByteArray id = CurveCsv::field(curveId(m_activations[int(i)])) + ',';
        for (const actlab::GradientPoint &p : m_samples[i])
            out += id + CurveCsv::number(p.x) + ',' + CurveCsv::number(p.magnitude) + ',' +
                   (p.magnitude == 0  ? "dead"
                    : p.magnitude < t ? "vanishing"
                                      : "active") +
                   '\n';
    }
    return out;
}

QString GradientView::figureTitle() const {
    return m_activations.isEmpty()
               ? tr("Gradient view")
               : tr("Gradient magnitude of %1").arg(plottedName(m_activations.front()));
}

QString GradientView::fileBaseName() const {
    if (m_activations.isEmpty())
        return QStringLiteral("gradient");
    const QString id = m_activations.front().id;
    return QStringLiteral("gradient-") +
           (id.startsWith(QLatin1String("expr:")) ? QStringLiteral("formula") : id);
}

std::vector<std::pair<double, double>> GradientView::curve(int index) const {
    std::vector<std::pair<double, double>> out;
    if (index < 0 || index >= m_plot->graphCount())
        return out;
    for (auto it = m_plot->graph(index)->data()->constBegin();
         it != m_plot->graph(index)->data()->constEnd(); ++it)
        out.emplace_back(it->key, it->value);
    return out;
}

double GradientView::bandTop() const {
    return m_vanishing->topLeft->coords().y();
}

void GradientView::applyTheme() {
    applyChartTheme(m_plot, m_theme);
    const PlotPalette palette = PlotPalette::forTheme(m_theme);
    m_plot->legend->setBrush(palette.legendBackground);
    m_plot->legend->setBorderPen(QPen(palette.legendBorder));
    m_plot->legend->setTextColor(palette.foreground);
    for (int i = 0; i < m_plot->graphCount() && i < m_activations.size(); ++i) {
        const int colour = m_activations[i].colour >= 0 ? m_activations[i].colour : i;
        m_plot->graph(i)->setPen(
            QPen(PlotPalette::curveColour(m_theme, colour), PlotPalette::lineWidth(2.5)));
    }
    const double t = threshold();
    const auto over = [&palette](QColor colour, int alpha) {
        const QColor back = palette.background;
        const auto mix = [alpha](int fg, int bg) {
            return (fg * alpha + bg * (255 - alpha)) / 255;
        };
        return QColor(mix(colour.red(), back.red()), mix(colour.green(), back.green()),
                      mix(colour.blue(), back.blue()));
    };
    // Okabe–Ito orange, faint: "learning slows here".
    m_vanishing->setBrush(over(QColor(0xe6, 0x9f, 0x00), m_theme == PlotTheme::Dark ? 60 : 45));
    m_vanishing->topLeft->setCoords(0, t);
    m_vanishing->bottomRight->setCoords(1, kFloor);
    m_dead->setBrush(over(palette.foreground, 40));
    m_dead->topLeft->setCoords(0, kFloor);
    m_dead->bottomRight->setCoords(1, kBottom);
    m_thresholdLine->point1->setCoords(0, t);
    m_thresholdLine->point2->setCoords(1, t);
    m_thresholdLine->setPen(QPen(palette.guide, PlotPalette::lineWidth(1.5), Qt::DashLine));
    m_vanishingLabel->position->setCoords(1.0, t);
    m_vanishingLabel->setColor(palette.foreground);
    m_deadLabel->position->setCoords(1.0, kBottom);
    m_deadLabel->setColor(palette.foreground);
    retranslateUi();
}

void GradientView::retranslateUi() {
    m_thresholdLabel->setText(tr("&Vanishing below |f′| <"));
    m_thresholdBox->setToolTip(tr("Where the slope is smaller than this, gradients shrink as "
                                  "they pass the layer: the shaded vanishing zone."));
    m_plot->xAxis->setLabel(tr("input x"));
    m_plot->yAxis->setLabel(tr("gradient magnitude |f′(x)|"));
    m_vanishingLabel->setText(
        tr("vanishing zone: |f′| < %1").arg(QLocale().toString(threshold(), 'g', 4)));
    m_deadLabel->setText(tr("dead zone: f′ = 0 exactly"));
}

void GradientView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        for (int i = 0; i < m_plot->graphCount() && i < m_activations.size(); ++i)
            m_plot->graph(i)->setName(plottedName(m_activations[i]));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    QWidget::changeEvent(event);
}
