// SPDX-License-Identifier: GPL-3.0-or-later
// Random command sequences against the training engine (and races of two), built to run under
// ThreadSanitizer as well as in a plain build.
//
// The sequences are chosen by a seeded generator, so the commands are the same on every run;
// what the engine's thread does between them depends on timing, and the verdict never does:
// it rests on invariants that must hold whatever the interleaving.
//   - every snapshot, read by the caller or handed to the callback, has finite weights, losses,
//     accuracies, gradient statistics, history and decision grid (a diverged run keeps the last
//     finite ones: "no NaN shown anywhere");
//   - snapshot serials never go backwards;
//   - destroying an engine, also while it trains, returns;
//   - nothing deadlocks: a watchdog thread fails the test (with the sequence and command it was
//     at) if a sequence takes longer than a generous bound.
// ACTLAB_STRESS_SCALE (default 1) multiplies the number of sequences; the default runs about
// 1000 sequences of up to 24 commands in a few seconds of a Release build.
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <random>
#include <string>
#include <thread>

#include <QTest>

#include "engine/engine.h"

using namespace actlab;
using namespace std::chrono_literals;

namespace {

int scale() {
    const char *text = std::getenv("ACTLAB_STRESS_SCALE");
    const int s = text ? std::atoi(text) : 1;
    return s > 0 ? s : 1;
}

/// Every number a display would show from this snapshot is finite.
bool finiteSnapshot(const Snapshot &s, std::string *why) {
    const auto bad = [&](const char *what) {
        *why = what;
        return false;
    };
    for (double w : s.weights)
        if (!std::isfinite(w))
            return bad("weights");
    if (!std::isfinite(s.trainLoss) || !std::isfinite(s.testLoss))
        return bad("loss");
    if (!std::isfinite(s.trainAccuracy) || !std::isfinite(s.testAccuracy))
        return bad("accuracy");
    if (!std::isfinite(s.samplesPerSecond) || !std::isfinite(s.trainingSeconds) ||
        !std::isfinite(s.epochProgress))
        return bad("speed");
    for (const LayerStatistics &l : s.layers)
        if (!std::isfinite(l.gradientNorm) || !std::isfinite(l.deadFraction) ||
            !std::isfinite(l.saturatedFraction))
            return bad("layer statistics");
    if (s.history)
        for (const HistoryPoint &h : *s.history)
            if (!std::isfinite(h.epoch) || !std::isfinite(h.trainLoss) ||
                !std::isfinite(h.testLoss) || !std::isfinite(h.trainAccuracy) ||
                !std::isfinite(h.testAccuracy))
                return bad("history");
    if (s.grid)
        for (float v : s.grid->value)
            if (!std::isfinite(v))
                return bad("decision grid");
    if (!std::isfinite(s.optimizer.learningRate))
        return bad("learning rate");
    return true;
}

/// Counts violations seen on any thread (the callback runs on the engine's).
struct Violations {
    std::mutex mutex;
    std::string first;
    std::atomic<int> count{0};
    void add(const std::string &what) {
        if (count.fetch_add(1) == 0) {
            const std::lock_guard lock(mutex);
            first = what;
        }
    }
    std::string firstText() {
        const std::lock_guard lock(mutex);
        return first;
    }
};

void check(const std::shared_ptr<const Snapshot> &s, Violations &v, const char *where) {
    std::string why;
    if (!s)
        v.add(std::string(where) + ": no snapshot");
    else if (!finiteSnapshot(*s, &why))
        v.add(std::string(where) + ": non-finite " + why + " (status " +
              trainingStatusKey(s->status) + ")");
}

/**
 * Fails the whole test if `arm`ed work is not `disarm`ed within the bound: a deadlock cannot
 * be recovered from, so it prints where it was and aborts.
 */
class Watchdog {
public:
    explicit Watchdog(std::chrono::seconds bound)
        : m_bound(bound)
        , m_thread([this] { run(); }) {}
    ~Watchdog() {
        {
            const std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    void at(const std::string &where) {
        const std::lock_guard lock(m_mutex);
        m_where = where;
        m_deadline = std::chrono::steady_clock::now() + m_bound;
        m_wake.notify_all();
    }

private:
    void run() {
        std::unique_lock lock(m_mutex);
        while (!m_done) {
            if (m_wake.wait_until(lock, m_deadline) == std::cv_status::timeout && !m_done &&
                std::chrono::steady_clock::now() >= m_deadline) {
                std::fprintf(stderr, "FAIL: engine stress: no progress for %lld s at %s\n",
                             static_cast<long long>(m_bound.count()), m_where.c_str());
                std::fflush(stderr);
                std::abort();
            }
        }
    }
    std::chrono::seconds m_bound;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::string m_where = "start";
    std::chrono::steady_clock::time_point m_deadline = std::chrono::steady_clock::now() + m_bound;
    bool m_done = false;
    std::thread m_thread;
};

const char *const kActivations[] = {"tanh",     "relu",  "leaky_relu", "sigmoid", "gelu",
                                    "softplus", "prelu", "elu",        "mish",    "hard_tanh"};

TrainingConfig randomConfig(std::mt19937_64 &rng) {
    TrainingConfig c;
    c.dataset.kind =
        std::uniform_int_distribution<int>(0, 1)(rng) ? DatasetKind::Spiral : DatasetKind::Circle;
    c.dataset.n = std::uniform_int_distribution<int>(40, 160)(rng);
    c.hidden = std::uniform_int_distribution<int>(1, 8)(rng);
    c.hidden2 = std::uniform_int_distribution<int>(0, 3)(rng) == 0 ? 3 : 0;
    c.activation.id = kActivations[std::uniform_int_distribution<std::size_t>(
        0, std::size(kActivations) - 1)(rng)];
    if (c.activation.id == "leaky_relu")
        c.activation.params = {std::uniform_int_distribution<int>(0, 1)(rng) ? 2.0 : -0.5};
    if (c.activation.id == "softplus")
        c.activation.params = {1.0, 20.0}; // PyTorch's threshold
    c.optimizer = OptimizerKind(std::uniform_int_distribution<int>(0, 2)(rng));
    c.batchSize = std::uniform_int_distribution<int>(0, 1)(rng) ? 8 : 0;
    c.gridSize = std::uniform_int_distribution<int>(0, 1)(rng) ? 8 : 0;
    c.threads = std::uniform_int_distribution<int>(1, 2)(rng);
    c.seed = rng() % 1000;
    return c;
}

std::unique_ptr<Engine> makeEngine(const TrainingConfig &c) {
    auto created = Engine::create(c);
    if (!std::holds_alternative<std::unique_ptr<Engine>>(created))
        return nullptr;
    return std::move(std::get<std::unique_ptr<Engine>>(created));
}

/// One random command; returns false when the engine was destroyed (the sequence ends).
bool randomCommand(std::mt19937_64 &rng, std::unique_ptr<Engine> &engine, Violations &v,
                   std::uint64_t &lastSerial, std::string *name) {
    const int which = std::uniform_int_distribution<int>(0, 16)(rng);
    const double rates[] = {1e-3, 0.1, 1.0, 1000.0, 1e8};
    switch (which) {
    case 0:
    case 1:
        *name = "start";
        engine->start();
        break;
    case 2:
        *name = "pause";
        engine->pause();
        break;
    case 3:
        *name = "step";
        engine->step(std::uniform_int_distribution<int>(1, 20)(rng));
        break;
    case 16:
        *name = "run epochs";
        engine->runEpochs(std::uniform_int_distribution<int>(1, 3)(rng));
        break;
    case 4:
        *name = "reset";
        if (rng() % 2)
            engine->reset();
        else
            engine->reset(rng() % 100);
        break;
    case 5:
        *name = "setLearningRate";
        engine->setLearningRate(rates[rng() % std::size(rates)]);
        break;
    case 6:
        *name = "setL2/momentum";
        engine->setL2(rng() % 2 ? 0.0 : 0.01);
        engine->setMomentum(rng() % 2 ? 0.5 : 0.99);
        break;
    case 7:
        *name = "setOptimizer";
        engine->setOptimizer(OptimizerKind(rng() % 3));
        break;
    case 8:
        *name = "setBatchSize";
        engine->setBatchSize(int(rng() % 3) * 8);
        break;
    case 9:
        *name = "setEpochLimit/grid";
        engine->setEpochLimit(int(rng() % 3) * 5);
        engine->setGridSize(int(rng() % 3) * 6);
        break;
    case 10:
        *name = "requestSnapshot";
        engine->requestSnapshot();
        break;
    case 11:
    case 12: {
        *name = "read";
        const auto s = engine->latestSnapshot();
        check(s, v, "latestSnapshot");
        if (s && s->serial < lastSerial)
            v.add("snapshot serial went backwards");
        if (s)
            lastSerial = s->serial;
        break;
    }
    case 13:
        *name = "waitUntilIdle";
        engine->waitUntilIdle(std::chrono::milliseconds(rng() % 3));
        break;
    case 14:
        *name = "change activation (new engine)";
        engine.reset(); // destroyed, possibly while training
        engine = makeEngine(randomConfig(rng));
        lastSerial = 0;
        if (!engine)
            v.add("a valid random configuration was refused");
        return bool(engine);
    case 15:
        *name = "destroy";
        if (rng() % 2)
            engine->stop();
        engine.reset();
        return false;
    }
    return true;
}

} // namespace

class TestEngineStress : public QObject {
    Q_OBJECT

private slots:
    void randomCommandSequences();
    void randomRaceSequences();
    void sgdAtLearningRate1000Diverges_data();
    void sgdAtLearningRate1000Diverges();
};

void TestEngineStress::randomCommandSequences() {
    std::mt19937_64 rng(20240611);
    Violations v;
    Watchdog watchdog(120s);
    const int sequences = 1000 * scale();
    for (int i = 0; i < sequences; ++i) {
        const TrainingConfig config = randomConfig(rng);
        auto engine = makeEngine(config);
        QVERIFY2(engine, "a valid random configuration was refused");
        std::atomic<std::uint64_t> lastCallbackSerial{0};
        engine->setSnapshotCallback([&](const std::shared_ptr<const Snapshot> &s) {
            check(s, v, "callback");
            if (s->serial < lastCallbackSerial.exchange(s->serial))
                v.add("callback serial went backwards");
        });
        std::uint64_t lastSerial = 0;
        const int commands = std::uniform_int_distribution<int>(1, 24)(rng);
        bool alive = true;
        for (int k = 0; k < commands && alive; ++k) {
            std::string name;
            watchdog.at("sequence " + std::to_string(i) + ", command " + std::to_string(k));
            alive = randomCommand(rng, engine, v, lastSerial, &name);
            if (alive && name.rfind("change activation", 0) == 0)
                engine->setSnapshotCallback(
                    [&](const std::shared_ptr<const Snapshot> &s) { check(s, v, "callback"); });
        }
        watchdog.at("sequence " + std::to_string(i) + ", destroying");
        if (engine && (rng() % 2)) { // half the time: let it settle, then check the last one
            engine->waitUntilIdle(50ms);
            check(engine->latestSnapshot(), v, "final");
        }
        engine.reset(); // while running, in many sequences
        QVERIFY2(v.count == 0, qPrintable(QString::fromStdString(v.firstText())));
    }
}

// Races: commands go to two engines sharing data; destroying one race while both train.
void TestEngineStress::randomRaceSequences() {
    std::mt19937_64 rng(77);
    Violations v;
    Watchdog watchdog(120s);
    const int sequences = 150 * scale();
    for (int i = 0; i < sequences; ++i) {
        // As the playground races: the rival on the first's data, seed and initialiser.
        TrainingConfig a = randomConfig(rng), b = randomConfig(rng);
        b.dataset = a.dataset;
        b.seed = a.seed;
        b.initializer = a.initializer;
        std::array<std::unique_ptr<Engine>, 2> race;
        race[0] = makeEngine(a);
        QVERIFY(race[0] != nullptr);
        auto created = Engine::create(b, race[0]->data());
        QVERIFY(std::holds_alternative<std::unique_ptr<Engine>>(created));
        race[1] = std::move(std::get<std::unique_ptr<Engine>>(created));
        const int commands = std::uniform_int_distribution<int>(1, 12)(rng);
        for (int k = 0; k < commands; ++k) {
            watchdog.at("race " + std::to_string(i) + ", command " + std::to_string(k));
            const int steps = int(rng() % 10) + 1;
            switch (rng() % 6) {
            case 0:
            case 1:
                for (auto &engine : race)
                    engine->start();
                break;
            case 2:
                for (auto &engine : race)
                    engine->pause();
                break;
            case 3:
                for (auto &engine : race)
                    engine->step(steps);
                break;
            case 4:
                for (auto &engine : race)
                    engine->reset();
                break;
            default:
                race[rng() % 2]->setLearningRate(rng() % 2 ? 1000.0 : 0.01);
                break;
            }
            check(race[0]->latestSnapshot(), v, "race first");
            check(race[1]->latestSnapshot(), v, "race second");
        }
        watchdog.at("race " + std::to_string(i) + ", destroying");
        race = {}; // both destroyed, possibly while training
        QVERIFY2(v.count == 0, qPrintable(QString::fromStdString(v.firstText())));
    }
}

void TestEngineStress::sgdAtLearningRate1000Diverges_data() {
    QTest::addColumn<QString>("activation");
    QTest::addColumn<int>("dataset");
    QTest::newRow("relu spiral") << QStringLiteral("relu") << int(DatasetKind::Spiral);
    // (tanh is not here: its units saturate at ±1, so even at this rate the loss can stay
    // finite, and a finite loss is not divergence.)
    QTest::newRow("linear plane") << QStringLiteral("linear") << int(DatasetKind::Plane);
    QTest::newRow("leaky_relu xor") << QStringLiteral("leaky_relu") << int(DatasetKind::Xor);
}

// The case: SGD at a learning rate of 1000 ends Diverged, with nothing non-finite in
// any snapshot the playground could show on the way.
void TestEngineStress::sgdAtLearningRate1000Diverges() {
    QFETCH(QString, activation);
    QFETCH(int, dataset);
    TrainingConfig c;
    c.dataset.kind = DatasetKind(dataset);
    c.dataset.n = 200;
    c.activation.id = activation.toStdString();
    c.optimizer = OptimizerKind::Sgd;
    c.learningRate = 1000;
    c.gridSize = 16;
    c.epochs = 2000;
    auto engine = makeEngine(c);
    QVERIFY(engine);
    Violations v;
    engine->setSnapshotCallback(
        [&](const std::shared_ptr<const Snapshot> &s) { check(s, v, "callback"); });
    engine->start();
    QVERIFY2(engine->waitUntilIdle(60s), "still training after 60 s");
    const auto s = engine->latestSnapshot();
    check(s, v, "final");
    QCOMPARE(trainingStatusKey(s->status), trainingStatusKey(TrainingStatus::Diverged));
    QVERIFY(s->divergedEpoch >= 1);
    QVERIFY2(v.count == 0, qPrintable(QString::fromStdString(v.firstText())));
}

QTEST_GUILESS_MAIN(TestEngineStress)
#include "tst_enginestress.moc"
