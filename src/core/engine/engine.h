// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>
#include <vector>

#include "engine/parallelexecutor.h"
#include "engine/snapshot.h"
#include "engine/threadpriority.h"
#include "engine/trainingconfig.h"
#include "engine/trainingsetup.h"

namespace actlab {

class Trainer;

/**
 * Trains on its own thread and publishes snapshots for display.
 *
 * Commands (start, pause, step, reset, the set* hyperparameter changes, stop) may be called
 * from any thread. They never block on training: they are queued and applied between two
 * optimiser steps, normally well within a display frame, and each one is answered with a new
 * snapshot. Changing the learning rate, L2, batch size or epoch limit keeps the weights;
 * reset() with the same seed restores exactly the same initial weights.
 *
 * The training thread runs below normal priority (ThreadPriority), so a GUI on the same cores
 * stays responsive. The constructor publishes a cheap Ready snapshot (weights, no evaluation
 * or grid, figuresStale set); the complete one follows from the training thread at once.
 *
 * latestSnapshot() is cheap (a shared pointer copied under a tiny mutex) and never waits for a
 * step. While running, a snapshot with a fresh grid is published about every 16 ms, less often
 * when the grid costs more than a quarter of the time; while training, the grid's resolution
 * adapts (down to 64²) to keep that cost near 6 ms, and idle snapshots have the full size.
 * Unit maps follow about ten times a second. The losses over all the data are evaluated on
 * their own cadence, as often as another quarter of the time allows, so large data slows neither
 * the picture nor training much. When that evaluation is expensive, a command is answered at once
 * with the previous figures, and fresh ones follow when the engine is idle. A NaN or infinite loss
 * stops the run with status Diverged and the epoch; the weights in the snapshot are the last
 * finite ones. The destructor stops and joins the thread.
 */
class Engine {
public:
    using SnapshotCallback = std::function<void(const std::shared_ptr<const Snapshot> &)>;

    /// Validates and prepares the configuration; with `sharedData`, trains on those points.
    static std::variant<std::unique_ptr<Engine>, ConfigError>
    create(const TrainingConfig &config, std::shared_ptr<const TrainingData> sharedData = nullptr,
           ParallelExecutor::Kind executor = ParallelExecutor::defaultKind());

    explicit Engine(TrainingSetup setup,
                    ParallelExecutor::Kind executor = ParallelExecutor::defaultKind());
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    // ---- commands (thread-safe, asynchronous)
    /// Train continuously (from Ready or Paused).
    void start();
    /// Stop after the current step (from Running, or cancel pending single steps).
    void pause();
    /// Take `count` optimiser steps, then pause (from Ready or Paused).
    void step(int count = 1);
    /// Train to the end of the current epoch and `count` − 1 more, then pause (from Ready or
    /// Paused). The engine counts the steps with the batch size it has when it gets there, so
    /// callers never re-derive the batching.
    void runEpochs(int count = 1);
    /// New initial weights from `seed` (or the current seed): epoch 0, status Ready.
    void reset(std::optional<std::uint64_t> seed = std::nullopt);
    /// The set* commands return false, and change nothing, for an invalid value.
    bool setLearningRate(double learningRate);
    bool setL2(double l2);
    bool setMomentum(double momentum);
    void setOptimizer(OptimizerKind kind); ///< a different kind restarts its moment estimates
    bool setBatchSize(int batchSize);      ///< 0: full batch
    bool setEpochLimit(int epochs);        ///< 0: no limit
    bool setGridSize(int size);            ///< 0: no grid
    bool setUnitMapSize(int size);         ///< 0: no unit maps
    /// Publish a fresh snapshot soon even when idle.
    void requestSnapshot();
    /// Ends the training thread (also done by the destructor). Later commands are ignored.
    void stop();

    // ---- reading
    std::shared_ptr<const Snapshot> latestSnapshot() const;
    /// The serial of the latest snapshot: poll this to see whether anything changed.
    std::uint64_t snapshotSerial() const { return m_serial.load(std::memory_order_acquire); }
    /// Called on the training thread after every publication (keep it short; a GUI posts the
    /// pointer to its own thread). Set it before start().
    void setSnapshotCallback(SnapshotCallback callback);
    /// Blocks until the engine has applied every command and is not training, or the timeout
    /// passes; true when idle. For tests and command-line use.
    bool waitUntilIdle(std::chrono::milliseconds timeout) const;

