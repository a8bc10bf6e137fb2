// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

#include <QTest>

#include "activations/catalog.h"
#include "activations/vectorslice.h"
#include "numericcompare.h"

using namespace actlab;
using testing_numeric::relativeError;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
const char *const kAllIds[] = {"softmax", "log_softmax", "softmin", "sparsemax", "glu"};

const CatalogEntry &entry(const char *id) {
    const CatalogEntry *e = Catalog::builtin().find(id);
    if (!e || !e->vector)
        qFatal("vector activation %s missing", id);
    return *e;
}

std::vector<double> applyTo(const char *id, const std::vector<double> &x,
                            std::vector<double> params = {}) {
    const CatalogEntry &e = entry(id);
    if (params.empty())
        params = e.spec.defaultParams();
    std::vector<double> y(e.vector->outputSize(x.size()));
    e.vector->apply(x, params, y);
    return y;
}

std::vector<double> jacobianOf(const char *id, const std::vector<double> &x,
                               std::vector<double> params = {}) {
    const CatalogEntry &e = entry(id);
    if (params.empty())
        params = e.spec.defaultParams();
    std::vector<double> j(e.vector->outputSize(x.size()) * x.size());
    e.vector->jacobian(x, params, j);
    return j;
}

std::vector<double> randomVector(std::mt19937_64 &rng, std::size_t n, double scale) {
    std::normal_distribution<double> normal(0.0, scale);
    std::vector<double> x(n);
    for (double &v : x)
        v = normal(rng);
    return x;
}

/// Sparsemax by bisection on τ in Σ max(xᵢ − τ, 0) = 1: an independent reference.
std::vector<double> sparsemaxByBisection(const std::vector<double> &x) {
    double lo = *std::min_element(x.begin(), x.end()) - 1.0;
    double hi = *std::max_element(x.begin(), x.end());
    for (int it = 0; it < 200; ++it) {
        const double mid = 0.5 * (lo + hi);
        double s = 0;
        for (double v : x)
            s += std::max(v - mid, 0.0);
        (s > 1 ? lo : hi) = mid;
    }
    std::vector<double> y;
    for (double v : x)
        y.push_back(std::max(v - 0.5 * (lo + hi), 0.0));
    return y;
}

} // namespace

class TestVectorActivations : public QObject {
    Q_OBJECT

private slots:
    void catalogMetadata();
    void propertiesDescribeThePlottedSlice();
    void softmaxClosedForm();
    void logSoftmaxClosedForm();
    void softminIsSoftmaxOfNegated();
    void probabilitiesSumToOne();
    void shiftInvariance();
    void temperature();
    void jacobiansMatchFiniteDifferences_data();
    void jacobiansMatchFiniteDifferences();
    void jacobiansMatchClosedForms();
    void gluSizes();
    void gluValues();
    void sparsemaxKnownExamples();
    void sparsemaxMatchesBisection();
    void sparsemaxJacobianOnSupport();
    void specialValuesMirrorFrameworks();
    void extremeInputsDoNotOverflow();
};

void TestVectorActivations::catalogMetadata() {
    for (const char *id : kAllIds) {
        const CatalogEntry &e = entry(id);
        QCOMPARE(e.spec.family, Family::Vector);
        QVERIFY(e.spec.isVector);
        QVERIFY(!e.scalar);
        QVERIFY(*e.spec.texts.name && *e.spec.texts.traits && *e.spec.texts.paper);
        QVERIFY(*e.spec.texts.kerasSnippet && *e.spec.texts.pytorchSnippet);
        QVERIFY(e.spec.texts.year >= 1990);
    }
    for (const char *id : {"softmax", "log_softmax"}) {
        const auto &params = entry(id).spec.params;
        QCOMPARE(params.size(), std::size_t(1));
        QCOMPARE(params[0].name, std::string("temperature"));
        QCOMPARE(params[0].defaultValue, 1.0);
        QCOMPARE(params[0].min, 0.0);
        QCOMPARE(params[0].max, std::numeric_limits<double>::infinity());
        QVERIFY(params[0].nonZero);
        QCOMPARE(params[0].sliderMin, 0.1);
        QCOMPARE(params[0].sliderMax, 5.0);
    }
    for (const char *id : {"softmin", "sparsemax", "glu"})
        QVERIFY(entry(id).spec.params.empty());
    QCOMPARE(entry("sparsemax").spec.properties.smoothness, Smoothness::C0);
}

