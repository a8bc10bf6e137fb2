// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "depth/depthconfig.h"
#include "network/hiddenactivation.h"

namespace actlab {
class ParallelExecutor;
}

namespace actlab::depth {

/// A measurement on one random network (conventions in depthconfig.h).
struct PropagationConfig {
    HiddenActivation activation; ///< resolved (resolveHiddenActivation), f and f′ used
    int depth = 50;              ///< L, 1…kMaxDepth
    int width = 256;             ///< N, 1…kMaxWidth
    int batch = 256; ///< inputs, 2…kMaxBatch; consecutive pairs share correlation c⁰
    WeightInit weights;
    double biasVariance = 0;       ///< σ_b² ≥ 0
    double inputVariance = 1;      ///< q⁰ > 0
    double inputCorrelation = 0.5; ///< c⁰ in [−1, 1], between the two inputs of each pair
    Dropout dropout;               ///< applied to f(hˡ⁻¹) before Wˡ, for l = 1…L
    std::uint64_t seed = 1;
    int histogramBins = 40;    ///< fixed bins over [−histogramRange, histogramRange]
    double histogramRange = 4; ///< values outside fall into the first or last bin
};

/// Statistics of hˡ over every unit of every input (the fractions in [0, 1]).
struct LayerStatistics {
    double preMean = 0;      ///< mean of hˡ
    double preVariance = 0;  ///< variance of hˡ (about its mean)
    double postMean = 0;     ///< mean of f(hˡ)
    double postVariance = 0; ///< variance of f(hˡ)
    double saturated = 0;    ///< fraction with |f′(hˡ)| < kSaturationThreshold (dead ones too)
    double dead = 0;         ///< fraction with f′(hˡ) = 0 exactly
    double gradNorm2 = 0;    ///< mean over inputs of ‖∂E/∂hˡ‖²
    double correlation = 0;  ///< mean over pairs of hₐ·h_b / (‖hₐ‖ ‖h_b‖)
    std::vector<double> histogram; ///< fraction of values per bin, summing to 1
};

inline constexpr double kSaturationThreshold = 0.01;
inline constexpr int kMaxHistogramBins = 400;

struct PropagationResult {
    std::vector<LayerStatistics> layers; ///< index l = 0…L (0 is the input h⁰)
    bool cancelled = false;              ///< stopped early: layers is empty
};

/**
 * Null when valid, else the key of the first field out of range: "activation" (no function),
 * "depth", "width", "batch", "inputVariance", "biasVariance", "weightVariance",
 * "inputCorrelation", "dropoutRate", "histogramBins", "histogramRange", or "size" when every
 * field is in range but the run would need more than 2 GiB (mostly depth × width × batch floats
 * kept for the backward pass).
 */
const char *invalidPropagationField(const PropagationConfig &config);

/**
 * Pushes the batch forward through L layers and the gradient back. Parallel over fixed shards
 * of the batch and of the weight rows, with a fixed reduction order: for a given seed the
 * result is bit-identical for any thread count. Checks `cancel` between layers; `progress`,
 * if given, counts finished layer passes up to propagationSteps(config).
 * The config must be valid (invalidPropagationField returns null).
 */
PropagationResult propagate(const PropagationConfig &config, ParallelExecutor &executor,
                            const std::atomic<bool> *cancel = nullptr,
                            std::atomic<std::size_t> *progress = nullptr);
std::size_t propagationSteps(const PropagationConfig &config);

namespace detail {
/// propagate() with another budget for keeping every layer's weights (256 MiB there; beyond
/// it they are drawn again for the backward pass). Tests use it to compare both paths.
PropagationResult propagateWithWeightCache(const PropagationConfig &config,
                                           ParallelExecutor &executor,
                                           std::size_t weightCacheBytes);
} // namespace detail

} // namespace actlab::depth
