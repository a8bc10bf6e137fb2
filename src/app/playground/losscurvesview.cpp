// SPDX-License-Identifier: GPL-3.0-or-later
#include "losscurvesview.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "playgroundpalette.h"
#include "plot/charttheme.h"
#include "plot/plotfonts.h"
#include "plot/plotpalette.h"
#include "uinumber.h"

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kReplotMs = 50;

// Log axes cannot show zero or negative values; they become gaps instead of wild ticks.
double positiveOrNaN(double v) {
    return std::isfinite(v) && v > 0 ? v : kNaN;
}
double finiteOrNaN(double v) {
    return std::isfinite(v) ? v : kNaN;
}

/// Value of a graph at the data point nearest to `key`, or NaN.
double valueNear(const QCPGraph *graph, double key) {
    if (!graph || graph->data()->isEmpty())
        return kNaN;
    auto it = graph->data()->findBegin(key, false);
    if (it == graph->data()->constEnd())
        --it;
    auto best = it;
    if (it != graph->data()->constBegin()) {
        auto prev = it - 1;
        if (std::abs(prev->key - key) < std::abs(it->key - key))
            best = prev;
    }
    return best->value;
}

QString number(double v) {
    return std::isfinite(v) ? UiNumber::real(v, 'g', 5) : QStringLiteral("–");
}
} // namespace

LossCurvesView::LossCurvesView(QWidget *parent)
    : QWidget(parent)
    , m_targetLoss(kNaN) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    // The legend names both runs in full ("A · Rectified linear unit (0, inf, 0)"): left to
    // QCustomPlot, it would set the column's minimum width; the panels ask for the room they
    // need to draw, and a narrow column shortens the names instead.
    m_plot->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_plot->setMinimumWidth(160);
    layout->addWidget(m_plot);

    m_plot->plotLayout()->clear();
    m_lossRect = new QCPAxisRect(m_plot);
    m_gradRect = new QCPAxisRect(m_plot);
    m_unitRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(0, 0, m_lossRect);
    m_plot->plotLayout()->addElement(1, 0, m_gradRect);
    m_plot->plotLayout()->addElement(2, 0, m_unitRect);
    m_plot->plotLayout()->setRowStretchFactor(0, 2);
    m_plot->plotLayout()->setRowStretchFactor(1, 1.2);
    m_plot->plotLayout()->setRowStretchFactor(2, 1.2);
    m_plot->plotLayout()->setRowSpacing(2);
    auto *margins = new QCPMarginGroup(m_plot);
    for (QCPAxisRect *r : {m_lossRect, m_gradRect, m_unitRect}) {
        r->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        r->setRangeDrag(Qt::Horizontal);
        r->setRangeZoom(Qt::Horizontal);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        for (QCPAxis *axis : r->axes()) {
            axis->setLabelFont(small);
            axis->setTickLabelFont(small);
        }
        // The three panels share the epoch axis.
        if (r != m_lossRect)
            connect(m_lossRect->axis(QCPAxis::atBottom),
                    qOverload<const QCPRange &>(&QCPAxis::rangeChanged), r->axis(QCPAxis::atBottom),
                    qOverload<const QCPRange &>(&QCPAxis::setRange));
    }
    m_lossRect->axis(QCPAxis::atBottom)->setTickLabels(false);
    m_gradRect->axis(QCPAxis::atBottom)->setTickLabels(false);
    m_gradRect->axis(QCPAxis::atLeft)->setScaleType(QCPAxis::stLogarithmic);
    m_gradRect->axis(QCPAxis::atLeft)->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_unitRect->axis(QCPAxis::atLeft)->setRange(0, 100);

    // The legends sit in rows of their own, above the loss panel and under the units panel:
    // inside an axis rect they covered the curves (the falling test loss ran under it).
    m_fontSize = font().pointSizeF();
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    m_plot->legend = new QCPLegend;
    m_unitLegend = new QCPLegend;
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->addElement(4, 0, m_unitLegend);
    for (QCPLegend *legend : {m_plot->legend, m_unitLegend}) {
        legend->setLayer(QStringLiteral("legend"));
        legend->setVisible(true);
        legend->setFont(legendFont);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        legend->setWrap(2); // per run: train | test, dead | saturated
        legend->setMargins(QMargins(4, 1, 4, 1));
    }
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001); // as tall as the legend needs
    m_plot->plotLayout()->setRowStretchFactor(4, 0.001);

    m_targetLine = new QCPItemStraightLine(m_plot);
    m_targetLine->setClipAxisRect(m_lossRect);
    for (QCPItemPosition *pos : {m_targetLine->point1, m_targetLine->point2})
        pos->setAxes(m_lossRect->axis(QCPAxis::atBottom), m_lossRect->axis(QCPAxis::atLeft));
    m_targetLine->setVisible(false);

    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(kReplotMs);
    connect(&m_replotTimer, &QTimer::timeout, this,
            [this] { m_plot->replot(QCustomPlot::rpQueuedReplot); });
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &LossCurvesView::mouseMoved);
    setRuns({QString()});
    setTheme(PlotTheme::Light);
    retranslateUi();
}

