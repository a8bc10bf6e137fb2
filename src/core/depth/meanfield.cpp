// SPDX-License-Identifier: GPL-3.0-or-later
#include "meanfield.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "depth/dropoutmoments.h"
#include "depth/gaussianquadrature.h"

// fixedPoint, criticalWeightVariance and the parallel grids are in meanfieldfixedpoint.cpp.

namespace actlab::depth {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// 1-D expectations to 1e-12 of ∫|g|. The 2-D ones ask for 1e-10 (inner a little tighter than
// outer): QUADPACK's estimate is so pessimistic for these smooth, Gaussian-weighted pieces that
// the results agree with 1e-12 requests to ~1e-15 (tst_meanfield checks them against mpmath),
// at half the cost.
constexpr GaussianQuadrature::Options kOptions1D{1e-12, 0, 4000};
constexpr GaussianQuadrature::Options kOptionsOuter{1e-10, 0, 4000};
constexpr GaussianQuadrature::Options kOptionsInner{5e-11, 0, 4000};

/// E[g(√q z)], z ~ N(0, 1); q = 0 gives g(0), q < 0 or NaN gives NaN.
template <class G> double gaussianMean(const G &g, double q, const std::vector<double> &kinks) {
    if (!(q >= 0))
        return kNaN;
    return GaussianQuadrature::expectation(g, 0.0, std::sqrt(q), kinks, kOptions1D);
}

/**
 * E[g1(u₁) g2(u₂)], u₁ = √q1 z₁, u₂ = √q2 (c z₁ + s z₂), s = √(1 − c²), as the outer
 * expectation over u₁ of g1(u₁)·E[g2(u₂) | z₁]; the inner one is a Gaussian expectation with
 * mean √q2·c·z₁ and standard deviation √q2·s. Both are split at the kinks, the outer one also
 * where the inner mean crosses a kink (there E[g2 | z₁] bends sharply when s is small).
 */
template <class G1, class G2>
double gaussianPairMean(const G1 &g1, const G2 &g2, double q1, double q2, double c,
                        const std::vector<double> &kinks) {
    if (!(q1 >= 0) || !(q2 >= 0) || std::isnan(c))
        return kNaN;
    // Correlations that reach the maps come out of a ratio and may exceed 1 by rounding.
    if (std::abs(c) > 1 + 1e-12)
        return kNaN;
    c = std::clamp(c, -1.0, 1.0);
    if (q1 == 0)
        return g1(0.0) * gaussianMean(g2, q2, kinks);
    if (q2 == 0)
        return g2(0.0) * gaussianMean(g1, q1, kinks);

    const double r1 = std::sqrt(q1);
    const double r2 = std::sqrt(q2);
    // u₂ as a multiple of u₁ when c = ±1, and where the inner mean r2·c·z₁ meets kink k:
    // u₁ = k·r1/(r2·c).
    std::vector<double> breaks = kinks;
    if (c != 0)
        for (double k : kinks)
            breaks.push_back(k * r1 / (r2 * c));
    const double s = std::sqrt((1 - c) * (1 + c)); // no cancellation near c = ±1
    if (s == 0) {
        const double ratio = c * r2 / r1;
        const auto product = [&g1, &g2, ratio](double u) { return g1(u) * g2(ratio * u); };
        return GaussianQuadrature::expectation(product, 0.0, r1, breaks, kOptions1D);
    }
    // |E[g1 g2]| ≤ √(E[g1²] E[g2²]) sets the absolute scale: where the true value is 0 (odd
    // functions at c = 0) no relative tolerance can be met, and the inner integrals are
    // rounding noise that the outer rule must not try to resolve.
    const double scale1 =
        std::sqrt(gaussianMean([&g1](double u) { return g1(u) * g1(u); }, q1, kinks));
    const double scale2 =
        std::sqrt(gaussianMean([&g2](double u) { return g2(u) * g2(u); }, q2, kinks));
    GaussianQuadrature::Options outerOptions = kOptionsOuter;
    outerOptions.absoluteTolerance = kOptionsOuter.relativeTolerance * scale1 * scale2;
    const double innerSd = r2 * s;
    const double meanPerU1 = r2 * c / r1;
    const auto outer = [&](double u1) {
        const double a = g1(u1);
        if (a == 0)
            return 0.0; // ReLU-like units: no need for the inner integral where g1 vanishes
        // The outer rule weighs this point with φ(z₁), so out in the tails the inner integral
        // may be less accurate by about that factor (its square root, so that the sum over the
        // tails stays bounded): a third of the cost, and no change in the result.
        const double z1 = u1 / r1;
        GaussianQuadrature::Options inner = kOptionsInner;
        inner.absoluteTolerance =
            kOptionsInner.relativeTolerance * scale2 * std::min(1e8, std::exp(0.25 * z1 * z1));
        return a * GaussianQuadrature::expectation(g2, meanPerU1 * u1, innerSd, kinks, inner);
    };
    return GaussianQuadrature::expectation(outer, 0.0, r1, breaks, outerOptions);
}

} // namespace

