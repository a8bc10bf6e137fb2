// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <thread>

#include <QTest>

#include "engine/engine.h"
#include "engine/threadpriority.h"
#include "network/modelprobe.h"
#include "network/network.h"

using namespace actlab;
using namespace std::chrono_literals;

namespace {

std::unique_ptr<Engine> makeEngine(const TrainingConfig &config) {
    auto created = Engine::create(config);
    if (!std::holds_alternative<std::unique_ptr<Engine>>(created))
        qFatal("configuration refused");
    return std::move(std::get<std::unique_ptr<Engine>>(created));
}

TrainingConfig smallConfig() {
    TrainingConfig c;
    c.dataset.n = 200;
    c.hidden = 8;
    c.activation.id = "relu6";
    c.seed = 3;
    return c;
}

bool sameWeights(const Snapshot &a, const Snapshot &b) {
    return a.weights.size() == b.weights.size() &&
           std::memcmp(a.weights.data(), b.weights.data(), a.weights.size() * sizeof(double)) == 0;
}

bool allFinite(const Snapshot &s) {
    for (double w : s.weights)
        if (!std::isfinite(w))
            return false;
    for (const HistoryPoint &h : *s.history)
        if (!std::isfinite(h.trainLoss) || !std::isfinite(h.testLoss))
            return false;
    return std::isfinite(s.trainLoss) && std::isfinite(s.testLoss);
}

} // namespace

/** The threaded engine: commands between steps, snapshots, divergence, races. */
class TestEngine : public QObject {
    Q_OBJECT

private slots:
    void readyBeforeStart();
    void engineThreadRunsBelowTheCaller();
    void stepThenPause();
    void runEpochsEndsOnAnEpochBoundary();
    void resetRestoresSameWeights();
    void learningRateChangeKeepsWeights();
    void startPauseStopsBetweenSteps();
    void epochLimitFinishes();
    void divergesWithoutNaN();
    void snapshotsCarryGridAndHistory();
    void snapshotsCarryUnitMapsAndConfusion();
    void largeDataKeepsThePictureFresh();
    void slowGridsGetCoarserWhileTraining();
    void callbackSeesEverySnapshot();
    void invalidCommandsAreRefused();
    void configurationErrors();
    void raceSharesDataAndWeights();
    void stopEndsTheThread();
};

void TestEngine::readyBeforeStart() {
    auto engine = makeEngine(smallConfig());
    const auto s = engine->latestSnapshot();
    QVERIFY(s);
    QCOMPARE(s->status, TrainingStatus::Ready);
    QCOMPARE(s->step, std::int64_t(0));
    QVERIFY(s->hasAccuracy);
    QCOMPARE(s->weights.size(), s->layout.total);
    // The constructor's snapshot is the cheap kind (no evaluation on the caller's thread); the
    // engine's thread completes it at once, possibly before this line looks, so either may be
    // seen here. Only the cheap one may lack figures.
    QVERIFY(s->figuresStale || s->trainLoss > 0);
    QVERIFY(engine->waitUntilIdle(60s));
    const auto full = engine->latestSnapshot();
    QVERIFY(!full->figuresStale);
    QCOMPARE(full->status, TrainingStatus::Ready);
    QCOMPARE(full->weights, s->weights);
    QVERIFY(!full->grid); // gridSize 0
    QVERIFY(full->trainLoss > 0);
    QCOMPARE(full->layers.size(), std::size_t(2));
    QCOMPARE(full->layers[0].units, 8);
    QVERIFY(allFinite(*full));
}

void TestEngine::engineThreadRunsBelowTheCaller() {
    // Training must not compete with the GUI thread: the engine's thread lowers itself.
    auto engine = makeEngine(smallConfig());
    QVERIFY(engine->waitUntilIdle(5s));
    QCOMPARE(engine->threadLevel(), ThreadPriority::engineLevel());
    QCOMPARE(ThreadPriority::currentThread(), ThreadPriority::Level::Normal);
    const auto s = engine->latestSnapshot();
    QCOMPARE(s->layers.size(), std::size_t(2));
    QCOMPARE(s->layers[0].units, 8);
    QCOMPARE(s->weights.size(), s->layout.total);
    QVERIFY(allFinite(*s));
}