void TestVectorActivations::softmaxClosedForm() {
    const std::vector<double> x = {1, 2, 3, -0.5};
    const std::vector<double> y = applyTo("softmax", x);
    long double sum = 0;
    for (double v : x)
        sum += std::exp((long double)v);
    for (std::size_t i = 0; i < x.size(); ++i)
        QVERIFY2(relativeError(y[i], double(std::exp((long double)x[i]) / sum)) < 1e-15,
                 qPrintable(QString::number(i)));
    QCOMPARE(applyTo("softmax", {1, 1}), (std::vector<double>{0.5, 0.5}));
    QCOMPARE(applyTo("softmax", {42}), (std::vector<double>{1.0}));
}

void TestVectorActivations::logSoftmaxClosedForm() {
    const std::vector<double> x = {0.3, -2, 5, 1};
    const std::vector<double> y = applyTo("log_softmax", x);
    long double sum = 0;
    for (double v : x)
        sum += std::exp((long double)v);
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double expected = double((long double)x[i] - std::log(sum));
        QVERIFY(std::abs(y[i] - expected) < 1e-14 * std::max(1.0, std::abs(expected)));
        QVERIFY(y[i] <= 0);
    }
    // Far below the maximum softmax underflows to 0 but log_softmax stays exact.
    const std::vector<double> far = applyTo("log_softmax", {0, -1000});
    QCOMPARE(far[1], -1000.0);
    QCOMPARE(applyTo("softmax", {0, -1000})[1], 0.0);
}

void TestVectorActivations::softminIsSoftmaxOfNegated() {
    std::mt19937_64 rng(7);
    for (int trial = 0; trial < 20; ++trial) {
        const std::vector<double> x = randomVector(rng, 1 + trial % 6, 3.0);
        std::vector<double> negated(x);
        for (double &v : negated)
            v = -v;
        QCOMPARE(applyTo("softmin", x), applyTo("softmax", negated));
    }
    const std::vector<double> y = applyTo("softmin", {3, -1, 2});
    QVERIFY(y[1] > y[2] && y[2] > y[0]); // the smallest input gets the largest weight
}

void TestVectorActivations::probabilitiesSumToOne() {
    std::mt19937_64 rng(1);
    for (int trial = 0; trial < 200; ++trial) {
        const std::size_t n = 1 + std::size_t(trial % 17);
        const std::vector<double> x = randomVector(rng, n, trial % 2 ? 10.0 : 0.5);
        for (const char *id : {"softmax", "softmin", "sparsemax"}) {
            const std::vector<double> y = applyTo(id, x);
            const double sum = std::accumulate(y.begin(), y.end(), 0.0);
            QVERIFY2(std::abs(sum - 1.0) < 1e-13, id);
            for (double v : y)
                QVERIFY2(v >= 0 && v <= 1, id);
        }
        const std::vector<double> logs = applyTo("log_softmax", x, {0.7});
        double sum = 0;
        for (double v : logs)
            sum += std::exp(v);
        QVERIFY(std::abs(sum - 1.0) < 1e-13);
    }
}

void TestVectorActivations::shiftInvariance() {
    std::mt19937_64 rng(3);
    for (int trial = 0; trial < 50; ++trial) {
        const std::vector<double> x = randomVector(rng, 2 + std::size_t(trial % 7), 2.0);
        for (double c : {-100.0, 0.5, 1e6}) {
            std::vector<double> shifted(x);
            for (double &v : shifted)
                v += c;
            for (const char *id : {"softmax", "log_softmax", "softmin", "sparsemax"}) {
                const std::vector<double> a = applyTo(id, x), b = applyTo(id, shifted);
                // The shift itself rounds x by up to ulp(c) ≈ 1e-10 for c = 1e6.
                for (std::size_t i = 0; i < a.size(); ++i)
                    QVERIFY2(std::abs(a[i] - b[i]) < 1e-9, id);
            }
        }
    }
}

