// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "network/networkshape.h"
#include "util/alignedallocator.h"

namespace actlab {

enum class OptimizerKind { Sgd, Momentum, Adam };

/// "sgd", "momentum", "adam".
const char *optimizerKey(OptimizerKind kind);
std::optional<OptimizerKind> optimizerFromKey(std::string_view key);

struct OptimizerSettings {
    OptimizerKind kind = OptimizerKind::Adam;
    double learningRate = 0.01;
    double l2 = 0;         ///< adds l2 · w to the gradient of every weight (not biases or slopes)
    double momentum = 0.9; ///< Momentum
    double beta1 = 0.9;    ///< Adam
    double beta2 = 0.999;  ///< Adam
    double epsilon = 1e-8; ///< Adam
};

/**
 * SGD, heavy-ball momentum and Adam, with exactly PyTorch's update rules (torch.optim, 1.13):
 *   g ← ∇ + l2 · w  (weights only: the loss gets l2/2 · Σw²)
 *   SGD:      w ← w − lr · g
 *   Momentum: v ← μ v + g;  w ← w − lr · v   (v starts as the first g)
 *   Adam:     m ← β1 m + (1−β1) g;  v ← β2 v + (1−β2) g²;
 *             w ← w − (lr / (1−β1ᵗ)) · m / (√v / √(1−β2ᵗ) + ε)
 * Settings may change between steps (the learning rate for example) without touching the
 * state; a different kind restarts the state.
 */
class Optimizer {
public:
    explicit Optimizer(const ParamLayout &layout, OptimizerSettings settings = {});

    const OptimizerSettings &settings() const { return m_settings; }
    void setSettings(const OptimizerSettings &settings);
    /// Forgets momentum and moment estimates (a new run).
    void resetState();
    std::int64_t steps() const { return m_steps; }

    /// Writes the updated parameters to `out`, which must not overlap `params`. Returns false,
    /// and leaves the state as it was, if any updated value is not finite: the caller keeps the
    /// old parameters (the engine then reports divergence).
    bool step(std::span<const double> params, std::span<const double> gradient,
              std::span<double> out);

private:
    ParamLayout m_layout;
    OptimizerSettings m_settings;
    AlignedVector m_decay; ///< 1 for weights, 0 for biases and slopes: where l2 applies
    AlignedVector m_m, m_v, m_mNext, m_vNext;
    std::int64_t m_steps = 0;
};

} // namespace actlab
