// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include "data/dataset.h"
#include "data/datasetgenerator.h"
#include "network/featureset.h"
#include "network/hiddenactivation.h"
#include "network/initializer.h"
#include "network/optimizer.h"
#include "network/outputlayer.h"

namespace actlab {

inline constexpr int kMaxThreads = 64;
inline constexpr int kMaxGridSize = 1024;
inline constexpr int kMaxUnitMapSize = 256;

/**
 * Everything that defines a training run. Plain data: the playground edits one, the CLI fills
 * one from its arguments, and prepareTraining() validates it. The app's defaults for both (the
 * playground's set-up and `actlab train`) are its trainingDefaults(), not these.
 */
struct TrainingConfig {
    // ---- data
    DatasetOptions dataset;                  ///< the generator, unless userData is set
    std::shared_ptr<const Dataset> userData; ///< points loaded from CSV (replaces the generator)
    double testFraction = 0.3;               ///< 0 .. kMaxTestFraction of the points held out

    // ---- network
    FeatureSet features;              ///< default x1, x2
    int hidden = 16;                  ///< units of the hidden layer, 1 .. kMaxHiddenUnits
    int hidden2 = 0;                  ///< a second hidden layer (0: none)
    ActivationChoice activation;      ///< catalog id + params, or a formula
    std::optional<OutputKind> output; ///< empty: chosen by the task (defaultOutputKind)
    Initializer initializer = Initializer::GlorotUniform;

    // ---- training
    OptimizerKind optimizer = OptimizerKind::Adam;
    double learningRate = 0.03;
    double momentum = 0.9; ///< for OptimizerKind::Momentum
    int batchSize = 16;    ///< 0 or ≥ the training set: full batch
    double l2 = 0;
    int epochs = 0;         ///< stop after this many epochs; 0: until told to stop
    std::uint64_t seed = 1; ///< initial weights, shuffling and the train/test split
    int threads = 1;        ///< 1 .. kMaxThreads; the results do not depend on it

    // ---- display
    int gridSize = 0; ///< side of the output grid in snapshots (0: none), up to kMaxGridSize
    /// Side of each hidden unit's map in snapshots (0: none), up to kMaxUnitMapSize.
    int unitMapSize = 0;
};

/// Which setting is wrong. The app turns it into one translated sentence.
enum class ConfigErrorKind {
    Dataset,      ///< datasetError says what
    Activation,   ///< activationError says what
    Features,     ///< no feature, or a feature of x2 for 1-D data
    Hidden,       ///< hidden outside 1 .. kMaxHiddenUnits
    Hidden2,      ///< hidden2 outside 0 .. kMaxHiddenUnits
    LearningRate, ///< not a positive finite number
    Momentum,     ///< outside [0, 1)
    BatchSize,    ///< negative
    L2,           ///< negative or not finite
    Epochs,       ///< negative
    TestFraction, ///< outside 0 .. kMaxTestFraction
    Threads,      ///< outside 1 .. kMaxThreads
    GridSize,     ///< outside 0 .. kMaxGridSize
    UnitMapSize,  ///< outside 0 .. kMaxUnitMapSize
    Output,       ///< the output layer cannot learn this task (sigmoid for regression ...)
    EmptyData,    ///< user data without points
};

struct ConfigError {
    ConfigErrorKind kind = ConfigErrorKind::Dataset;
    std::optional<DatasetOptionsError> datasetError;
    ActivationError activationError;
};

/// Validates everything that does not need the data (prepareTraining checks the rest).
std::optional<ConfigError> validateTrainingConfig(const TrainingConfig &config);

} // namespace actlab
