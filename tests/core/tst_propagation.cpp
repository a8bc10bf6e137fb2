// SPDX-License-Identifier: GPL-3.0-or-later
#include <chrono>
#include <cmath>
#include <cstring>
#include <thread>
#include <vector>

#include <QTest>

#include "depth/propagation.h"
#include "engine/parallelexecutor.h"
#include "network/hiddenactivation.h"
#include "numericcompare.h"

using namespace actlab;
using namespace actlab::depth;
using testing_numeric::relativeError;

namespace {

/// A catalog id, or a typed formula when `formula` is set.
HiddenActivation activation(const char *id, const char *formula = "") {
    ActivationChoice choice;
    choice.id = id;
    choice.formula = formula;
    auto resolved = resolveHiddenActivation(choice);
    if (!std::holds_alternative<HiddenActivation>(resolved))
        qFatal("activation refused");
    return std::get<HiddenActivation>(resolved);
}

PropagationConfig configFor(const char *id, std::optional<Initializer> init, int depth, int batch) {
    PropagationConfig c;
    c.activation = activation(id);
    c.depth = depth;
    c.width = 1024;
    c.batch = batch;
    c.weights.initializer = init;
    c.inputCorrelation = 0;
    return c;
}

PropagationResult run(const PropagationConfig &config, int threads = 2,
                      ParallelExecutor::Kind kind = ParallelExecutor::defaultKind()) {
    if (const char *field = invalidPropagationField(config))
        qFatal("invalid configuration: %s", field);
    auto executor = ParallelExecutor::create(threads, kind);
    return propagate(config, *executor);
}

double secondMoment(const LayerStatistics &s) {
    return s.preVariance + s.preMean * s.preMean;
}

bool sameBits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}

/// Every field of every layer, bit for bit.
bool identical(const PropagationResult &a, const PropagationResult &b) {
    if (a.cancelled != b.cancelled || a.layers.size() != b.layers.size() || a.layers.empty())
        return false;
    for (std::size_t l = 0; l < a.layers.size(); ++l) {
        const LayerStatistics &x = a.layers[l], &y = b.layers[l];
        const double xs[] = {x.preMean,   x.preVariance, x.postMean,  x.postVariance,
                             x.saturated, x.dead,        x.gradNorm2, x.correlation};
        const double ys[] = {y.preMean,   y.preVariance, y.postMean,  y.postVariance,
                             y.saturated, y.dead,        y.gradNorm2, y.correlation};
        for (std::size_t k = 0; k < std::size(xs); ++k)
            if (!sameBits(xs[k], ys[k]))
                return false;
        if (x.histogram.size() != y.histogram.size())
            return false;
        for (std::size_t k = 0; k < x.histogram.size(); ++k)
            if (!sameBits(x.histogram[k], y.histogram[k]))
                return false;
    }
    return true;
}

} // namespace

/** The measured half of the depth lab: signals and gradients through one random network. */
class TestPropagation : public QObject {
    Q_OBJECT

private slots:
    void reluGlorotHalvesVariance();
    void sigmoidGradientVanishes();
    void seluSelfNormalises_data();
    void seluSelfNormalises();
    void standardDropoutBreaksSelu();
    void dropoutScalesSignalAndGradient_data();
    void dropoutScalesSignalAndGradient();
    void identicalForAnyThreadCount();
    void regeneratedWeightsMatchKeptOnes();
    void seedChangesResult();
    void inputLayer_data();
    void inputLayer();
    void histogram();
    void deadAndSaturated();
    void outputGradientHasUnitEntries();
    void formulaMatchesCatalog();
    void cancelReturnsPromptly();
    void progressReachesSteps();
    void invalidFields_data();
    void invalidFields();
};

