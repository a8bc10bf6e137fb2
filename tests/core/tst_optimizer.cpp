// SPDX-License-Identifier: GPL-3.0-or-later
#include <array>
#include <vector>

#include <QTest>

#include "network/optimizer.h"
#include "numericcompare.h"

using namespace actlab;

namespace {

// A 1-1-1 network: W1, b1, Wo, bo. Weights sit at 0 and 2 (L2 applies), biases at 1 and 3.
const NetworkShape kShape{1, 1, 0, 1, false};
const std::array<double, 4> kStart{0.5, -1.0, 2.0, 0.25};
const std::array<double, 4> kGradients[2] = {{0.1, -0.2, 0.3, 0.05}, {-0.05, 0.1, 0.2, -0.3}};

/// Two steps from kStart with lr 0.1 and L2 0.01 on the weights only.
std::array<std::array<double, 4>, 2> twoSteps(OptimizerKind kind) {
    OptimizerSettings s;
    s.kind = kind;
    s.learningRate = 0.1;
    s.l2 = 0.01;
    Optimizer opt(ParamLayout::of(kShape), s);
    std::array<std::array<double, 4>, 2> out{};
    std::array<double, 4> params = kStart;
    for (int k = 0; k < 2; ++k) {
        std::array<double, 4> next{};
        if (!opt.step(params, kGradients[k], next))
            return {};
        params = next;
        out[std::size_t(k)] = params;
    }
    return out;
}

void compareWith(const std::array<std::array<double, 4>, 2> &actual,
                 const std::array<std::array<double, 4>, 2> &expected) {
    for (int k = 0; k < 2; ++k)
        for (int i = 0; i < 4; ++i)
            QVERIFY2(testing_numeric::relativeError(actual[k][i], expected[k][i]) < 1e-14,
                     qPrintable(QStringLiteral("step %1 parameter %2: %3 instead of %4")
                                    .arg(k + 1)
                                    .arg(i)
                                    .arg(actual[k][i], 0, 'g', 17)
                                    .arg(expected[k][i], 0, 'g', 17)));
}

} // namespace

/**
 * One and two steps of each optimiser against PyTorch 1.13 (torch.optim.SGD, SGD with
 * momentum=0.9, Adam; weight_decay=0.01 in a parameter group with the weights only), float64.
 */
class TestOptimizer : public QObject {
    Q_OBJECT

private slots:
    void sgd() {
        compareWith(twoSteps(OptimizerKind::Sgd),
                    {{{0.4895, -0.98, 1.968, 0.245}, {0.4940105, -0.99, 1.946032, 0.275}}});
    }
    void momentum() {
        compareWith(twoSteps(OptimizerKind::Momentum),
                    {{{0.4895, -0.98, 1.968, 0.245}, {0.4845605, -0.972, 1.917232, 0.2705}}});
    }
    void adam() {
        compareWith(twoSteps(OptimizerKind::Adam), {{{0.40000000952380865, -0.9000000049999998,
                                                      1.900000003125, 0.15000001999999601},
                                                     {0.36850349238181024, -0.8733663027186758,
                                                      1.8026712699716938, 0.21239188374617843}}});
    }
    void learningRateChangeKeepsState() {
        // Halving the rate between steps changes only the second step's size.
        OptimizerSettings s;
        s.learningRate = 0.1;
        Optimizer opt(ParamLayout::of(kShape), s);
        std::array<double, 4> p = kStart, next{};
        QVERIFY(opt.step(p, kGradients[0], next));
        s.learningRate = 0.05;
        opt.setSettings(s);
        QCOMPARE(opt.steps(), std::int64_t(1));
        p = next;
        QVERIFY(opt.step(p, kGradients[1], next));
        QCOMPARE(opt.steps(), std::int64_t(2));
        // Adam's second step with lr 0.05 is half the step lr 0.1 takes from the same state.
        OptimizerSettings s2;
        s2.learningRate = 0.1;
        Optimizer ref(ParamLayout::of(kShape), s2);
        std::array<double, 4> q = kStart, qNext{};
        QVERIFY(ref.step(q, kGradients[0], qNext));
        QCOMPARE(qNext, p);
        q = qNext;
        QVERIFY(ref.step(q, kGradients[1], qNext));
        for (int i = 0; i < 4; ++i)
            QVERIFY(std::abs((next[i] - p[i]) - 0.5 * (qNext[i] - q[i])) < 1e-15);
    }
    void nonFiniteUpdateIsRefused() {
        OptimizerSettings s;
        s.kind = OptimizerKind::Sgd;
        s.learningRate = 1e308;
        Optimizer opt(ParamLayout::of(kShape), s);
        const std::array<double, 4> p = kStart;
        std::array<double, 4> next{};
        const std::array<double, 4> huge{10, 10, 10, 10};
        QVERIFY(!opt.step(p, huge, next));
        QCOMPARE(opt.steps(), std::int64_t(0));
    }
    void newKindRestartsState() {
        OptimizerSettings s;
        Optimizer opt(ParamLayout::of(kShape), s);
        std::array<double, 4> next{};
        QVERIFY(opt.step(kStart, kGradients[0], next));
        s.kind = OptimizerKind::Momentum;
        opt.setSettings(s);
        QCOMPARE(opt.steps(), std::int64_t(0));
    }
};

QTEST_APPLESS_MAIN(TestOptimizer)
#include "tst_optimizer.moc"
