// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingconfig.h"

#include <cmath>

#include "data/datasplit.h"
#include "network/networkshape.h"

namespace actlab {

std::optional<ConfigError> validateTrainingConfig(const TrainingConfig &c) {
    const auto error = [](ConfigErrorKind kind) { return ConfigError{kind, std::nullopt, {}}; };
    if (!c.userData) {
        if (auto e = validateDatasetOptions(c.dataset))
            return ConfigError{ConfigErrorKind::Dataset, e, {}};
    } else if (c.userData->size() == 0) {
        return error(ConfigErrorKind::EmptyData);
    }
    if (c.hidden < 1 || c.hidden > kMaxHiddenUnits)
        return error(ConfigErrorKind::Hidden);
    if (c.hidden2 < 0 || c.hidden2 > kMaxHiddenUnits)
        return error(ConfigErrorKind::Hidden2);
    if (!(c.learningRate > 0) || !std::isfinite(c.learningRate))
        return error(ConfigErrorKind::LearningRate);
    if (!(c.momentum >= 0 && c.momentum < 1))
        return error(ConfigErrorKind::Momentum);
    if (c.batchSize < 0)
        return error(ConfigErrorKind::BatchSize);
    if (!(c.l2 >= 0) || !std::isfinite(c.l2))
        return error(ConfigErrorKind::L2);
    if (c.epochs < 0)
        return error(ConfigErrorKind::Epochs);
    if (!(c.testFraction >= 0 && c.testFraction <= kMaxTestFraction))
        return error(ConfigErrorKind::TestFraction);
    if (c.threads < 1 || c.threads > kMaxThreads)
        return error(ConfigErrorKind::Threads);
    if (c.gridSize < 0 || c.gridSize > kMaxGridSize)
        return error(ConfigErrorKind::GridSize);
    if (c.unitMapSize < 0 || c.unitMapSize > kMaxUnitMapSize)
        return error(ConfigErrorKind::UnitMapSize);
    return std::nullopt;
}

} // namespace actlab
