// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotview.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QVBoxLayout>

#include "activations/vectorslice.h"
#include "catalogtext.h"
#include "export/curvecsv.h"
#include "plot/draftquality.h"
#include "plot/kinkmarkers.h"
#include "plot/plotcanvas.h"
#include "plot/plotpalette.h"
#include "plot/plottracer.h"
#include "plot/polylinegraph.h"
#include "plot/rangeguides.h"
#include "plot/viewfitter.h"
#include "plot/zoominset.h"
#include "sampling/curvesampler.h"
#include "uizoom.h"
#include "util/strings.h"

namespace {

// Zooming stops here: beyond, tick labels and sampling lose their meaning.
constexpr double minimumSpan = 1e-6;
constexpr double maximumSpan = 1e6;

const QString guidesLayerName = QStringLiteral("guides");
const QString markersLayerName = QStringLiteral("markers");
const QString tracerLayerName = QStringLiteral("overlay"); // QCustomPlot's own buffered layer

struct CurveGraph {
    int activation = 0;
    int order = 0;
    QCPGraph *graph = nullptr;
    std::vector<actlab::Polyline> pieces;
    QCPGraph *markers = nullptr; ///< a compared activation's f: its shape at even steps
};

/// Markers per compared curve across the view: enough to follow a curve in greyscale print.
constexpr int kMarkersPerCurve = 9;
const QString pinMarkersLayerName = QStringLiteral("pinMarkers");

/// A compared curve's marker: with its colour, tells curves apart in greyscale and for colour
/// blindness. Cycles with a length (9) prime to the palette's (8), so pairs repeat late.
QCPScatterStyle::ScatterShape markerShape(int colourIndex) {
    static const QCPScatterStyle::ScatterShape shapes[] = {QCPScatterStyle::ssCircle,
                                                           QCPScatterStyle::ssSquare,
                                                           QCPScatterStyle::ssTriangle,
                                                           QCPScatterStyle::ssDiamond,
                                                           QCPScatterStyle::ssTriangleInverted,
                                                           QCPScatterStyle::ssCross,
                                                           QCPScatterStyle::ssPlus,
                                                           QCPScatterStyle::ssStar,
                                                           QCPScatterStyle::ssCrossSquare};
    return shapes[std::size_t(std::max(0, colourIndex - 1)) % std::size(shapes)];
}

/// At least `pointSize` (times presentation mode's scale, which the floor must follow too).
QFont scaledFont(QFont font, double pointSize, bool bold = false) {
    font.setPointSizeF(std::max(font.pointSizeF(), pointSize * UiZoom::presentationScale()));
    font.setBold(bold);
    return font;
}

} // namespace

struct PlotView::Private {
    PlotView *q = nullptr;
    PlotCanvas *plot = nullptr;
    QList<PlottedActivation> activations;
    std::array<bool, 3> derivativeVisible{true, false, false};
    bool legendShown = true;
    PlotTheme theme = PlotTheme::Light;
    double lineWidthScale = 1.0; ///< PlotPalette::lineWidthScale() when the theme was applied
    std::vector<CurveGraph> curves;
    std::unique_ptr<KinkMarkers> kinks;
    std::unique_ptr<PlotTracer> tracer;
    std::unique_ptr<ZoomInset> inset;
    DraftQuality *draft = nullptr;
    QList<QCPItemStraightLine *> guideItems;
    QList<QCPItemText *> guideLabels;
    std::vector<double> guideLevels;          ///< of every drawn activation, sorted, distinct
    std::vector<QList<int>> guideActivations; ///< per level: the activations it bounds
    double tracerX = std::numeric_limits<double>::quiet_NaN();

    // What the current curves were sampled for; a layout of another size resamples them.
    bool dirty = true;
    QSize sampledSize;
    double sampledScale = 0;
    double exportScale = 1;

