// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

#include "activations/scalarfunction.h"
#include "depth/depthconfig.h"

/**
 * Mean-field theory of signal propagation in deep random networks (Poole et al. 2016,
 * Schoenholz et al. 2017), for any scalar activation with f, f′, f″. Gaussian expectations
 * E[g(√q z)], z ~ N(0, 1), are computed by adaptive Gauss–Kronrod quadrature over the real
 * line split at the activation's kinks (scaled by 1/√q), to about 1e-12 relative, also for
 * large q (1e4 and beyond); two-dimensional ones by nesting it. Thread-safe (const).
 */
namespace actlab {
class ParallelExecutor;
}

namespace actlab::depth {

enum class Phase {
    Ordered,  ///< χ₁ < 1: inputs converge, gradients vanish
    Critical, ///< χ₁ = 1 (to 1e-9): the edge of chaos
    Chaotic,  ///< χ₁ > 1: inputs decorrelate, gradients explode
};
const char *phaseKey(Phase phase); ///< "ordered", "critical", "chaotic"

struct Variances {
    double weight = 1; ///< σ_w²
    double bias = 0;   ///< σ_b²
};

/// The fixed point of the length map and what follows from it.
struct FixedPoint {
    std::optional<double> qStar; ///< empty where q grows without bound
    /// σ_w² E[f′(√q* z)²]·(dropout factor), its limit for q* = 0; where q grows without bound,
    /// its value at the largest q reached, up to 1e100 (σ_w²/2 for ReLU).
    double chi1 = 0;
    /// Depth scale of q: −1/ln(dqˡ/dqˡ⁻¹ at q*) = −1/ln(χ₁ + σ_w² E[f″ f]) without dropout;
    /// empty if ∞/none.
    std::optional<double> xiQ;
    /// Depth scale of c: −1/ln χ_c, χ_c = dcˡ/dcˡ⁻¹ at c* = σ_w² E[f′(u₁) f′(u₂)] without
    /// dropout (AlphaDropout multiplies it by a²(1−p)²); empty if ∞/none, and at criticality.
    std::optional<double> xiC;
    /// The stable fixed point of the correlation map in [0, 1]: 1 in the ordered phase without
    /// dropout (dropout's independent masks decorrelate even copies of one input, so c* < 1).
    std::optional<double> cStar;
    Phase phase = Phase::Ordered;
};

/// Per-layer prediction, index l = 0…L like PropagationResult (layer 0 is the input).
struct LayerPrediction {
    double q = 0;   ///< qˡ, the second moment of hˡ
    double chi = 0; ///< χˡ = σ_w² E[f′(√qˡ⁻¹ z)²]·(dropout factor); NaN for l = 0
    double correlation = 0; ///< cˡ between the two inputs of a pair
    double gradNorm2 = 0;   ///< predicted ‖∂E/∂hˡ‖² = N · Π_{k>l} χᵏ
};

class MeanField {
public:
    MeanField(std::shared_ptr<const ScalarFunction> function, std::vector<double> params,
              Dropout dropout = {});

    // Gaussian expectations over z ~ N(0, 1), u = √q z (q ≥ 0; q = 0 gives g(0)).
    double meanF(double q) const;    ///< E[f(u)]
    double meanF2(double q) const;   ///< E[f(u)²]
    double meanDf2(double q) const;  ///< E[f′(u)²]
    double meanD2fF(double q) const; ///< E[f″(u) f(u)]
    /// E[f(u₁) f(u₂)], u₁ = √q₁ z₁, u₂ = √q₂ (c z₁ + √(1−c²) z₂).
    double meanFF(double q1, double q2, double c) const;
    /// E[f′(u₁) f′(u₂)], same u₁, u₂.
    double meanDfDf(double q1, double q2, double c) const;

    // One layer's maps (dropout, if any, applied to f as in the measurement).
    double lengthMap(double q, Variances v) const;                ///< qˡ from qˡ⁻¹
    double chi(double q, Variances v) const;                      ///< χ from qˡ⁻¹
    double correlationMap(double c, double q, Variances v) const; ///< cˡ from cˡ⁻¹, qˡ⁻¹

    /// The fixed point reached by iterating the length map from q0.
    FixedPoint fixedPoint(Variances v, double q0 = 1) const;
    /// σ_w² where χ₁ = 1 for this σ_b²; empty when there is none in (0, 1e3], also where χ₁
    /// jumps over 1 because the fixed point reached from q0 disappears (GELU with a bias).
    std::optional<double> criticalWeightVariance(double biasVariance, double q0 = 1) const;

    /// qˡ, χˡ, cˡ and the gradient norm for l = 0…depth.
    std::vector<LayerPrediction> predict(Variances v, double q0, double c0, int depth,
                                         int width) const;

    /// χ₁ at the fixed point on a grid (row-major: biasVariances × weightVariances), for the
    /// phase diagram, in parallel on `executor` (null: this thread); stops early (NaN where
    /// not computed) when cancel is set.
    std::vector<double> chi1Grid(const std::vector<double> &weightVariances,
                                 const std::vector<double> &biasVariances,
                                 ParallelExecutor *executor = nullptr,
                                 const std::atomic<bool> *cancel = nullptr) const;
    /// criticalWeightVariance for each σ_b², in parallel on `executor` (null: this thread).
    std::vector<std::optional<double>> criticalLine(const std::vector<double> &biasVariances,
                                                    ParallelExecutor *executor = nullptr,
                                                    const std::atomic<bool> *cancel = nullptr,
                                                    double q0 = 1) const;

private:
    /// cˡ from cˡ⁻¹ and qˡ⁻¹, given qˡ (predict has it already).
    double correlationMapTo(double c, double q, double qNext, Variances v) const;
    /// Where iterating the length map from q0 ends: q* (empty if unbounded) and the q at
    /// which χ₁ is evaluated (q*, a tiny q for the limit q* = 0, or a huge one if unbounded).
    struct LengthLimit {
        std::optional<double> qStar;
        double qChi = 0;
    };
    LengthLimit lengthLimit(Variances v, double q0) const;

    std::shared_ptr<const ScalarFunction> m_function;
    std::vector<double> m_params;
    std::vector<double> m_kinks;
    Dropout m_dropout;
};

/**
 * SELU's map of the mean and variance of a layer's inputs to those of its outputs
 * (Klambauer et al. 2017, eq. 4–5): z ~ N(μω, ντ), μ̃ = E[selu(z)], ν̃ = Var[selu(z)], with
 * ω = Σwᵢ and τ = Σwᵢ² (0 and 1 for LeCun-normal weights).
 */
struct MeanVariance {
    double mean = 0;
    double variance = 1;
};
MeanVariance seluMeanVarianceMap(MeanVariance in, double lambda, double alpha, double omega = 0,
                                 double tau = 1);
/// ∂(μ̃, ν̃)/∂(μ, ν) at `in`, row-major.
std::array<double, 4> seluMeanVarianceJacobian(MeanVariance in, double lambda, double alpha,
                                               double omega = 0, double tau = 1);
/// The largest singular value of a 2×2 matrix (row-major).
double spectralNorm2x2(const std::array<double, 4> &m);

} // namespace actlab::depth
