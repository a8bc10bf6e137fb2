// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include <algorithm>
#include <cmath>

#include "engine/threadpriority.h"
#include "engine/trainer.h"
#include "network/modelprobe.h"

namespace actlab {
namespace {

using Clock = std::chrono::steady_clock;

/// About one display frame.
constexpr auto kPublishInterval = std::chrono::milliseconds(16);
/// The unit maps change slowly to the eye and cost a pass per unit: about ten a second.
constexpr auto kUnitMapsInterval = std::chrono::milliseconds(100);
/// The picture, and separately the evaluation, may each take at most 1 / kPublishCostFactor
/// of the wall time while running.
constexpr int kPublishCostFactor = 4;
/// While training, the grid's resolution adapts so that it costs about this much: a large or
/// slow network then still refreshes its map 30+ times a second, a little coarser, and every
/// pause brings the full resolution back.
constexpr double kGridBudgetSeconds = 0.006;
constexpr int kMinRunningGrid = 64;

Clock::time_point after(Clock::time_point now, Clock::duration interval, Clock::duration cost) {
    return now + std::max(interval, kPublishCostFactor * cost);
}
constexpr std::size_t kMaxHistory = 4096;

} // namespace

struct Engine::Command {
    enum class Type {
        Start,
        Pause,
        Step,
        Epochs,
        Reset,
        LearningRate,
        L2,
        Momentum,
        Optimizer,
        BatchSize,
        EpochLimit,
        GridSize,
        UnitMapSize,
        Snapshot,
        Stop,
    };
    Command(Type type, double value = 0, std::int64_t integer = 0,
            std::optional<std::uint64_t> seed = std::nullopt)
        : type(type)
        , value(value)
        , integer(integer)
        , seed(seed) {}

    Type type;
    double value;
    std::int64_t integer;
    std::optional<std::uint64_t> seed;
};

std::variant<std::unique_ptr<Engine>, ConfigError>
Engine::create(const TrainingConfig &config, std::shared_ptr<const TrainingData> sharedData,
               ParallelExecutor::Kind executor) {
    auto prepared = prepareTraining(config, std::move(sharedData));
    if (auto *error = std::get_if<ConfigError>(&prepared))
        return *error;
    return std::make_unique<Engine>(std::move(std::get<TrainingSetup>(prepared)), executor);
}

Engine::Engine(TrainingSetup setup, ParallelExecutor::Kind executor)
    : m_setup(std::move(setup))
    , m_trainer(std::make_unique<Trainer>(m_setup, executor))
    , m_epochLimit(m_setup.config.epochs)
    , m_gridSize(m_setup.config.gridSize)
    , m_runningGridSize(m_gridSize)
    , m_unitMapSize(m_setup.config.unitMapSize)
    , m_history(std::make_shared<const std::vector<HistoryPoint>>()) {
    // A Ready snapshot exists before the constructor returns, but only a cheap one (weights,
    // no evaluation or grid: those can take tens of milliseconds on large data, and the caller
    // is usually the GUI thread). Being stale, it is completed by the engine's own thread as
    // soon as that starts.
    publish(Refresh::Nothing);
    m_thread = std::thread([this] { threadMain(); });
}

Engine::~Engine() {
    stop();
    if (m_thread.joinable())
        m_thread.join();
}

void Engine::enqueue(const Command &command) {
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped)
            return;
        if (command.type == Command::Type::Stop)
            m_stopped = true;
        m_commands.push_back(command);
        m_hasCommands.store(true, std::memory_order_release);
    }
    m_wake.notify_one();
}

void Engine::start() {
    enqueue({Command::Type::Start});
}

void Engine::pause() {
    enqueue({Command::Type::Pause});
}

void Engine::step(int count) {
    if (count > 0)
        enqueue({Command::Type::Step, 0, count});
}

void Engine::runEpochs(int count) {
    if (count > 0)
        enqueue({Command::Type::Epochs, 0, count});
}