    void setupPlot();
    void applyTheme();
    void applyFonts();
    void rebuildGraphs();
    void retranslate();
    void updatePrimaryDecorations();
    void updateGuides();
    void updateGuideItems();
    /// Moves guide labels down where levels lie closer than a label's height (−0.17 and −0.28
    /// at the default scale), so that each stays readable; runs once the axes are laid out.
    void separateGuideLabels();
    QString guideText(std::size_t index) const;
    int colourIndex(int activation) const {
        const int own = activations[activation].colour;
        return own >= 0 ? own : activation;
    }
    void sample();
    void sampleIfNeeded();
    double samplingScale() const;
    void queueRefresh();
    QString displayName(const PlottedActivation &a) const;
    QString curveName(const PlottedActivation &a, int order) const;
    const PlottedActivation *primary() const;
    void updateTracer(double x, bool repaintLayer);
    void hideTracer();
    void keepRangeSane(QCPAxis *axis, const QCPRange &now, const QCPRange &before);
};

QString curveId(const PlottedActivation &a) {
    // A vector activation is drawn through its slice; the id says which.
    if (const auto *slice = dynamic_cast<const actlab::VectorSliceFunction *>(a.function.get()))
        return QString::fromStdString(slice->expression(a.id.toStdString()));
    QString id = a.id;
    if (a.spec) {
        QStringList changed;
        for (std::size_t i = 0; i < a.spec->params.size() && i < a.params.size(); ++i)
            if (a.params[i] != a.spec->params[i].defaultValue)
                changed << QStringLiteral("%1=%2").arg(
                    QString::fromStdString(a.spec->params[i].name),
                    QString::fromStdString(actlab::formatRoundTrip(a.params[i])));
        if (!changed.isEmpty())
            id += QLatin1Char('[') + changed.join(u',') + QLatin1Char(']');
    }
    return id;
}

QString plottedName(const PlottedActivation &a) {
    if (!a.label.isEmpty())
        return a.label;
    if (a.spec) {
        // Parameters away from their defaults are named, so two curves of one activation
        // (leaky_relu at 0.01 and at 0.3) are never confused.
        QStringList changed;
        for (std::size_t i = 0; i < a.spec->params.size() && i < a.params.size(); ++i)
            if (a.params[i] != a.spec->params[i].defaultValue)
                changed << QStringLiteral("%1 = %2").arg(
                    QString::fromStdString(a.spec->params[i].name),
                    QLocale().toString(a.params[i], 'g', 4));
        const QString name = activationName(*a.spec);
        return changed.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, changed.join(u", "));
    }
    if (a.id.startsWith(QLatin1String("expr:")))
        return a.id.mid(5);
    return a.id;
}

PlotView::PlotView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>()) {
    d->q = this;
    d->plot = new PlotCanvas(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->plot);
    d->setupPlot();
    d->applyTheme();
    d->retranslate();
    resetView();
}

PlotView::~PlotView() = default;