void TestVectorActivations::temperature() {
    const std::vector<double> x = {1.0, 2.0, 4.0};
    for (const char *id : {"softmax", "log_softmax"}) {
        for (double t : {0.01, 0.25, 1.0, 3.0, 100.0}) {
            std::vector<double> scaled(x);
            for (double &v : scaled)
                v /= t;
            const std::vector<double> a = applyTo(id, x, {t}), b = applyTo(id, scaled, {1.0});
            for (std::size_t i = 0; i < a.size(); ++i)
                QVERIFY2(std::abs(a[i] - b[i]) <= 1e-12 * std::max(1.0, std::abs(b[i])), id);
        }
    }
    // Low temperature: nearly one-hot on the arg max; high: nearly uniform.
    const std::vector<double> cold = applyTo("softmax", x, {0.01});
    QVERIFY(cold[2] > 1 - 1e-12 && cold[0] < 1e-80);
    const std::vector<double> hot = applyTo("softmax", x, {100.0});
    for (double v : hot)
        QVERIFY(std::abs(v - 1.0 / 3) < 0.01);
}

void TestVectorActivations::jacobiansMatchFiniteDifferences_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("param");
    QTest::newRow("softmax") << QStringLiteral("softmax") << 1.0;
    QTest::newRow("softmax T=0.4") << QStringLiteral("softmax") << 0.4;
    QTest::newRow("softmax T=7") << QStringLiteral("softmax") << 7.0;
    QTest::newRow("log_softmax") << QStringLiteral("log_softmax") << 1.0;
    QTest::newRow("log_softmax T=0.3") << QStringLiteral("log_softmax") << 0.3;
    QTest::newRow("softmin") << QStringLiteral("softmin") << 0.0;
    QTest::newRow("sparsemax") << QStringLiteral("sparsemax") << 0.0;
    QTest::newRow("glu") << QStringLiteral("glu") << 0.0;
}

void TestVectorActivations::jacobiansMatchFiniteDifferences() {
    QFETCH(QString, id);
    QFETCH(double, param);
    const QByteArray idText = id.toLatin1();
    const CatalogEntry &e = entry(idText.constData());
    std::vector<double> params;
    if (!e.spec.params.empty())
        params = {param};
    std::mt19937_64 rng(11);
    int checked = 0;
    for (int trial = 0; trial < 60; ++trial) {
        const std::size_t n = 2 * (1 + std::size_t(trial % 5));
        const std::vector<double> x = randomVector(rng, n, 1.5);
        const std::size_t m = e.vector->outputSize(n);
        std::vector<double> jac(m * n), plus(m), minus(m);
        e.vector->jacobian(x, params, jac);
        const std::vector<double> y = applyTo(idText.constData(), x, params);
        // Sparsemax is piecewise linear: skip points within the step of a support change.
        if (id == QLatin1String("sparsemax")) {
            bool nearBoundary = false;
            std::vector<double> probe(x);
            for (std::size_t j = 0; j < n && !nearBoundary; ++j)
                for (double h : {-1e-5, 1e-5}) {
                    probe[j] = x[j] + h;
                    std::vector<double> yp = applyTo("sparsemax", probe);
                    for (std::size_t i = 0; i < n; ++i)
                        nearBoundary |= (yp[i] > 0) != (y[i] > 0);
                    probe[j] = x[j];
                }
            if (nearBoundary)
                continue;
        }
        for (std::size_t j = 0; j < n; ++j) {
            const double h = 1e-5;
            std::vector<double> xp(x), xm(x);
            xp[j] += h;
            xm[j] -= h;
            e.vector->apply(xp, params, plus);
            e.vector->apply(xm, params, minus);
            for (std::size_t i = 0; i < m; ++i) {
                const double fd = (plus[i] - minus[i]) / (2 * h);
                // Central differences: error O(h²·f‴) ≈ 1e-10·(1/T)³ plus rounding 1e-16/h.
                const double tolerance = 1e-8 + 1e-9 * std::pow(1.0 / param + 1.0, 3);
                QVERIFY2(std::abs(jac[i * n + j] - fd) < tolerance,
                         qPrintable(QStringLiteral("%1 d%2/dx%3: %4 vs %5")
                                        .arg(id)
                                        .arg(i)
                                        .arg(j)
                                        .arg(jac[i * n + j])
                                        .arg(fd)));
            }
        }
        ++checked;
    }
    QVERIFY(checked >= 20);
}