void Engine::reset(std::optional<std::uint64_t> seed) {
    enqueue({Command::Type::Reset, 0, 0, seed});
}

bool Engine::setLearningRate(double learningRate) {
    if (!(learningRate > 0) || !std::isfinite(learningRate))
        return false;
    enqueue({Command::Type::LearningRate, learningRate});
    return true;
}

bool Engine::setL2(double l2) {
    if (!(l2 >= 0) || !std::isfinite(l2))
        return false;
    enqueue({Command::Type::L2, l2});
    return true;
}

bool Engine::setMomentum(double momentum) {
    if (!(momentum >= 0 && momentum < 1))
        return false;
    enqueue({Command::Type::Momentum, momentum});
    return true;
}

void Engine::setOptimizer(OptimizerKind kind) {
    enqueue({Command::Type::Optimizer, 0, std::int64_t(kind)});
}

bool Engine::setBatchSize(int batchSize) {
    if (batchSize < 0)
        return false;
    enqueue({Command::Type::BatchSize, 0, batchSize});
    return true;
}

bool Engine::setEpochLimit(int epochs) {
    if (epochs < 0)
        return false;
    enqueue({Command::Type::EpochLimit, 0, epochs});
    return true;
}

bool Engine::setGridSize(int size) {
    if (size < 0 || size > kMaxGridSize)
        return false;
    enqueue({Command::Type::GridSize, 0, size});
    return true;
}

bool Engine::setUnitMapSize(int size) {
    if (size < 0 || size > kMaxUnitMapSize)
        return false;
    enqueue({Command::Type::UnitMapSize, 0, size});
    return true;
}

void Engine::requestSnapshot() {
    enqueue({Command::Type::Snapshot});
}

void Engine::stop() {
    enqueue({Command::Type::Stop});
}

std::shared_ptr<const Snapshot> Engine::latestSnapshot() const {
    std::lock_guard lock(m_snapshotMutex);
    return m_snapshot;
}

void Engine::setSnapshotCallback(SnapshotCallback callback) {
    std::lock_guard lock(m_snapshotMutex);
    m_callback = std::move(callback);
}

bool Engine::waitUntilIdle(std::chrono::milliseconds timeout) const {
    std::unique_lock lock(m_mutex);
    return m_idleChanged.wait_for(
        lock, timeout, [&] { return (m_idle && m_commands.empty()) || !m_thread.joinable(); });
}

void Engine::threadMain() {
    // Training runs flat out; below the GUI's priority it only takes the cycles the GUI leaves.
    ThreadPriority::setCurrentThread(ThreadPriority::engineLevel());
    m_threadLevel.store(ThreadPriority::currentThread());
    std::vector<Command> commands;
    for (;;) {
        if (m_hasCommands.load(std::memory_order_acquire) || !busy()) {
            std::unique_lock lock(m_mutex);
            if (m_commands.empty() && !busy() && m_stale) {
                // Idle with figures older than the weights: catch up before sleeping.
                lock.unlock();
                publish(Refresh::All);
                continue;
            }
            while (m_commands.empty() && !busy()) {
                m_idle = true;
                m_idleChanged.notify_all();
                m_wake.wait(lock);
            }
            m_idle = false;
            commands.swap(m_commands);
            m_hasCommands.store(false, std::memory_order_release);
        }
        if (!commands.empty()) {
            bool keepGoing = true;
            for (const Command &c : commands)
                keepGoing = keepGoing && applyCommand(c);
            commands.clear();
            publishAnswer(); // every batch of commands is answered with a snapshot
            if (!keepGoing) {
                std::lock_guard lock(m_mutex);
                m_idle = true;
                m_idleChanged.notify_all();
                return;
            }
            continue;
        }
        trainOneStep();
    }
}

