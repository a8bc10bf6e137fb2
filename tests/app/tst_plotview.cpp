// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QSignalSpy>
#include <QTest>
#include <qcustomplot.h>

#include "activations/catalog.h"
#include "catalogtext.h"
#include "languagemanager.h"
#include "numericcompare.h"
#include "plot/draftquality.h"
#include "plot/plotview.h"
#include "plot/zoominset.h"

using namespace actlab;

namespace {

PlottedActivation activation(const char *id, std::vector<double> params = {}) {
    const CatalogEntry *e = Catalog::builtin().find(id);
    if (!e)
        qFatal("unknown activation %s", id);
    PlottedActivation a;
    a.id = QString::fromLatin1(id);
    a.function = e->scalar;
    a.spec = &e->spec;
    a.params = params.empty() ? e->spec.defaultParams() : std::move(params);
    return a;
}

/// The graphs that draw curves (the kink markers live on their own layer).
QList<QCPGraph *> curveGraphs(const PlotView &view) {
    QList<QCPGraph *> out;
    QCustomPlot *plot = view.customPlot();
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->layer()->name() == QLatin1String("main"))
            out << plot->graph(i);
    return out;
}

struct Point {
    double x, y;
};

/// The finite points of a graph, and how many NaN gaps separate its pieces.
std::vector<Point> finitePoints(QCPGraph *graph, int *gaps = nullptr) {
    std::vector<Point> out;
    int nan = 0;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        if (std::isnan(it->value))
            ++nan;
        else
            out.push_back({it->key, it->value});
    }
    if (gaps)
        *gaps = nan;
    return out;
}

bool isKink(const PlottedActivation &a, double x) {
    for (const Kink &k : a.function->kinks(a.params))
        if (k.x == x)
            return true;
    return false;
}

} // namespace

/** PlotView: the data it plots, its decorations, tracer, language and theme. */
class TestPlotView : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void plottedDataMatchesFunction_data();
    void plottedDataMatchesFunction();
    void parameterChangeFollowsFormula();
    void derivativeTogglesAddAndRemoveGraphs();
    void comparedActivationsHaveDistinctStyles();
    void kinkMarkers();
    void guides();
    void jumpHasNaNGap();
    void resetViewShowsTheInterestingPart();
    void zoomResamples();
    void ctrlDragZoomsToRubberBand();
    void tracerReadsPrimary();
    void languageSwitchRetranslates();
    void themeChangesColours();
    void zoomInsetTellsSlopesApart();
    void slowFramesAreDraftedWhileDragging();

private:
    std::unique_ptr<PlotView> m_view;
};

void TestPlotView::init() {
    m_view = std::make_unique<PlotView>();
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestPlotView::cleanup() {
    m_view.reset();
}

void TestPlotView::plottedDataMatchesFunction_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("order");
    for (const char *id : {"relu6", "sigmoid", "tanh", "gelu", "elu", "softplus", "mish"}) {
        QTest::addRow("%s f", id) << QString::fromLatin1(id) << 0;
        QTest::addRow("%s f'", id) << QString::fromLatin1(id) << 1;
        QTest::addRow("%s f''", id) << QString::fromLatin1(id) << 2;
    }
}

