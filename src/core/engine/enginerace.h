// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <variant>

#include "engine/engine.h"

namespace actlab {

/**
 * Two engines trained side by side for comparison (relu against tanh, say). Both train on the
 * very same points (one TrainingData, shared) and shuffle them in the same order; the second
 * configuration's seed and initialiser are replaced by the first's, so when the two networks
 * have the same shape their initial weights are bit-identical too. Commands go to both.
 */
class EngineRace {
public:
    struct Error {
        int which = 0; ///< 0: the first configuration, 1: the second
        ConfigError error;
    };

    static std::variant<std::unique_ptr<EngineRace>, Error>
    create(const TrainingConfig &first, const TrainingConfig &second,
           ParallelExecutor::Kind executor = ParallelExecutor::defaultKind());

    Engine &engine(int which) { return *m_engines[std::size_t(which)]; }
    Engine &first() { return *m_engines[0]; }
    Engine &second() { return *m_engines[1]; }
    /// Same shape (features, hidden sizes, outputs): the initial weights are identical
    /// (PReLU slopes aside, which start at the activation's alpha).
    bool identicalInitialWeights() const;

    void start();
    void pause();
    void step(int count = 1);
    void reset(std::optional<std::uint64_t> seed = std::nullopt);
    void stop();

private:
    explicit EngineRace(std::array<std::unique_ptr<Engine>, 2> engines);
    std::array<std::unique_ptr<Engine>, 2> m_engines;
};

} // namespace actlab
