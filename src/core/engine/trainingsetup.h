// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <variant>

#include "data/datasplit.h"
#include "engine/trainingconfig.h"
#include "network/hiddenactivation.h"
#include "network/networkshape.h"

namespace actlab {

/// The points a run trains and tests on. Immutable, so engines share it (a race uses one).
struct TrainingData {
    Dataset all; ///< every point, for drawing
    DataSplit split;
};

/// A validated configuration with everything resolved: the data, the activation, the shape.
struct TrainingSetup {
    TrainingConfig config;
    std::shared_ptr<const TrainingData> data;
    std::shared_ptr<const HiddenActivation> activation;
    NetworkShape shape;
    OutputKind output = OutputKind::SigmoidBce;
    Task task = Task::Binary;
};

/**
 * Validates the configuration, generates (or takes) the data and splits it, resolves the
 * activation. With `sharedData`, that data is used as it is (the configuration's data settings
 * are ignored): two engines then train on the very same points.
 */
std::variant<TrainingSetup, ConfigError>
prepareTraining(const TrainingConfig &config,
                std::shared_ptr<const TrainingData> sharedData = nullptr);

/// Generates or takes the configuration's data and splits it (the config must be valid).
std::shared_ptr<const TrainingData> makeTrainingData(const TrainingConfig &config);

} // namespace actlab