const char *phaseKey(Phase phase) {
    switch (phase) {
    case Phase::Ordered:
        return "ordered";
    case Phase::Critical:
        return "critical";
    case Phase::Chaotic:
        return "chaotic";
    }
    return "ordered";
}

MeanField::MeanField(std::shared_ptr<const ScalarFunction> function, std::vector<double> params,
                     Dropout dropout)
    : m_function(std::move(function))
    , m_params(std::move(params))
    , m_dropout(dropout) {
    if (m_function)
        for (const Kink &kink : m_function->kinks(m_params))
            if (std::isfinite(kink.x))
                m_kinks.push_back(kink.x);
}

double MeanField::meanF(double q) const {
    const auto g = [this](double u) { return m_function->value(u, m_params); };
    return gaussianMean(g, q, m_kinks);
}

double MeanField::meanF2(double q) const {
    const auto g = [this](double u) {
        const double f = m_function->value(u, m_params);
        return f * f;
    };
    return gaussianMean(g, q, m_kinks);
}

double MeanField::meanDf2(double q) const {
    const auto g = [this](double u) {
        const double d = m_function->derivative(u, m_params);
        return d * d;
    };
    return gaussianMean(g, q, m_kinks);
}

double MeanField::meanD2fF(double q) const {
    const auto g = [this](double u) {
        return m_function->secondDerivative(u, m_params) * m_function->value(u, m_params);
    };
    return gaussianMean(g, q, m_kinks);
}

double MeanField::meanFF(double q1, double q2, double c) const {
    // The same input twice: exactly E[f²], so that c = 1 stays exactly 1 under the map.
    if (c == 1 && q1 == q2)
        return meanF2(q1);
    const auto f = [this](double u) { return m_function->value(u, m_params); };
    return gaussianPairMean(f, f, q1, q2, c, m_kinks);
}

double MeanField::meanDfDf(double q1, double q2, double c) const {
    if (c == 1 && q1 == q2)
        return meanDf2(q1);
    const auto d = [this](double u) { return m_function->derivative(u, m_params); };
    return gaussianPairMean(d, d, q1, q2, c, m_kinks);
}

double MeanField::lengthMap(double q, Variances v) const {
    const DropoutMoments moments(m_dropout);
    const double meanY = moments.needsMean() ? meanF(q) : 0.0;
    return v.weight * moments.secondMoment(meanF2(q), meanY) + v.bias;
}

double MeanField::chi(double q, Variances v) const {
    return v.weight * DropoutMoments(m_dropout).chiFactor() * meanDf2(q);
}

double MeanField::correlationMap(double c, double q, Variances v) const {
    return correlationMapTo(c, q, lengthMap(q, v), v);
}

double MeanField::correlationMapTo(double c, double q, double qNext, Variances v) const {
    const DropoutMoments moments(m_dropout);
    const double meanY = moments.needsMean() ? meanF(q) : 0.0;
    const double cross = moments.crossMoment(meanFF(q, q, c), meanY);
    if (!(qNext != 0))
        return qNext == 0 ? c : kNaN; // two zero vectors: their correlation stays undefined
    // Cauchy–Schwarz bounds the true value by 1; the quadrature may overshoot by rounding.
    return std::clamp((v.weight * cross + v.bias) / qNext, -1.0, 1.0);
}

std::vector<LayerPrediction> MeanField::predict(Variances v, double q0, double c0, int depth,
                                                int width) const {
    std::vector<LayerPrediction> layers(std::size_t(std::max(depth, 0)) + 1);
    layers[0].q = q0;
    layers[0].chi = kNaN;
    layers[0].correlation = c0;
    for (std::size_t l = 1; l < layers.size(); ++l) {
        const LayerPrediction &previous = layers[l - 1];
        // Once q and c have settled to the last bit every further layer is the same: reuse it
        // (the ordered phase reaches c = 1 exactly, most maps reach q* within a few dozen).
        if (l >= 2 && previous.q == layers[l - 2].q &&
            (previous.correlation == layers[l - 2].correlation ||
             (std::isnan(previous.correlation) && std::isnan(layers[l - 2].correlation)))) {
            layers[l] = previous;
            continue;
        }
        layers[l].q = lengthMap(previous.q, v);
        layers[l].chi = chi(previous.q, v);
        layers[l].correlation = correlationMapTo(previous.correlation, previous.q, layers[l].q, v);
    }
    // ‖∂E/∂h^L‖² = N; each layer below multiplies by the χ of the layer above it.
    double gradient = double(width);
    for (std::size_t l = layers.size(); l-- > 0;) {
        layers[l].gradNorm2 = gradient;
        gradient *= layers[l].chi;
    }
    return layers;
}

} // namespace actlab::depth
