// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include <QTest>

#include "softmax/softmaxbreakdown.h"

using namespace actlab;

namespace {

SoftmaxBreakdown breakdown(const std::vector<double> &x, double t = 1.0) {
    auto result = breakDownSoftmax(x, t);
    if (!std::holds_alternative<SoftmaxBreakdown>(result))
        qFatal("breakDownSoftmax refused a valid input");
    return std::get<SoftmaxBreakdown>(std::move(result));
}

/// The oracle: pᵢ = 1 / Σⱼ e^{(xⱼ − xᵢ)/T} in long double, a different formula from the stable
/// route under test (no shift by the maximum, no division of a sum).
long double oracleSoftmax(const std::vector<double> &x, double t, std::size_t i, double sign = 1) {
    long double denominator = 0;
    for (double xj : x)
        denominator += std::exp((long double)(sign * (xj - x[i])) / t);
    return 1.0L / denominator;
}

bool closeRelative(double got, long double want, double tolerance) {
    return std::fabs((long double)got - want) <= tolerance * std::fabs(want) + 1e-300L;
}

} // namespace

class TestSoftmaxBreakdown : public QObject {
    Q_OBJECT

private slots:
    void tutorialExampleGivesItsNumbers() {
        // The tutorial's worked example: [2.0, 1.0, 0.1] → about [0.66, 0.24, 0.10].
        const SoftmaxBreakdown b = breakdown({2.0, 1.0, 0.1});
        QCOMPARE(b.maximum, 2.0);
        QCOMPARE(b.shifted[0], 0.0);
        QCOMPARE(b.shifted[1], -1.0);
        QVERIFY(std::fabs(b.shifted[2] + 1.9) < 1e-15);
        QCOMPARE(b.exp[0], 1.0);
        QVERIFY(std::fabs(b.sum - 1.5174480604) < 1e-9);
        const double rounded[] = {0.659, 0.242, 0.099};
        for (int i = 0; i < 3; ++i)
            QCOMPARE(std::round(b.softmax[i] * 1000) / 1000, rounded[i]);
        QVERIFY(!b.naiveFails());
    }

    void everyFunctionMatchesAnIndependentOracle() {
        std::mt19937_64 rng(20261205);
        std::normal_distribution<double> normal(0.0, 3.0);
        for (std::size_t n = kSoftmaxMinLogits; n <= kSoftmaxMaxLogits; ++n) {
            for (double t : {0.05, 0.5, 1.0, 7.0}) {
                std::vector<double> x(n);
                for (double &v : x)
                    v = normal(rng);
                const SoftmaxBreakdown b = breakdown(x, t);
                double total = 0, sparseTotal = 0, widest = 0;
                for (double d : b.shifted)
                    widest = std::max(widest, std::fabs(d));
                for (std::size_t i = 0; i < n; ++i) {
                    const long double p = oracleSoftmax(x, t, i);
                    // Rounding (xᵢ − m)/T to double moves e^d by |d|·ε relatively, whatever the
                    // algorithm: the conditioning of the problem, allowed for here.
                    const double tolerance =
                        std::numeric_limits<double>::epsilon() * (8 + 2 * widest);
                    QVERIFY2(closeRelative(b.softmax[i], p, tolerance),
                             qPrintable(QStringLiteral("n=%1 T=%2 i=%3").arg(n).arg(t).arg(i)));
                    // The step table's own division gives the same number as the catalog.
                    QVERIFY(closeRelative(b.exp[i] / b.sum, p, tolerance));
                    QVERIFY(b.shifted[i] <= 0 && b.exp[i] <= 1);
                    QVERIFY(std::fabs(b.logSoftmax[i] - (double)std::log(p)) <=
                            1e-14 * std::max(1.0, std::fabs(b.logSoftmax[i])));
                    QVERIFY(closeRelative(b.softmin[i], oracleSoftmax(x, t, i, -1), tolerance));
                    QVERIFY(b.sparsemax[i] >= 0);
                    total += b.softmax[i];
                    sparseTotal += b.sparsemax[i];
                    double row = 0;
                    for (std::size_t j = 0; j < n; ++j) {
                        const double pj = b.softmax[j];
                        const double want = ((i == j ? b.softmax[i] : 0.0) - b.softmax[i] * pj) / t;
                        QVERIFY(std::fabs(b.jacobian[i * n + j] - want) <= 1e-15 / t);
                        row += b.jacobian[i * n + j];
                    }
                    QVERIFY(std::fabs(row) < 1e-14 / t); // Σⱼ ∂pᵢ/∂xⱼ = 0: shift invariance
                }
                QVERIFY(std::fabs(total - 1) < 1e-14);
                QVERIFY(std::fabs(sparseTotal - 1) < 1e-14);
                QVERIFY(std::fabs(b.twoClassSoftmax - b.sigmoidOfDifference) < 1e-15);
            }
        }
    }

    void theNaiveRouteOverflowsWhereTheStableOneDoesNot() {
        const SoftmaxBreakdown b = breakdown({1000, 0, -1000});
        QVERIFY(b.naiveFails());
        QVERIFY(std::isinf(b.naiveExp[0]));
        QVERIFY(std::isnan(b.naiveSoftmax[0]));
        QCOMPARE(b.softmax[0], 1.0);
        QCOMPARE(b.softmax[2], 0.0);
        QCOMPARE(b.exp[0], 1.0);
        // and the other way: all logits very negative underflow the naive sum to zero
        const SoftmaxBreakdown low = breakdown({-1000, -1001});
        QVERIFY(low.naiveFails());
        QVERIFY(std::fabs(low.softmax[0] - 0.7310585786300049) < 1e-15);
    }

    void temperatureMovesBetweenArgmaxAndUniform() {
        const std::vector<double> x{2.0, 1.0, 0.1};
        const SoftmaxBreakdown cold = breakdown(x, 1e-3);
        QVERIFY(cold.softmax[0] > 1 - 1e-12);
        const SoftmaxBreakdown hot = breakdown(x, 1e6);
        for (double p : hot.softmax)
            QVERIFY(std::fabs(p - 1.0 / 3) < 1e-5);
    }

    void refusesWhatHasNoBreakdown() {
        using E = SoftmaxInputError;
        const auto error = [](std::vector<double> x, double t) {
            const auto r = breakDownSoftmax(x, t);
            return std::holds_alternative<E>(r) ? int(std::get<E>(r)) : -1;
        };
        const double inf = std::numeric_limits<double>::infinity();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QCOMPARE(error({1.0}, 1), int(E::TooFewLogits));
        QCOMPARE(error({}, 1), int(E::TooFewLogits));
        QCOMPARE(error(std::vector<double>(kSoftmaxMaxLogits + 1, 0.0), 1), int(E::TooManyLogits));
        QCOMPARE(error({1, nan}, 1), int(E::LogitNotFinite));
        QCOMPARE(error({1, -inf}, 1), int(E::LogitNotFinite));
        for (double t : {0.0, -1.0, nan, inf})
            QCOMPARE(error({1, 2}, t), int(E::TemperatureNotPositive));
        QCOMPARE(error(std::vector<double>(kSoftmaxMaxLogits, 0.0), 1), -1);
    }
};

QTEST_APPLESS_MAIN(TestSoftmaxBreakdown)
#include "tst_softmaxbreakdown.moc"