    /// The scheduling level the training thread runs at (ThreadPriority::engineLevel() unless
    /// the system refused it); Normal until the thread has started.
    ThreadPriority::Level threadLevel() const { return m_threadLevel.load(); }

    const TrainingSetup &setup() const { return m_setup; }
    std::shared_ptr<const TrainingData> data() const { return m_setup.data; }

private:
    struct Command;
    void threadMain();
    bool applyCommand(const Command &command); // false for stop
    void trainOneStep();
    bool busy() const { return m_status == TrainingStatus::Running || m_stepsLeft > 0; }
    /// What a publication recomputes. The picture (grid, unit maps) costs the same whatever
    /// the data's size; the evaluation (losses, statistics, confusion) grows with the data, so
    /// while training each has its own cadence and neither holds the other back.
    enum class Refresh {
        Nothing, ///< reuse the last figures and pictures, marked stale
        Due,     ///< the picture; unit maps and the evaluation when their time has come
        All,     ///< everything that changed since it was last computed
    };
    void publish(Refresh refresh);
    /// Picks the next running grid size from the cost of the last one at `size`.
    void adaptRunningGrid(int size, double seconds);
    /// Answers a command or a status change: in full when that is cheap, else quickly (a full
    /// publication follows as soon as the engine is idle).
    void publishAnswer() {
        publish(m_evaluationSeconds + m_pictureSeconds < kCheapPublishSeconds ? Refresh::All
                                                                              : Refresh::Nothing);
    }
    static constexpr double kCheapPublishSeconds = 0.008; // half a display frame
    void enqueue(const Command &command);

    TrainingSetup m_setup;
    std::unique_ptr<Trainer> m_trainer; // touched only by the training thread after start-up

    // Command queue.
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_wake;
    mutable std::condition_variable m_idleChanged;
    std::vector<Command> m_commands;
    std::atomic<bool> m_hasCommands{false};
    bool m_idle = false;
    bool m_stopped = false;

    // Training-thread state.
    TrainingStatus m_status = TrainingStatus::Ready;
    int m_stepsLeft = 0;
    int m_epochLimit = 0;
    int m_gridSize = 0;        ///< requested: the grid of every idle snapshot
    int m_runningGridSize = 0; ///< while training: adapted to the grid's cost
    int m_unitMapSize = 0;
    std::int64_t m_divergedEpoch = 0;
    double m_trainingSeconds = 0;
    std::chrono::steady_clock::time_point m_nextPublish;    // picture cadence
    std::chrono::steady_clock::time_point m_nextEvaluation; // evaluation cadence
    std::chrono::steady_clock::time_point m_nextUnitMaps;   // unit-map cadence
    double m_evaluationSeconds = 0;                         // cost of the last evaluation
    double m_pictureSeconds = 0;                            // cost of the last grid and unit maps
    bool m_stale = false; // the latest snapshot's figures predate its weights
    std::uint64_t m_samplesAtPublish = 0;
    std::uint64_t m_resets = 0; ///< reset commands carried out (engine thread)
    double m_secondsAtPublish = 0;
    double m_samplesPerSecond = 0;
    std::shared_ptr<const Snapshot> m_previous;
    std::shared_ptr<const std::vector<HistoryPoint>> m_history;
    std::shared_ptr<const OutputGrid> m_grid;
    std::int64_t m_gridStep = -1;
    std::shared_ptr<const HiddenUnitMaps> m_unitMaps;
    std::int64_t m_unitMapsStep = -1;
    std::shared_ptr<const std::vector<std::int64_t>> m_confusion;
    bool m_confusionOnTest = false;
    int m_historyStride = 1;
    int m_historySkipped = 0;
    std::int64_t m_historyStep = -1;

    // Publication.
    mutable std::mutex m_snapshotMutex;
    std::shared_ptr<const Snapshot> m_snapshot;
    std::atomic<std::uint64_t> m_serial{0};
    SnapshotCallback m_callback;

    std::atomic<ThreadPriority::Level> m_threadLevel{ThreadPriority::Level::Normal};
    std::thread m_thread;
};

} // namespace actlab