void PlotView::Private::setupPlot() {
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->setMouseTracking(true); // the tracer follows the mouse without a button held
    plot->setAntialiasedElements(QCP::aePlottables | QCP::aeItems | QCP::aeLegendItems |
                                 QCP::aeScatters);
    plot->setNotAntialiasedElements(QCP::aeGrid | QCP::aeSubGrid);
    plot->setPlottingHint(QCP::phCacheLabels, true);
    plot->setBufferDevicePixelRatio(plot->devicePixelRatioF());
    plot->setAutoAddPlottableToLegend(true);

    QCPAxisRect *rect = plot->axisRect();
    rect->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    rect->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    rect->setRangeZoomFactor(0.85);
    // Room on the right and top so the last tick label and the curve ends are not cut off.
    rect->setMinimumMargins(QMargins(12, 16, 28, 12));
    rect->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    plot->legend->setVisible(true);
    plot->legend->setIconSize(40, 14);
    plot->legend->setRowSpacing(2);

    // Layers, bottom to top: grid, guides, curves (main), kink markers, axes, legend, tracer.
    plot->addLayer(guidesLayerName, plot->layer(QStringLiteral("grid")), QCustomPlot::limAbove);
    plot->addLayer(markersLayerName, plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    plot->addLayer(pinMarkersLayerName, plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    plot->layer(tracerLayerName)->setMode(QCPLayer::lmBuffered);
    kinks = std::make_unique<KinkMarkers>(plot, plot->layer(markersLayerName));
    tracer = std::make_unique<PlotTracer>(plot, plot->layer(tracerLayerName));
    inset = std::make_unique<ZoomInset>(plot);
    draft = new DraftQuality(plot);

    QObject::connect(plot->xAxis,
                     qOverload<const QCPRange &, const QCPRange &>(&QCPAxis::rangeChanged), q,
                     [this](const QCPRange &now, const QCPRange &before) {
                         keepRangeSane(plot->xAxis, now, before);
                     });
    QObject::connect(plot->yAxis,
                     qOverload<const QCPRange &, const QCPRange &>(&QCPAxis::rangeChanged), q,
                     [this](const QCPRange &now, const QCPRange &before) {
                         keepRangeSane(plot->yAxis, now, before);
                     });
    QObject::connect(plot, &QCustomPlot::beforeReplot, q, [this] {
        // Follows the window across screens of different density, so lines stay crisp.
        if (!qFuzzyCompare(plot->bufferDevicePixelRatio(), plot->devicePixelRatioF()))
            plot->setBufferDevicePixelRatio(plot->devicePixelRatioF());
        // A hidden widget gets its resize event only when shown; lay out at its real size.
        if (plot->viewport().size() != plot->size() && plot->width() > 0 && plot->height() > 0)
            plot->setViewport(plot->rect());
    });
    // Sampling needs the final pixel size of the axis rect, which is known right after layout:
    // this runs in every replot and in every export, before anything is drawn.
    QObject::connect(plot, &QCustomPlot::afterLayout, q, [this] {
        sampleIfNeeded();
        separateGuideLabels();
    });
    QObject::connect(plot, &QCustomPlot::mouseMove, q, [this](QMouseEvent *event) {
        const QPointF pos = event->position();
        if (plot->axisRect()->rect().contains(pos.toPoint()))
            updateTracer(plot->xAxis->pixelToCoord(pos.x()), true);
        else
            hideTracer();
    });
    QObject::connect(plot, &PlotCanvas::mouseLeft, q, [this] { hideTracer(); });
    QObject::connect(plot, &QCustomPlot::mouseDoubleClick, q, [this] { q->resetView(); });
}

void PlotView::Private::keepRangeSane(QCPAxis *axis, const QCPRange &now, const QCPRange &before) {
    if (now.size() < minimumSpan || now.size() > maximumSpan || !std::isfinite(now.lower) ||
        !std::isfinite(now.upper)) {
        axis->setRange(before);
        return;
    }
    dirty = true;
}

void PlotView::Private::applyFonts() {
    const QFont base = q->font();
    const QFont tickFont = scaledFont(base, 11);
    const QFont labelFont = scaledFont(base, 12, true);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setTickLabelFont(tickFont);
        axis->setLabelFont(labelFont);
    }
    plot->legend->setFont(tickFont);
    tracer->setFont(scaledFont(base, 11));
}

void PlotView::Private::applyTheme() {
    const PlotPalette p = PlotPalette::forTheme(theme);
    plot->setBackground(p.background);
    plot->axisRect()->setBackground(p.background);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(QPen(p.foreground, 1));
        axis->setTickPen(QPen(p.foreground, 1));
        axis->setSubTickPen(QPen(p.foreground, 1));
        axis->setTickLabelColor(p.foreground);
        axis->setLabelColor(p.foreground);
        axis->grid()->setPen(QPen(p.grid, 1));
        axis->grid()->setZeroLinePen(QPen(p.zeroLine, PlotPalette::lineWidth(1.5)));
    }
    lineWidthScale = PlotPalette::lineWidthScale();
    plot->legend->setBrush(p.legendBackground);
    plot->legend->setBorderPen(QPen(p.legendBorder));
    plot->legend->setTextColor(p.foreground);
    applyFonts();

    for (CurveGraph &c : curves) {
        if (c.markers) {
            const QColor colour = PlotPalette::curveColour(theme, colourIndex(c.activation));
            const QCPScatterStyle style(markerShape(colourIndex(c.activation)), colour,
                                        p.background, 9);
            c.markers->setScatterStyle(style);
            // The legend's line shows the marker too: drawn at the curve's first point only.
            c.graph->setScatterStyle(style);
            c.graph->setScatterSkip(1 << 20); // more than any curve has points (INT_MAX overflows)
        }
        QPen pen(PlotPalette::curveColour(theme, colourIndex(c.activation)),
                 PlotPalette::penWidth(c.order), PlotPalette::penStyle(c.order), Qt::FlatCap,
                 Qt::MiterJoin);
        c.graph->setPen(pen);
    }
    QList<QPen> insetPens;
    for (const CurveGraph &c : curves)
        if (c.order == 0)
            insetPens << c.graph->pen();
    inset->setStyle(p, scaledFont(q->font(), 9), insetPens);
    const QColor primaryColour = PlotPalette::curveColour(theme, 0);
    kinks->setColours(primaryColour, p.background);
    tracer->setColours(p, primaryColour);
    updateGuideItems();
}