void TestPropagation::reluGlorotHalvesVariance() {
    // Glorot uniform at fan-in = fan-out gives σ_w² = 1, and E[relu(h)²] = E[h²]/2. One network
    // of width N wanders: log E[h²] has a variance of about 5l/N (Hanin 2018), ±25 % at layer
    // 10 whatever the batch, because ReLU makes the inputs alike. So average eight networks and
    // test the mean factor per layer, whose spread is about 0.8 %.
    constexpr int kNetworks = 8, kDepth = 10;
    double firstLayer = 0, logLast = 0;
    for (int seed = 1; seed <= kNetworks; ++seed) {
        PropagationConfig c = configFor("relu", Initializer::GlorotUniform, kDepth, 16);
        c.seed = std::uint64_t(seed);
        c.inputVariance = 3;
        const PropagationResult r = run(c);
        QCOMPARE(r.layers.size(), std::size_t(kDepth + 1));
        QVERIFY(relativeError(secondMoment(r.layers[0]), c.inputVariance) < 0.02);
        firstLayer += secondMoment(r.layers[1]) / c.inputVariance / kNetworks;
        logLast += std::log(secondMoment(r.layers[kDepth]) / c.inputVariance) / kNetworks;
    }
    QVERIFY2(relativeError(firstLayer, 0.5) < 0.03, qPrintable(QString::number(firstLayer)));
    const double perLayer = std::exp(logLast / kDepth);
    QVERIFY2(relativeError(perLayer, 0.5) < 0.03, qPrintable(QString::number(perLayer)));
}

void TestPropagation::sigmoidGradientVanishes() {
    const PropagationResult r = run(configFor("sigmoid", Initializer::GlorotUniform, 20, 8));
    const double top = r.layers[20].gradNorm2, bottom = r.layers[0].gradNorm2;
    QVERIFY(top > 0 && bottom > 0);
    QVERIFY2(bottom / top < 1e-6, qPrintable(QString::number(bottom / top)));
}

void TestPropagation::seluSelfNormalises_data() {
    QTest::addColumn<int>("dropout");
    QTest::newRow("no dropout") << int(DropoutKind::None);
    QTest::newRow("alpha dropout 0.1") << int(DropoutKind::Alpha);
}

void TestPropagation::seluSelfNormalises() {
    QFETCH(int, dropout);
    PropagationConfig c = configFor("selu", Initializer::LecunNormal, 50, 32);
    c.dropout = {DropoutKind(dropout), 0.1};
    const PropagationResult result = run(c);
    const LayerStatistics &s = result.layers[50];
    QVERIFY2(std::abs(s.preMean) < 0.05, qPrintable(QString::number(s.preMean)));
    QVERIFY2(std::abs(s.postMean) < 0.05, qPrintable(QString::number(s.postMean)));
    QVERIFY2(std::abs(s.preVariance - 1) < 0.1, qPrintable(QString::number(s.preVariance)));
    QVERIFY2(std::abs(s.postVariance - 1) < 0.1, qPrintable(QString::number(s.postVariance)));
}

void TestPropagation::standardDropoutBreaksSelu() {
    PropagationConfig c = configFor("selu", Initializer::LecunNormal, 50, 32);
    c.dropout = {DropoutKind::Standard, 0.1};
    const PropagationResult result = run(c);
    const LayerStatistics &s = result.layers[50];
    // Inverted dropout scales the survivors by 1/(1 − p), so E[x²] grows by that factor each
    // layer; SELU pulls back only part of it and settles at a new fixed point, about 1.64 for
    // the pre-activation and 1.47 after SELU at p = 0.1: far outside the ±10 % band. The means
    // stay near 0, so only the variance is asserted.
    QVERIFY2(s.preVariance > 1.4, qPrintable(QString::number(s.preVariance)));
    QVERIFY2(s.postVariance > 1.25, qPrintable(QString::number(s.postVariance)));
    QVERIFY(std::abs(s.preMean) < 0.05);
}

void TestPropagation::dropoutScalesSignalAndGradient_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("forward");  // E[h²] factor per layer
    QTest::addColumn<double>("backward"); // gradNorm2 factor per layer, going down
    const double p = 0.2;
    const AlphaDropoutAffine alpha = alphaDropoutAffine(p);
    // Linear f, σ_w² = 1, q⁰ = 1: inverted dropout multiplies E[x²] and E[m′²] by 1/(1 − p);
    // AlphaDropout keeps E[x²] = 1 and E[m′²] = a²(1 − p).
    QTest::newRow("none") << int(DropoutKind::None) << 1.0 << 1.0;
    QTest::newRow("standard") << int(DropoutKind::Standard) << 1 / (1 - p) << 1 / (1 - p);
    QTest::newRow("alpha") << int(DropoutKind::Alpha) << 1.0 << alpha.a * alpha.a * (1 - p);
}