void TestEngine::stepThenPause() {
    auto engine = makeEngine(smallConfig());
    engine->step(5);
    QVERIFY(engine->waitUntilIdle(5s));
    auto s = engine->latestSnapshot();
    QCOMPARE(s->status, TrainingStatus::Paused);
    QCOMPARE(s->step, std::int64_t(5));
    QVERIFY(!s->figuresStale); // idle: the figures have caught up with the weights
    engine->step();
    QVERIFY(engine->waitUntilIdle(5s));
    QCOMPARE(engine->latestSnapshot()->step, std::int64_t(6));
    QVERIFY(engine->latestSnapshot()->serial > s->serial);
}

// The engine counts the steps itself, from wherever it is and at the batch size it has when
// the command arrives: the caller never re-derives the batching.
void TestEngine::runEpochsEndsOnAnEpochBoundary() {
    auto engine = makeEngine(smallConfig()); // 200 points, 30 % held out: 140 to train on
    QVERIFY(engine->setBatchSize(16));
    engine->step(3); // mid-epoch: 48 of 140 samples
    QVERIFY(engine->waitUntilIdle(5s));
    QCOMPARE(engine->latestSnapshot()->epoch, std::int64_t(0));
    QVERIFY(engine->latestSnapshot()->epochProgress > 0);
    engine->runEpochs(2); // the rest of epoch 1, then epoch 2
    QVERIFY(engine->waitUntilIdle(5s));
    auto s = engine->latestSnapshot();
    QCOMPARE(s->status, TrainingStatus::Paused);
    QCOMPARE(s->epoch, std::int64_t(2));
    QCOMPARE(s->epochProgress, 0.0);
    QVERIFY(engine->setBatchSize(50)); // 3 steps an epoch now
    engine->runEpochs(1);
    QVERIFY(engine->waitUntilIdle(5s));
    s = engine->latestSnapshot();
    QCOMPARE(s->epoch, std::int64_t(3));
    QCOMPARE(s->epochProgress, 0.0);
    engine->runEpochs(0); // nothing
    QVERIFY(engine->waitUntilIdle(5s));
    QCOMPARE(engine->latestSnapshot()->epoch, std::int64_t(3));
}

void TestEngine::resetRestoresSameWeights() {
    auto engine = makeEngine(smallConfig());
    const auto initial = engine->latestSnapshot();
    engine->step(20);
    QVERIFY(engine->waitUntilIdle(5s));
    QVERIFY(!sameWeights(*engine->latestSnapshot(), *initial));
    engine->reset();
    QVERIFY(engine->waitUntilIdle(5s));
    auto s = engine->latestSnapshot();
    QCOMPARE(s->status, TrainingStatus::Ready);
    QCOMPARE(s->step, std::int64_t(0));
    QVERIFY(sameWeights(*s, *initial));
    QCOMPARE(s->history->size(), std::size_t(1)); // only the starting point again
    engine->reset(1234);
    QVERIFY(engine->waitUntilIdle(5s));
    QVERIFY(!sameWeights(*engine->latestSnapshot(), *initial));
}

void TestEngine::learningRateChangeKeepsWeights() {
    auto engine = makeEngine(smallConfig());
    engine->step(10);
    QVERIFY(engine->waitUntilIdle(5s));
    const auto before = engine->latestSnapshot();
    QVERIFY(engine->setLearningRate(0.123));
    QVERIFY(engine->setL2(0.001));
    QVERIFY(engine->setBatchSize(16));
    QVERIFY(engine->waitUntilIdle(5s));
    const auto after = engine->latestSnapshot();
    QVERIFY(sameWeights(*before, *after));
    QCOMPARE(after->optimizer.learningRate, 0.123);
    QCOMPARE(after->optimizer.l2, 0.001);
    QCOMPARE(after->batchSize, 16);
    QCOMPARE(after->step, before->step);
}

