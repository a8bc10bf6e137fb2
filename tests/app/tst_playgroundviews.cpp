// SPDX-License-Identifier: GPL-3.0-or-later
// The playground's views on plain data, without an engine.
#include <algorithm>
#include <cmath>
#include <limits>

#include <QMouseEvent>
#include <QTest>
#include <qcustomplot.h>

#include "playground/decisionmapview.h"
#include "playground/losscurvesview.h"
#include "playground/metricsview.h"
#include "playground/networkdiagramview.h"
#include "playground/playgroundpalette.h"
#include "playground/unitmapsview.h"
#include "plot/plotpalette.h"

namespace {
DecisionGrid binaryGrid(int n, float left, float right) {
    DecisionGrid g;
    g.columns = n;
    g.rows = n;
    g.x1Min = g.x2Min = -1;
    g.x1Max = g.x2Max = 1;
    g.values.resize(static_cast<std::size_t>(n) * n);
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c)
            g.values[static_cast<std::size_t>(r) * n + c] = c < n / 2 ? left : right;
    return g;
}
bool blueish(QRgb c) {
    return qBlue(c) > qRed(c) + 40;
}
bool orangeish(QRgb c) {
    return qRed(c) > qBlue(c) + 40;
}
int saturation(QRgb c) {
    return QColor::fromRgb(c).hsvSaturation();
}
} // namespace

class TestPlaygroundViews : public QObject {
    Q_OBJECT

private slots:
    void binaryMapColoursAndConfidence() {
        DecisionMapView view;
        view.setTask(MapTask::Binary, 2);
        view.setGrid(binaryGrid(8, 0.95f, 0.05f));
        const QImage &img = view.heatImage();
        QCOMPARE(img.size(), QSize(8, 8));
        QVERIFY(blueish(img.pixel(0, 0)));   // P(class 1) high: class 1's blue
        QVERIFY(orangeish(img.pixel(7, 0))); // low: class 0's orange

        // Less confident cells are paler; discretising shows every cell at the same strength.
        view.setGrid(binaryGrid(8, 0.95f, 0.6f));
        const int sure = saturation(view.heatImage().pixel(0, 0));
        const int unsure = saturation(view.heatImage().pixel(7, 0));
        QVERIFY2(sure > unsure + 40, qPrintable(QStringLiteral("%1 vs %2").arg(sure).arg(unsure)));
        view.setDiscretised(true);
        QCOMPARE(view.heatImage().pixel(0, 0), view.heatImage().pixel(7, 0));
        view.setGrid(binaryGrid(8, 0.5f, 0.5f));
        view.setDiscretised(false);
        QCOMPARE(view.heatImage().pixel(3, 3), PlaygroundPalette::neutralColor().rgb());
    }

    void gridRowZeroIsAtTheBottom() {
        DecisionMapView view;
        view.setTask(MapTask::Binary, 2);
        DecisionGrid g = binaryGrid(4, 0.0f, 0.0f);
        for (int c = 0; c < 4; ++c)
            g.values[static_cast<std::size_t>(c)] = 1.0f; // row 0 = x2Min
        view.setGrid(g);
        QVERIFY(blueish(view.heatImage().pixel(0, 3)));
        QVERIFY(orangeish(view.heatImage().pixel(0, 0)));
    }

    void multiClassUsesTheWinningClass() {
        DecisionMapView view;
        view.setTask(MapTask::MultiClass, 3);
        DecisionGrid g;
        g.columns = 3;
        g.rows = 1;
        g.channels = 3;
        g.values = {0.9f, 0.05f, 0.05f, 0.1f, 0.8f, 0.1f, 0.0f, 0.0f, 1.0f};
        view.setGrid(g);
        QCOMPARE(view.heatImage().size(), QSize(3, 1));
        for (int c = 0; c < 3; ++c) {
            const QColor got = QColor::fromRgb(view.heatImage().pixel(c, 0));
            const QColor want = PlaygroundPalette::classColor(c);
            QCOMPARE(got.hsvHue() / 10, want.hsvHue() / 10);
        }
    }

    void testPointsAreDrawnDifferently() {
        DecisionMapView view;
        view.resize(300, 300);
        view.setTask(MapTask::Binary, 2);
        view.setGrid(binaryGrid(16, 0.5f, 0.5f)); // neutral everywhere
        view.setPoints({{-0.5, 0.0, 1, 0, false}, {0.5, 0.0, 1, 0, true}});
        const QImage shot = view.grab().toImage();
        // The plot is centred and square; x1 = ∓0.5 falls at a quarter from each side.
        const int side = std::min(view.width(), view.height()) - 36;
        const int left = (view.width() - side) / 2, top = (view.height() - side) / 2;
        const QPoint train(left + side / 4, top + side / 2);
        const QPoint test(left + 3 * side / 4, top + side / 2);
        QVERIFY(blueish(shot.pixel(train))); // a filled disc
        QVERIFY(!blueish(shot.pixel(test))); // a ring: its centre shows the map
        view.setTestPointsVisible(false);
        QVERIFY(view.paintCount() > 0);
    }