void TestVectorActivations::jacobiansMatchClosedForms() {
    const std::vector<double> x = {0.5, -1.0, 2.0};
    const double t = 2.5;
    const std::vector<double> s = applyTo("softmax", x, {t});
    const std::vector<double> js = jacobianOf("softmax", x, {t});
    const std::vector<double> jl = jacobianOf("log_softmax", x, {t});
    const std::vector<double> jm = jacobianOf("softmin", x);
    const std::vector<double> sm = applyTo("softmin", x);
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 3; ++j) {
            const double delta = i == j ? 1.0 : 0.0;
            QVERIFY(std::abs(js[i * 3 + j] - s[i] * (delta - s[j]) / t) < 1e-16);
            QVERIFY(std::abs(jl[i * 3 + j] - (delta - s[j]) / t) < 1e-15);
            QVERIFY(std::abs(jm[i * 3 + j] + sm[i] * (delta - sm[j])) < 1e-16);
        }
    // Rows of the softmax Jacobian sum to 0 (outputs always sum to 1).
    for (std::size_t i = 0; i < 3; ++i)
        QVERIFY(std::abs(js[i * 3] + js[i * 3 + 1] + js[i * 3 + 2]) < 1e-16);
    // The CLI's diagonal for softmax(1, 1): 0.5·(1 − 0.5).
    QCOMPARE(jacobianOf("softmax", {1, 1})[0], 0.25);
}

void TestVectorActivations::gluSizes() {
    const VectorFunction &glu = *entry("glu").vector;
    QVERIFY(!glu.acceptsSize(0));
    QVERIFY(!glu.acceptsSize(1));
    QVERIFY(!glu.acceptsSize(3));
    QVERIFY(glu.acceptsSize(2));
    QVERIFY(glu.acceptsSize(8));
    QCOMPARE(glu.outputSize(8), std::size_t(4));
    for (const char *id : {"softmax", "log_softmax", "softmin", "sparsemax"}) {
        QVERIFY(!entry(id).vector->acceptsSize(0));
        QVERIFY(entry(id).vector->acceptsSize(3));
        QCOMPARE(entry(id).vector->outputSize(5), std::size_t(5));
    }
    // A refused size is reported as NaN, never read out of bounds.
    std::vector<double> y(1, 0.0);
    const std::vector<double> odd = {1, 2, 3};
    glu.apply(odd, {}, y);
    QVERIFY(std::isnan(y[0]));
}

void TestVectorActivations::gluValues() {
    const std::vector<double> x = {2.0, -3.0, 0.0, 1.5};
    const std::vector<double> y = applyTo("glu", x);
    QCOMPARE(y.size(), std::size_t(2));
    QCOMPARE(y[0], 2.0 * 0.5);
    QVERIFY(relativeError(y[1], -3.0 / (1 + std::exp(-1.5))) < 1e-15);
    const std::vector<double> j = jacobianOf("glu", x);
    QCOMPARE(j.size(), std::size_t(8));
    QCOMPARE(j[0], 0.5);        // ∂y0/∂a0 = σ(0)
    QCOMPARE(j[2], 2.0 * 0.25); // ∂y0/∂b0 = a0 σ'(0)
    QCOMPARE(j[1], 0.0);
    QCOMPARE(j[3], 0.0);
    const double s = 1 / (1 + std::exp(-1.5));
    QVERIFY(relativeError(j[4 + 3], -3.0 * s * (1 - s)) < 1e-14);
}

