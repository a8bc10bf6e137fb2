// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QSettings>
#include <QTest>
#include <qcustomplot.h>

#include "activations/catalog.h"
#include "explorer/explorercontroller.h"
#include "explorer/explorerviews.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "plot/smallmultiplesview.h"
#include "unsavedchanges.h"

using namespace actlab;

namespace {
PlottedActivation activation(const char *id, std::vector<double> params = {}) {
    const CatalogEntry *e = Catalog::builtin().find(id);
    if (!e || !e->scalar)
        qFatal("scalar activation %s missing", id);
    return {QString::fromLatin1(id),
            e->scalar,
            params.empty() ? e->spec.defaultParams() : params,
            &e->spec,
            {},
            -1};
}

/// The sampled curve read at x, linearly between its samples (exact for piecewise-linear f).
double valueAt(const SampledCurve &curve, double x) {
    for (const auto &piece : curve.pieces)
        for (std::size_t i = 1; i < piece.size(); ++i) {
            const auto [x0, y0] = piece[i - 1];
            const auto [x1, y1] = piece[i];
            if (x0 <= x && x <= x1)
                return x1 == x0 ? y0 : y0 + (y1 - y0) * (x - x0) / (x1 - x0);
        }
    return NAN;
}
} // namespace

/** Small multiples: a cell per curve with f and f′, one shared pair of axes, a grid that reflows.
 */
class TestSmallMultiplesView : public QObject {
    Q_OBJECT

private slots:
    // Closing an edited main window must not wait for the unsaved-changes question.
    void initTestCase() { discardUnsavedChangesQuestions(); }
    void oneCellPerCurveOnSharedAxes() {
        SmallMultiplesView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setActivations({activation("relu"), activation("leaky_relu", {0.3}),
                             activation("sigmoid"), activation("tanh")});
        view.setXRange(-4, 4);
        view.refreshNow();
        QCOMPARE(view.cellCount(), 4);
        QCOMPARE(view.customPlot()->axisRects().size(), 4);
        const auto [lo, hi] = view.yRange();
        for (QCPAxisRect *rect : view.customPlot()->axisRects()) {
            QCOMPARE(rect->axis(QCPAxis::atBottom)->range().lower, -4.0);
            QCOMPARE(rect->axis(QCPAxis::atBottom)->range().upper, 4.0);
            QCOMPARE(rect->axis(QCPAxis::atLeft)->range().lower, lo);
            QCOMPARE(rect->axis(QCPAxis::atLeft)->range().upper, hi);
        }
        // The shared y range holds every f and f′: ReLU reaches 4, leaky ReLU −1.2.
        QVERIFY(hi >= 4 && lo <= -1.2);
        // f and f′ of each cell, as the core computes them.
        QCOMPARE(valueAt(view.curve(0, 0), 2), 2.0);
        QCOMPARE(valueAt(view.curve(0, 1), 2), 1.0);
        QCOMPARE(valueAt(view.curve(0, 1), -2), 0.0);
        QVERIFY(std::fabs(valueAt(view.curve(1, 0), -2) + 0.6) < 1e-12);
        QVERIFY(std::fabs(valueAt(view.curve(1, 1), -2) - 0.3) < 1e-12);
        QVERIFY(std::fabs(valueAt(view.curve(2, 1), 0) - 0.25) < 1e-3); // σ′(0) = 1/4
        QVERIFY(std::fabs(valueAt(view.curve(3, 1), 0) - 1.0) < 1e-3);  // tanh′(0) = 1
        // Each cell is named; two pins of one activation differ by their parameter.
        QCOMPARE(view.cellName(1), plottedName(activation("leaky_relu", {0.3})));
        QCOMPARE(view.cellTitle(1), view.cellName(1)); // room enough: shown whole
        QVERIFY(view.cellTitle(1).contains(QStringLiteral("0.3")));
    }