    void regressionCurveAndTooltip() {
        DecisionMapView view;
        view.resize(240, 240);
        view.setTask(MapTask::Regression, 1);
        DecisionGrid g;
        g.columns = 64;
        g.rows = 1;
        g.x1Min = -3;
        g.x1Max = 3;
        for (int c = 0; c < 64; ++c)
            g.values.push_back(float(std::sin(-3 + (c + 0.5) * 6 / 64.0)));
        g.values[10] = std::numeric_limits<float>::quiet_NaN(); // a gap, not a crash
        view.setGrid(g);
        view.setPoints({{0.0, 0, 0, 0.1, false}, {1.0, 0, 0, 0.8, true}});
        QVERIFY(view.heatImage().isNull()); // drawn as a curve, not a heat map
        const QImage shot = view.grab().toImage();
        QVERIFY(!shot.isNull());
    }

    void unitMapsHoverShowsTheUnitLarge() {
        UnitMapsView view;
        UnitMaps maps;
        maps.units = 5;
        maps.columns = 8;
        maps.rows = 8;
        for (int u = 0; u < 5; ++u)
            for (int i = 0; i < 64; ++i)
                maps.values.push_back(float(u % 2 ? i : -i));
        view.setMaps(maps);
        view.resize(200, view.heightForWidth(200));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.hoveredUnit(), -1);
        const QPoint inThird = QPoint(58 * 2 + 20, 20); // third thumbnail of the first row
        QCOMPARE(view.unitAt(inThird), 2);
        QMouseEvent move(QEvent::MouseMove, inThird, view.mapToGlobal(inThird), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        QCOMPARE(view.hoveredUnit(), 2);
        QVERIFY(view.isPopupVisible());
        // Unit 2 is all ≤ 0, so its enlarged map is orange where it is not neutral.
        const QImage big = view.renderUnit(2, 100);
        QVERIFY(orangeish(big.pixel(95, 5)));
        QVERIFY(blueish(view.renderUnit(1, 100).pixel(95, 5)));
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(&view, &leave);
        QCOMPARE(view.hoveredUnit(), -1);
        QVERIFY(!view.isPopupVisible());
        // Wider widgets fit more units per row.
        QVERIFY(view.heightForWidth(400) < view.heightForWidth(120));
    }

    void networkDiagramTooltipsGiveWeights() {
        NetworkDiagramView view;
        view.resize(300, 200);
        NetworkDiagram d;
        d.inputNames = {QStringLiteral("x₁")};
        d.layerSizes = {1, 1, 1};
        d.weights = {{0.5}, {-2.25}};
        d.biases = {{0.125}, {0.0}};
        QVERIFY(d.isValid());
        view.setDiagram(d);
        bool sawWeight = false, sawNegative = false, sawBias = false;
        for (int x = 0; x < 300; x += 3)
            for (int y = 0; y < 200; y += 3) {
                const QString t = view.toolTipAt({x, y});
                sawWeight = sawWeight || t.contains(QStringLiteral("weight = 0.5"));
                sawNegative = sawNegative || t.contains(QStringLiteral("weight = -2.25"));
                sawBias = sawBias || t.contains(QStringLiteral("bias = 0.125"));
            }
        QVERIFY(sawWeight);
        QVERIFY(sawNegative);
        QVERIFY(sawBias);
        d.weights = {{0.5, 1.0}}; // wrong shape
        d.layerSizes = {1, 1};
        QVERIFY(!d.isValid());
        view.setDiagram(d);
        QVERIFY(view.toolTipAt({150, 100}).isEmpty());
        QVERIFY(!view.grab().isNull());
    }