void TestPlotView::plottedDataMatchesFunction() {
    QFETCH(QString, id);
    QFETCH(int, order);
    const PlottedActivation a = activation(qPrintable(id));
    m_view->setDerivativeVisible(1, order >= 1);
    m_view->setDerivativeVisible(2, order >= 2);
    m_view->setActivations({a});
    m_view->refreshNow();

    const QList<QCPGraph *> graphs = curveGraphs(*m_view);
    QCOMPARE(graphs.size(), order + 1);
    const QCPRange xr = m_view->customPlot()->xAxis->range();
    const QCPRange yr = m_view->customPlot()->yAxis->range();
    const auto value = [&](double x) {
        return order == 0   ? a.function->value(x, a.params)
               : order == 1 ? a.function->derivative(x, a.params)
                            : a.function->secondDerivative(x, a.params);
    };
    const auto check = [&](const std::vector<Point> &points, int atLeast) {
        QVERIFY(!points.empty());
        QCOMPARE(points.front().x, xr.lower);
        QCOMPARE(points.back().x, xr.upper);
        int checked = 0;
        for (const Point &p : points) {
            // Points where the sampler clipped a line at the edge of the view, or took a
            // one-sided limit at a kink, are not values of the function at that x; every other
            // one is.
            if (p.y <= yr.lower || p.y >= yr.upper || isKink(a, p.x))
                continue;
            const double expected = value(p.x);
            QVERIFY2(p.y == expected || testing_numeric::relativeError(p.y, expected) < 1e-12,
                     qPrintable(
                         QStringLiteral("x=%1 plotted %2, f=%3").arg(p.x).arg(p.y).arg(expected)));
            ++checked;
        }
        QVERIFY2(checked >= atLeast, qPrintable(QString::number(checked)));
    };
    // What is drawn: a subset of the samples, thinned where it changes nothing on screen.
    check(finitePoints(graphs[order]), 1);
    if (QTest::currentTestFailed())
        return;
    // What was sampled, in full.
    std::vector<Point> sampled;
    const auto curves = m_view->sampledCurves();
    for (const auto &piece : curves[std::size_t(order)].pieces)
        for (const auto &[x, y] : piece)
            sampled.push_back({x, y});
    check(sampled, 100);
    if (QTest::currentTestFailed())
        return;
    // Thinning never moves the drawing by more than a fraction of a pixel: every sampled point
    // lies within 0.2 px of the drawn polyline of its own piece.
    QCustomPlot *plot = m_view->customPlot();
    std::vector<std::vector<QPointF>> drawnPieces(1);
    for (auto it = graphs[order]->data()->constBegin(); it != graphs[order]->data()->constEnd();
         ++it) {
        if (std::isnan(it->value))
            drawnPieces.emplace_back();
        else
            drawnPieces.back().push_back(
                {plot->xAxis->coordToPixel(it->key), plot->yAxis->coordToPixel(it->value)});
    }
    QCOMPARE(drawnPieces.size(), curves[std::size_t(order)].pieces.size());
    for (std::size_t k = 0; k < drawnPieces.size(); ++k) {
        const std::vector<QPointF> &drawn = drawnPieces[k];
        for (const auto &[x, y] : curves[std::size_t(order)].pieces[k]) {
            const QPointF p(plot->xAxis->coordToPixel(x), plot->yAxis->coordToPixel(y));
            double best = HUGE_VAL;
            for (std::size_t j = 0; j + 1 < drawn.size(); ++j) {
                const QPointF d = drawn[j + 1] - drawn[j];
                const double len2 = QPointF::dotProduct(d, d);
                const double t =
                    len2 > 0 ? std::clamp(QPointF::dotProduct(p - drawn[j], d) / len2, 0.0, 1.0)
                             : 0.0;
                const QPointF e = p - (drawn[j] + t * d);
                best = std::min(best, std::hypot(e.x(), e.y()));
            }
            if (drawn.size() == 1)
                best = std::hypot(p.x() - drawn[0].x(), p.y() - drawn[0].y());
            QVERIFY2(best < 0.2, qPrintable(QStringLiteral("x=%1 off by %2 px").arg(x).arg(best)));
        }
    }

    // The same curves are what CSV export sees.
    QCOMPARE(int(curves.size()), order + 1);
    QCOMPARE(curves[std::size_t(order)].order, order);
    QCOMPARE(curves[std::size_t(order)].id, id);
}