void TestEngine::startPauseStopsBetweenSteps() {
    TrainingConfig c = smallConfig();
    c.dataset.n = 2000;
    auto engine = makeEngine(c);
    engine->start();
    std::this_thread::sleep_for(50ms);
    auto running = engine->latestSnapshot();
    QCOMPARE(running->status, TrainingStatus::Running);
    engine->pause();
    // The pause takes effect between steps; the wait is only a guard against a hang (how fast
    // it answers is a benchmark's business, not a test's).
    QVERIFY(engine->waitUntilIdle(60s));
    const auto paused = engine->latestSnapshot();
    QCOMPARE(paused->status, TrainingStatus::Paused);
    QVERIFY(paused->step > 0);
    // Paused means paused: no more steps.
    std::this_thread::sleep_for(30ms);
    QCOMPARE(engine->latestSnapshot()->step, paused->step);
    QVERIFY(paused->samplesPerSecond > 0);
}

void TestEngine::epochLimitFinishes() {
    TrainingConfig c = smallConfig();
    c.epochs = 3;
    auto engine = makeEngine(c);
    engine->start();
    QVERIFY(engine->waitUntilIdle(10s));
    auto s = engine->latestSnapshot();
    QCOMPARE(s->status, TrainingStatus::Finished);
    QCOMPARE(s->epoch, std::int64_t(3));
    // Start does nothing until the limit is raised.
    engine->start();
    QVERIFY(engine->waitUntilIdle(5s));
    QCOMPARE(engine->latestSnapshot()->epoch, std::int64_t(3));
    QVERIFY(engine->setEpochLimit(4));
    engine->start();
    QVERIFY(engine->waitUntilIdle(10s));
    QCOMPARE(engine->latestSnapshot()->epoch, std::int64_t(4));
    QCOMPARE(engine->latestSnapshot()->status, TrainingStatus::Finished);
}

void TestEngine::divergesWithoutNaN() {
    TrainingConfig c;
    c.dataset.kind = DatasetKind::Plane;
    c.activation.id = "linear";
    c.optimizer = OptimizerKind::Sgd;
    c.learningRate = 1e8;
    c.gridSize = 16;
    auto engine = makeEngine(c);
    engine->start();
    QVERIFY(engine->waitUntilIdle(10s));
    auto s = engine->latestSnapshot();
    QCOMPARE(s->status, TrainingStatus::Diverged);
    QVERIFY(s->divergedEpoch >= 1);
    QVERIFY(allFinite(*s));
    for (float v : s->grid->value)
        QVERIFY(std::isfinite(v));
    // A diverged run does not restart; a reset does.
    engine->start();
    QVERIFY(engine->waitUntilIdle(5s));
    QCOMPARE(engine->latestSnapshot()->status, TrainingStatus::Diverged);
    engine->reset();
    QVERIFY(engine->waitUntilIdle(5s));
    QCOMPARE(engine->latestSnapshot()->status, TrainingStatus::Ready);
    QCOMPARE(engine->latestSnapshot()->divergedEpoch, std::int64_t(0));
}

void TestEngine::snapshotsCarryGridAndHistory() {
    TrainingConfig c = smallConfig();
    c.gridSize = 24;
    auto engine = makeEngine(c);
    QVERIFY(engine->waitUntilIdle(5s)); // the first grid comes from the engine's thread
    QVERIFY(engine->latestSnapshot()->grid);
    QCOMPARE(engine->latestSnapshot()->grid->width, 24);
    engine->step(40);
    QVERIFY(engine->waitUntilIdle(5s));
    auto s = engine->latestSnapshot();
    QVERIFY(s->history->size() >= 2);
    QCOMPARE(s->history->front().epoch, 0.0);
    QVERIFY(s->history->back().epoch > 0);
    QVERIFY(engine->setGridSize(0));
    QVERIFY(engine->waitUntilIdle(5s));
    QVERIFY(!engine->latestSnapshot()->grid);
}