    void lossCurvesRecordAndRead() {
        LossCurvesView view;
        view.resize(400, 400);
        view.setRuns({QStringLiteral("relu"), QStringLiteral("tanh")});
        QCOMPARE(view.runCount(), 2);
        std::vector<CurvePoint> a, b;
        for (int e = 1; e <= 10; ++e) {
            a.push_back({double(e), 1.0 / e, 1.2 / e, {0.1, 0.2}, 0.25, 0.0});
            b.push_back({double(e), 2.0 / e, 2.2 / e, {0.3, 0.4}, 0.0, 0.5});
        }
        view.appendPoints(0, a);
        view.appendPoints(1, b);
        QCOMPARE(view.pointCount(0), 10);
        QCOMPARE(view.pointCount(1), 10);
        const QString reading = view.readingAt(4.2);
        QVERIFY2(reading.contains(QStringLiteral("Epoch 4")), qPrintable(reading));
        QVERIFY2(reading.contains(QStringLiteral("0.25")), qPrintable(reading)); // relu train 1/4
        QVERIFY2(reading.contains(QStringLiteral("0.5")), qPrintable(reading));  // tanh train 2/4
        QVERIFY2(reading.contains(QStringLiteral("dead 25%")), qPrintable(reading));
        // Zero and NaN losses on a log axis are gaps, not crashes.
        const CurvePoint odd{11, 0.0, std::numeric_limits<double>::quiet_NaN(), {0.0}, 0, 0};
        view.appendPoints(0, std::span(&odd, 1));
        view.setLossLogScale(true);
        view.setTargetLoss(0.1);
        view.customPlot()->replot();
        QCOMPARE(view.customPlot()->axisRect(0)->axis(QCPAxis::atLeft)->scaleType(),
                 QCPAxis::stLogarithmic);
        view.clear();
        QCOMPARE(view.pointCount(0), 0);
    }