bool Engine::applyCommand(const Command &c) {
    Trainer &t = *m_trainer;
    OptimizerSettings settings = t.optimizerSettings();
    const bool canRun = m_status == TrainingStatus::Ready || m_status == TrainingStatus::Paused;
    switch (c.type) {
    case Command::Type::Start:
        if (canRun)
            m_status = TrainingStatus::Running;
        m_stepsLeft = 0;
        break;
    case Command::Type::Pause:
        if (m_status == TrainingStatus::Running)
            m_status = TrainingStatus::Paused;
        m_stepsLeft = 0;
        break;
    case Command::Type::Step:
        if (canRun)
            m_stepsLeft += int(c.integer);
        break;
    case Command::Type::Epochs:
        if (canRun) {
            const std::int64_t steps =
                t.stepsToEpochEnd() + (c.integer - 1) * std::int64_t(t.stepsPerEpoch());
            m_stepsLeft = int(std::min<std::int64_t>(std::int64_t(m_stepsLeft) + steps, 1 << 30));
        }
        break;
    case Command::Type::Reset:
        t.reset(c.seed.value_or(t.seed()));
        ++m_resets;
        m_status = TrainingStatus::Ready;
        m_stepsLeft = 0;
        m_divergedEpoch = 0;
        m_trainingSeconds = 0;
        m_samplesAtPublish = 0;
        m_secondsAtPublish = 0;
        m_samplesPerSecond = 0;
        m_history = std::make_shared<const std::vector<HistoryPoint>>();
        m_historyStride = 1;
        m_historySkipped = 0;
        m_historyStep = -1;
        m_gridStep = -1;
        m_unitMapsStep = -1;
        m_confusion.reset();
        m_previous.reset();
        break;
    case Command::Type::LearningRate:
        settings.learningRate = c.value;
        t.setOptimizerSettings(settings);
        break;
    case Command::Type::L2:
        settings.l2 = c.value;
        t.setOptimizerSettings(settings);
        break;
    case Command::Type::Momentum:
        settings.momentum = c.value;
        t.setOptimizerSettings(settings);
        break;
    case Command::Type::Optimizer:
        settings.kind = OptimizerKind(c.integer);
        t.setOptimizerSettings(settings);
        break;
    case Command::Type::BatchSize:
        t.setBatchSize(int(c.integer));
        break;
    case Command::Type::EpochLimit:
        m_epochLimit = int(c.integer);
        if (m_status == TrainingStatus::Finished && (m_epochLimit == 0 || t.epoch() < m_epochLimit))
            m_status = TrainingStatus::Paused;
        break;
    case Command::Type::GridSize:
        m_gridSize = int(c.integer);
        m_runningGridSize = m_gridSize;
        m_gridStep = -1;
        break;
    case Command::Type::UnitMapSize:
        m_unitMapSize = int(c.integer);
        m_unitMapsStep = -1;
        break;
    case Command::Type::Snapshot:
        break;
    case Command::Type::Stop:
        m_status = TrainingStatus::Stopped;
        m_stepsLeft = 0;
        return false;
    }
    return true;
}

void Engine::trainOneStep() {
    Trainer &t = *m_trainer;
    const Clock::time_point before = Clock::now();
    const StepResult r = t.step();
    const Clock::time_point after = Clock::now();
    m_trainingSeconds += std::chrono::duration<double>(after - before).count();
    if (!r.ok) {
        m_status = TrainingStatus::Diverged;
        m_divergedEpoch = t.divergedEpoch();
        m_stepsLeft = 0;
        publishAnswer();
        return;
    }
    if (m_epochLimit > 0 && t.epoch() >= m_epochLimit) {
        m_status = TrainingStatus::Finished;
        m_stepsLeft = 0;
        publishAnswer();
        return;
    }
    if (m_stepsLeft > 0 && --m_stepsLeft == 0) {
        m_status = TrainingStatus::Paused;
        publishAnswer();
        return;
    }
    if (after >= m_nextPublish)
        publish(Refresh::Due);
}

