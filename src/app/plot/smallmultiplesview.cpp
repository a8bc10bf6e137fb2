// SPDX-License-Identifier: GPL-3.0-or-later
#include "smallmultiplesview.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include <QEvent>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "export/curvecsv.h"
#include "plot/charttheme.h"
#include "plot/plotpalette.h"
#include "plot/polylinegraph.h"
#include "plot/viewfitter.h"

namespace {

/// Below this a cell's tick labels crowd its curves; the grid takes fewer columns instead.
constexpr int kMinCellWidth = 220;
constexpr double kCellAspect = 4.0 / 3.0;

struct Cell {
    QCPLayoutGrid *box = nullptr;
    QCPTextElement *title = nullptr;
    QCPAxisRect *rect = nullptr;
    std::array<QCPGraph *, 2> graphs{};                    ///< f, f′
    std::array<std::vector<actlab::Polyline>, 2> pieces{}; ///< as sampled, for CSV and tests
};

int colourIndex(const PlottedActivation &a, int position) {
    return a.colour >= 0 ? a.colour : position;
}

} // namespace

struct SmallMultiplesView::Private {
    SmallMultiplesView *q = nullptr;
    QCustomPlot *plot = nullptr;
    QCPTextElement *caption = nullptr;
    QCPLayoutGrid *grid = nullptr;
    QCPMarginGroup *margins = nullptr;
    QList<PlottedActivation> activations;
    std::vector<Cell> cells;
    double xLo = -5, xHi = 5, yLo = -1, yHi = 1;
    int columns = 1;
    PlotTheme theme = PlotTheme::Light;
    double exportScale = 1;
    bool dirty = true;
    QSize sampledSize;
    double sampledScale = 0;

    void build();
    void fitY();
    void applyRanges();
    void applyTheme();
    void retranslate();
    /// Cell titles shortened with "…" to the cell's width, so no title widens its column.
    void elideTitles();
    bool reflow(); ///< true when the column count changed and the grid was rebuilt
    void sampleIfNeeded();
    void sample();
    double samplingScale() const { return std::max(plot->bufferDevicePixelRatio(), exportScale); }
};

SmallMultiplesView::SmallMultiplesView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>()) {
    d->q = this;
    d->plot = new QCustomPlot(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->plot);
    // Sampling needs each cell's final pixel size, which is known right after layout.
    connect(d->plot, &QCustomPlot::afterLayout, this, [this] { d->sampleIfNeeded(); });
    connect(d->plot, &QCustomPlot::beforeReplot, this, [this] {
        // A hidden widget gets its resize event only when shown; lay out at its real size.
        if (d->plot->viewport().size() != d->plot->size() && d->plot->width() > 0 &&
            d->plot->height() > 0)
            d->plot->setViewport(d->plot->rect());
    });
    d->build();
}

SmallMultiplesView::~SmallMultiplesView() = default;

void SmallMultiplesView::setActivations(const QList<PlottedActivation> &activations) {
    d->activations = activations;
    d->columns = columnsFor(int(activations.size()), width(), height());
    d->fitY();
    d->build();
}

void SmallMultiplesView::setParams(int index, const std::vector<double> &params) {
    if (index < 0 || index >= d->activations.size())
        return;
    d->activations[index].params = params;
    d->dirty = true;
    d->plot->replot(QCustomPlot::rpQueuedReplot);
}

void SmallMultiplesView::setXRange(double lo, double hi) {
    if (!(lo < hi) || !std::isfinite(lo) || !std::isfinite(hi))
        return;
    d->xLo = lo;
    d->xHi = hi;
    d->fitY();
    d->applyRanges();
    d->dirty = true;
    d->plot->replot(QCustomPlot::rpQueuedReplot);
}

void SmallMultiplesView::setTheme(PlotTheme theme) {
    d->theme = theme;
    d->applyTheme();
    d->plot->replot(QCustomPlot::rpQueuedReplot);
}

int SmallMultiplesView::columnsFor(int cells, int width, int height) {
    if (cells <= 1)
        return 1;
    if (width <= 0 || height <= 0)
        return int(std::ceil(std::sqrt(double(cells))));
    // The column count whose cells come nearest to 4:3, without cells too narrow to read, and
    // without leaving a row mostly empty.
    int best = 1;
    double bestBadness = std::numeric_limits<double>::infinity();
    for (int c = 1; c <= cells; ++c) {
        const int rows = (cells + c - 1) / c;
        const double cellWidth = double(width) / c, cellHeight = double(height) / rows;
        double badness = std::abs(std::log(cellWidth / cellHeight / kCellAspect));
        if (cellWidth < kMinCellWidth && c > 1)
            badness += 10 + (kMinCellWidth - cellWidth) / kMinCellWidth;
        badness += 0.15 * (c * rows - cells);
        if (badness < bestBadness) {
            bestBadness = badness;
            best = c;
        }
    }
    return best;
}