void TestEngine::snapshotsCarryUnitMapsAndConfusion() {
    TrainingConfig c = smallConfig();
    c.unitMapSize = 12;
    auto engine = makeEngine(c);
    engine->step(25);
    QVERIFY(engine->waitUntilIdle(5s));
    const auto s = engine->latestSnapshot();
    QVERIFY(!s->figuresStale);
    // The maps are those of the snapshot's own weights (computed independently here).
    QVERIFY(s->unitMaps);
    const TrainingSetup &setup = engine->setup();
    Network network(setup.shape, setup.activation, setup.output);
    std::copy(s->weights.begin(), s->weights.end(), network.parameters().begin());
    HiddenUnitMaps expected;
    computeHiddenUnitMaps(network, setup.config.features, setup.data->all.domain,
                          setup.data->all.inputDims, 12, expected);
    QCOMPARE(s->unitMaps->units, 8);
    QCOMPARE(s->unitMaps->width, 12);
    QCOMPARE(s->unitMaps->values, expected.values);
    // The confusion matrix is the test set's, with the snapshot's accuracy on its diagonal.
    QVERIFY(s->confusion);
    QVERIFY(s->confusionOnTest);
    const std::vector<std::int64_t> counts =
        confusionMatrix(network, setup.config.features, setup.data->split.test);
    QCOMPARE(*s->confusion, counts);
    QCOMPARE(double((*s->confusion)[0] + (*s->confusion)[3]) /
                 double(setup.data->split.test.size()),
             s->testAccuracy);
    QVERIFY(engine->setUnitMapSize(0));
    QVERIFY(!engine->setUnitMapSize(kMaxUnitMapSize + 1));
    QVERIFY(engine->waitUntilIdle(5s));
    QVERIFY(!engine->latestSnapshot()->unitMaps);
}

void TestEngine::largeDataKeepsThePictureFresh() {
    // With many points, evaluating all of them costs far more than a frame: the grid must
    // still follow the weights at display rate, with the losses catching up on their own
    // cadence, and exactly when the engine stops.
    TrainingConfig c = smallConfig();
    c.dataset.n = 400000;
    c.hidden = 32;
    c.gridSize = 16;
    auto engine = makeEngine(c);
    QVERIFY(engine->waitUntilIdle(30s));
    std::atomic<int> staleWithFreshGrid{0};
    std::shared_ptr<const OutputGrid> previousGrid; // touched by the engine's thread only
    engine->setSnapshotCallback([&](const std::shared_ptr<const Snapshot> &s) {
        // A new grid object is a recomputed one (the engine reuses it while the step is equal).
        if (s->status == TrainingStatus::Running && s->figuresStale && s->grid &&
            s->grid != previousGrid)
            ++staleWithFreshGrid;
        previousGrid = s->grid;
    });
    engine->start();
    // Waits on published snapshots, not on time: at least a few pictures between evaluations.
    QTRY_VERIFY_WITH_TIMEOUT(staleWithFreshGrid >= 5, 60000);
    engine->pause();
    QVERIFY(engine->waitUntilIdle(30s));
    const auto s = engine->latestSnapshot();
    QVERIFY(!s->figuresStale); // caught up once idle
    QCOMPARE(s->status, TrainingStatus::Paused);
    engine->setSnapshotCallback({});
}

void TestEngine::slowGridsGetCoarserWhileTraining() {
    // A 512² grid of a 64-unit network costs far more than the picture's budget: while
    // training the engine draws it coarser, and the full size returns when it pauses.
    TrainingConfig c = smallConfig();
    c.hidden = 64;
    c.gridSize = 512;
    auto engine = makeEngine(c);
    QVERIFY(engine->waitUntilIdle(30s));
    QCOMPARE(engine->latestSnapshot()->grid->width, 512);
    std::atomic<int> coarsest{512};
    engine->setSnapshotCallback([&](const std::shared_ptr<const Snapshot> &s) {
        if (s->status == TrainingStatus::Running && s->grid)
            coarsest = std::min(coarsest.load(), s->grid->width);
    });
    engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(coarsest < 512, 60000);
    QVERIFY(coarsest >= 64);
    engine->pause();
    QVERIFY(engine->waitUntilIdle(30s));
    const auto s = engine->latestSnapshot();
    QCOMPARE(s->grid->width, 512);
    QCOMPARE(s->grid->height, 512);
    QCOMPARE(s->grid->value.size(), std::size_t(512 * 512));
    engine->setSnapshotCallback({});
}