void TestVectorActivations::sparsemaxKnownExamples() {
    QCOMPARE(applyTo("sparsemax", {1, 0}), (std::vector<double>{1, 0}));
    QCOMPARE(applyTo("sparsemax", {0.5, 0}), (std::vector<double>{0.75, 0.25}));
    QCOMPARE(applyTo("sparsemax", {3, 1, 0.5}), (std::vector<double>{1, 0, 0}));
    QCOMPARE(applyTo("sparsemax", {2, 2}), (std::vector<double>{0.5, 0.5}));
    const std::vector<double> y = applyTo("sparsemax", {0.2, 0.1, 0.0});
    const double expected[] = {0.2 + 0.7 / 3, 0.1 + 0.7 / 3, 0.7 / 3};
    for (int i = 0; i < 3; ++i)
        QVERIFY(std::abs(y[std::size_t(i)] - expected[i]) < 1e-15);
    // Martins & Astudillo's picture: small scores are cut to exactly zero.
    const std::vector<double> sparse = applyTo("sparsemax", {1.2, 0.9, -0.5, 0.1, -2});
    QCOMPARE(sparse[2], 0.0);
    QCOMPARE(sparse[3], 0.0);
    QCOMPARE(sparse[4], 0.0);
    QVERIFY(std::abs(sparse[0] - 0.65) < 1e-15 && std::abs(sparse[1] - 0.35) < 1e-15);
}

void TestVectorActivations::sparsemaxMatchesBisection() {
    std::mt19937_64 rng(5);
    for (int trial = 0; trial < 300; ++trial) {
        const std::vector<double> x =
            randomVector(rng, 1 + std::size_t(trial % 12), trial % 3 ? 1.0 : 0.1);
        const std::vector<double> a = applyTo("sparsemax", x), b = sparsemaxByBisection(x);
        for (std::size_t i = 0; i < x.size(); ++i)
            QVERIFY(std::abs(a[i] - b[i]) < 1e-12);
    }
}

void TestVectorActivations::sparsemaxJacobianOnSupport() {
    const std::vector<double> x = {1.2, 0.9, -0.5, 0.1, -2};
    const std::vector<double> j = jacobianOf("sparsemax", x);
    // Support {0, 1}: J = diag(1,1,0,0,0) − ssᵀ/2.
    for (std::size_t i = 0; i < 5; ++i)
        for (std::size_t k = 0; k < 5; ++k) {
            const bool si = i < 2, sk = k < 2;
            const double expected = (i == k && si ? 1.0 : 0.0) - (si && sk ? 0.5 : 0.0);
            QCOMPARE(j[i * 5 + k], expected);
        }
}

void TestVectorActivations::specialValuesMirrorFrameworks() {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // Where no limit exists (a NaN entry, all entries at −inf, two at +inf) the result is NaN, as
    // PyTorch 1.13 float64 gives (activations.md §1 row 31).
    for (const char *id : {"softmax", "log_softmax", "softmin", "sparsemax"}) {
        for (const std::vector<double> &x :
             {std::vector<double>{nan, 1.0}, std::vector<double>{-inf, -inf},
              std::vector<double>{inf, inf}}) {
            const std::vector<double> y = applyTo(id, x);
            QVERIFY2(std::isnan(y[0]) && std::isnan(y[1]), id);
            const std::vector<double> j = jacobianOf(id, x);
            QCOMPARE(j.size(), std::size_t(4)); // computed, no crash
        }
    }
    // One entry at +inf: frameworks give NaN (inf − inf), but the limit exists and is one-hot
    // (the extremes policy; tst_extremes has the full table).
    QCOMPARE(applyTo("softmax", {inf, 1.0}), (std::vector<double>{1.0, 0.0}));
    QCOMPARE(applyTo("sparsemax", {inf, 1.0}), (std::vector<double>{1.0, 0.0}));
    QCOMPARE(applyTo("log_softmax", {inf, 1.0}), (std::vector<double>{0.0, -inf}));
    QCOMPARE(applyTo("softmax", {-inf, inf}), (std::vector<double>{0.0, 1.0}));
    QCOMPARE(applyTo("softmin", {-inf, inf}), (std::vector<double>{1.0, 0.0}));
    QCOMPARE(applyTo("softmin", {inf, 1.0}), (std::vector<double>{0.0, 1.0}));
    QCOMPARE(applyTo("softmax", {-inf, 1.0}), (std::vector<double>{0.0, 1.0}));
    QCOMPARE(applyTo("log_softmax", {-inf, 1.0}), (std::vector<double>{-inf, 0.0}));
    QCOMPARE(applyTo("sparsemax", {-inf, 1.0}), (std::vector<double>{0.0, 1.0}));
    for (double v : jacobianOf("softmax", {-inf, 1.0}))
        QCOMPARE(v, 0.0);
    QVERIFY(std::isnan(applyTo("glu", {inf, -inf})[0]));
    QVERIFY(std::isnan(applyTo("glu", {nan, 0.0})[0]));
    QCOMPARE(applyTo("glu", {1.0, inf})[0], 1.0);
    QCOMPARE(applyTo("glu", {1.0, -inf})[0], 0.0);
    QCOMPARE(applyTo("glu", {inf, 0.0})[0], inf);
    const std::vector<double> jg = jacobianOf("glu", {1.0, inf});
    QCOMPARE(jg[0], 1.0);
    QCOMPARE(jg[1], 0.0);
}