LossCurvesView::~LossCurvesView() = default;

void LossCurvesView::setRuns(const QStringList &names) {
    m_unitLegend->clearItems(); // QCustomPlot removes deleted graphs from its own legend only
    m_plot->clearGraphs();
    m_runs.clear();
    for (int i = 0; i < names.size(); ++i) {
        Run run;
        run.name = names[i];
        const QColor c = PlaygroundPalette::runColor(i);
        auto graph = [&](QCPAxisRect *rect, Qt::PenStyle style, double width) {
            QCPGraph *g =
                m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            g->setPen(QPen(c, width, style));
            g->setAdaptiveSampling(true);
            return g;
        };
        run.train = graph(m_lossRect, Qt::SolidLine, 2);
        run.test = graph(m_lossRect, Qt::DashLine, 1.6);
        run.dead = graph(m_unitRect, Qt::SolidLine, 1.5);
        run.saturated = graph(m_unitRect, Qt::DashLine, 1.5);
        // Dead and saturated units have their own legend, under their panel.
        for (QCPGraph *g : {run.dead, run.saturated}) {
            g->removeFromLegend();
            g->addToLegend(m_unitLegend);
        }
        m_runs.push_back(run);
    }
    retranslateUi();
    rescale();
}

void LossCurvesView::setTheme(PlotTheme theme) {
    m_theme = theme;
    applyChartTheme(m_plot, theme);
    const PlotPalette palette = PlotPalette::forTheme(theme);
    for (QCPLegend *legend : {m_plot->legend, m_unitLegend}) {
        legend->setBrush(palette.background);
        legend->setBorderPen(Qt::NoPen); // outside the panels: no box needed
        legend->setTextColor(palette.foreground);
    }
    m_targetLine->setPen(QPen(palette.guide, 1, Qt::DotLine));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LossCurvesView::ensureGradientGraphs(Run &run, int runIndex, std::size_t layers) {
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine,
                                          Qt::DashDotLine};
    while (run.gradients.size() < layers) {
        const std::size_t l = run.gradients.size();
        QCPGraph *g = m_plot->addGraph(m_gradRect->axis(QCPAxis::atBottom),
                                       m_gradRect->axis(QCPAxis::atLeft));
        g->setPen(QPen(PlaygroundPalette::runColor(runIndex), 1.4, styles[l % 4]));
        g->removeFromLegend();
        run.gradients.push_back(g);
    }
}

void LossCurvesView::appendPoints(int run, std::span<const CurvePoint> points) {
    if (run < 0 || run >= runCount() || points.empty())
        return;
    Run &r = m_runs[static_cast<std::size_t>(run)];
    for (const CurvePoint &p : points) {
        const auto y = [this](double v) { return m_logLoss ? positiveOrNaN(v) : finiteOrNaN(v); };
        if (std::isfinite(p.trainLoss)) {
            r.train->addData(p.epoch, y(p.trainLoss));
            r.test->addData(p.epoch, y(p.testLoss));
        }
        if (p.gradientNorms.empty())
            continue;
        ensureGradientGraphs(r, run, p.gradientNorms.size());
        for (std::size_t l = 0; l < p.gradientNorms.size(); ++l)
            r.gradients[l]->addData(p.epoch, positiveOrNaN(p.gradientNorms[l]));
        r.dead->addData(p.epoch, finiteOrNaN(100 * p.deadFraction));
        r.saturated->addData(p.epoch, finiteOrNaN(100 * p.saturatedFraction));
    }
    rescale();
}

void LossCurvesView::clear() {
    for (int i = 0; i < runCount(); ++i)
        clearRun(i);
}

void LossCurvesView::clearRun(int run) {
    if (run < 0 || run >= runCount())
        return;
    Run &r = m_runs[static_cast<std::size_t>(run)];
    for (QCPGraph *g : {r.train, r.test, r.dead, r.saturated})
        g->data()->clear();
    for (QCPGraph *g : r.gradients)
        g->data()->clear();
    rescale();
}

int LossCurvesView::pointCount(int run) const {
    if (run < 0 || run >= runCount())
        return 0;
    return m_runs[static_cast<std::size_t>(run)].train->dataCount();
}

int LossCurvesView::statsCount(int run) const {
    if (run < 0 || run >= runCount())
        return 0;
    return m_runs[static_cast<std::size_t>(run)].dead->dataCount();
}

