// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstddef>
#include <vector>

#include "depth/meanfield.h"
#include "depth/propagation.h"

namespace actlab {
class ParallelExecutor;
}

namespace actlab::depth {

/**
 * One configuration of the depth lab, measured on a random network and predicted by
 * mean-field theory: what `actlab propagate` prints and what the depth-lab page draws, from
 * the same call.
 */
struct DepthReport {
    PropagationResult measured;             ///< layers 0…L
    std::vector<LayerPrediction> predicted; ///< layers 0…L
    FixedPoint theory;                      ///< at this configuration's σ_w², σ_b²
    Variances variances;                    ///< σ_w² (from the initialiser) and σ_b²
    bool cancelled = false;
};

/// The config must be valid (invalidPropagationField). Checks `cancel` between the steps.
DepthReport runDepthExperiment(const PropagationConfig &config, ParallelExecutor &executor,
                               const std::atomic<bool> *cancel = nullptr,
                               std::atomic<std::size_t> *progress = nullptr);

/// The edge of chaos for a bias variance: σ_w² where χ₁ = 1, and q* there. q* is empty when
/// it does not converge as σ_w² approaches the critical value (ReLU with a bias: q* → ∞).
struct CriticalPoint {
    std::optional<double> weightVariance;
    std::optional<double> qStar;
};
CriticalPoint findCriticalPoint(const MeanField &theory, double biasVariance, double q0 = 1);

/// The theory alone (no network is drawn): cheap enough for every slider step.
DepthReport predictDepth(const PropagationConfig &config);

} // namespace actlab::depth