void TestEngine::callbackSeesEverySnapshot() {
    // What the callback uses must outlive the engine, which may publish until it is destroyed.
    std::atomic<int> calls{0};
    std::atomic<std::uint64_t> lastSerial{0};
    auto engine = makeEngine(smallConfig());
    engine->setSnapshotCallback([&](const std::shared_ptr<const Snapshot> &s) {
        ++calls;
        lastSerial = s->serial;
    });
    engine->step(3);
    QVERIFY(engine->waitUntilIdle(5s));
    QVERIFY(calls >= 1);
    QCOMPARE(lastSerial.load(), engine->snapshotSerial());
}

void TestEngine::invalidCommandsAreRefused() {
    auto engine = makeEngine(smallConfig());
    QVERIFY(!engine->setLearningRate(0));
    QVERIFY(!engine->setLearningRate(std::nan("")));
    QVERIFY(!engine->setL2(-1));
    QVERIFY(!engine->setMomentum(1));
    QVERIFY(!engine->setBatchSize(-1));
    QVERIFY(!engine->setGridSize(kMaxGridSize + 1));
}

void TestEngine::configurationErrors() {
    const auto kindOf = [](const TrainingConfig &c) {
        auto r = Engine::create(c);
        return std::holds_alternative<ConfigError>(r) ? int(std::get<ConfigError>(r).kind) : -1;
    };
    TrainingConfig c = smallConfig();
    c.hidden = 0;
    QCOMPARE(kindOf(c), int(ConfigErrorKind::Hidden));
    c = smallConfig();
    c.activation.id = "softmax";
    QCOMPARE(kindOf(c), int(ConfigErrorKind::Activation));
    c = smallConfig();
    c.activation.id = "no_such_thing";
    QCOMPARE(kindOf(c), int(ConfigErrorKind::Activation));
    c = smallConfig();
    c.dataset.kind = DatasetKind::Sine; // 1-D: x2 is not a feature
    QCOMPARE(kindOf(c), int(ConfigErrorKind::Features));
    c = smallConfig();
    c.dataset.kind = DatasetKind::Plane;
    c.output = OutputKind::SigmoidBce;
    QCOMPARE(kindOf(c), int(ConfigErrorKind::Output));
    c = smallConfig();
    c.dataset.classes = 3; // circle has two classes only
    QCOMPARE(kindOf(c), int(ConfigErrorKind::Dataset));
}

// A race as the playground makes one: the rival's engine is created on the first's data, from
// a copy of the first's settings with one changed (PlaygroundSetup::rival), so the seed and
// initialiser are the first's and both start alike.
void TestEngine::raceSharesDataAndWeights() {
    const TrainingConfig a = smallConfig();
    TrainingConfig b = a;
    b.activation.id = "linear";
    b.dataset.seed = 1234; // ignored: the rival trains on the first's data
    auto first = makeEngine(a);
    auto created = Engine::create(b, first->data());
    QVERIFY(std::holds_alternative<std::unique_ptr<Engine>>(created));
    auto second = std::move(std::get<std::unique_ptr<Engine>>(created));
    QCOMPARE(first->data().get(), second->data().get());
    QVERIFY(sameWeights(*first->latestSnapshot(), *second->latestSnapshot()));
    first->step(10);
    second->step(10);
    QVERIFY(first->waitUntilIdle(5s));
    QVERIFY(second->waitUntilIdle(5s));
    QCOMPARE(first->latestSnapshot()->step, std::int64_t(10));
    QCOMPARE(second->latestSnapshot()->step, std::int64_t(10));
    QVERIFY(!sameWeights(*first->latestSnapshot(), *second->latestSnapshot()));
    first->reset();
    second->reset();
    QVERIFY(first->waitUntilIdle(5s));
    QVERIFY(second->waitUntilIdle(5s));
    QVERIFY(sameWeights(*first->latestSnapshot(), *second->latestSnapshot()));
}

void TestEngine::stopEndsTheThread() {
    auto engine = makeEngine(smallConfig());
    engine->start();
    engine->stop();
    QVERIFY(engine->waitUntilIdle(5s));
    QCOMPARE(engine->latestSnapshot()->status, TrainingStatus::Stopped);
    engine->start(); // ignored
    QVERIFY(engine->waitUntilIdle(1s));
    QCOMPARE(engine->latestSnapshot()->status, TrainingStatus::Stopped);
}

QTEST_APPLESS_MAIN(TestEngine)
#include "tst_engine.moc"