    void metricsSummaries() {
        MetricsView view;
        PlaygroundMetrics m;
        m.task = MapTask::MultiClass;
        m.classes = 3;
        m.trainAccuracy = 0.875;
        m.testAccuracy = 0.5;
        m.trainLoss = 0.25;
        m.confusion = {5, 0, 0, 1, 3, 1, 0, 0, 4};
        m.hiddenUnits = 8;
        m.deadUnits = 2;
        view.setMetrics(m);
        const QString text = view.summaryLines().join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("87.5 %")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("2 dead")));
        view.resize(260, 260);
        QVERIFY(!view.grab().isNull());
        m.task = MapTask::Regression;
        view.setMetrics(m);
        QVERIFY(!view.summaryLines().join(QString()).contains(QStringLiteral("Accuracy")));
    }

    void metricsKeepTheMatrixUntilANewOneArrives() {
        // Frames without a matrix (a quick answer) keep the last one; it used to vanish.
        MetricsView view;
        PlaygroundMetrics m;
        m.task = MapTask::Binary;
        m.classes = 2;
        m.confusion = {7, 1, 2, 6};
        view.setMetrics(m);
        view.resize(260, 300);
        const QRect cell = view.cellRect(1, 1);
        QVERIFY(!cell.isEmpty());
        PlaygroundMetrics figuresOnly = m;
        figuresOnly.confusion.clear();
        figuresOnly.trainLoss = 0.125;
        view.setMetrics(figuresOnly);
        QCOMPARE(view.metrics().confusion, m.confusion);
        QCOMPARE(view.metrics().trainLoss, 0.125);
        QCOMPARE(view.cellRect(1, 1), cell); // drawn in the same place: nothing moves
        m.confusion = {8, 0, 1, 7};
        view.setMetrics(m);
        QCOMPARE(view.metrics().confusion, m.confusion);
        // Another shape (three classes) does not inherit the two-class matrix.
        figuresOnly.task = MapTask::MultiClass;
        figuresOnly.classes = 3;
        view.setMetrics(figuresOnly);
        QVERIFY(view.metrics().confusion.empty());
        QVERIFY(view.cellRect(0, 0).isEmpty());
    }

    void largeCountsFitTheirCells() {
        // 300,000 test points: six-digit counts overflowed the cells; the row shares fit.
        MetricsView view;
        PlaygroundMetrics m;
        m.task = MapTask::Binary;
        m.classes = 2;
        m.confusion = {99208, 50628, 48886, 101278};
        view.setMetrics(m);
        view.resize(200, 170); // cells about 30 px wide, as in a crowded window
        const QRect cell = view.cellRect(0, 0);
        QVERIFY(!cell.isEmpty());
        QVERIFY2(cell.width() <= 40, qPrintable(QString::number(cell.width())));
        const QString text = view.cellText(0, 0);
        QVERIFY2(QFontMetrics(view.font()).horizontalAdvance(text) <= cell.width(),
                 qPrintable(text));
        QCOMPARE(text, QStringLiteral("66%")); // 99,208 of 149,836
        // Small counts are shown as they are.
        m.confusion = {7, 1, 2, 6};
        view.setMetrics(m);
        QCOMPARE(view.cellText(0, 0), QStringLiteral("7"));
        QCOMPARE(view.cellText(1, 0), QStringLiteral("2"));
    }

    void confusionAxesAreNamedAndLegibleOnDark() {
        MetricsView view;
        PlaygroundMetrics m;
        m.task = MapTask::MultiClass;
        m.classes = 3;
        m.confusion = {5, 0, 0, 1, 3, 1, 0, 0, 4};
        view.setMetrics(m);
        const QStringList titles = view.axisTitles();
        QCOMPARE(titles.size(), 2);
        QVERIFY(titles[0].contains(QStringLiteral("actual")));
        QVERIFY(titles[1].contains(QStringLiteral("predicted")));
        // Dark theme: the column headers are drawn in the text colour, not in dark class blue.
        QPalette dark = view.palette();
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        view.setPalette(dark);
        view.setAutoFillBackground(true);
        view.resize(300, 320);
        const QImage image = view.grab().toImage();
        const QRect first = view.cellRect(0, 0);
        const QRect header(first.left(), first.top() - view.fontMetrics().height() - 2,
                           3 * first.width(), view.fontMetrics().height() - 1);
        int brightest = 0;
        for (int y = header.top(); y <= header.bottom(); ++y)
            for (int x = header.left(); x <= header.right(); ++x)
                brightest = std::max(brightest, qGray(image.pixel(x, y)));
        QVERIFY2(brightest > 200, qPrintable(QString::number(brightest)));
        // The row headers' column is titled: the title's text lies left of the first cell.
        const int titleRow = header.center().y();
        int lit = 0;
        for (int x = 0; x < first.left() - 6; ++x)
            lit += qGray(image.pixel(x, titleRow)) > 150 ? 1 : 0;
        QVERIFY(lit > 0);
    }

    void lossLegendsCoverNoCurves() {
        LossCurvesView view;
        view.resize(420, 520);
        view.setRuns({QStringLiteral("A"), QStringLiteral("B")});
        std::vector<CurvePoint> a;
        for (int e = 1; e <= 50; ++e)
            a.push_back({double(e), 1.0 / e, 1.1 / e, {0.1}, 0.1, 0.8});
        view.appendPoints(0, a);
        view.appendPoints(1, a);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.customPlot()->replot();
        QCPLegend *loss = view.customPlot()->legend;
        QCPLegend *units = view.unitLegend();
        QVERIFY(loss && units && loss != units);
        // Outside every panel: no curve can run under them.
        for (QCPAxisRect *rect : view.customPlot()->axisRects()) {
            QVERIFY(!loss->outerRect().intersects(rect->rect()));
            QVERIFY(!units->outerRect().intersects(rect->rect()));
        }
        QVERIFY(loss->outerRect().bottom() <= view.lossRect()->outerRect().top());
        QVERIFY(units->outerRect().top() >= view.unitRect()->outerRect().bottom());
        // The dead/saturated panel has a legend: solid dead, dashed saturated, per run.
        QCOMPARE(units->itemCount(), 4);
        QCOMPARE(loss->itemCount(), 4);
        QStringList names;
        for (int i = 0; i < units->itemCount(); ++i)
            if (auto *item = qobject_cast<QCPPlottableLegendItem *>(units->item(i)))
                names << item->plottable()->name();
        QCOMPARE(names.filter(QStringLiteral("dead")).size(), 2);
        QCOMPARE(names.filter(QStringLiteral("saturated")).size(), 2);
    }

    void lossCurvesTakeTheTheme() {
        LossCurvesView view;
        QCOMPARE(view.theme(), PlotTheme::Light);
        view.setTheme(PlotTheme::Dark);
        const PlotPalette dark = PlotPalette::forTheme(PlotTheme::Dark);
        for (QCPAxisRect *rect : view.customPlot()->axisRects()) {
            QCOMPARE(rect->axis(QCPAxis::atLeft)->tickLabelColor(), dark.foreground);
            QCOMPARE(rect->axis(QCPAxis::atLeft)->labelColor(), dark.foreground);
        }
        QCOMPARE(view.customPlot()->legend->textColor(), dark.foreground);
        QCOMPARE(view.unitLegend()->textColor(), dark.foreground);
        // The background is the theme's: sample a corner of the rendered plot.
        view.resize(300, 300);
        const QImage image = view.customPlot()->toPixmap(300, 300).toImage();
        QCOMPARE(QColor(image.pixel(2, 150)).rgb(), dark.background.rgb());
    }
};

QTEST_MAIN(TestPlaygroundViews)
#include "tst_playgroundviews.moc"