void TestPlotView::parameterChangeFollowsFormula() {
    m_view->setActivations({activation("leaky_relu")});
    m_view->refreshNow();
    const auto slopeOnLeft = [&] {
        std::vector<Point> pts;
        const auto curves = m_view->sampledCurves();
        for (const auto &piece : curves.front().pieces)
            for (const auto &[x, y] : piece)
                pts.push_back({x, y});
        double slope = std::numeric_limits<double>::quiet_NaN();
        int n = 0;
        for (const Point &p : pts) {
            if (p.x < -0.5) {
                const double s = p.y / p.x;
                if (n++ && std::abs(s - slope) > 1e-12)
                    return std::numeric_limits<double>::quiet_NaN(); // not a straight line
                slope = s;
            } else if (p.x > 0.5 && p.y != p.x) {
                return std::numeric_limits<double>::quiet_NaN(); // identity on the right
            }
        }
        return n > 1 ? slope : std::numeric_limits<double>::quiet_NaN();
    };
    QCOMPARE(slopeOnLeft(), 0.2);
    m_view->setParams(0, {0.05});
    m_view->refreshNow();
    QCOMPARE(slopeOnLeft(), 0.05);
    QCOMPARE(m_view->activations().first().params, std::vector<double>{0.05});

    // ELU: f(x) = α(eˣ − 1) on the left, and its floor guide follows −α.
    m_view->setActivations({activation("elu")});
    QCOMPARE(m_view->guideLevels(), std::vector<double>{-1.0});
    m_view->setParams(0, {2.0});
    m_view->refreshNow();
    QCOMPARE(m_view->guideLevels(), std::vector<double>{-2.0});
    const QCPRange yr = m_view->customPlot()->yAxis->range();
    int checked = 0;
    const auto eluCurves = m_view->sampledCurves();
    for (const auto &[x, y] : eluCurves.front().pieces.front()) {
        const Point p{x, y};
        if (p.x < 0 && p.y > yr.lower && p.y < yr.upper) {
            QVERIFY(testing_numeric::relativeError(p.y, 2.0 * std::expm1(p.x)) < 1e-12);
            ++checked;
        }
    }
    QVERIFY(checked > 20);
}

void TestPlotView::derivativeTogglesAddAndRemoveGraphs() {
    m_view->setActivations({activation("tanh"), activation("sigmoid")});
    QCOMPARE(curveGraphs(*m_view).size(), 2);
    const int total = m_view->customPlot()->graphCount();
    m_view->setDerivativeVisible(1, true);
    QVERIFY(m_view->isDerivativeVisible(1));
    QCOMPARE(curveGraphs(*m_view).size(), 4);
    QCOMPARE(m_view->customPlot()->graphCount(), total + 2);
    m_view->setDerivativeVisible(2, true);
    QCOMPARE(curveGraphs(*m_view).size(), 6);
    m_view->setDerivativeVisible(1, false);
    QCOMPARE(curveGraphs(*m_view).size(), 4);
    m_view->setDerivativeVisible(2, false);
    QCOMPARE(curveGraphs(*m_view).size(), 2);
    QCOMPARE(m_view->customPlot()->graphCount(), total);
    QCOMPARE(m_view->customPlot()->legend->itemCount(), 2);

    // f′ of tanh is 1 − tanh², and it is what the second graph holds.
    m_view->setDerivativeVisible(1, true);
    m_view->refreshNow();
    const auto curves = m_view->sampledCurves();
    QCOMPARE(curves[1].order, 1);
    QCOMPARE(curves[1].id, QStringLiteral("tanh"));
    for (const auto &[x, y] : curves[1].pieces.front())
        QVERIFY(std::abs(y - (1 - std::tanh(x) * std::tanh(x))) < 1e-12);
}