void TestPropagation::dropoutScalesSignalAndGradient() {
    QFETCH(int, kind);
    QFETCH(double, forward);
    QFETCH(double, backward);
    constexpr int kDepth = 5;
    PropagationConfig c = configFor("linear", Initializer::LecunNormal, kDepth, 64);
    c.dropout = {DropoutKind(kind), 0.2};
    const PropagationResult r = run(c);
    const double measuredForward =
        std::pow(secondMoment(r.layers[kDepth]) / secondMoment(r.layers[0]), 1.0 / kDepth);
    const double measuredBackward =
        std::pow(r.layers[0].gradNorm2 / r.layers[kDepth].gradNorm2, 1.0 / kDepth);
    QVERIFY2(relativeError(measuredForward, forward) < 0.02,
             qPrintable(QString::number(measuredForward)));
    QVERIFY2(relativeError(measuredBackward, backward) < 0.02,
             qPrintable(QString::number(measuredBackward)));
}

void TestPropagation::identicalForAnyThreadCount() {
    // Odd batch (an unpaired last sample), biases, dropout masks and several shards.
    PropagationConfig c = configFor("tanh", std::nullopt, 4, 255);
    c.weights.weightVariance = 1.5;
    c.biasVariance = 0.05;
    c.inputCorrelation = 0.3;
    c.dropout = {DropoutKind::Standard, 0.2};
    const PropagationResult one = run(c, 1);
    QVERIFY(identical(one, run(c, 2)));
    QVERIFY(identical(one, run(c, 4)));
    QVERIFY(identical(one, run(c, 1)));
    QVERIFY(identical(one, run(c, 2, ParallelExecutor::Kind::ThreadPool)));
    c.dropout = {DropoutKind::Alpha, 0.2};
    QVERIFY(identical(run(c, 1), run(c, 2)));
}

void TestPropagation::regeneratedWeightsMatchKeptOnes() {
    // Beyond the cache budget each layer's weights are drawn again for the backward pass, from
    // the same streams: the gradients (and everything else) must not change by a bit.
    PropagationConfig c = configFor("tanh", Initializer::HeUniform, 6, 32);
    c.biasVariance = 0.1;
    c.dropout = {DropoutKind::Standard, 0.1};
    auto executor = ParallelExecutor::create(2);
    const PropagationResult kept = detail::propagateWithWeightCache(c, *executor, 1u << 30);
    const PropagationResult drawn = detail::propagateWithWeightCache(c, *executor, 0);
    QVERIFY(identical(kept, drawn));
    QVERIFY(identical(kept, run(c)));
}

void TestPropagation::seedChangesResult() {
    PropagationConfig c = configFor("tanh", Initializer::GlorotNormal, 3, 16);
    const PropagationResult first = run(c);
    c.seed = 2;
    const PropagationResult second = run(c);
    QVERIFY(!identical(first, second));
    // Every layer, the input included, and the gradient differ.
    for (std::size_t l = 0; l < first.layers.size(); ++l) {
        QVERIFY(first.layers[l].preVariance != second.layers[l].preVariance);
        QVERIFY(first.layers[l].gradNorm2 != second.layers[l].gradNorm2);
    }
}

void TestPropagation::inputLayer_data() {
    QTest::addColumn<double>("correlation");
    QTest::addColumn<double>("variance");
    QTest::newRow("c 0.5, q 2") << 0.5 << 2.0;
    QTest::newRow("c -0.3, q 0.1") << -0.3 << 0.1;
    QTest::newRow("c 1, q 1") << 1.0 << 1.0;
    QTest::newRow("c 0, q 30") << 0.0 << 30.0;
}

void TestPropagation::inputLayer() {
    QFETCH(double, correlation);
    QFETCH(double, variance);
    PropagationConfig c = configFor("tanh", Initializer::GlorotUniform, 1, 64);
    c.inputCorrelation = correlation;
    c.inputVariance = variance;
    const PropagationResult result = run(c);
    const LayerStatistics &s = result.layers[0];
    QVERIFY2(std::abs(s.correlation - correlation) < 0.02,
             qPrintable(QString::number(s.correlation)));
    QVERIFY2(relativeError(s.preVariance, variance) < 0.02,
             qPrintable(QString::number(s.preVariance)));
    QVERIFY(std::abs(s.preMean) < 0.02 * std::sqrt(variance));
}

