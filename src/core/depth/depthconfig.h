// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include "network/initializer.h"

/**
 * The depth lab: how signals and gradients travel through a deep, randomly initialised
 * fully-connected network, measured (propagation.h) and predicted by mean-field theory
 * (meanfield.h). Conventions, as in Poole et al. 2016 and Schoenholz et al. 2017:
 *   h⁰ has i.i.d. N(0, q⁰) entries; layer l = 1…L computes hˡ = Wˡ f(hˡ⁻¹) + bˡ, every layer of
 *   width N, with Wᵢⱼ drawn by an initialiser (fan-in = fan-out = N) or from N(0, σ_w²/N), and
 *   bᵢ ~ N(0, σ_b²). "Layer l" means hˡ. The backward pass starts from ∂E/∂h^L ~ N(0, I).
 */
namespace actlab::depth {

inline constexpr int kMaxDepth = 200;
inline constexpr int kMaxWidth = 2048;
inline constexpr int kMaxBatch = 4096;
inline constexpr double kMaxDropoutRate = 0.5;

enum class DropoutKind {
    None,
    Standard, ///< zero with probability p, survivors scaled by 1/(1−p) (inverted dropout)
    Alpha,    ///< AlphaDropout (Klambauer et al. 2017): dropped units set to −λα, then a·x + b
};

/// "none", "standard", "alpha".
const char *dropoutKey(DropoutKind kind);
std::optional<DropoutKind> dropoutFromKey(const char *key);

struct Dropout {
    DropoutKind kind = DropoutKind::None;
    double rate = 0; ///< p in [0, kMaxDropoutRate]; ignored for None
    bool operator==(const Dropout &) const = default;
};

/**
 * How the weights are drawn: by a Keras/PyTorch initialiser, or from N(0, σ_w²/N) for an
 * explicit σ_w². Either way the mean-field theory only sees σ_w² = N · Var(Wᵢⱼ).
 */
struct WeightInit {
    std::optional<Initializer> initializer; ///< set: drawn by it; empty: N(0, weightVariance/N)
    double weightVariance = 1;              ///< σ_w², used when initializer is empty
    bool operator==(const WeightInit &) const = default;
};

/// σ_w² = N · Var(Wᵢⱼ) for a layer of width N (fan-in = fan-out = N).
double effectiveWeightVariance(const WeightInit &init, int width);

/// AlphaDropout's constants for rate p (SELU's λ and α, as PyTorch's nn.AlphaDropout uses):
/// a dropped unit becomes α' = −λα; every unit then becomes a·x + b.
struct AlphaDropoutAffine {
    double alphaPrime = 0;
    double a = 1;
    double b = 0;
};
AlphaDropoutAffine alphaDropoutAffine(double rate);

} // namespace actlab::depth