QString PlotView::Private::displayName(const PlottedActivation &a) const {
    return plottedName(a);
}

QString PlotView::Private::curveName(const PlottedActivation &a, int order) const {
    const QString name = displayName(a);
    switch (order) {
    case 1:
        return PlotView::tr("%1 — derivative f′").arg(name);
    case 2:
        return PlotView::tr("%1 — second derivative f″").arg(name);
    default:
        return name;
    }
}

const PlottedActivation *PlotView::Private::primary() const {
    if (activations.isEmpty() || !activations.first().function)
        return nullptr;
    return &activations.first();
}

void PlotView::Private::retranslate() {
    plot->xAxis->setLabel(PlotView::tr("input x"));
    plot->yAxis->setLabel(derivativeVisible[1] || derivativeVisible[2]
                              ? PlotView::tr("output f(x) and derivatives")
                              : PlotView::tr("output f(x)"));
    for (CurveGraph &c : curves)
        c.graph->setName(curveName(activations[c.activation], c.order));
    applyFonts();
    updateGuideItems(); // the labels name the activations
    if (tracer->isVisible())
        updateTracer(tracerX, false);
}

void PlotView::Private::rebuildGraphs() {
    for (const CurveGraph &c : curves) {
        plot->removeGraph(c.graph);
        if (c.markers)
            plot->removeGraph(c.markers);
    }
    curves.clear();
    // The guides name activations of the old list; they are recomputed below.
    guideLevels.clear();
    guideActivations.clear();
    // Legend order: each activation's f, then its derivatives, in the order they were given.
    for (int i = 0; i < activations.size(); ++i) {
        if (!activations[i].function)
            continue;
        for (int order = 0; order <= 2; ++order) {
            if (order > 0 && !derivativeVisible[std::size_t(order)])
                continue;
            QCPGraph *g = plot->addGraph();
            g->setLayer(QStringLiteral("main"));
            // The sampler already places points where the curve needs them; QCustomPlot's own
            // decimation could join the two sides of a jump.
            g->setAdaptiveSampling(false);
            g->setSelectable(QCP::stNone);
            QCPGraph *markers = nullptr;
            if (i > 0 && order == 0) {
                markers = plot->addGraph();
                markers->setLayer(pinMarkersLayerName);
                markers->setLineStyle(QCPGraph::lsNone);
                markers->setSelectable(QCP::stNone);
                markers->removeFromLegend();
            }
            // With many curves the legend lists each f; the primary's f′ and f″ show the dashes.
            if (order > 0 && i > 0 && activations.size() > 3)
                g->removeFromLegend();
            curves.push_back({i, order, g, {}, markers});
        }
    }
    plot->legend->setVisible(legendShown && !curves.empty());
    inset->setCurves(activations);
    applyTheme();
    retranslate();
    updatePrimaryDecorations();
    dirty = true;
}

void PlotView::Private::updatePrimaryDecorations() {
    const PlottedActivation *p = primary();
    kinks->update(p, derivativeVisible[1]);
    updateGuides();
}

void PlotView::Private::updateGuides() {
    // Every drawn activation's bounds and asymptotes, each labelled with whose they are; one
    // line where several share a level.
    guideLevels.clear();
    guideActivations.clear();
    for (int i = 0; i < activations.size(); ++i) {
        const PlottedActivation &a = activations[i];
        if (!a.spec || !a.function)
            continue;
        for (double level : RangeGuides::levels(*a.spec, a.params)) {
            const auto at = std::lower_bound(guideLevels.begin(), guideLevels.end(), level);
            const auto index = std::size_t(at - guideLevels.begin());
            if (at == guideLevels.end() || *at != level) {
                guideLevels.insert(at, level);
                guideActivations.insert(guideActivations.begin() + std::ptrdiff_t(index),
                                        QList<int>());
            }
            if (!guideActivations[index].contains(i))
                guideActivations[index].append(i);
        }
    }
    updateGuideItems();
}