int SmallMultiplesView::columnCount() const {
    return d->columns;
}

int SmallMultiplesView::cellCount() const {
    return int(d->cells.size());
}

std::pair<double, double> SmallMultiplesView::yRange() const {
    return {d->yLo, d->yHi};
}

SampledCurve SmallMultiplesView::curve(int index, int order) const {
    SampledCurve out;
    if (index < 0 || index >= cellCount() || order < 0 || order > 1)
        return out;
    const PlottedActivation &a = d->activations[index];
    out.id = curveId(a);
    out.label = plottedName(a);
    out.order = order;
    for (const actlab::Polyline &piece : d->cells[std::size_t(index)].pieces[std::size_t(order)]) {
        auto &points = out.pieces.emplace_back();
        for (const actlab::CurvePoint &p : piece)
            points.emplace_back(p.x, p.y);
    }
    return out;
}

QString SmallMultiplesView::cellTitle(int index) const {
    return index >= 0 && index < cellCount() ? d->cells[std::size_t(index)].title->text()
                                             : QString();
}

QString SmallMultiplesView::cellName(int index) const {
    return index >= 0 && index < cellCount() ? plottedName(d->activations[index]) : QString();
}

QCustomPlot *SmallMultiplesView::customPlot() const {
    return d->plot;
}

void SmallMultiplesView::refresh() {
    d->reflow();
    d->dirty = true;
    d->plot->replot(QCustomPlot::rpQueuedReplot);
}

void SmallMultiplesView::refreshNow() {
    if (!isVisible()) // a hidden view (actlab render, tests) has no laid-out child yet
        d->plot->setGeometry(rect());
    if (!d->reflow())
        d->elideTitles();
    d->dirty = true;
    d->plot->replot(QCustomPlot::rpImmediateRefresh);
}

void SmallMultiplesView::setExportScale(double scale) {
    d->exportScale = scale > 0 && std::isfinite(scale) ? scale : 1.0;
}

QByteArray SmallMultiplesView::csv() const {
    std::vector<SampledCurve> curves;
    for (int i = 0; i < cellCount(); ++i)
        for (int order = 0; order < 2; ++order)
            curves.push_back(curve(i, order));
    return CurveCsv::curves(curves);
}

QString SmallMultiplesView::figureTitle() const {
    return d->activations.isEmpty()
               ? tr("Small multiples")
               : tr("Small multiples of %1").arg(plottedName(d->activations.front()));
}

QString SmallMultiplesView::fileBaseName() const {
    if (d->activations.isEmpty())
        return QStringLiteral("grid");
    const QString id = d->activations.front().id;
    return QStringLiteral("grid-") +
           (id.startsWith(QLatin1String("expr:")) ? QStringLiteral("formula") : id);
}

void SmallMultiplesView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        d->retranslate();
        d->plot->replot(QCustomPlot::rpQueuedReplot);
    } else if (event->type() == QEvent::FontChange) {
        d->applyTheme();
        d->elideTitles();
    }
    QWidget::changeEvent(event);
}

void SmallMultiplesView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    if (!d->reflow())
        d->elideTitles(); // (a reflow rebuilds the cells, titles included)
    d->plot->replot(QCustomPlot::rpQueuedReplot);
}

bool SmallMultiplesView::Private::reflow() {
    const int wanted = columnsFor(int(activations.size()), q->width(), q->height());
    if (wanted == columns)
        return false;
    columns = wanted;
    build();
    return true;
}