void TestPropagation::histogram() {
    // Four bins over [−1, 1]: the first holds everything below −0.5, Φ(−0.5) = 0.3085.
    PropagationConfig c = configFor("tanh", Initializer::GlorotUniform, 2, 64);
    c.histogramBins = 4;
    c.histogramRange = 1;
    const PropagationResult r = run(c);
    for (const LayerStatistics &s : r.layers) {
        QCOMPARE(s.histogram.size(), std::size_t(4));
        double sum = 0;
        for (double f : s.histogram)
            sum += f;
        QVERIFY(std::abs(sum - 1) < 1e-12);
    }
    const std::vector<double> &h0 = r.layers[0].histogram;
    QVERIFY2(std::abs(h0[0] - 0.3085) < 0.01, qPrintable(QString::number(h0[0])));
    QVERIFY2(std::abs(h0[3] - 0.3085) < 0.01, qPrintable(QString::number(h0[3])));
    QVERIFY2(std::abs(h0[1] - 0.1915) < 0.01, qPrintable(QString::number(h0[1])));
}

void TestPropagation::deadAndSaturated() {
    const PropagationResult relu = run(configFor("relu", Initializer::HeNormal, 5, 32));
    for (const LayerStatistics &s : relu.layers) {
        QVERIFY2(std::abs(s.dead - 0.5) < 0.04, qPrintable(QString::number(s.dead)));
        QCOMPARE(s.saturated, s.dead); // relu′ is 0 or 1
    }

    PropagationConfig tanh = configFor("tanh", std::nullopt, 5, 32);
    tanh.weights.weightVariance = 1;
    const PropagationResult calmResult = run(tanh);
    const LayerStatistics &calm = calmResult.layers[5];
    QVERIFY2(calm.saturated < 0.01, qPrintable(QString::number(calm.saturated)));
    tanh.weights.weightVariance = 100;
    const PropagationResult hotResult = run(tanh);
    const LayerStatistics &hot = hotResult.layers[5];
    // q* ≈ σ_w² E[tanh²] ≈ 95; tanh′ < 0.01 beyond |h| ≈ 3, about three in four units.
    QVERIFY2(hot.saturated > 0.6, qPrintable(QString::number(hot.saturated)));
    QCOMPARE(hot.dead, 0.0);
}

void TestPropagation::outputGradientHasUnitEntries() {
    const PropagationResult r = run(configFor("tanh", Initializer::GlorotUniform, 3, 32));
    QVERIFY2(relativeError(r.layers[3].gradNorm2, 1024) < 0.03,
             qPrintable(QString::number(r.layers[3].gradNorm2)));
}

void TestPropagation::formulaMatchesCatalog() {
    PropagationConfig c = configFor("tanh", Initializer::GlorotNormal, 10, 16);
    c.inputCorrelation = 0.4;
    const PropagationResult catalog = run(c);
    c.activation = activation("", "tanh(x)");
    QCOMPARE(c.activation.id, std::string("formula"));
    const PropagationResult formula = run(c);
    QCOMPARE(formula.layers.size(), catalog.layers.size());
    const auto close = [](double a, double b) {
        return std::abs(a - b) <= 1e-12 * std::abs(b) + 1e-15;
    };
    for (std::size_t l = 0; l < catalog.layers.size(); ++l) {
        const LayerStatistics &x = formula.layers[l], &y = catalog.layers[l];
        QVERIFY(close(x.preMean, y.preMean));
        QVERIFY(close(x.preVariance, y.preVariance));
        QVERIFY(close(x.postMean, y.postMean));
        QVERIFY(close(x.postVariance, y.postVariance));
        QVERIFY(close(x.saturated, y.saturated));
        QVERIFY(close(x.correlation, y.correlation));
        QVERIFY2(close(x.gradNorm2, y.gradNorm2), qPrintable(QStringLiteral("%1: %2").arg(l).arg(
                                                      relativeError(x.gradNorm2, y.gradNorm2))));
        QCOMPARE(x.histogram, y.histogram);
    }
}

