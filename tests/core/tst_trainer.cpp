// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <cstring>
#include <vector>

#include <QTest>

#include "activations/catalog.h"
#include "engine/trainer.h"
#include "network/modelprobe.h"
#include "sanitizers.h"

using namespace actlab;

namespace {

TrainingSetup setupFor(const TrainingConfig &config) {
    auto prepared = prepareTraining(config);
    if (!std::holds_alternative<TrainingSetup>(prepared))
        qFatal("configuration refused");
    return std::get<TrainingSetup>(prepared);
}

std::vector<double> weightsAfter(const TrainingConfig &config, int steps,
                                 ParallelExecutor::Kind kind) {
    Trainer trainer(setupFor(config), kind);
    for (int i = 0; i < steps; ++i)
        if (!trainer.step().ok)
            return {};
    const auto p = trainer.network().parameters();
    return {p.begin(), p.end()};
}

bool bitIdentical(const std::vector<double> &a, const std::vector<double> &b) {
    return a.size() == b.size() && !a.empty() &&
           std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

bool allFinite(std::span<const double> v) {
    for (double x : v)
        if (!std::isfinite(x))
            return false;
    return true;
}

} // namespace

/** The synchronous training loop: convergence, determinism, divergence, evaluation. */
class TestTrainer : public QObject {
    Q_OBJECT

private slots:
    void spiralConverges_data();
    void spiralConverges();
    void identicalForAnyThreadCount_data();
    void identicalForAnyThreadCount();
    void shardingDoesNotDependOnThreads();
    void resetRestoresInitialWeights();
    void learningRateChangeKeepsWeights();
    void divergenceStopsWithFiniteWeights();
    void epochsAndBatches();
    void deadAndSaturatedUnits();
    void outputGrid();
    void confusionMatchesAnIndependentCount();
    void raceStartsFromIdenticalWeights();
};

void TestTrainer::spiralConverges_data() {
    QTest::addColumn<QString>("activation");
    QTest::addColumn<double>("learningRate");
    // The issue asks for relu or tanh; tanh (Adam, lr 0.03) gets there in about 2000 steps,
    // relu with 32 units stalls around 0.93 within 4000 on this spiral.
    QTest::newRow("tanh") << QStringLiteral("tanh") << 0.03;
}

void TestTrainer::spiralConverges() {
    QFETCH(QString, activation);
    QFETCH(double, learningRate);
    QVERIFY2(Catalog::builtin().find(activation.toStdString()), "missing from the catalog");
    TrainingConfig c;
    c.dataset.kind = DatasetKind::Spiral;
    c.dataset.n = 500;
    c.hidden = 32;
    c.batchSize = 32;
    c.learningRate = learningRate;
    c.activation.id = activation.toStdString();
    Trainer trainer(setupFor(c));
    double best = 0;
    while (trainer.steps() < 4000 && best < 0.95) {
        for (int i = 0; i < 250; ++i)
            QVERIFY(trainer.step().ok);
        best = std::max(best, trainer.evaluate().trainAccuracy);
    }
    QVERIFY2(best >= 0.95, qPrintable(QStringLiteral("%1 reached only %2 after %3 steps")
                                          .arg(activation)
                                          .arg(best)
                                          .arg(trainer.steps())));
}

void TestTrainer::identicalForAnyThreadCount_data() {
    QTest::addColumn<int>("hidden2");
    QTest::addColumn<int>("classes");
    QTest::addColumn<int>("batch");
    QTest::newRow("full batch, one layer") << 0 << 2 << 0;
    QTest::newRow("mini-batch, one layer") << 0 << 2 << 500;
    QTest::newRow("two layers, softmax") << 24 << 3 << 0;
}

void TestTrainer::identicalForAnyThreadCount() {
    QFETCH(int, hidden2);
    QFETCH(int, classes);
    QFETCH(int, batch);
    TrainingConfig c;
    c.dataset.kind = DatasetKind::Spiral;
    c.dataset.n = 2500;
    c.dataset.classes = classes;
    c.dataset.noise = 0.2;
    c.hidden = 96;
    c.hidden2 = hidden2;
    c.batchSize = batch;
    c.features = FeatureSet().with(Feature::X1X2).with(Feature::SinX1);
    c.activation.id = "relu6"; // in every build; the kernels are shared by all activations
    // The check is meaningful only if the batch is really cut into several shards.
    const TrainingSetup setup = setupFor(c);
    const std::size_t samples = batch ? std::size_t(batch) : setup.data->split.train.size();
    QVERIFY(Trainer::chunkCount(samples, setup.shape, true) >= 4);

    c.threads = 1;
    const auto kinds = testing_sanitizers::executorKinds();
    const std::vector<double> reference = weightsAfter(c, 6, kinds.front());
    QVERIFY(!reference.empty());
    for (auto kind : kinds) {
        for (int threads : {1, 2, 4}) {
            c.threads = threads;
            QVERIFY2(bitIdentical(weightsAfter(c, 6, kind), reference),
                     qPrintable(QStringLiteral("threads %1, %2")
                                    .arg(threads)
                                    .arg(kind == ParallelExecutor::Kind::Tbb ? "tbb" : "pool")));
        }
    }
}

void TestTrainer::shardingDoesNotDependOnThreads() {
    const NetworkShape large{2, 256, 0, 1, false};
    const NetworkShape small{2, 16, 0, 1, false};
    QCOMPARE(Trainer::chunkCount(32, small, true), std::size_t(1)); // small stays on one thread
    QVERIFY(Trainer::chunkCount(20000, large, true) > 8);
    QVERIFY(Trainer::chunkCount(20000, large, true) <= 64);
    QCOMPARE(Trainer::chunkCount(1, large, true), std::size_t(1));
}

void TestTrainer::resetRestoresInitialWeights() {
    TrainingConfig c;
    c.activation.id = "relu6";
    c.seed = 42;
    Trainer trainer(setupFor(c));
    const auto p = trainer.network().parameters();
    const std::vector<double> initial(p.begin(), p.end());
    for (int i = 0; i < 20; ++i)
        trainer.step();
    QVERIFY(!bitIdentical({p.begin(), p.end()}, initial));
    trainer.reset(42);
    const auto q = trainer.network().parameters();
    QVERIFY(bitIdentical({q.begin(), q.end()}, initial));
    QCOMPARE(trainer.steps(), std::int64_t(0));
    QCOMPARE(trainer.epoch(), std::int64_t(0));
    // And training again retraces the same path.
    for (int i = 0; i < 20; ++i)
        trainer.step();
    Trainer again(setupFor(c));
    for (int i = 0; i < 20; ++i)
        again.step();
    const auto a = trainer.network().parameters(), b = again.network().parameters();
    QVERIFY(bitIdentical({a.begin(), a.end()}, {b.begin(), b.end()}));
    trainer.reset(43);
    const auto other = trainer.network().parameters();
    QVERIFY(!bitIdentical({other.begin(), other.end()}, initial));
}

void TestTrainer::learningRateChangeKeepsWeights() {
    TrainingConfig c;
    c.activation.id = "relu6";
    Trainer trainer(setupFor(c));
    for (int i = 0; i < 10; ++i)
        trainer.step();
    const auto p = trainer.network().parameters();
    const std::vector<double> before(p.begin(), p.end());
    OptimizerSettings s = trainer.optimizerSettings();
    s.learningRate = 0.001;
    s.l2 = 0.01;
    trainer.setOptimizerSettings(s);
    trainer.setBatchSize(8);
    const auto q = trainer.network().parameters();
    QVERIFY(bitIdentical({q.begin(), q.end()}, before));
    QCOMPARE(trainer.optimizerSettings().learningRate, 0.001);
    QVERIFY(trainer.step().ok);
    QCOMPARE(trainer.steps(), std::int64_t(11));
}

void TestTrainer::divergenceStopsWithFiniteWeights() {
    TrainingConfig c;
    c.dataset.kind = DatasetKind::Sine;
    c.features =
        FeatureSet::fromMask(std::uint32_t(Feature::X1) | std::uint32_t(Feature::X1Squared));
    c.activation.id = "linear";
    c.optimizer = OptimizerKind::Sgd;
    c.learningRate = 1e6;
    Trainer trainer(setupFor(c));
    bool diverged = false;
    for (int i = 0; i < 500 && !diverged; ++i)
        diverged = !trainer.step().ok;
    QVERIFY(diverged);
    QVERIFY(trainer.diverged());
    QVERIFY(trainer.divergedEpoch() >= 1);
    QVERIFY(allFinite(trainer.network().parameters()));
    // Once diverged, steps change nothing.
    const auto p = trainer.network().parameters();
    const std::vector<double> frozen(p.begin(), p.end());
    QVERIFY(!trainer.step().ok);
    QVERIFY(bitIdentical({p.begin(), p.end()}, frozen));
    trainer.reset(1);
    QVERIFY(!trainer.diverged());
}

void TestTrainer::epochsAndBatches() {
    TrainingConfig c;
    c.dataset.n = 100;
    c.testFraction = 0.2; // 80 training points
    c.batchSize = 32;     // 32 + 32 + 16
    c.activation.id = "relu6";
    Trainer trainer(setupFor(c));
    QCOMPARE(trainer.effectiveBatchSize(), 32);
    QVERIFY(!trainer.step().epochEnded);
    QCOMPARE(trainer.epochProgress(), 0.4);
    QVERIFY(!trainer.step().epochEnded);
    QVERIFY(trainer.step().epochEnded);
    QCOMPARE(trainer.epoch(), std::int64_t(1));
    QCOMPARE(trainer.samplesSeen(), std::uint64_t(80));
    trainer.setBatchSize(0);
    QCOMPARE(trainer.effectiveBatchSize(), 80);
    QVERIFY(trainer.runEpoch());
    QCOMPARE(trainer.steps(), std::int64_t(4));
}

void TestTrainer::deadAndSaturatedUnits() {
    TrainingConfig c;
    c.hidden = 4;
    c.activation.id = "relu6";
    Trainer trainer(setupFor(c));
    const ParamLayout &l = trainer.network().layout();
    std::span<double> p = trainer.network().parameters();
    // Unit 0: a bias far below zero, never active. Unit 1: far above 6, clipped everywhere.
    // Units 2, 3: zero weights and bias 1, inside the linear part: alive and responsive.
    for (int f = 0; f < 2; ++f) {
        p[l.w1 + std::size_t(f) * 4 + 0] = 0.01;
        p[l.w1 + std::size_t(f) * 4 + 1] = 0.01;
        p[l.w1 + std::size_t(f) * 4 + 2] = 0;
        p[l.w1 + std::size_t(f) * 4 + 3] = 0;
    }
    p[l.b1 + 0] = -100;
    p[l.b1 + 1] = 100;
    p[l.b1 + 2] = 1;
    p[l.b1 + 3] = 1;
    const Evaluation e = trainer.evaluate();
    QCOMPARE(e.hidden.size(), std::size_t(1));
    QCOMPARE(e.hidden[0].units, 4);
    // relu6 has f' = 0 both below 0 and above 6: both units pass no gradient at all.
    QCOMPARE(e.hidden[0].deadFraction, 0.5);
    QCOMPARE(e.hidden[0].saturatedFraction, 0.0);
    QVERIFY(e.finite);
}

void TestTrainer::outputGrid() {
    TrainingConfig c;
    c.dataset.kind = DatasetKind::Gauss;
    c.dataset.classes = 4;
    c.activation.id = "relu6";
    Trainer trainer(setupFor(c));
    for (int i = 0; i < 30; ++i)
        trainer.step();
    OutputGrid grid;
    trainer.computeGrid(32, grid);
    QCOMPARE(grid.width, 32);
    QCOMPARE(grid.height, 32);
    QCOMPARE(grid.value.size(), std::size_t(32 * 32));
    QCOMPARE(grid.label.size(), std::size_t(32 * 32));
    bool sawClasses[4] = {};
    for (std::size_t i = 0; i < grid.value.size(); ++i) {
        QVERIFY(std::isfinite(grid.value[i]));
        QVERIFY(grid.value[i] >= 0.25f && grid.value[i] <= 1.0f); // winner of 4 probabilities
        QVERIFY(grid.label[i] < 4);
        sawClasses[grid.label[i]] = true;
    }
    QVERIFY(sawClasses[0] && sawClasses[1] && sawClasses[2] && sawClasses[3]);
    // The grid agrees with a direct prediction at a cell centre.
    const int row = 5, col = 27;
    double features[2] = {grid.x1At(col), grid.x2At(row)};
    double y[4];
    trainer.network().predict(features, y);
    const std::size_t cell = std::size_t(row * 32 + col);
    QCOMPARE(int(grid.label[cell]), outputmath::argmax(y, 4));

    // 1-D data gives a curve.
    TrainingConfig r;
    r.dataset.kind = DatasetKind::Sine;
    r.features = FeatureSet::fromMask(std::uint32_t(Feature::X1));
    r.activation.id = "relu6";
    Trainer curve(setupFor(r));
    curve.computeGrid(64, grid);
    QCOMPARE(grid.height, 1);
    QCOMPARE(grid.value.size(), std::size_t(64));
    QVERIFY(grid.label.empty());
}

void TestTrainer::confusionMatchesAnIndependentCount() {
    // The kernels count (true, predicted) pairs while evaluating; modelprobe counts them from
    // plain predictions of the Network. Both must agree cell by cell, on the test set, and on
    // the training set when there is no test set.
    for (const double testFraction : {0.3, 0.0}) {
        TrainingConfig c;
        c.dataset.kind = DatasetKind::Gauss;
        c.dataset.classes = 3;
        c.dataset.n = 300;
        c.testFraction = testFraction;
        c.activation.id = "gelu";
        c.threads = 2;
        Trainer trainer(setupFor(c));
        for (int i = 0; i < 20; ++i)
            trainer.step();
        const Evaluation e = trainer.evaluate();
        const TrainingData &data = *trainer.setup().data;
        const Dataset &on = testFraction > 0 ? data.split.test : data.split.train;
        QCOMPARE(e.confusionOnTest, testFraction > 0);
        const std::vector<std::int64_t> expected =
            confusionMatrix(trainer.network(), c.features, on);
        QCOMPARE(expected.size(), std::size_t(9));
        QCOMPARE(e.confusion, expected);
        std::int64_t total = 0, diagonal = 0;
        for (int i = 0; i < 9; ++i)
            total += e.confusion[std::size_t(i)];
        for (int i = 0; i < 3; ++i)
            diagonal += e.confusion[std::size_t(i * 4)];
        QCOMPARE(total, std::int64_t(on.size()));
        const double accuracy = testFraction > 0 ? e.testAccuracy : e.trainAccuracy;
        QCOMPARE(double(diagonal) / double(on.size()), accuracy);
    }
    // Regression has none.
    TrainingConfig r;
    r.dataset.kind = DatasetKind::Sine;
    r.features = FeatureSet::fromMask(std::uint32_t(Feature::X1));
    Trainer curve(setupFor(r));
    QVERIFY(curve.evaluate().confusion.empty());
}

void TestTrainer::raceStartsFromIdenticalWeights() {
    TrainingConfig a;
    a.activation.id = "relu6";
    a.seed = 5;
    TrainingConfig b = a;
    b.activation.id = "linear";
    b.seed = 99; // replaced by the first's seed when racing
    auto first = prepareTraining(a);
    auto dataA = std::get<TrainingSetup>(first).data;
    b.seed = a.seed;
    auto second = prepareTraining(b, dataA);
    QVERIFY(std::holds_alternative<TrainingSetup>(second));
    QCOMPARE(std::get<TrainingSetup>(second).data.get(), dataA.get());
    Trainer ta(std::get<TrainingSetup>(first)), tb(std::get<TrainingSetup>(second));
    const auto pa = ta.network().parameters(), pb = tb.network().parameters();
    QVERIFY(bitIdentical({pa.begin(), pa.end()}, {pb.begin(), pb.end()}));
}

QTEST_APPLESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
