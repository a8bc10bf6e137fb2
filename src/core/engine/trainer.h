// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "engine/outputgrid.h"
#include "engine/parallelexecutor.h"
#include "engine/snapshot.h"
#include "engine/trainingsetup.h"
#include "network/network.h"
#include "network/networkkernels.h"
#include "network/optimizer.h"
#include "util/alignedallocator.h"

namespace actlab {

/// Losses and statistics of a full pass over the training and test sets.
struct Evaluation {
    double trainLoss = 0;
    double testLoss = 0;
    double trainAccuracy = 0;
    double testAccuracy = 0;
    bool finite = true; ///< false when a loss came out NaN or infinite
    /// Classification: classes × classes counts of (true class, predicted class), row-major,
    /// on the test set, or on the training set when there is none; empty for regression.
    std::vector<std::int64_t> confusion;
    bool confusionOnTest = false;
    /// Dead and saturated fractions of hidden 1, [hidden 2] (units and norms not filled in).
    std::vector<LayerStatistics> hidden;
};

struct StepResult {
    bool ok = true;          ///< false: the step diverged and changed nothing
    double batchLoss = 0;    ///< mean loss of the batch before the update
    bool epochEnded = false; ///< this step completed an epoch
};

/**
 * Synchronous training: the loop body the Engine's thread runs, and what the CLI and the
 * benchmarks drive directly. Not thread-safe; one owner.
 *
 * Determinism: a batch is cut into shards by chunkCount(), which depends on the batch and the
 * network's size only, never on the thread count; every shard accumulates its own gradient and
 * the shards are summed in index order. The same seed therefore gives bit-identical weights
 * for any number of threads.
 */
class Trainer {
public:
    explicit Trainer(TrainingSetup setup,
                     ParallelExecutor::Kind executor = ParallelExecutor::defaultKind());
    ~Trainer();

    const TrainingSetup &setup() const { return m_setup; }
    const Network &network() const { return *m_network; }
    Network &network() { return *m_network; }
    int threads() const;

    /// Fresh weights from the seed, optimiser state and counters cleared, epoch 0.
    void reset(std::uint64_t seed);
    std::uint64_t seed() const { return m_seed; }

    const OptimizerSettings &optimizerSettings() const { return m_optimizer.settings(); }
    /// Takes effect at the next step; weights are kept (a new optimiser kind restarts its state).
    void setOptimizerSettings(const OptimizerSettings &settings);
    /// 0 or ≥ the training set size: full batch. Takes effect at the next step.
    void setBatchSize(int batchSize);
    int effectiveBatchSize() const;

    /// One optimiser step on the next mini-batch.
    StepResult step();
    /// Steps until the current epoch ends; false if a step diverged.
    bool runEpoch();

    std::int64_t epoch() const { return m_epoch; }
    std::int64_t steps() const { return m_steps; }
    double epochProgress() const;
    /// Optimiser steps in one epoch, and from the current position to the epoch's end (at
    /// least 1), at the current batch size.
    std::size_t stepsPerEpoch() const;
    std::size_t stepsToEpochEnd() const;
    std::uint64_t samplesSeen() const { return m_samplesSeen; }
    bool diverged() const { return m_divergedEpoch > 0; }
    std::int64_t divergedEpoch() const { return m_divergedEpoch; }

    /// Full forward passes over both sets (parallel, fixed reduction order).
    Evaluation evaluate();
    /// ‖gradient‖₂ per layer of the last step (zeros before the first).
    const std::vector<double> &gradientNorms() const { return m_gradientNorms; }
    /// Samples the model on a size × size grid over the domain (size × 1 for 1-D data).
    void computeGrid(int size, OutputGrid &grid);

    /// Shards a pass over `samples` samples is cut into (see class comment).
    static std::size_t chunkCount(std::size_t samples, const NetworkShape &shape, bool training);

private:
    void shuffleForEpoch();
    kernels::Workspace &workspace(int worker);

    TrainingSetup m_setup;
    std::unique_ptr<Network> m_network;
    Optimizer m_optimizer;
    std::unique_ptr<ParallelExecutor> m_executor;
    int m_batchSize = 0;
    std::uint64_t m_seed = 0;

    AlignedVector m_trainX, m_trainT, m_testX, m_testT; // features expanded once
    std::vector<std::uint32_t> m_order;                 // this epoch's shuffle
    std::size_t m_position = 0;
    std::int64_t m_epoch = 0;
    std::int64_t m_steps = 0;
    std::uint64_t m_samplesSeen = 0;
    std::int64_t m_divergedEpoch = 0;

    std::vector<kernels::Workspace> m_workspaces; // one per worker thread
    std::vector<AlignedVector> m_chunkGradients;  // one per shard
    std::vector<double> m_chunkLoss;
    std::vector<kernels::EvalChunkResult> m_chunkEval;
    std::vector<kernels::UnitCounters> m_chunkCounters;
    std::vector<std::int64_t> m_chunkConfusion; // classes² counts per shard
    AlignedVector m_gradient;
    AlignedVector m_nextParams;
    std::vector<double> m_gradientNorms;

    int m_gridSize = -1; // the grid's features are computed once per size
    AlignedVector m_gridX, m_gridOutputs;
};

} // namespace actlab