void TestPlotView::comparedActivationsHaveDistinctStyles() {
    m_view->setDerivativeVisible(1, true);
    m_view->setActivations({activation("relu"), activation("gelu"), activation("silu")});
    const QList<QCPGraph *> g = curveGraphs(*m_view);
    QCOMPARE(g.size(), 6);
    // Colour tells activations apart, dash pattern tells f from f′.
    QCOMPARE(g[0]->pen().color(), g[1]->pen().color());
    QVERIFY(g[0]->pen().color() != g[2]->pen().color());
    QVERIFY(g[2]->pen().color() != g[4]->pen().color());
    QCOMPARE(g[0]->pen().style(), Qt::SolidLine);
    QCOMPARE(g[1]->pen().style(), Qt::DashLine);
    m_view->setDerivativeVisible(2, true);
    QCOMPARE(curveGraphs(*m_view)[2]->pen().style(), Qt::DotLine);
    QVERIFY(curveGraphs(*m_view)[0]->pen().widthF() >= 2.5); // readable on a projector
}

void TestPlotView::kinkMarkers() {
    m_view->setActivations({activation("relu6")});
    auto markers = m_view->markers();
    QCOMPARE(markers.size(), std::size_t(2));
    QCOMPARE(markers[0].x, 0.0);
    QCOMPARE(markers[0].y, 0.0);
    QVERIFY(markers[0].filled);
    QCOMPARE(markers[1].x, 6.0);
    QCOMPARE(markers[1].y, 6.0);

    // A jump: filled where step takes its value, open at the limit it does not take.
    m_view->setActivations({activation("step")});
    markers = m_view->markers();
    QCOMPARE(markers.size(), std::size_t(2));
    QVERIFY(markers[0].filled);
    QCOMPARE(markers[0].y, 0.0);
    QVERIFY(!markers[1].filled);
    QCOMPARE(markers[1].y, 1.0);

    // With f′ shown, relu's derivative gets its own: 0 at the kink (PyTorch), open at 1.
    m_view->setDerivativeVisible(1, true);
    m_view->setActivations({activation("relu")});
    markers = m_view->markers();
    int onDerivative = 0;
    for (const PlotView::Marker &m : markers) {
        if (m.order != 1)
            continue;
        ++onDerivative;
        QCOMPARE(m.x, 0.0);
        QCOMPARE(m.y, m.filled ? 0.0 : 1.0);
    }
    QCOMPARE(onDerivative, 2);

    // The marker graphs hold the points that are drawn.
    int drawn = 0;
    QCustomPlot *plot = m_view->customPlot();
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->layer()->name() != QLatin1String("main"))
            drawn += plot->graph(i)->dataCount();
    QCOMPARE(drawn, int(markers.size()));

    // The kink follows the parameter: threshold moves it.
    m_view->setActivations({activation("threshold")});
    m_view->setParams(0, {2.0, 0.0});
    QVERIFY(!m_view->markers().empty());
    QCOMPARE(m_view->markers().front().x, 2.0);
}