void LossCurvesView::setTargetLoss(double loss) {
    m_targetLoss = loss;
    const bool show = std::isfinite(loss) && (!m_logLoss || loss > 0);
    m_targetLine->setVisible(show);
    if (show) {
        m_targetLine->point1->setCoords(0, loss);
        m_targetLine->point2->setCoords(1, loss);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LossCurvesView::setLossLogScale(bool on) {
    if (m_logLoss == on)
        return;
    m_logLoss = on;
    QCPAxis *y = m_lossRect->axis(QCPAxis::atLeft);
    y->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on)
        y->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else
        y->setTicker(QSharedPointer<QCPAxisTicker>::create());
    // Values already stored stay; non-positive ones are simply not drawn on the log axis.
    setTargetLoss(m_targetLoss);
    rescale();
}

void LossCurvesView::rescale() {
    double maxEpoch = 1;
    for (const Run &r : m_runs)
        if (!r.train->data()->isEmpty())
            maxEpoch = std::max(maxEpoch, (r.train->data()->constEnd() - 1)->key);
    m_lossRect->axis(QCPAxis::atBottom)->setRange(0, maxEpoch);

    auto fitValues = [](QCPAxis *axis, const QList<QCPGraph *> &graphs, bool log) {
        bool found = false;
        QCPRange range;
        for (QCPGraph *g : graphs) {
            bool ok = false;
            const QCPRange r = g->getValueRange(ok, QCP::sdBoth);
            if (!ok)
                continue;
            range = found ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper))
                          : r;
            found = true;
        }
        if (!found)
            return;
        if (log) {
            range.lower = std::max(range.lower, range.upper * 1e-12);
            axis->setRange(range.lower / 1.3, range.upper * 1.3);
        } else {
            const double pad = std::max(1e-9, 0.05 * (range.upper - range.lower));
            axis->setRange(std::min(0.0, range.lower - pad), range.upper + pad);
        }
    };
    QList<QCPGraph *> loss, grad;
    for (const Run &r : m_runs) {
        loss << r.train << r.test;
        for (QCPGraph *g : r.gradients)
            grad << g;
    }
    fitValues(m_lossRect->axis(QCPAxis::atLeft), loss, m_logLoss);
    fitValues(m_gradRect->axis(QCPAxis::atLeft), grad, true);
    scheduleReplot();
}

void LossCurvesView::scheduleReplot() {
    // Data arrives at display rate (60 Hz) while training; redrawing three panels of curves
    // that often would take a good share of the GUI thread for no visible gain, so replots
    // are coalesced to at most one per kReplotMs.
    if (!m_replotTimer.isActive())
        m_replotTimer.start();
}

QString LossCurvesView::readingAt(double epoch) const {
    QStringList lines;
    for (const Run &r : m_runs) {
        if (r.train->data()->isEmpty())
            continue;
        auto it = r.train->data()->findBegin(epoch, false);
        if (it == r.train->data()->constEnd())
            --it;
        if (it != r.train->data()->constBegin() &&
            std::abs((it - 1)->key - epoch) < std::abs(it->key - epoch))
            --it;
        const double at = it->key;
        QString head = tr("Epoch %1").arg(UiNumber::real(at, 'f', 0));
        if (!r.name.isEmpty())
            head = QStringLiteral("%1 — %2").arg(r.name, head);
        lines << head;
        lines << tr("train loss %1, test loss %2")
                     .arg(number(valueNear(r.train, at)), number(valueNear(r.test, at)));
        QStringList norms;
        for (QCPGraph *g : r.gradients)
            norms << number(valueNear(g, at));
        if (!norms.isEmpty())
            lines << tr("gradient norms %1").arg(norms.join(QStringLiteral(", ")));
        lines << tr("dead %1%, saturated %2%")
                     .arg(number(valueNear(r.dead, at)), number(valueNear(r.saturated, at)));
    }
    return lines.join(QLatin1Char('\n'));
}

void LossCurvesView::mouseMoved(QMouseEvent *event) {
    const QPointF pos = event->position();
    bool inside = false;
    for (QCPAxisRect *r : {m_lossRect, m_gradRect, m_unitRect})
        inside = inside || r->rect().contains(pos.toPoint());
    if (!inside) {
        QToolTip::hideText();
        return;
    }
    const double epoch = m_lossRect->axis(QCPAxis::atBottom)->pixelToCoord(pos.x());
    const QString text = readingAt(epoch);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

void LossCurvesView::retranslateUi() {
    m_lossRect->axis(QCPAxis::atLeft)->setLabel(tr("Loss"));
    m_gradRect->axis(QCPAxis::atLeft)->setLabel(tr("‖gradient‖"));
    m_unitRect->axis(QCPAxis::atLeft)->setLabel(tr("dead, sat. %"));
    m_unitRect->axis(QCPAxis::atBottom)->setLabel(tr("Epoch"));
    for (const Run &r : m_runs) {
        const QString prefix = r.name.isEmpty() ? QString() : r.name + QStringLiteral(": ");
        r.train->setName(prefix + tr("train"));
        r.test->setName(prefix + tr("test"));
        r.dead->setName(prefix + tr("dead"));
        r.saturated->setName(prefix + tr("saturated"));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LossCurvesView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::FontChange && m_fontSize > 0 && font().pointSizeF() > 0) {
        PlotFonts::scale(m_plot, font().pointSizeF() / m_fontSize); // zoom, presentation mode
        m_fontSize = font().pointSizeF();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