void TestVectorActivations::extremeInputsDoNotOverflow() {
    const std::vector<double> x = {1e300, -1e300};
    QCOMPARE(applyTo("softmax", x), (std::vector<double>{1.0, 0.0}));
    QCOMPARE(applyTo("softmax", x, {0.01}), (std::vector<double>{1.0, 0.0}));
    QCOMPARE(applyTo("softmin", x), (std::vector<double>{0.0, 1.0}));
    QCOMPARE(applyTo("log_softmax", x), (std::vector<double>{0.0, -2e300}));
    QCOMPARE(applyTo("sparsemax", x), (std::vector<double>{1.0, 0.0}));
    QCOMPARE(applyTo("sparsemax", {1e300, 1e300}), (std::vector<double>{0.5, 0.5}));
    QCOMPARE(applyTo("softmax", {1.7e308, -1.7e308}, {0.01}), (std::vector<double>{1.0, 0.0}));
    QCOMPARE(applyTo("glu", {1e300, 1e300}), (std::vector<double>{1e300}));
    QCOMPARE(applyTo("glu", {-1e300, -1e300})[0], 0.0);
    for (const char *id : kAllIds)
        for (double v : jacobianOf(id, x))
            QVERIFY2(std::isfinite(v), id);
}

// What the explorer draws for a vector activation is its 1-D slice; the properties it shows
// must be that slice's, or the screen contradicts itself ("not monotonic" beside a rising curve).
void TestVectorActivations::propertiesDescribeThePlottedSlice() {
    for (const char *id : kAllIds) {
        const CatalogEntry &e = entry(id);
        const VectorSliceFunction slice(e.vector);
        const std::vector<double> p = e.spec.defaultParams();
        const Properties &claimed = e.spec.properties;
        double lowest = inf, highest = -inf;
        bool rises = false, falls = false;
        double previous = std::numeric_limits<double>::quiet_NaN();
        for (double x = -60; x <= 60; x += 0.01) {
            const double y = slice.value(x, p);
            QVERIFY2(std::isfinite(y), id);
            lowest = std::min(lowest, y);
            highest = std::max(highest, y);
            if (!std::isnan(previous)) {
                rises = rises || y > previous;
                falls = falls || y < previous;
            }
            previous = y;
        }
        QVERIFY2(claimed.monotonic == !(rises && falls), id);
        const OutputRange &r = claimed.range;
        QVERIFY2(lowest >= r.lo - 1e-12 && highest <= r.hi + 1e-12, id);
        // The bounds are reached or approached, and an unbounded side really grows.
        QVERIFY2(std::isfinite(r.lo) ? lowest <= r.lo + 1e-6 : lowest < -40, id);
        QVERIFY2(std::isfinite(r.hi) ? highest >= r.hi - 1e-6 : highest > 40, id);
        QVERIFY2(claimed.boundedBelow == std::isfinite(r.lo), id);
        QVERIFY2(claimed.boundedAbove == std::isfinite(r.hi), id);
    }
}

QTEST_APPLESS_MAIN(TestVectorActivations)
#include "tst_vectoractivations.moc"