QString PlotView::Private::guideText(std::size_t index) const {
    const QString level =
        QStringLiteral("y = %1").arg(QLocale().toString(guideLevels[index], 'g', 6));
    if (activations.size() < 2)
        return level; // the only curve: its name would repeat the legend
    QStringList names;
    for (int a : guideActivations[index])
        if (a < activations.size())
            names << displayName(activations[a]);
    return QStringLiteral("%1 · %2").arg(level, names.join(QStringLiteral(", ")));
}

void PlotView::Private::updateGuideItems() {
    while (guideItems.size() > qsizetype(guideLevels.size())) {
        plot->removeItem(guideItems.takeLast());
        plot->removeItem(guideLabels.takeLast());
    }
    while (guideItems.size() < qsizetype(guideLevels.size())) {
        auto *line = new QCPItemStraightLine(plot);
        line->setLayer(guidesLayerName);
        line->setSelectable(false);
        guideItems.append(line);
        auto *label = new QCPItemText(plot);
        label->setLayer(guidesLayerName);
        label->setSelectable(false);
        // At the right edge of the plot whatever the x range, just above its line.
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        label->setPadding(QMargins(2, 0, 6, 1));
        guideLabels.append(label);
    }
    const PlotPalette p = PlotPalette::forTheme(theme);
    QFont small = q->font();
    small.setPointSizeF(std::max(small.pointSizeF() * 0.9, 8.0 * UiZoom::presentationScale()));
    for (std::size_t i = 0; i < guideLevels.size(); ++i) {
        QCPItemStraightLine *line = guideItems[qsizetype(i)];
        line->point1->setCoords(0, guideLevels[i]);
        line->point2->setCoords(1, guideLevels[i]);
        line->setPen(QPen(p.guide, PlotPalette::lineWidth(1.5), Qt::DashLine));
        QCPItemText *label = guideLabels[qsizetype(i)];
        label->position->setCoords(1.0, guideLevels[i]);
        label->setText(guideText(i));
        label->setFont(small);
        QColor backdrop = p.background; // legible where a curve runs under the text
        backdrop.setAlpha(200);
        label->setBrush(backdrop);
        // A level that belongs to one activation takes its colour; a shared one stays neutral.
        const QList<int> &owners = guideActivations[i];
        label->setColor(owners.size() == 1 && activations.size() > 1
                            ? PlotPalette::curveColour(theme, colourIndex(owners.front()))
                            : p.foreground);
    }
}

void PlotView::Private::separateGuideLabels() {
    // guideLevels is sorted ascending: from the bottom of the plot up. Walk from the top down.
    double previousBottom = -std::numeric_limits<double>::infinity();
    for (qsizetype i = guideLabels.size() - 1; i >= 0; --i) {
        QCPItemText *label = guideLabels[i];
        const double height = QFontMetricsF(label->font()).height() + 1;
        const double wanted = plot->yAxis->coordToPixel(guideLevels[std::size_t(i)]);
        const double bottom = std::max(wanted, previousBottom + height);
        label->position->setCoords(1.0, plot->yAxis->pixelToCoord(bottom));
        previousBottom = bottom;
    }
}

double PlotView::Private::samplingScale() const {
    return std::max(plot->bufferDevicePixelRatio(), exportScale);
}

void PlotView::Private::sampleIfNeeded() {
    if (dirty || plot->axisRect()->rect().size() != sampledSize || samplingScale() != sampledScale)
        sample();
}

