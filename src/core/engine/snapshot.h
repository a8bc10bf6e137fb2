// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "engine/outputgrid.h"
#include "network/networkshape.h"
#include "network/optimizer.h"

namespace actlab {

struct HiddenUnitMaps; // network/modelprobe.h

enum class TrainingStatus {
    Ready,    ///< initialised (or reset), no step taken yet
    Running,  ///< training continuously
    Paused,   ///< stopped by pause() or after step(); resumes with start()
    Finished, ///< reached the configured number of epochs
    Diverged, ///< the loss became NaN or infinite; the weights are the last finite ones
    Stopped,  ///< stop() was called: the engine's thread has ended
};

/// "ready", "running", "paused", "finished", "diverged", "stopped".
const char *trainingStatusKey(TrainingStatus status);

struct LayerStatistics {
    int units = 0;
    double gradientNorm = 0;      ///< ‖∂loss/∂θ‖₂ of the layer's parameters, last step
    double deadFraction = 0;      ///< hidden units with f'(z) = 0 on every training point
    double saturatedFraction = 0; ///< other hidden units with |f'(z)| < 0.01 on ≥ 90 % of them
};

struct HistoryPoint {
    double epoch = 0; ///< fractional: completed epochs plus progress in the current one
    double trainLoss = 0;
    double testLoss = 0;      ///< equals trainLoss when there is no test set
    double trainAccuracy = 0; ///< 0 for regression
    double testAccuracy = 0;
};

/**
 * What the engine publishes for display: an immutable picture of the run at one moment.
 * Every number is finite.
 */
struct Snapshot {
    std::uint64_t serial = 0; ///< increases with every snapshot of an engine
    std::uint64_t resets = 0; ///< reset commands the engine had carried out when it took this
    TrainingStatus status = TrainingStatus::Ready;
    std::int64_t epoch = 0;         ///< completed epochs
    double epochProgress = 0;       ///< fraction of the current epoch done, 0 .. 1
    std::int64_t step = 0;          ///< optimiser steps taken
    std::int64_t divergedEpoch = 0; ///< 1-based epoch in which the loss diverged (else 0)
    /// The losses, accuracies, unit statistics and confusion counts are from an earlier step:
    /// evaluating all the data is slower than a display frame (large data), or this is a quick
    /// answer to a command. Fresh figures follow, at the latest when the engine is idle.
    bool figuresStale = false;

    double trainLoss = 0;
    double testLoss = 0;
    bool hasAccuracy = false; ///< classification
    bool hasTestSet = false;
    double trainAccuracy = 0;
    double testAccuracy = 0;
    /// hidden 1, [hidden 2], output (dead and saturated fractions are 0 for the output)
    std::vector<LayerStatistics> layers;

    NetworkShape shape;
    ParamLayout layout;
    std::vector<double> weights; ///< all parameters, see ParamLayout

    OptimizerSettings optimizer; ///< the hyperparameters in force
    int batchSize = 0;           ///< in force (the effective size: full batch resolved)

    double samplesPerSecond = 0; ///< training throughput since the previous snapshot
    double trainingSeconds = 0;  ///< time spent in training steps since the last reset

    /// Null when the configuration asks for none. Its size is the configured one when the
    /// engine is idle; while training it may be coarser (the engine keeps its cost down).
    std::shared_ptr<const OutputGrid> grid;
    /// What each first-layer unit outputs over the plane (null when the configuration asks
    /// for none). Refreshed less often than the grid while training, at every pause.
    std::shared_ptr<const HiddenUnitMaps> unitMaps;
    /// Classification: counts of (true class, predicted class), classes × classes row-major,
    /// from the same evaluation as the losses; null for regression or before the first.
    std::shared_ptr<const std::vector<std::int64_t>> confusion;
    bool confusionOnTest = false; ///< counted on the test set (else on the training set)
    std::shared_ptr<const std::vector<HistoryPoint>> history; ///< loss curve, oldest first
};

} // namespace actlab