void Engine::adaptRunningGrid(int size, double seconds) {
    // Cost grows with the cells, size²: scale the side by √(budget / cost), in steps of 8, with
    // some hysteresis so that the resolution does not flicker between two sizes.
    if (seconds > kGridBudgetSeconds && size > kMinRunningGrid) {
        const double side = size * std::sqrt(kGridBudgetSeconds / seconds);
        m_runningGridSize = std::max(kMinRunningGrid, int(side) / 8 * 8);
    } else if (seconds < 0.5 * kGridBudgetSeconds && size < m_gridSize) {
        const double side = size * std::sqrt(0.8 * kGridBudgetSeconds / seconds);
        m_runningGridSize = std::min(m_gridSize, std::max(size + 8, int(side) / 8 * 8));
    }
}

void Engine::publish(Refresh refresh) {
    const Clock::time_point start = Clock::now();
    Trainer &t = *m_trainer;
    auto s = std::make_shared<Snapshot>();
    const bool evaluate =
        refresh == Refresh::All || (refresh == Refresh::Due && start >= m_nextEvaluation);
    Evaluation e;
    if (evaluate) {
        e = t.evaluate();
        if (!e.finite && m_status != TrainingStatus::Stopped) {
            // Finite weights can still give an infinite loss (an MSE output far out): that is
            // divergence too, and the numbers shown stay the last finite ones.
            m_status = TrainingStatus::Diverged;
            m_divergedEpoch = m_divergedEpoch ? m_divergedEpoch : t.epoch() + 1;
            m_stepsLeft = 0;
        }
        const Clock::time_point evaluated = Clock::now();
        m_evaluationSeconds = std::chrono::duration<double>(evaluated - start).count();
        m_nextEvaluation = after(evaluated, kPublishInterval, evaluated - start);
    }
    m_stale = !evaluate;
    s->figuresStale = !evaluate;
    s->status = m_status;
    s->epoch = t.epoch();
    s->epochProgress = t.epochProgress();
    s->step = t.steps();
    s->divergedEpoch = m_divergedEpoch;
    s->hasAccuracy = m_setup.task != Task::Regression;
    s->hasTestSet = m_setup.data->split.test.size() > 0;
    const NetworkShape &shape = t.network().shape();
    const std::vector<double> &norms = t.gradientNorms();
    if (evaluate && e.finite) {
        s->trainLoss = e.trainLoss;
        s->testLoss = e.testLoss;
        s->trainAccuracy = e.trainAccuracy;
        s->testAccuracy = e.testAccuracy;
        s->layers.resize(norms.size());
        for (std::size_t l = 0; l < e.hidden.size() && l < norms.size(); ++l)
            s->layers[l] = {e.hidden[l].units, 0, e.hidden[l].deadFraction,
                            e.hidden[l].saturatedFraction};
        if (e.confusion.empty())
            m_confusion.reset();
        else
            m_confusion = std::make_shared<const std::vector<std::int64_t>>(std::move(e.confusion));
        m_confusionOnTest = e.confusionOnTest;
    } else if (m_previous) {
        s->trainLoss = m_previous->trainLoss;
        s->testLoss = m_previous->testLoss;
        s->trainAccuracy = m_previous->trainAccuracy;
        s->testAccuracy = m_previous->testAccuracy;
        s->layers = m_previous->layers;
    }
    s->layers.resize(norms.size());
    for (std::size_t l = 0; l < norms.size(); ++l)
        s->layers[l].gradientNorm = norms[l];
    s->layers[0].units = shape.hidden1;
    if (shape.hidden2 > 0)
        s->layers[1].units = shape.hidden2;
    s->layers.back().units = shape.outputs;
    s->shape = shape;
    s->layout = t.network().layout();
    const std::span<const double> weights = t.network().parameters();
    s->weights.assign(weights.begin(), weights.end());
    s->optimizer = t.optimizerSettings();
    s->batchSize = t.effectiveBatchSize();

    const double seconds = m_trainingSeconds - m_secondsAtPublish;
    if (seconds > 0) {
        m_samplesPerSecond = double(t.samplesSeen() - m_samplesAtPublish) / seconds;
        m_samplesAtPublish = t.samplesSeen();
        m_secondsAtPublish = m_trainingSeconds;
    }
    s->samplesPerSecond = m_samplesPerSecond;
    s->trainingSeconds = m_trainingSeconds;

    s->confusion = m_confusion;
    s->confusionOnTest = m_confusionOnTest;

    const Clock::time_point pictureStart = Clock::now();
    const bool picture = refresh != Refresh::Nothing;
    if (m_gridSize <= 0) {
        m_grid.reset();
    } else if (picture) {
        const bool running = refresh == Refresh::Due;
        const int size = running ? m_runningGridSize : m_gridSize;
        if (m_gridStep != t.steps() || !m_grid || m_grid->width != size) {
            auto grid = std::make_shared<OutputGrid>();
            t.computeGrid(size, *grid);
            m_grid = std::move(grid);
            m_gridStep = t.steps();
            const double cost = std::chrono::duration<double>(Clock::now() - pictureStart).count();
            if (running)
                adaptRunningGrid(size, cost);
        }
    }
    if (m_grid)
        s->grid = m_grid;
    if (m_unitMapSize <= 0) {
        m_unitMaps.reset();
    } else if (picture && (m_unitMapsStep != t.steps() || !m_unitMaps) &&
               (refresh == Refresh::All || pictureStart >= m_nextUnitMaps)) {
        auto maps = std::make_shared<HiddenUnitMaps>();
        computeHiddenUnitMaps(t.network(), m_setup.config.features, m_setup.data->all.domain,
                              m_setup.data->all.inputDims, m_unitMapSize, *maps);
        m_unitMaps = std::move(maps);
        m_unitMapsStep = t.steps();
        const Clock::time_point mapped = Clock::now();
        m_nextUnitMaps = after(mapped, kUnitMapsInterval, mapped - pictureStart);
    }
    s->unitMaps = m_unitMaps;
    const Clock::time_point pictured = Clock::now();
    if (picture)
        m_pictureSeconds = std::chrono::duration<double>(pictured - pictureStart).count();

    if (evaluate && e.finite && t.steps() != m_historyStep) {
        m_historyStep = t.steps();
        if (++m_historySkipped >= m_historyStride || t.steps() == 0) {
            m_historySkipped = 0;
            // Copy on write: older snapshots keep their own history.
            auto history = std::make_shared<std::vector<HistoryPoint>>(*m_history);
            history->push_back({double(t.epoch()) + t.epochProgress(), s->trainLoss, s->testLoss,
                                s->trainAccuracy, s->testAccuracy});
            if (history->size() >= kMaxHistory) {
                // Halve the resolution, keep the first and latest points.
                std::vector<HistoryPoint> thinned;
                for (std::size_t i = 0; i < history->size(); i += 2)
                    thinned.push_back((*history)[i]);
                if (thinned.back().epoch != history->back().epoch)
                    thinned.push_back(history->back());
                *history = std::move(thinned);
                m_historyStride *= 2;
            }
            m_history = std::move(history);
        }
    }
    s->history = m_history;
    s->resets = m_resets;

    SnapshotCallback callback;
    {
        std::lock_guard lock(m_snapshotMutex);
        s->serial = (m_snapshot ? m_snapshot->serial : 0) + 1;
        m_snapshot = s;
        callback = m_callback;
    }
    m_serial.store(s->serial, std::memory_order_release);
    m_previous = s;
    if (callback)
        callback(s);

    // The picture's cadence: the evaluation has its own (above), so large data does not slow it.
    m_nextPublish = after(Clock::now(), kPublishInterval, pictured - pictureStart);
}

} // namespace actlab