void PlotView::Private::sample() {
    const QRect rect = plot->axisRect()->rect();
    const double scale = samplingScale();
    const QCPRange xr = plot->xAxis->range();
    const QCPRange yr = plot->yAxis->range();
    actlab::PlotViewport viewport;
    viewport.xMin = xr.lower;
    viewport.xMax = xr.upper;
    viewport.yMin = yr.lower;
    viewport.yMax = yr.upper;
    viewport.pixelWidth = xr.size() / std::max(1.0, rect.width() * scale);
    viewport.pixelHeight = yr.size() / std::max(1.0, rect.height() * scale);
    const double pixelWidth = viewport.pixelWidth, pixelHeight = viewport.pixelHeight;

    for (CurveGraph &c : curves) {
        const PlottedActivation &a = activations[c.activation];
        c.pieces =
            actlab::sampleCurve(*a.function, a.params, actlab::CurveOrder(c.order), viewport);
        setGraphPieces(c.graph, c.pieces, pixelWidth, pixelHeight);
        if (c.markers) {
            // Evenly spaced, staggered per curve so markers of crossing curves do not stack.
            QVector<QCPGraphData> marks;
            const double step = (xr.upper - xr.lower) / kMarkersPerCurve;
            const double offset = step * ((colourIndex(c.activation) * 0.37) -
                                          std::floor(colourIndex(c.activation) * 0.37));
            for (int k = 0; k < kMarkersPerCurve; ++k) {
                const double x = xr.lower + offset + k * step;
                const double y = a.function->value(x, a.params);
                if (std::isfinite(y))
                    marks.append(QCPGraphData(x, y));
            }
            c.markers->data()->set(marks, true);
        }
    }
    std::vector<const std::vector<actlab::Polyline> *> drawn;
    for (const CurveGraph &c : curves)
        drawn.push_back(&c.pieces);
    inset->sample(activations, xr.lower, xr.upper, scale, drawn);
    sampledSize = rect.size();
    sampledScale = scale;
    dirty = false;
}

