// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingsetup.h"

#include "util/random.h"

namespace actlab {

std::shared_ptr<const TrainingData> makeTrainingData(const TrainingConfig &config) {
    auto data = std::make_shared<TrainingData>();
    data->all = config.userData ? *config.userData : generateDataset(config.dataset);
    // The split has its own stream, so the same seed also gives the same split for user data.
    data->split = splitDataset(data->all, config.testFraction, Random::mix(config.seed, 7));
    return data;
}

std::variant<TrainingSetup, ConfigError>
prepareTraining(const TrainingConfig &config, std::shared_ptr<const TrainingData> sharedData) {
    const auto error = [](ConfigErrorKind kind) { return ConfigError{kind, std::nullopt, {}}; };
    TrainingConfig checked = config;
    if (sharedData) {
        // The data exists already: only the settings that do not concern it are checked.
        checked.userData = nullptr;
        checked.dataset = DatasetOptions{};
    }
    if (auto e = validateTrainingConfig(checked))
        return *e;

    auto resolved = resolveHiddenActivation(config.activation);
    if (auto *e = std::get_if<ActivationError>(&resolved))
        return ConfigError{ConfigErrorKind::Activation, std::nullopt, *e};

    TrainingSetup setup;
    setup.config = config;
    setup.data = sharedData ? std::move(sharedData) : makeTrainingData(config);
    const Dataset &all = setup.data->all;
    if (setup.data->split.train.size() == 0)
        return error(ConfigErrorKind::EmptyData);
    if (!config.features.validFor(all.inputDims))
        return error(ConfigErrorKind::Features);
    setup.task = all.task;
    setup.output = config.output.value_or(defaultOutputKind(all.task));
    if (!outputKindFits(setup.output, all.task))
        return error(ConfigErrorKind::Output);

    auto activation = std::make_shared<HiddenActivation>(std::get<HiddenActivation>(resolved));
    setup.shape.inputs = config.features.count();
    setup.shape.hidden1 = config.hidden;
    setup.shape.hidden2 = config.hidden2;
    setup.shape.outputs = outputCount(setup.output, all.task, all.classes);
    setup.shape.learnableSlopes = activation->learnableSlope;
    setup.activation = std::move(activation);
    return setup;
}

} // namespace actlab