void SmallMultiplesView::Private::build() {
    plot->clearGraphs();
    plot->clearItems();
    plot->plotLayout()->clear(); // deletes the old cells and their axes
    cells.clear();
    delete margins;
    margins = new QCPMarginGroup(plot);

    caption = new QCPTextElement(plot);
    caption->setMargins(QMargins(0, 4, 0, 8));
    grid = new QCPLayoutGrid;
    grid->setColumnSpacing(12);
    grid->setRowSpacing(6);
    plot->plotLayout()->addElement(0, 0, caption);
    plot->plotLayout()->addElement(1, 0, grid);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    plot->plotLayout()->setRowSpacing(0);

    for (int i = 0; i < activations.size(); ++i) {
        Cell cell;
        cell.box = new QCPLayoutGrid;
        cell.title = new QCPTextElement(plot);
        cell.title->setMinimumSize(QSize(1, 0)); // width: the cell's share, not the text's
        cell.rect = new QCPAxisRect(plot);
        cell.box->addElement(0, 0, cell.title);
        cell.box->addElement(1, 0, cell.rect);
        cell.box->setRowStretchFactor(0, 0.001);
        cell.box->setRowSpacing(0);
        // Every cell's axes line up with its neighbours', whatever its tick labels' width.
        cell.rect->setMarginGroup(QCP::msLeft | QCP::msRight | QCP::msBottom | QCP::msTop, margins);
        cell.rect->setupFullAxesBox(false);
        for (QCPAxis *axis : {cell.rect->axis(QCPAxis::atTop), cell.rect->axis(QCPAxis::atRight)})
            axis->setTickLabels(false);
        grid->addElement(i / columns, i % columns, cell.box);
        for (int order = 0; order < 2; ++order) {
            QCPGraph *graph = plot->addGraph(cell.rect->axis(QCPAxis::atBottom),
                                             cell.rect->axis(QCPAxis::atLeft));
            graph->setAdaptiveSampling(false);
            cell.graphs[std::size_t(order)] = graph;
        }
        cells.push_back(std::move(cell));
    }
    applyRanges();
    applyTheme();
    retranslate();
    dirty = true;
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void SmallMultiplesView::Private::fitY() {
    // One y range for every cell, fitted to all of them: the point of small multiples is that
    // a steeper or higher curve looks steeper or higher than its neighbour's.
    const auto [lo, hi] = ViewFitter::fitYRange(activations, xLo, xHi, {}, {true, true, false});
    yLo = lo;
    yHi = hi;
}

void SmallMultiplesView::Private::applyRanges() {
    for (Cell &cell : cells) {
        cell.rect->axis(QCPAxis::atBottom)->setRange(xLo, xHi);
        cell.rect->axis(QCPAxis::atLeft)->setRange(yLo, yHi);
        cell.rect->axis(QCPAxis::atTop)->setRange(xLo, xHi);
        cell.rect->axis(QCPAxis::atRight)->setRange(yLo, yHi);
    }
}

void SmallMultiplesView::Private::applyTheme() {
    applyChartTheme(plot, theme);
    const PlotPalette palette = PlotPalette::forTheme(theme);
    QFont tickFont = q->font();
    tickFont.setPointSizeF(tickFont.pointSizeF() * 0.9);
    QFont titleFont = q->font();
    titleFont.setBold(true);
    caption->setFont(q->font());
    caption->setTextColor(palette.foreground);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const Cell &cell = cells[i];
        const QColor colour =
            PlotPalette::curveColour(theme, colourIndex(activations[int(i)], int(i)));
        cell.rect->setBackground(palette.background);
        for (QCPAxis *axis : cell.rect->axes()) {
            axis->setTickLabelFont(tickFont);
            axis->grid()->setZeroLinePen(QPen(palette.zeroLine, 1.2));
        }
        cell.title->setFont(titleFont);
        cell.title->setTextColor(colour);
        for (int order = 0; order < 2; ++order)
            cell.graphs[std::size_t(order)]->setPen(QPen(colour, PlotPalette::penWidth(order),
                                                         PlotPalette::penStyle(order), Qt::FlatCap,
                                                         Qt::MiterJoin));
    }
}

void SmallMultiplesView::Private::retranslate() {
    caption->setText(activations.isEmpty()
                         ? SmallMultiplesView::tr("Nothing to show")
                         : SmallMultiplesView::tr(
                               "Each cell: f solid, f′ dashed; every cell has the same axes"));
    elideTitles();
}

void SmallMultiplesView::Private::elideTitles() {
    const int cellWidth = (plot->width() - 12 * (columns - 1)) / std::max(1, columns) - 8;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const QString name = plottedName(activations[int(i)]);
        cells[i].title->setText(
            cellWidth > 20
                ? QFontMetrics(cells[i].title->font()).elidedText(name, Qt::ElideRight, cellWidth)
                : name);
    }
}

void SmallMultiplesView::Private::sampleIfNeeded() {
    const QSize size = cells.empty() ? QSize() : cells.front().rect->rect().size();
    if (dirty || size != sampledSize || samplingScale() != sampledScale)
        sample();
}

void SmallMultiplesView::Private::sample() {
    const double scale = samplingScale();
    for (std::size_t i = 0; i < cells.size(); ++i) {
        Cell &cell = cells[i];
        const PlottedActivation &a = activations[int(i)];
        const QRect rect = cell.rect->rect();
        actlab::PlotViewport viewport;
        viewport.xMin = xLo;
        viewport.xMax = xHi;
        viewport.yMin = yLo;
        viewport.yMax = yHi;
        viewport.pixelWidth = (xHi - xLo) / std::max(1.0, rect.width() * scale);
        viewport.pixelHeight = (yHi - yLo) / std::max(1.0, rect.height() * scale);
        for (int order = 0; order < 2; ++order) {
            auto &pieces = cell.pieces[std::size_t(order)];
            pieces = a.function ? actlab::sampleCurve(*a.function, a.params,
                                                      actlab::CurveOrder(order), viewport)
                                : std::vector<actlab::Polyline>{};
            setGraphPieces(cell.graphs[std::size_t(order)], pieces, viewport.pixelWidth,
                           viewport.pixelHeight);
        }
    }
    sampledSize = cells.empty() ? QSize() : cells.front().rect->rect().size();
    sampledScale = scale;
    dirty = false;
}