void TestPlotView::guides() {
    const auto levels = [&](const char *id, std::vector<double> params = {}) {
        m_view->setActivations({activation(id, params)});
        return m_view->guideLevels();
    };
    QCOMPARE(levels("sigmoid"), (std::vector<double>{0.0, 1.0}));
    QCOMPARE(levels("tanh"), (std::vector<double>{-1.0, 1.0}));
    QCOMPARE(levels("relu6"), (std::vector<double>{0.0, 6.0}));
    QCOMPARE(levels("elu"), (std::vector<double>{-1.0}));
    QCOMPARE(levels("hard_tanh", {-0.5, 2.0}), (std::vector<double>{-0.5, 2.0}));
    QCOMPARE(levels("relu"), (std::vector<double>{0.0}));
    QCOMPARE(levels("relu", {0.0, 6.0, 0.0}), (std::vector<double>{0.0, 6.0}));
    QVERIFY(levels("relu", {0.1, HUGE_VAL, 0.0}).empty()); // leaky: no floor any more
    QVERIFY(levels("leaky_relu").empty());
    QVERIFY(levels("linear").empty());

    // And the items are drawn: dashed horizontal lines at those heights.
    levels("sigmoid");
    QCustomPlot *plot = m_view->customPlot();
    std::vector<double> drawn;
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto *line = qobject_cast<QCPItemStraightLine *>(plot->item(i));
        if (line && line->layer()->name() == QLatin1String("guides")) {
            QCOMPARE(line->pen().style(), Qt::DashLine);
            QCOMPARE(line->point1->coords().y(), line->point2->coords().y());
            drawn.push_back(line->point1->coords().y());
        }
    }
    QCOMPARE(drawn, (std::vector<double>{0.0, 1.0}));

    // In a comparison every activation's bounds are drawn and each line says whose it is.
    m_view->setActivations({activation("sigmoid"), activation("tanh")});
    QCOMPARE(m_view->guideLevels(), (std::vector<double>{-1.0, 0.0, 1.0}));
    QStringList labels;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
            if (text->layer()->name() == QLatin1String("guides"))
                labels << text->text();
    QCOMPARE(labels.size(), 3);
    const QString sigmoid = activationName(*activation("sigmoid").spec);
    const QString tanh = activationName(*activation("tanh").spec);
    QCOMPARE(labels[0], QStringLiteral("y = -1 · %1").arg(tanh));
    QCOMPARE(labels[1], QStringLiteral("y = 0 · %1").arg(sigmoid));
    QCOMPARE(labels[2], QStringLiteral("y = 1 · %1, %2").arg(sigmoid, tanh));
    // Moving a compared activation's parameter moves its guide.
    m_view->setActivations({activation("sigmoid"), activation("hard_tanh")});
    m_view->setParams(1, {-0.5, 2.0});
    QCOMPARE(m_view->guideLevels(), (std::vector<double>{-0.5, 0.0, 1.0, 2.0}));
}

void TestPlotView::jumpHasNaNGap() {
    m_view->setActivations({activation("step")});
    m_view->refreshNow();
    QCPGraph *graph = curveGraphs(*m_view).first();
    // Walk the data: no line segment may join a point at 0 to a point at 1.
    bool sawGapAtZero = false;
    double lastY = std::numeric_limits<double>::quiet_NaN();
    double lastX = -HUGE_VAL;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        QVERIFY(it->key >= lastX); // sorted, as QCPGraph requires
        lastX = it->key;
        if (std::isnan(it->value)) {
            sawGapAtZero = sawGapAtZero || it->key == 0.0;
            lastY = it->value;
            continue;
        }
        QVERIFY2(!(lastY == 0.0 && it->value == 1.0),
                 qPrintable(QStringLiteral("segment across the jump at x=%1").arg(it->key)));
        lastY = it->value;
    }
    QVERIFY(sawGapAtZero);
    QCOMPARE(m_view->sampledCurves().front().pieces.size(), std::size_t(2));
}

void TestPlotView::resetViewShowsTheInterestingPart() {
    QCustomPlot *plot = m_view->customPlot();
    m_view->setActivations({activation("sigmoid")});
    QCOMPARE(plot->xAxis->range().lower, -5.0);
    QCOMPARE(plot->xAxis->range().upper, 5.0);
    QVERIFY(plot->yAxis->range().lower < 0 && plot->yAxis->range().upper > 1);
    QVERIFY(plot->yAxis->range().upper < 1.3);

    m_view->setActivations({activation("relu6")});
    QVERIFY(plot->xAxis->range().upper >= 7); // the cap at 6 is in view, with room after it
    QVERIFY(plot->yAxis->range().upper > 6);

    // exp(5) ≈ 148 would flatten everything near the origin; y is clamped.
    m_view->setActivations({activation("exponential")});
    QVERIFY(plot->yAxis->range().upper < 10);
    QVERIFY(plot->yAxis->range().lower < 0);

    plot->xAxis->setRange(-1, 1);
    m_view->resetView();
    QCOMPARE(plot->xAxis->range().lower, -5.0);

    m_view->setXRange(-20, 20);
    QCOMPARE(plot->xAxis->range().lower, -20.0);
    QVERIFY(plot->yAxis->range().upper > 20); // linear growth keeps fitting, up to the clamp

    // The fit covers every drawn curve: sigmoid's f″ dips to −1/(6√3) ≈ −0.0962 at x ≈ 1.317.
    m_view->setActivations({activation("sigmoid")});
    const double trough = -1.0 / (6.0 * std::sqrt(3.0));
    QVERIFY(plot->yAxis->range().lower > trough); // f and f′ only: the trough is not needed
    m_view->setDerivativeVisible(2, true);
    QVERIFY2(plot->yAxis->range().lower < trough - 0.005,
             qPrintable(QString::number(plot->yAxis->range().lower)));
    QCOMPARE(plot->xAxis->range().lower, -5.0); // x stays where it was
    m_view->setDerivativeVisible(2, false);
}