void TestPropagation::cancelReturnsPromptly() {
    PropagationConfig c = configFor("tanh", Initializer::GlorotUniform, 200, 64);
    auto executor = ParallelExecutor::create(2);
    std::atomic<bool> cancel{true};
    std::atomic<std::size_t> progress{0};
    PropagationResult r = propagate(c, *executor, &cancel, &progress);
    QVERIFY(r.cancelled);
    QVERIFY(r.layers.empty());
    QCOMPARE(progress.load(), std::size_t(0));

    // Cancelled mid-run: returns within a layer or two, long before the 400 steps.
    cancel = false;
    std::size_t progressAtCancel = 0;
    std::thread worker([&] { r = propagate(c, *executor, &cancel, &progress); });
    while (progress.load() < 3)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    cancel = true;
    progressAtCancel = progress.load();
    worker.join();
    QVERIFY(r.cancelled);
    QVERIFY(r.layers.empty());
    // Stopped at the next check: at most the layer pass that was under way finished after it.
    QVERIFY2(progress.load() <= progressAtCancel + 1,
             qPrintable(QStringLiteral("%1 then %2").arg(progressAtCancel).arg(progress.load())));
}

void TestPropagation::progressReachesSteps() {
    const PropagationConfig c = configFor("tanh", Initializer::GlorotUniform, 7, 8);
    QCOMPARE(propagationSteps(c), std::size_t(14));
    auto executor = ParallelExecutor::create(2);
    std::atomic<std::size_t> progress{0};
    const PropagationResult r = propagate(c, *executor, nullptr, &progress);
    QVERIFY(!r.cancelled);
    QCOMPARE(r.layers.size(), std::size_t(8));
    QCOMPARE(progress.load(), propagationSteps(c));
}

void TestPropagation::invalidFields_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    const auto row = [](const char *field, double value) {
        QTest::addRow("%s = %g", field, value) << QString::fromLatin1(field) << value;
    };
    row("depth", 0);
    row("depth", kMaxDepth + 1);
    row("width", 0);
    row("width", kMaxWidth + 1);
    row("batch", 1);
    row("batch", kMaxBatch + 1);
    row("inputVariance", 0);
    row("inputVariance", INFINITY);
    row("biasVariance", -0.1);
    row("biasVariance", NAN);
    row("weightVariance", 0);
    row("weightVariance", INFINITY);
    row("inputCorrelation", 1.01);
    row("inputCorrelation", -1.01);
    row("dropoutRate", 0.51);
    row("dropoutRate", -0.1);
    row("histogramBins", 1);
    row("histogramBins", kMaxHistogramBins + 1);
    row("histogramRange", 0);
    row("histogramRange", NAN);
    row("size", 0);
}

void TestPropagation::invalidFields() {
    QFETCH(QString, field);
    QFETCH(double, value);
    PropagationConfig c;
    c.activation = activation("tanh");
    QCOMPARE(invalidPropagationField(c), nullptr);
    const std::string f = field.toStdString();
    if (f == "depth")
        c.depth = int(value);
    else if (f == "width")
        c.width = int(value);
    else if (f == "batch")
        c.batch = int(value);
    else if (f == "inputVariance")
        c.inputVariance = value;
    else if (f == "biasVariance")
        c.biasVariance = value;
    else if (f == "weightVariance")
        c.weights.weightVariance = value;
    else if (f == "inputCorrelation")
        c.inputCorrelation = value;
    else if (f == "dropoutRate")
        c.dropout = {DropoutKind::Alpha, value};
    else if (f == "histogramBins")
        c.histogramBins = int(value);
    else if (f == "histogramRange")
        c.histogramRange = value;
    else if (f == "size") {
        // Every limit at its maximum: the stored derivatives alone would take 6.7 GB.
        c.depth = kMaxDepth;
        c.width = kMaxWidth;
        c.batch = kMaxBatch;
    }
    const char *reported = invalidPropagationField(c);
    QVERIFY(reported);
    QCOMPARE(QString::fromLatin1(reported), field);
}

QTEST_APPLESS_MAIN(TestPropagation)
#include "tst_propagation.moc"