    void theGridAdaptsToTheWindow() {
        QCOMPARE(SmallMultiplesView::columnsFor(1, 1600, 900), 1);
        QCOMPARE(SmallMultiplesView::columnsFor(4, 1200, 900), 2);
        QVERIFY(SmallMultiplesView::columnsFor(8, 1800, 500) >= 4); // wide: one or two rows
        QCOMPARE(SmallMultiplesView::columnsFor(8, 400, 1600), 1);  // narrow: one column
        // Never narrower than a readable cell when a single column would do.
        for (int n = 1; n <= 12; ++n)
            for (int width : {640, 1024, 1920})
                for (int height : {480, 768, 1080}) {
                    const int c = SmallMultiplesView::columnsFor(n, width, height);
                    QVERIFY(c >= 1 && c <= n);
                    QVERIFY(c == 1 || width / c >= 220);
                }

        SmallMultiplesView view;
        QList<PlottedActivation> eight;
        for (const char *id : {"relu", "sigmoid", "tanh", "gelu", "silu", "mish", "elu", "selu"})
            eight << activation(id);
        view.setActivations(eight);
        view.resize(1800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int wide = view.columnCount();
        view.resize(500, 1200);
        QTRY_VERIFY(view.columnCount() < wide);
        QCOMPARE(view.cellCount(), 8);
        // Every cell holds its curves after the reflow.
        view.refreshNow();
        for (int i = 0; i < 8; ++i)
            QVERIFY(!view.curve(i, 0).pieces.empty() && !view.curve(i, 1).pieces.empty());
    }

    void narrowCellsShortenTitlesNotColumns() {
        // The explorer's centre on a 1024-pixel screen: long names must not widen their column.
        SmallMultiplesView view;
        view.resize(480, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setActivations({activation("relu"), activation("leaky_relu", {0.05}),
                             activation("sigmoid"), activation("tanh"), activation("gelu"),
                             activation("silu"), activation("mish")});
        view.refreshNow();
        QVERIFY(view.columnCount() >= 2);
        int shortened = 0;
        for (int i = 0; i < view.cellCount(); ++i)
            shortened += view.cellTitle(i) != view.cellName(i);
        QVERIFY(shortened > 0);
        QVERIFY(view.cellTitle(1).endsWith(QChar(0x2026)));
        const QList<QCPAxisRect *> rects = view.customPlot()->axisRects();
        for (QCPAxisRect *rect : rects)
            QVERIFY2(
                std::abs(rect->width() - rects.front()->width()) <= 2,
                qPrintable(
                    QStringLiteral("%1 vs %2").arg(rect->width()).arg(rects.front()->width())));
    }

    void csvHoldsFAndFPrimeOfEveryCell() {
        SmallMultiplesView view;
        view.resize(800, 500);
        view.setActivations({activation("relu"), activation("leaky_relu", {0.3})});
        view.refreshNow();
        const QList<QByteArray> lines = view.csv().split('\n');
        QCOMPARE(lines.front(), QByteArray("curve,order,piece,x,y"));
        int rows[2][2] = {};
        for (const QByteArray &line : lines.mid(1)) {
            if (line.isEmpty())
                continue;
            const int curve = line.startsWith("relu,")                             ? 0
                              : line.startsWith("leaky_relu[negative_slope=0.3],") ? 1
                                                                                   : -1;
            QVERIFY2(curve >= 0, line.constData());
            ++rows[curve][line.split(',').at(1).toInt()];
        }
        for (const auto &curve : rows)
            for (int count : curve)
                QVERIFY(count > 10);
        QVERIFY(view.fileBaseName().startsWith(QStringLiteral("grid-relu")));
    }

    void slidersUpdateTheCellWithoutMovingTheAxes() {
        SmallMultiplesView view;
        view.resize(800, 500);
        view.setActivations({activation("leaky_relu", {0.01})});
        view.refreshNow();
        const auto before = view.yRange();
        view.setParams(0, {0.2});
        view.refreshNow();
        QVERIFY(std::fabs(valueAt(view.curve(0, 0), -2) + 0.4) < 1e-12);
        QCOMPARE(view.yRange(), before);
    }

    void ctrlMShowsItInTheExplorer() {
        QSettings().clear(); // no pins or view from an earlier run
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.controller()->addComparison(QStringLiteral("sigmoid")));
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        SmallMultiplesView *grid = window.explorerViews()->grid();
        QVERIFY(grid->isVisible());
        QVERIFY(!window.plotView()->isVisible());
        QCOMPARE(grid->cellCount(), 2); // current + pin
        QCOMPARE(window.explorerViews()->currentFigure(), static_cast<Figure *>(grid));
        // The language switches live, titles included.
        QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
        QVERIFY(grid->figureTitle().contains(QStringLiteral("小多图")));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QVERIFY(grid->figureTitle().startsWith(QStringLiteral("Small multiples")));
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier); // again: back to the overlay
        QVERIFY(window.plotView()->isVisible());
    }
};

QTEST_MAIN(TestSmallMultiplesView)
#include "tst_smallmultiplesview.moc"
