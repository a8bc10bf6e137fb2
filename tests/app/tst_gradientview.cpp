// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QDoubleSpinBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <qcustomplot.h>

#include "activations/catalog.h"
#include "explorer/explorercontroller.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "plot/gradientview.h"
#include "sampling/gradientsampler.h"
#include "unsavedchanges.h"

using namespace actlab;

namespace {
PlottedActivation activation(const char *id) {
    const CatalogEntry *e = Catalog::builtin().find(id);
    if (!e || !e->scalar)
        qFatal("scalar activation %s missing", id);
    return {QString::fromLatin1(id), e->scalar, e->spec.defaultParams(), &e->spec, {}, -1};
}

double valueAt(const std::vector<std::pair<double, double>> &curve, double x) {
    double best = NAN, distance = INFINITY;
    for (const auto &[cx, cy] : curve)
        if (std::fabs(cx - x) < distance) {
            distance = std::fabs(cx - x);
            best = cy;
        }
    return best;
}
} // namespace

/** The gradient view: |f′| on a log axis, the vanishing band at the threshold, dead zeros. */
class TestGradientView : public QObject {
    Q_OBJECT

private slots:
    // Closing an edited main window must not wait for the unsaved-changes question.
    void initTestCase() { discardUnsavedChangesQuestions(); }
    void saturationShowsAtAGlance() {
        GradientView view;
        view.resize(900, 600);
        view.show();
        view.setActivations(
            {activation("sigmoid"), activation("tanh"), activation("relu"), activation("gelu")});
        QVERIFY(view.customPlot()->yAxis->scaleType() == QCPAxis::stLogarithmic);
        QVERIFY(view.customPlot()->yAxis->range().lower <= 1e-12);
        QVERIFY(std::fabs(valueAt(view.curve(0), 0) - 0.25) < 1e-4); // σ′(0) = 1/4
        QVERIFY(std::fabs(valueAt(view.curve(1), 0) - 1.0) < 1e-4);  // tanh′(0) = 1
        // At x = −5 sigmoid and tanh have all but vanished; ReLU is dead: f′ = 0 exactly,
        // drawn in the strip under the log axis' floor.
        QVERIFY(valueAt(view.curve(0), -5) < 0.01);
        QVERIFY(valueAt(view.curve(1), -5) < 0.001);
        QVERIFY(valueAt(view.curve(2), -3) < GradientView::kFloor);
        QCOMPARE(valueAt(view.curve(2), 3), 1.0);
        QVERIFY(valueAt(view.curve(3), 3) > 0.9);
    }

    void theBandFollowsTheThreshold() {
        GradientView view;
        view.setActivations({activation("sigmoid")});
        QCOMPARE(view.threshold(), 0.1);
        QCOMPARE(view.bandTop(), 0.1);
        view.thresholdBox()->setValue(0.01);
        QCOMPARE(view.bandTop(), 0.01);
        bool labelled = false;
        for (int i = 0; i < view.customPlot()->itemCount(); ++i)
            if (auto *text = qobject_cast<QCPItemText *>(view.customPlot()->item(i)))
                labelled = labelled || text->text().contains(QStringLiteral("0.01"));
        QVERIFY(labelled);
    }

    void vanishingIntervalsOfTheSigmoid() {
        // σ′(x) = 0.1 at |x| = 2 acosh(sqrt(2.5))... solved: σ(1−σ) = 0.1, σ = (1 + sqrt(0.6))/2.
        const double edge = std::log((1 + std::sqrt(0.6)) / (1 - std::sqrt(0.6)));
        const auto points =
            sampleGradientMagnitude(*Catalog::builtin().find("sigmoid")->scalar, {}, -5, 5, 1001);
        const auto intervals = vanishingIntervals(points, 0.1);
        QCOMPARE(int(intervals.size()), 2);
        QCOMPARE(intervals[0].first, -5.0);
        QVERIFY(std::fabs(intervals[0].second + edge) < 0.011);
        QVERIFY(std::fabs(intervals[1].first - edge) < 0.011);
        QCOMPARE(intervals[1].second, 5.0);
        // ReLU: its dead half, with the kink's two sides sampled.
        const auto relu = sampleGradientMagnitude(
            *Catalog::builtin().find("relu")->scalar,
            Catalog::builtin().find("relu")->spec.defaultParams(), -1, 1, 11);
        const auto dead = vanishingIntervals(relu, 1e-300);
        QCOMPARE(int(dead.size()), 1);
        QCOMPARE(dead[0].first, -1.0);
        QVERIFY(dead[0].second > 0 && dead[0].second < 1e-15);
    }

    void ctrlGShowsItInTheExplorer() {
        QSettings().clear(); // no pins from an earlier run
        LanguageManager languages;
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.controller()->addComparison(QStringLiteral("sigmoid")));
        QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
        QVERIFY(window.gradientView()->isVisible());
        QVERIFY(!window.plotView()->isVisible());
        QCOMPARE(window.gradientView()->customPlot()->graphCount(), 2); // current + pin
        QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
        QVERIFY(window.plotView()->isVisible());
    }
};

QTEST_MAIN(TestGradientView)
#include "tst_gradientview.moc"
