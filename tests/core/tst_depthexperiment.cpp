// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QTest>

#include "activations/catalog.h"
#include "depth/depthexperiment.h"
#include "engine/parallelexecutor.h"

using namespace actlab;
using namespace actlab::depth;

namespace {

PropagationConfig config(const char *id, double weightVariance, int depth, int width, int batch) {
    ActivationChoice choice;
    choice.id = id;
    PropagationConfig c;
    c.activation = std::get<HiddenActivation>(resolveHiddenActivation(choice));
    c.weights.weightVariance = weightVariance;
    c.depth = depth;
    c.width = width;
    c.batch = batch;
    return c;
}

} // namespace

/** Measurement beside theory, as the depth lab and `actlab propagate` show them. */
class TestDepthExperiment : public QObject {
    Q_OBJECT

private slots:
    void tanhVarianceFollowsTheTheory();
    void gradientFollowsTheTheory();
    void criticalPointOfTanhAndRelu();
};

void TestDepthExperiment::tanhVarianceFollowsTheTheory() {
    // The case: tanh at σ_w² = 1.5, width 1024, 20 layers, within 5 % at every layer.
    auto executor = ParallelExecutor::create(2);
    const DepthReport r = runDepthExperiment(config("tanh", 1.5, 20, 1024, 128), *executor);
    QCOMPARE(r.measured.layers.size(), std::size_t(21));
    QCOMPARE(r.predicted.size(), std::size_t(21));
    double worst = 0;
    for (std::size_t l = 1; l <= 20; ++l) {
        const double measured = r.measured.layers[l].preVariance;
        const double predicted = r.predicted[l].q;
        worst = std::max(worst, std::abs(measured / predicted - 1));
        QVERIFY2(
            std::abs(measured / predicted - 1) < 0.05,
            qPrintable(QStringLiteral("layer %1: %2 vs %3").arg(l).arg(measured).arg(predicted)));
    }
    qInfo("worst relative difference %.4f", worst);
    // The prediction is not flat: the test would notice a theory stuck at q⁰.
    QVERIFY(std::abs(r.predicted[20].q - 1) > 0.1);
}

void TestDepthExperiment::gradientFollowsTheTheory() {
    // ‖∂E/∂hˡ‖² = N Π χ: measured and predicted agree in order of magnitude after 20 layers
    // of sigmoid, where both fall by more than 20 orders.
    auto executor = ParallelExecutor::create(2);
    const DepthReport r = runDepthExperiment(config("sigmoid", 1.0, 20, 256, 64), *executor);
    const double measured = r.measured.layers[0].gradNorm2;
    const double predicted = r.predicted[0].gradNorm2;
    QVERIFY2(predicted < 1e-15 * r.predicted[20].gradNorm2, qPrintable(QString::number(predicted)));
    QVERIFY2(std::abs(std::log10(measured / predicted)) < 0.5,
             qPrintable(QStringLiteral("%1 vs %2").arg(measured).arg(predicted)));
}

void TestDepthExperiment::criticalPointOfTanhAndRelu() {
    const auto tanh = Catalog::builtin().find("tanh");
    const MeanField tanhTheory(tanh->scalar, tanh->spec.defaultParams());
    const CriticalPoint t = findCriticalPoint(tanhTheory, 0.05);
    QVERIFY(t.weightVariance && t.qStar);
    QVERIFY(std::abs(*t.weightVariance - 1.7609546) < 1e-5);
    // χ₁ is 1 there.
    QVERIFY(std::abs(tanhTheory.fixedPoint({*t.weightVariance, 0.05}).chi1 - 1) < 1e-7);
    // ReLU: σ_w² = 2 for any bias, where q* diverges unless σ_b² = 0.
    const auto relu = Catalog::builtin().find("relu");
    const MeanField reluTheory(relu->scalar, relu->spec.defaultParams());
    const CriticalPoint withBias = findCriticalPoint(reluTheory, 0.05);
    QVERIFY(withBias.weightVariance && std::abs(*withBias.weightVariance - 2) < 1e-6);
    QVERIFY(!withBias.qStar);
    const CriticalPoint noBias = findCriticalPoint(reluTheory, 0);
    QVERIFY(noBias.weightVariance && noBias.qStar);
    QCOMPARE(*noBias.qStar, 1.0); // the identity map keeps q⁰
}

QTEST_APPLESS_MAIN(TestDepthExperiment)
#include "tst_depthexperiment.moc"