void TestPlotView::zoomResamples() {
    m_view->setActivations({activation("softplus")});
    m_view->refreshNow();
    QCustomPlot *plot = m_view->customPlot();
    const QPoint centre = plot->axisRect()->rect().center();
    QWheelEvent wheel(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120 * 3), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);
    const QCPRange zoomed = plot->xAxis->range();
    QVERIFY(zoomed.size() < 10);
    QVERIFY(plot->yAxis->range().size() < 5.9);
    m_view->refreshNow();
    // Sampled afresh for the new window: nothing left from the old one, and finer than before.
    std::vector<Point> pts;
    const auto curves = m_view->sampledCurves();
    for (const auto &piece : curves.front().pieces)
        for (const auto &[x, y] : piece)
            pts.push_back({x, y});
    QVERIFY(pts.size() > 50);
    for (const Point &p : pts)
        QVERIFY(p.x >= zoomed.lower && p.x <= zoomed.upper);
    QCOMPARE(pts.back().x, zoomed.upper);
}

void TestPlotView::ctrlDragZoomsToRubberBand() {
    m_view->setActivations({activation("tanh")});
    m_view->refreshNow();
    QCustomPlot *plot = m_view->customPlot();
    const QPointF from(plot->xAxis->coordToPixel(-2), plot->yAxis->coordToPixel(0.5));
    const QPointF to(plot->xAxis->coordToPixel(1), plot->yAxis->coordToPixel(-0.5));
    const auto send = [&](QEvent::Type type, QPointF pos, Qt::MouseButtons buttons) {
        QMouseEvent e(type, pos, plot->mapToGlobal(pos), Qt::LeftButton, buttons,
                      Qt::ControlModifier);
        QApplication::sendEvent(plot, &e);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton);
    send(QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
    send(QEvent::MouseMove, to, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, to, Qt::NoButton);
    QVERIFY(std::abs(plot->xAxis->range().lower + 2) < 0.05);
    QVERIFY(std::abs(plot->xAxis->range().upper - 1) < 0.05);
    QVERIFY(std::abs(plot->yAxis->range().upper - 0.5) < 0.05);

    // Without Ctrl the same gesture pans: the span stays.
    const double span = plot->xAxis->range().size();
    const auto plain = [&](QEvent::Type type, QPointF pos, Qt::MouseButtons buttons) {
        QMouseEvent e(type, pos, plot->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(plot, &e);
    };
    plain(QEvent::MouseButtonPress, to, Qt::LeftButton);
    plain(QEvent::MouseMove, to + QPointF(100, 0), Qt::LeftButton);
    plain(QEvent::MouseButtonRelease, to + QPointF(100, 0), Qt::NoButton);
    QVERIFY(std::abs(plot->xAxis->range().size() - span) < 1e-9);
    QVERIFY(plot->xAxis->range().lower < -2.05);
}

void TestPlotView::tracerReadsPrimary() {
    m_view->setDerivativeVisible(1, true);
    m_view->setActivations({activation("sigmoid"), activation("tanh")});
    m_view->refreshNow();
    QSignalSpy moved(m_view.get(), &PlotView::tracerMoved);
    QSignalSpy left(m_view.get(), &PlotView::tracerLeft);

    // A real mouse move over the plot area.
    QCustomPlot *plot = m_view->customPlot();
    const QPointF pos(plot->xAxis->coordToPixel(1.0), plot->yAxis->coordToPixel(0.2));
    QMouseEvent move(QEvent::MouseMove, pos, plot->mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QCOMPARE(moved.count(), 1);
    const auto reading = moved.last().first().value<TracerReading>();
    QVERIFY(std::abs(reading.x - 1.0) < 0.02);
    const double s = 1 / (1 + std::exp(-reading.x));
    QCOMPARE(reading.f, s);
    QVERIFY(std::abs(reading.df - s * (1 - s)) < 1e-15);
    QVERIFY(std::abs(reading.d2f - s * (1 - s) * (1 - 2 * s)) < 1e-15);
    QVERIFY(m_view->tracerText().contains(QStringLiteral("f′(x)")));

    m_view->traceAt(0.0);
    QVERIFY(m_view->tracerText().contains(QStringLiteral("f(x) = 0.5")));
    QVERIFY(m_view->tracerText().contains(QStringLiteral("f′(x) = 0.25")));

    // The readout follows a parameter change of the primary.
    m_view->setActivations({activation("leaky_relu")});
    m_view->traceAt(-1.0);
    QVERIFY(m_view->tracerText().contains(QStringLiteral("f(x) = −0.2")));
    m_view->setParams(0, {0.5});
    QVERIFY(m_view->tracerText().contains(QStringLiteral("f(x) = −0.5")));

    // Leaving the plot hides it.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(plot, &leave);
    QCOMPARE(left.count(), 1);
    QVERIFY(m_view->tracerText().isEmpty());
}

void TestPlotView::languageSwitchRetranslates() {
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    m_view->setDerivativeVisible(1, true);
    m_view->setActivations({activation("relu")});
    QCustomPlot *plot = m_view->customPlot();
    QCOMPARE(plot->xAxis->label(), QStringLiteral("input x"));
    QCOMPARE(curveGraphs(*m_view)[0]->name(), QStringLiteral("Rectified linear unit"));

    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::processEvents();
    QCOMPARE(plot->xAxis->label(), QStringLiteral("输入 x"));
    QCOMPARE(curveGraphs(*m_view)[0]->name(), QStringLiteral("修正线性单元"));
    QVERIFY(curveGraphs(*m_view)[1]->name().contains(QStringLiteral("导数")));
    QVERIFY(plot->yAxis->label().contains(QStringLiteral("导数")));

    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(plot->xAxis->label(), QStringLiteral("input x"));
}

void TestPlotView::themeChangesColours() {
    m_view->setActivations({activation("relu")});
    QCustomPlot *plot = m_view->customPlot();
    QCOMPARE(m_view->theme(), PlotTheme::Light);
    const QColor lightCurve = curveGraphs(*m_view)[0]->pen().color();
    QVERIFY(plot->axisRect()->backgroundBrush().color().lightness() > 200);
    m_view->setTheme(PlotTheme::Dark);
    QCOMPARE(m_view->theme(), PlotTheme::Dark);
    QVERIFY(plot->axisRect()->backgroundBrush().color().lightness() < 60);
    QVERIFY(plot->xAxis->tickLabelColor().lightness() > 200);
    QVERIFY(curveGraphs(*m_view)[0]->pen().color() != lightCurve);
    // A replot after the switch draws a dark picture.
    m_view->refreshNow();
    const QImage img = plot->toPixmap(200, 150).toImage();
    QVERIFY(QColor(img.pixel(2, 2)).lightness() < 60);
}

void TestPlotView::zoomInsetTellsSlopesApart() {
    // Leaky ReLU at 0.01 and at 0.05 look alike at the default scale; the inset magnifies x = 0.
    m_view->setActivations({activation("leaky_relu", {0.01}), activation("leaky_relu", {0.05})});
    m_view->setXRange(-5, 5);
    QVERIFY(!m_view->isZoomInsetVisible());
    const int rects = m_view->customPlot()->axisRects().size();
    m_view->setZoomInsetVisible(true);
    m_view->refreshNow();
    QCOMPARE(m_view->customPlot()->axisRects().size(), rects + 1);
    const ZoomInset *inset = m_view->zoomInset();
    const QCPRange x = inset->axisRect()->axis(QCPAxis::atBottom)->range();
    QCOMPARE(x.lower, -0.25); // a twentieth of the plot's span, centred on 0
    QCOMPARE(x.upper, 0.25);
    const QCPRange y = inset->axisRect()->axis(QCPAxis::atLeft)->range();
    QVERIFY(y.size() < m_view->customPlot()->yAxis->range().size() / 4);
    // Both curves are there, at their own slopes, and far apart at the inset's scale.
    for (int i = 0; i < 2; ++i) {
        const double slope = i == 0 ? 0.01 : 0.05;
        int checked = 0;
        for (const auto &piece : inset->pieces(i))
            for (const CurvePoint &p : piece) {
                QVERIFY(p.x >= -0.25 && p.x <= 0.25);
                if (p.x < 0) {
                    QVERIFY(std::fabs(p.y - slope * p.x) < 1e-15);
                    ++checked;
                }
            }
        QVERIFY(checked >= 2);
    }
    const double apart = (0.05 - 0.01) * 0.25 / y.size() * inset->axisRect()->height();
    QVERIFY2(apart >= 2, qPrintable(QString::number(apart))); // pixels at the inset's left edge
    // It does not cover the legend, and it goes with the plot into every export.
    QVERIFY(!inset->axisRect()->outerRect().intersects(m_view->customPlot()->legend->outerRect()));
    m_view->setZoomInsetVisible(false);
    m_view->refreshNow();
    QCOMPARE(m_view->customPlot()->axisRects().size(), rects);
}

void TestPlotView::slowFramesAreDraftedWhileDragging() {
    m_view->setActivations({activation("silu"), activation("gelu")});
    m_view->refreshNow();
    QCustomPlot *plot = m_view->customPlot();
    DraftQuality *draft = m_view->draftQuality();
    QVERIFY(draft->lastFullQualityMs() > 0); // every full-quality frame is timed
    // Fast frames: a drag stays antialiased.
    draft->setBudget(1e9);
    m_view->setParams(0, {1.5});
    QVERIFY(!draft->isDraft());
    QVERIFY(!plot->notAntialiasedElements().testFlag(QCP::aePlottables));
    QVERIFY(plot->antialiasedElements().testFlag(QCP::aePlottables));
    // Frames over the budget: drafted while the parameter moves...
    draft->setBudget(0);
    m_view->setParams(0, {1.6});
    QVERIFY(draft->isDraft());
    QVERIFY(plot->notAntialiasedElements().testFlag(QCP::aePlottables));
    m_view->setParams(0, {1.7});
    QVERIFY(draft->isDraft());
    // ...and full quality again once it rests.
    QTRY_VERIFY(!draft->isDraft());
    QVERIFY(!plot->notAntialiasedElements().testFlag(QCP::aePlottables));
    QVERIFY(plot->antialiasedElements().testFlag(QCP::aePlottables));
    // An export in the middle of a drag is never a draft.
    m_view->setParams(0, {1.8});
    QVERIFY(draft->isDraft());
    m_view->setExportScale(2);
    QVERIFY(!draft->isDraft());
    QVERIFY(!plot->notAntialiasedElements().testFlag(QCP::aePlottables));
    QVERIFY(plot->antialiasedElements().testFlag(QCP::aePlottables));
    m_view->setExportScale(1);
}

QTEST_MAIN(TestPlotView)
#include "tst_plotview.moc"