void PlotView::Private::queueRefresh() {
    dirty = true;
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::Private::updateTracer(double x, bool repaintLayer) {
    const PlottedActivation *p = primary();
    if (!p || !std::isfinite(x)) {
        hideTracer();
        return;
    }
    tracerX = x;
    const actlab::Derivatives v = p->function->evaluate(x, p->params);
    const TracerReading reading{x, v.f, v.df, v.d2f};
    tracer->show(reading, displayName(*p));
    if (repaintLayer)
        plot->layer(tracerLayerName)->replot();
    emit q->tracerMoved(reading);
}

void PlotView::Private::hideTracer() {
    if (!tracer->isVisible())
        return;
    tracer->hide();
    tracerX = std::numeric_limits<double>::quiet_NaN();
    plot->layer(tracerLayerName)->replot();
    emit q->tracerLeft();
}

void PlotView::setActivations(const QList<PlottedActivation> &activations) {
    const bool primaryChanged = d->activations.isEmpty() || activations.isEmpty() ||
                                d->activations.first().id != activations.first().id;
    d->activations = activations;
    d->rebuildGraphs();
    if (primaryChanged)
        resetView();
    else
        d->queueRefresh();
    if (d->tracer->isVisible())
        d->updateTracer(d->tracerX, false);
}

QList<PlottedActivation> PlotView::activations() const {
    return d->activations;
}

void PlotView::setParams(int index, const std::vector<double> &params) {
    if (index < 0 || index >= d->activations.size())
        return;
    d->activations[index].params = params;
    d->draft->changing();
    for (CurveGraph &c : d->curves) // the legend names parameters away from their defaults
        if (c.activation == index)
            c.graph->setName(d->curveName(d->activations[index], c.order));
    d->updateGuides(); // every activation's bounds are drawn
    if (index == 0) {
        d->updatePrimaryDecorations();
        if (d->tracer->isVisible())
            d->updateTracer(d->tracerX, false);
    }
    d->queueRefresh();
}

void PlotView::setFunction(int index, std::shared_ptr<const actlab::ScalarFunction> function,
                           const QString &label) {
    if (index < 0 || index >= d->activations.size() || !function)
        return;
    d->activations[index].function = std::move(function);
    d->activations[index].label = label;
    for (CurveGraph &c : d->curves)
        if (c.activation == index)
            c.graph->setName(d->curveName(d->activations[index], c.order));
    if (index == 0) {
        d->updatePrimaryDecorations();
        if (d->tracer->isVisible())
            d->updateTracer(d->tracerX, false);
    }
    d->queueRefresh();
}

void PlotView::setDerivativeVisible(int order, bool visible) {
    if (order < 1 || order > 2 || d->derivativeVisible[std::size_t(order)] == visible)
        return;
    d->derivativeVisible[std::size_t(order)] = visible;
    d->rebuildGraphs();
    // Refit y over the x range shown, so a curve switched on is not cut off (sigmoid's f″).
    const QCPRange x = d->plot->xAxis->range();
    setXRange(x.lower, x.upper);
}

void PlotView::setTracerReadoutShown(bool shown) {
    d->tracer->setReadoutShown(shown);
    d->plot->layer(tracerLayerName)->replot();
}

void PlotView::setLegendShown(bool shown) {
    d->legendShown = shown;
    d->plot->legend->setVisible(shown && !d->curves.empty());
    d->queueRefresh();
}

bool PlotView::isDerivativeVisible(int order) const {
    return order == 0 || ((order == 1 || order == 2) && d->derivativeVisible[std::size_t(order)]);
}

void PlotView::setTheme(PlotTheme theme) {
    if (d->theme == theme && d->lineWidthScale == PlotPalette::lineWidthScale())
        return;
    d->theme = theme;
    d->applyTheme();
    d->plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::setZoomInsetVisible(bool visible) {
    d->inset->setVisible(visible);
    d->queueRefresh();
}

bool PlotView::isZoomInsetVisible() const {
    return d->inset->isVisible();
}

const ZoomInset *PlotView::zoomInset() const {
    return d->inset.get();
}

PlotTheme PlotView::theme() const {
    return d->theme;
}

void PlotView::resetView() {
    const auto [lo, hi] = d->activations.isEmpty()
                              ? std::pair{-5.0, 5.0}
                              : ViewFitter::defaultXRange(d->activations.first());
    setXRange(lo, hi);
}

void PlotView::setXRange(double lo, double hi) {
    if (!(hi > lo) || !std::isfinite(lo) || !std::isfinite(hi))
        return;
    const auto [ylo, yhi] =
        ViewFitter::fitYRange(d->activations, lo, hi, d->guideLevels, d->derivativeVisible);
    d->plot->xAxis->setRange(lo, hi);
    d->plot->yAxis->setRange(ylo, yhi);
    d->queueRefresh();
}

void PlotView::refresh() {
    d->queueRefresh();
}

void PlotView::refreshNow() {
    // A hidden view (actlab render, tests) has no laid-out child yet; give the plot its size.
    if (!isVisible())
        d->plot->setGeometry(rect());
    d->dirty = true;
    d->plot->replot(QCustomPlot::rpImmediateRefresh);
}

QCustomPlot *PlotView::customPlot() const {
    return d->plot;
}

std::vector<SampledCurve> PlotView::sampledCurves() const {
    std::vector<SampledCurve> out;
    for (const CurveGraph &c : d->curves) {
        const PlottedActivation &a = d->activations[c.activation];
        SampledCurve s;
        s.id = curveId(a);
        s.label = d->displayName(a);
        s.order = c.order;
        for (const actlab::Polyline &piece : c.pieces) {
            std::vector<std::pair<double, double>> points;
            points.reserve(piece.size());
            for (const actlab::CurvePoint &pt : piece)
                points.emplace_back(pt.x, pt.y);
            s.pieces.push_back(std::move(points));
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<PlotView::Marker> PlotView::markers() const {
    return d->kinks->markers();
}

std::vector<double> PlotView::guideLevels() const {
    return d->guideLevels;
}

QString PlotView::tracerText() const {
    return d->tracer->readoutText();
}

void PlotView::traceAt(double x) {
    d->updateTracer(x, true);
}

void PlotView::setExportScale(double scale) {
    d->exportScale = scale > 0 && std::isfinite(scale) ? scale : 1.0;
    d->draft->finish(); // an export is never a draft
}

DraftQuality *PlotView::draftQuality() const {
    return d->draft;
}

QByteArray PlotView::csv() const {
    return CurveCsv::curves(sampledCurves());
}

QString PlotView::fileBaseName() const {
    if (d->activations.isEmpty())
        return QStringLiteral("actlab");
    const QString id = d->activations.front().id;
    return id.startsWith(QLatin1String("expr:")) ? QStringLiteral("formula") : id;
}

QString PlotView::figureTitle() const {
    return d->activations.isEmpty() ? QStringLiteral("ActLab")
                                    : plottedName(d->activations.front());
}

void PlotView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        d->retranslate();
        d->plot->replot(QCustomPlot::rpQueuedReplot);
    } else if (event->type() == QEvent::FontChange) {
        d->applyFonts();
        d->plot->replot(QCustomPlot::rpQueuedReplot);
    }
    QWidget::changeEvent(event);
}
