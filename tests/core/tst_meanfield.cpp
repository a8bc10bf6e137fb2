// SPDX-License-Identifier: GPL-3.0-or-later
// Checks the mean-field theory of the depth lab (src/core/depth/meanfield.h):
//   * the Gaussian expectations against meanfield_reference.csv, an independent mpmath
//     computation (tests/core/data/make_meanfield_reference.py, 40 digits): within 1e-10
//     relative (1-D) and 1e-9 (2-D), absolute 1e-14 where the true value is 0;
//   * the maps, fixed points, critical line and phase-diagram grid against what the theory says
//     in closed form (ReLU, tanh near 0, SELU);
//   * dropout against the defining expectation over masks and inputs, summed and integrated
//     here without the library's moment algebra;
//   * SELU's mean/variance map against quadrature and Klambauer et al.'s values.
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <QFile>
#include <QTest>

#include "activations/catalog.h"
#include "depth/gaussianquadrature.h"
#include "depth/meanfield.h"
#include "engine/parallelexecutor.h"
#include "numericcompare.h"

using namespace actlab;
using namespace actlab::depth;
using testing_numeric::relativeError;

namespace {

constexpr double kLambda = 1.0507009873554804934193349852946;
constexpr double kAlpha = 1.6732632423543772848170429916717;
constexpr double kInvSqrt2Pi = 0.39894228040143267793994605993438;
constexpr std::array<double, 1> kAtZero = {0.0}; ///< a kink at x = 0 (SELU)

MeanField meanFieldFor(const char *id, Dropout dropout = {}) {
    const CatalogEntry *entry = Catalog::builtin().find(id);
    if (!entry || !entry->scalar)
        qFatal("no scalar activation %s", id);
    return MeanField(entry->scalar, entry->spec.defaultParams(), dropout);
}

double normalCdf(double x) {
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double parse(std::string_view text) {
    double v = std::numeric_limits<double>::quiet_NaN();
    std::from_chars(text.data(), text.data() + text.size(), v);
    return v;
}

struct ReferenceRow {
    std::string id;
    std::string quantity;
    double q = 0;
    double c = 0;
    bool twoD = false;
    double value = 0;
};

std::vector<ReferenceRow> loadReference() {
    std::vector<ReferenceRow> rows;
    QFile file(QStringLiteral(ACTLAB_TEST_DATA_DIR "/meanfield_reference.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QByteArray all = file.readAll();
    const std::string_view text(all.constData(), std::size_t(all.size()));
    std::size_t start = text.find('\n') + 1; // skip the header
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        std::array<std::string_view, 5> field;
        std::size_t from = 0;
        for (std::size_t i = 0; i < field.size(); ++i) {
            const std::size_t comma = i + 1 < field.size() ? line.find(',', from) : line.size();
            field[i] = line.substr(from, comma - from);
            from = comma + 1;
        }
        ReferenceRow row;
        row.id = std::string(field[0]);
        row.quantity = std::string(field[1]);
        row.q = parse(field[2]);
        row.twoD = !field[3].empty();
        row.c = row.twoD ? parse(field[3]) : 0.0;
        row.value = parse(field[4]);
        rows.push_back(row);
    }
    return rows;
}

/// E[g1(u₁) g2(u₂)] by nested quadrature written out here (u₂ = √q(c z₁ + √(1−c²) z₂)).
template <class G1, class G2> double pairMean(const G1 &g1, const G2 &g2, double q, double c) {
    const double r = std::sqrt(q);
    const double s = std::sqrt(1 - c * c);
    const GaussianQuadrature::Options options{1e-12, 1e-15, 4000};
    const auto outer = [&](double u1) {
        return g1(u1) * GaussianQuadrature::expectation(g2, c * u1, r * s, kAtZero, options);
    };
    return GaussianQuadrature::expectation(outer, 0.0, r, kAtZero, options);
}

/// A function that is NaN for x < 0 and overflows for large x.
class BrokenFunction final : public ScalarFunction {
public:
    double value(double x, Params) const override { return x < 0 ? std::nan("") : std::exp(x); }
    double derivative(double x, Params p) const override { return value(x, p); }
    double secondDerivative(double x, Params p) const override { return value(x, p); }
};

class GrowingFunction final : public ScalarFunction {
public:
    double value(double x, Params) const override { return std::exp(x * x); }
    double derivative(double x, Params) const override { return 2 * x * std::exp(x * x); }
    double secondDerivative(double x, Params) const override {
        return (2 + 4 * x * x) * std::exp(x * x);
    }
};

} // namespace

class TestMeanField : public QObject {
    Q_OBJECT

private slots:
    void referenceExpectations();
    void reluIdentityKeepsLength();
    void reluChiIsHalfWeightVariance();
    void tanhCriticalAtUnitWeightVariance();
    void reluCriticalIsTwoForAnyBias();
    void fixedPointIsAccurateNearCriticality();
    void seluFixedPointAtUnitVariance();
    void tanhChaoticCorrelation();
    void predictFollowsTheMaps();
    void chi1GridIndependentOfThreads();
    void standardDropoutMatchesDefinition();
    void alphaDropoutMatchesDefinition();
    void seluMeanVarianceMap();
    void spectralNormOf2x2();
    void nonFiniteIntegrandsAreReported();
    void phaseKeys();
};

void TestMeanField::referenceExpectations() {
    const std::vector<ReferenceRow> rows = loadReference();
    QVERIFY2(rows.size() >= 480, "meanfield_reference.csv missing or short");
    double worst1D = 0;
    double worst2D = 0;
    int failures = 0;
    for (const ReferenceRow &row : rows) {
        const MeanField mf = meanFieldFor(row.id.c_str());
        double got = std::numeric_limits<double>::quiet_NaN();
        if (row.quantity == "mean_f")
            got = mf.meanF(row.q);
        else if (row.quantity == "mean_f2")
            got = mf.meanF2(row.q);
        else if (row.quantity == "mean_df2")
            got = mf.meanDf2(row.q);
        else if (row.quantity == "mean_d2f_f")
            got = mf.meanD2fF(row.q);
        else if (row.quantity == "mean_ff")
            got = mf.meanFF(row.q, row.q, row.c);
        else if (row.quantity == "mean_dfdf")
            got = mf.meanDfDf(row.q, row.q, row.c);
        bool ok;
        if (row.value == 0) {
            ok = std::abs(got) <= 1e-14;
        } else {
            const double error = relativeError(got, row.value);
            double &worst = row.twoD ? worst2D : worst1D;
            worst = std::max(worst, error);
            ok = error <= (row.twoD ? 1e-9 : 1e-10);
        }
        if (!ok && ++failures <= 20)
            qWarning("%s %s q=%g c=%g: got %.17g, want %.17g", row.id.c_str(), row.quantity.c_str(),
                     row.q, row.c, got, row.value);
    }
    qInfo("worst relative error: 1-D %.3g, 2-D %.3g over %zu values", worst1D, worst2D,
          rows.size());
    QCOMPARE(failures, 0);
}

void TestMeanField::reluIdentityKeepsLength() {
    const MeanField relu = meanFieldFor("relu");
    const Variances v{2.0, 0.0};
    const double q0 = 1.7;
    const int width = 128;
    const std::vector<LayerPrediction> layers = relu.predict(v, q0, 0.3, 50, width);
    QCOMPARE(layers.size(), std::size_t(51));
    QVERIFY(std::isnan(layers[0].chi));
    for (std::size_t l = 0; l < layers.size(); ++l) {
        QVERIFY2(relativeError(layers[l].q, q0) <= 1e-12, qPrintable(QString::number(l)));
        if (l > 0)
            QVERIFY(std::abs(layers[l].chi - 1) <= 1e-12);
        QVERIFY(relativeError(layers[l].gradNorm2, width) <= 1e-10);
    }
    // Correlations still converge towards 1 (the arc-cosine map has no other fixed point).
    QVERIFY(layers[50].correlation > layers[1].correlation);
    QVERIFY(layers[50].correlation <= 1);

    const FixedPoint fp = relu.fixedPoint(v, q0);
    QVERIFY(fp.qStar.has_value());
    QVERIFY(relativeError(*fp.qStar, q0) <= 1e-12);
    QVERIFY(std::abs(fp.chi1 - 1) <= 1e-12);
    QCOMPARE(fp.phase, Phase::Critical);
    QVERIFY(!fp.xiC.has_value());
}

void TestMeanField::reluChiIsHalfWeightVariance() {
    const MeanField relu = meanFieldFor("relu");
    for (double weight : {0.5, 1.0, 1.9}) {
        const double bias = 0.1;
        const FixedPoint fp = relu.fixedPoint({weight, bias});
        QVERIFY(fp.qStar.has_value());
        // q = σ_w² q/2 + σ_b²
        QVERIFY(relativeError(*fp.qStar, bias / (1 - weight / 2)) <= 1e-12);
        QVERIFY(relativeError(fp.chi1, weight / 2) <= 1e-12);
        QCOMPARE(fp.phase, Phase::Ordered);
        QVERIFY(fp.cStar.has_value() && *fp.cStar == 1);
        QVERIFY(fp.xiC.has_value());
        QVERIFY(relativeError(*fp.xiC, -1 / std::log(weight / 2)) <= 1e-10);
        QVERIFY(relativeError(relu.chi(0.37, {weight, bias}), weight / 2) <= 1e-12);
    }
    // σ_b² = 0: q → 0 (or starts there), and χ₁ is the limit q → 0⁺, not σ_w² f′(0)² = 0.
    for (double q0 : {0.0, 1.0}) {
        const FixedPoint zero = relu.fixedPoint({1.0, 0.0}, q0);
        QVERIFY(zero.qStar.has_value() && *zero.qStar == 0);
        QVERIFY(relativeError(zero.chi1, 0.5) <= 1e-12);
    }
    // Above σ_w² = 2 the length grows without bound; χ₁ is still σ_w²/2.
    const FixedPoint fp = relu.fixedPoint({3.0, 0.1});
    QVERIFY(!fp.qStar.has_value());
    QVERIFY(relativeError(fp.chi1, 1.5) <= 1e-12);
    QCOMPARE(fp.phase, Phase::Chaotic);
}

void TestMeanField::tanhCriticalAtUnitWeightVariance() {
    const MeanField tanh = meanFieldFor("tanh");
    const std::optional<double> critical = tanh.criticalWeightVariance(0.0);
    QVERIFY(critical.has_value());
    QVERIFY2(std::abs(*critical - 1) <= 1e-6, qPrintable(QString::number(*critical, 'g', 17)));

    // σ_b² = 0, σ_w² < 1: q → 0 and χ₁ is its limit σ_w² f′(0)² = σ_w².
    const FixedPoint ordered = tanh.fixedPoint({0.5, 0.0});
    QVERIFY(ordered.qStar.has_value());
    QVERIFY(*ordered.qStar == 0);
    QVERIFY(std::abs(ordered.chi1 - 0.5) <= 1e-12);
    QCOMPARE(ordered.phase, Phase::Ordered);
    QVERIFY(ordered.cStar.has_value() && *ordered.cStar == 1);

    // A bias moves the critical line to larger σ_w² (Poole et al. 2016, Fig. 2).
    const std::vector<double> biases = {0.0, 0.05, 0.2};
    const std::vector<std::optional<double>> line = tanh.criticalLine(biases);
    QCOMPARE(line.size(), biases.size());
    for (std::size_t i = 0; i < line.size(); ++i) {
        QVERIFY(line[i].has_value());
        if (i > 0)
            QVERIFY(*line[i] > *line[i - 1] + 0.01);
        // On the line χ₁ = 1.
        const FixedPoint fp = tanh.fixedPoint({*line[i], biases[i]});
        QVERIFY2(std::abs(fp.chi1 - 1) <= 1e-7, qPrintable(QString::number(fp.chi1, 'g', 17)));
    }
    const auto pool = ParallelExecutor::create(2);
    const std::vector<std::optional<double>> parallel = tanh.criticalLine(biases, pool.get());
    for (std::size_t i = 0; i < line.size(); ++i)
        QVERIFY(*parallel[i] == *line[i]);
}

void TestMeanField::reluCriticalIsTwoForAnyBias() {
    const MeanField relu = meanFieldFor("relu");
    for (double bias : {0.0, 0.3, 2.0}) {
        const std::optional<double> critical = relu.criticalWeightVariance(bias);
        QVERIFY(critical.has_value());
        QVERIFY(std::abs(*critical - 2) <= 1e-9);
    }
    // sin's χ₁ = σ_w² E[cos²] stays below 1 for σ_w² ≤ 1 ... and a function with f′ = 0 never
    // gets there: no critical point.
    const CatalogEntry *step = Catalog::builtin().find("step");
    QVERIFY(step && step->scalar);
    const MeanField flat(step->scalar, step->spec.defaultParams());
    QVERIFY(!flat.criticalWeightVariance(0.1).has_value());
}

void TestMeanField::fixedPointIsAccurateNearCriticality() {
    // Close to σ_w² = 1 tanh's length map has slope ≈ 1: plain iteration would crawl.
    const MeanField tanh = meanFieldFor("tanh");
    for (const Variances v : {Variances{1.001, 0.0}, Variances{1.3, 1e-4}, Variances{0.999, 1e-6},
                              Variances{2.0, 0.5}}) {
        const FixedPoint fp = tanh.fixedPoint(v);
        QVERIFY(fp.qStar.has_value());
        const double q = *fp.qStar;
        QVERIFY(q > 0);
        const double residual = tanh.lengthMap(q, v) - q;
        QVERIFY2(
            std::abs(residual) <= 1e-13 * q,
            qPrintable(QStringLiteral("%1 %2 residual %3").arg(v.weight).arg(q).arg(residual)));
        QVERIFY(relativeError(fp.chi1, tanh.chi(q, v)) == 0);
    }
    // From below and from above, the same stable point.
    const FixedPoint low = tanh.fixedPoint({1.5, 0.1}, 1e-3);
    const FixedPoint high = tanh.fixedPoint({1.5, 0.1}, 50);
    QVERIFY(relativeError(*low.qStar, *high.qStar) <= 1e-12);
}

void TestMeanField::seluFixedPointAtUnitVariance() {
    // λ and α are chosen so that E[selu(z)²] = 1 for z ~ N(0, 1): q* = 1 with σ_w² = 1.
    const MeanField selu = meanFieldFor("selu");
    const FixedPoint fp = selu.fixedPoint({1.0, 0.0});
    QVERIFY(fp.qStar.has_value());
    QVERIFY(std::abs(*fp.qStar - 1) <= 1e-6);
    // χ₁ = λ²(½ + α² e² Φ(−2)) ≈ 1.0716: just on the chaotic side of the edge.
    const double chi1 = kLambda * kLambda * (0.5 + kAlpha * kAlpha * std::exp(2.0) * normalCdf(-2));
    QVERIFY(relativeError(fp.chi1, chi1) <= 1e-10);
    QVERIFY(std::abs(fp.chi1 - 1) < 0.1);
    QCOMPARE(fp.phase, Phase::Chaotic);
    // dq/dq at q* = 1 is the ν-ν entry of SELU's Jacobian (Klambauer et al.: 0.7826).
    QVERIFY(fp.xiQ.has_value());
    QVERIFY(std::abs(std::exp(-1 / *fp.xiQ) - 0.782648) <= 1e-5);
    QVERIFY(fp.cStar.has_value() && *fp.cStar < 1);
}

void TestMeanField::tanhChaoticCorrelation() {
    const MeanField tanh = meanFieldFor("tanh");
    const Variances v{2.5, 0.05};
    const FixedPoint fp = tanh.fixedPoint(v);
    QCOMPARE(fp.phase, Phase::Chaotic);
    QVERIFY(fp.qStar.has_value());
    QVERIFY(fp.cStar.has_value());
    const double c = *fp.cStar;
    QVERIFY(c > 0 && c < 1);
    QVERIFY(std::abs(tanh.correlationMap(c, *fp.qStar, v) - c) <= 1e-10);
    QVERIFY(fp.xiC.has_value() && std::isfinite(*fp.xiC) && *fp.xiC > 0);
    // ξ_c = −1/ln χ_c with χ_c = σ_w² E[f′(u₁) f′(u₂)] at c*.
    const double chiC = v.weight * tanh.meanDfDf(*fp.qStar, *fp.qStar, c);
    QVERIFY(relativeError(*fp.xiC, -1 / std::log(chiC)) <= 1e-12);
    // Without bias the map is odd and c* = 0.
    const FixedPoint odd = tanh.fixedPoint({2.5, 0.0});
    QVERIFY(odd.cStar.has_value() && std::abs(*odd.cStar) <= 1e-12);
}

void TestMeanField::predictFollowsTheMaps() {
    const MeanField gelu = meanFieldFor("gelu");
    const Variances v{1.8, 0.02};
    const int depth = 12;
    const int width = 64;
    const std::vector<LayerPrediction> layers = gelu.predict(v, 2.0, 0.2, depth, width);
    QCOMPARE(layers.size(), std::size_t(depth + 1));
    QCOMPARE(layers[0].q, 2.0);
    QCOMPARE(layers[0].correlation, 0.2);
    double product = width;
    QVERIFY(relativeError(layers[depth].gradNorm2, width) == 0);
    for (int l = depth; l >= 1; --l) {
        const LayerPrediction &previous = layers[std::size_t(l - 1)];
        const LayerPrediction &layer = layers[std::size_t(l)];
        QVERIFY(relativeError(layer.q, gelu.lengthMap(previous.q, v)) <= 1e-15);
        QVERIFY(relativeError(layer.chi, gelu.chi(previous.q, v)) <= 1e-15);
        QVERIFY(relativeError(layer.correlation,
                              gelu.correlationMap(previous.correlation, previous.q, v)) <= 1e-15);
        product *= layer.chi;
        QVERIFY(relativeError(previous.gradNorm2, product) <= 1e-13);
    }
}

void TestMeanField::chi1GridIndependentOfThreads() {
    const MeanField tanh = meanFieldFor("tanh");
    std::vector<double> weights;
    std::vector<double> biases;
    for (int i = 0; i < 12; ++i)
        weights.push_back(0.2 + 0.3 * i);
    for (int j = 0; j < 5; ++j)
        biases.push_back(0.05 * j);
    const std::vector<double> here = tanh.chi1Grid(weights, biases);
    const auto one = ParallelExecutor::create(1);
    const auto two = ParallelExecutor::create(2);
    const std::vector<double> single = tanh.chi1Grid(weights, biases, one.get());
    const std::vector<double> dual = tanh.chi1Grid(weights, biases, two.get());
    QCOMPARE(here.size(), weights.size() * biases.size());
    for (std::size_t i = 0; i < here.size(); ++i) {
        QVERIFY(std::isfinite(here[i]));
        QVERIFY(single[i] == here[i]); // bit for bit
        QVERIFY(dual[i] == here[i]);
    }
    // Row-major over biases × weights, each entry χ₁ at that point.
    QVERIFY(here[2 * weights.size() + 7] == tanh.fixedPoint({weights[7], biases[2]}).chi1);

    const std::atomic<bool> cancel{true};
    const std::vector<double> stopped = tanh.chi1Grid(weights, biases, two.get(), &cancel);
    QCOMPARE(stopped.size(), here.size());
    for (double value : stopped)
        QVERIFY(std::isnan(value));
}

void TestMeanField::standardDropoutMatchesDefinition() {
    // x = m f/(1 − p), m ~ Bernoulli(1 − p), one mask per input: sum over the masks, integrate
    // over the inputs.
    const double p = 0.3;
    const CatalogEntry *entry = Catalog::builtin().find("tanh");
    const std::vector<double> params = entry->spec.defaultParams();
    const auto f = [&](double u) { return entry->scalar->value(u, params); };
    const MeanField mf(entry->scalar, params, {DropoutKind::Standard, p});
    const Variances v{1.7, 0.1};
    const double q = 1.3;
    const double c = 0.4;
    double x2 = 0;
    double cross = 0;
    for (int ma = 0; ma <= 1; ++ma) {
        const double pa = ma ? 1 - p : p;
        const auto xa = [&](double u) { return ma * f(u) / (1 - p); };
        x2 += pa * GaussianQuadrature::expectation([&](double u) { return xa(u) * xa(u); }, 0.0,
                                                   std::sqrt(q), {}, {});
        for (int mb = 0; mb <= 1; ++mb) {
            const double pb = mb ? 1 - p : p;
            const auto xb = [&](double u) { return mb * f(u) / (1 - p); };
            cross += pa * pb * pairMean(xa, xb, q, c);
        }
    }
    const double qNext = v.weight * x2 + v.bias;
    QVERIFY(relativeError(mf.lengthMap(q, v), qNext) <= 1e-11);
    QVERIFY(relativeError(mf.correlationMap(c, q, v), (v.weight * cross + v.bias) / qNext) <= 1e-9);
    // ∂x/∂f = m/(1 − p): E[(∂x/∂f)²] = 1/(1 − p).
    QVERIFY(relativeError(mf.chi(q, v), v.weight * mf.meanDf2(q) / (1 - p)) <= 1e-14);
    // With dropout two copies of one input decorrelate: c = 1 is no longer a fixed point.
    QVERIFY(mf.correlationMap(1.0, q, v) < 1 - 1e-3);
    const FixedPoint fp = mf.fixedPoint({0.8, 0.1});
    QVERIFY(fp.cStar.has_value() && *fp.cStar < 1);
    QVERIFY(std::abs(mf.correlationMap(*fp.cStar, *fp.qStar, {0.8, 0.1}) - *fp.cStar) <= 1e-10);
}

void TestMeanField::alphaDropoutMatchesDefinition() {
    // x = a(m f + (1 − m) α′) + b, m ~ Bernoulli(1 − p), one mask per input.
    const double p = 0.2;
    const AlphaDropoutAffine affine = alphaDropoutAffine(p);
    const CatalogEntry *entry = Catalog::builtin().find("selu");
    const std::vector<double> params = entry->spec.defaultParams();
    const auto f = [&](double u) { return entry->scalar->value(u, params); };
    const MeanField mf(entry->scalar, params, {DropoutKind::Alpha, p});
    const Variances v{1.0, 0.05};
    for (const auto &[q, c] : {std::pair{1.0, 0.5}, std::pair{2.2, -0.3}}) {
        double x2 = 0;
        double cross = 0;
        for (int ma = 0; ma <= 1; ++ma) {
            const double pa = ma ? 1 - p : p;
            const auto xa = [&](double u) {
                return affine.a * (ma ? f(u) : affine.alphaPrime) + affine.b;
            };
            x2 += pa * GaussianQuadrature::expectation([&](double u) { return xa(u) * xa(u); }, 0.0,
                                                       std::sqrt(q), kAtZero, {});
            for (int mb = 0; mb <= 1; ++mb) {
                const double pb = mb ? 1 - p : p;
                const auto xb = [&](double u) {
                    return affine.a * (mb ? f(u) : affine.alphaPrime) + affine.b;
                };
                cross += pa * pb * pairMean(xa, xb, q, c);
            }
        }
        const double qNext = v.weight * x2 + v.bias;
        QVERIFY(relativeError(mf.lengthMap(q, v), qNext) <= 1e-11);
        QVERIFY2(
            relativeError(mf.correlationMap(c, q, v), (v.weight * cross + v.bias) / qNext) <= 1e-9,
            qPrintable(QString::number(mf.correlationMap(c, q, v), 'g', 17) + QLatin1Char(' ') +
                       QString::number((v.weight * cross + v.bias) / qNext, 'g', 17)));
        // ∂x/∂f = a m: E[(∂x/∂f)²] = a²(1 − p).
        QVERIFY(relativeError(mf.chi(q, v),
                              v.weight * affine.a * affine.a * (1 - p) * mf.meanDf2(q)) <= 1e-14);
    }
    // AlphaDropout keeps SELU's fixed point: inputs of mean 0 and variance 1 stay so.
    const MeanField plain = meanFieldFor("selu");
    QVERIFY(std::abs(mf.lengthMap(1.0, {1.0, 0.0}) - 1) <= 1e-10);
    QVERIFY(std::abs(plain.lengthMap(1.0, {1.0, 0.0}) - 1) <= 1e-12);
}

void TestMeanField::seluMeanVarianceMap() {
    // The fixed point (0, 1).
    const MeanVariance out = depth::seluMeanVarianceMap({0, 1}, kLambda, kAlpha);
    QVERIFY(std::abs(out.mean) <= 1e-8);
    QVERIFY(std::abs(out.variance - 1) <= 1e-8);

    // Closed form against quadrature of the definition, also with ω ≠ 0 and τ ≠ 1.
    const auto selu = [](double x) {
        return x > 0 ? kLambda * x : kLambda * kAlpha * std::expm1(x);
    };
    for (const auto &[mu, nu, omega, tau] :
         {std::array{0.0, 1.0, 0.0, 1.0}, std::array{0.3, 1.4, 0.5, 1.2},
          std::array{-1.0, 0.2, 2.0, 0.7}, std::array{2.0, 3.0, -1.5, 2.0}}) {
        const MeanVariance got = depth::seluMeanVarianceMap({mu, nu}, kLambda, kAlpha, omega, tau);
        const double m = mu * omega;
        const double sd = std::sqrt(nu * tau);
        const double mean = GaussianQuadrature::expectation(selu, m, sd, kAtZero, {});
        const double second = GaussianQuadrature::expectation(
            [&](double x) { return selu(x) * selu(x); }, m, sd, kAtZero, {});
        QVERIFY(std::abs(got.mean - mean) <= 1e-12 * std::max(1.0, std::abs(mean)));
        QVERIFY(relativeError(got.variance, second - mean * mean) <= 1e-11);
    }

    // Jacobian at (0, 1) with ω = 0, τ = 1: μ̃ and ν̃ do not depend on μ; ∂ν̃/∂ν = E[f′²] + E[f f″]
    // (the length map's slope) and ∂μ̃/∂ν = ½E[f″], f″ including the jump of f′ at 0.
    const std::array<double, 4> j = seluMeanVarianceJacobian({0, 1}, kLambda, kAlpha);
    QVERIFY(std::abs(j[0]) <= 1e-10);
    QVERIFY(std::abs(j[2]) <= 1e-10);
    const double smoothPart = kLambda * kAlpha * std::exp(0.5) * normalCdf(-1);
    const double jump = (kLambda - kLambda * kAlpha) * kInvSqrt2Pi;
    QVERIFY(std::abs(j[1] - 0.5 * (smoothPart + jump)) <= 1e-9);
    const MeanField mf = meanFieldFor("selu");
    QVERIFY(std::abs(j[3] - (mf.meanDf2(1) + mf.meanD2fF(1))) <= 1e-9);
    // Klambauer et al. 2017: about 0.0888 and 0.7826, spectral norm 0.7877 < 1.
    QVERIFY(std::abs(j[1] - 0.088834) <= 1e-5);
    QVERIFY(std::abs(j[3] - 0.782648) <= 1e-5);
    const double norm = spectralNorm2x2(j);
    QVERIFY(norm < 1);
    QVERIFY(std::abs(norm - 0.7877) <= 1e-4);

    // Away from the fixed point the Jacobian matches a plain finite difference of the map.
    const MeanVariance at{0.4, 1.3};
    const std::array<double, 4> k = seluMeanVarianceJacobian(at, kLambda, kAlpha, 0.8, 1.1);
    const double h = 1e-6;
    const MeanVariance up =
        depth::seluMeanVarianceMap({at.mean + h, at.variance}, kLambda, kAlpha, 0.8, 1.1);
    const MeanVariance down =
        depth::seluMeanVarianceMap({at.mean - h, at.variance}, kLambda, kAlpha, 0.8, 1.1);
    QVERIFY(std::abs(k[0] - (up.mean - down.mean) / (2 * h)) <= 1e-8);
    QVERIFY(std::abs(k[2] - (up.variance - down.variance) / (2 * h)) <= 1e-8);
}

void TestMeanField::spectralNormOf2x2() {
    QCOMPARE(spectralNorm2x2({3, 0, 0, -5}), 5.0);
    // [[1, 1], [0, 1]]: σ_max = golden ratio.
    QVERIFY(std::abs(spectralNorm2x2({1, 1, 0, 1}) - (1 + std::sqrt(5.0)) / 2) <= 1e-15);
    QVERIFY(std::abs(spectralNorm2x2({0, 0.088834, 0, 0.782648}) -
                     std::hypot(0.088834, 0.782648)) <= 1e-15);
}

void TestMeanField::nonFiniteIntegrandsAreReported() {
    const MeanField broken(std::make_shared<BrokenFunction>(), {});
    QVERIFY(std::isnan(broken.meanF(1)));
    QVERIFY(std::isnan(broken.meanFF(1, 1, 0.5)));
    QVERIFY(std::isnan(broken.fixedPoint({1, 0}).chi1));
    // E[e^(2u²)] diverges for q ≥ ¼: +inf, not a finite number or a crash.
    const MeanField growing(std::make_shared<GrowingFunction>(), {});
    QVERIFY(std::isinf(growing.meanF2(1)));
    QVERIFY(std::isfinite(growing.meanF2(0.1)));
    QVERIFY(!growing.fixedPoint({1, 0}).qStar.has_value());
    QVERIFY(std::isnan(meanFieldFor("tanh").meanF(-1)));
    QCOMPARE(meanFieldFor("sigmoid").meanF(0), 0.5);
}

void TestMeanField::phaseKeys() {
    QCOMPARE(phaseKey(Phase::Ordered), "ordered");
    QCOMPARE(phaseKey(Phase::Critical), "critical");
    QCOMPARE(phaseKey(Phase::Chaotic), "chaotic");
}

QTEST_APPLESS_MAIN(TestMeanField)
#include "tst_meanfield.moc"
