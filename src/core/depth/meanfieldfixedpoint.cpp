// SPDX-License-Identifier: GPL-3.0-or-later
// MeanField's fixed points, critical line and phase-diagram grid (the expectations and the
// per-layer maps are in meanfield.cpp).
#include <algorithm>
#include <cmath>
#include <limits>

#include "depth/brentroot.h"
#include "depth/dropoutmoments.h"
#include "depth/gaussianquadrature.h"
#include "engine/parallelexecutor.h"
#include "meanfield.h"

namespace actlab::depth {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
/// Plain iterations of the length map before the root finder takes over: enough to pass any
/// transient and find the direction, few enough that a slow (near-critical) approach is cheap.
constexpr int kIterations = 40;
/// Beyond this q counts as growing without bound (and χ₁ is evaluated there).
constexpr double kHugeQ = 1e100;
/// χ₁ for q* = 0 is the limit q → 0⁺; at q = 1e-20 the O(q) terms are far below 1e-9.
constexpr double kTinyQ = 1e-20;
/// |χ₁ − 1| up to this counts as critical.
constexpr double kCriticalBand = 1e-9;
constexpr double kMaxWeightVariance = 1e3;

Phase phaseOf(double chi1) {
    if (std::abs(chi1 - 1) <= kCriticalBand)
        return Phase::Critical;
    return chi1 < 1 ? Phase::Ordered : Phase::Chaotic;
}

bool cancelled(const std::atomic<bool> *cancel) {
    return cancel && cancel->load(std::memory_order_relaxed);
}

void runIndexed(ParallelExecutor *executor, std::size_t count,
                const std::function<void(std::size_t, int)> &fn) {
    if (executor) {
        executor->run(count, fn);
        return;
    }
    for (std::size_t i = 0; i < count; ++i)
        fn(i, 0);
}

} // namespace

MeanField::LengthLimit MeanField::lengthLimit(Variances v, double q0) const {
    if (!(q0 >= 0) || !std::isfinite(q0))
        return {std::nullopt, kNaN};
    const auto h = [this, v](double q) { return lengthMap(q, v) - q; };
    const auto root = [&h](double a, double b, double ha, double hb) {
        return brentRoot(h, a, b, ha, hb, 1e-15, 1e-300);
    };
    // q* = 0 (σ_b² = 0, contracting): χ₁ is the limit q → 0⁺, not f′(0)² (ReLU's f′(0) is 0).
    const auto at = [](double qStar) {
        if (std::isnan(qStar))
            return LengthLimit{std::nullopt, kNaN};
        return LengthLimit{qStar, qStar > 0 ? qStar : kTinyQ};
    };

    double q = q0;
    bool converged = false;
    for (int n = 0; n < kIterations; ++n) {
        const double next = lengthMap(q, v);
        if (std::isnan(next))
            return {std::nullopt, kNaN};
        if (!(next <= kHugeQ))
            return {std::nullopt, std::min(next, kHugeQ)};
        if (std::abs(next - q) <= 1e-13 * std::max(q, next)) {
            converged = true;
            break;
        }
        q = next;
    }

    if (converged) {
        // Polish: the iteration stops where a step is below 1e-13·q, but near criticality
        // (slope → 1) the fixed point can still be far. Look for a sign change of h nearby,
        // stepping outwards from the iterate, and solve there.
        const double hq = h(q);
        if (hq == 0 || std::isnan(hq))
            return at(q);
        // A map that is the identity here (ReLU at σ_w² = 2, σ_b² = 0) has a fixed point
        // everywhere and h is rounding noise of either sign: keep the iterate.
        const auto noise = [](double x) { return 1e-14 * x; };
        if (std::abs(hq) <= noise(q) && std::abs(h(1.01 * q)) <= noise(1.01 * q) &&
            std::abs(h(0.99 * q)) <= noise(0.99 * q))
            return at(q);
        const double direction = hq > 0 ? 1.0 : -1.0;
        for (double delta = std::max(std::abs(hq) / q, 1e-15); delta < 0.5; delta *= 4) {
            const double other = q * (1 + direction * delta);
            const double ho = h(other);
            if (std::isnan(ho))
                break;
            if (ho == 0 || (ho > 0) != (hq > 0)) {
                return at(root(q, other, hq, ho));
            }
        }
        return at(q); // no sign change nearby: h is noise around q
    }

    // Not settled yet (slow or still far): bracket from the last iterate in the direction the
    // map pushes it (by the sign of h, so an oscillating iteration is bracketed too).
    const double hq = h(q);
    if (hq == 0 || std::isnan(hq))
        return at(hq == 0 ? q : kNaN);
    if (hq > 0) {
        // The iterates climb: the fixed point they reach is the first root above q, if any.
        double lo = q;
        double hlo = hq;
        while (lo <= kHugeQ) {
            const double hi = std::max(lo * 8, 1e-300);
            const double hhi = h(hi);
            if (std::isnan(hhi))
                return {std::nullopt, kNaN};
            if (!(hhi > 0))
                return at(root(lo, hi, hlo, hhi));
            lo = hi;
            hlo = hhi;
        }
        return {std::nullopt, kHugeQ};
    }
    // The iterates fall: the first root below q, or 0 if h < 0 all the way down.
    double hi = q;
    double hhi = hq;
    const double floor = q * 1e-30;
    while (hi > floor) {
        const double lo = hi / 8;
        const double hlo = h(lo);
        if (std::isnan(hlo))
            return {std::nullopt, kNaN};
        if (hlo >= 0)
            return at(root(lo, hi, hlo, hhi));
        hi = lo;
        hhi = hlo;
    }
    // h(0) = σ_w² E[x(0)²] + σ_b² ≥ 0: a root in (0, hi) when it is positive (a tiny σ_b²),
    // else q → 0 and χ₁ is its limit.
    const double h0 = h(0.0);
    return at(h0 > 0 ? root(0.0, hi, h0, hhi) : 0.0);
}

FixedPoint MeanField::fixedPoint(Variances v, double q0) const {
    FixedPoint fp;
    const LengthLimit limit = lengthLimit(v, q0);
    fp.qStar = limit.qStar;
    fp.chi1 = std::isnan(limit.qChi) ? kNaN : chi(limit.qChi, v);
    fp.phase = phaseOf(fp.chi1);
    if (!limit.qStar || std::isnan(fp.chi1))
        return fp;

    const double q = limit.qChi;
    const DropoutMoments moments(m_dropout);
    // dqˡ/dqˡ⁻¹ at q*: d/dq E[g(√q z)] = ½E[g″(√q z)], so d/dq E[f²] = E[f′²] + E[f f″] and
    // d/dq E[f] = ½E[f″] (which only AlphaDropout's mean shift brings in).
    double slope = fp.chi1 + v.weight * moments.chiFactor() * meanD2fF(q);
    if (moments.meanCoefficient() != 0) {
        const auto d2f = [this](double u) { return m_function->secondDerivative(u, m_params); };
        const double meanD2f = GaussianQuadrature::expectation(d2f, 0.0, std::sqrt(q), m_kinks,
                                                               GaussianQuadrature::Options{});
        slope += v.weight * moments.meanCoefficient() * 0.5 * meanD2f;
    }
    if (slope > 0 && slope < 1)
        fp.xiQ = -1 / std::log(slope);

    // c*: without dropout c = 1 is a fixed point with slope χ₁, stable unless chaotic. Else
    // the stable one is the root of C(c) − c in [0, 1): C is increasing and convex on [0, 1]
    // (its Mehler series has non-negative coefficients) with C(0) ≥ 0, so there is one.
    const double qNext = lengthMap(q, v);
    double cStar = 1;
    if (!moments.identity() || fp.chi1 > 1 + kCriticalBand) {
        const auto h = [&](double c) { return correlationMapTo(c, q, qNext, v) - c; };
        const double h0 = h(0);
        cStar = 0;
        if (h0 > 0) {
            cStar = 1; // if no candidate below shows h < 0, the root is closer to 1 than 1e-9
            double lo = 0;
            double hlo = h0;
            for (double gap : {0.5, 0.1, 1e-2, 1e-3, 1e-4, 1e-6, 1e-9, 0.0}) {
                const double c = 1 - gap;
                const double hc = h(c);
                if (std::isnan(hc)) {
                    cStar = kNaN;
                    break;
                }
                if (hc <= 0) {
                    cStar = brentRoot(h, lo, c, hlo, hc, 1e-14, 1e-14);
                    break;
                }
                lo = c;
                hlo = hc;
            }
        }
    }
    if (std::isnan(cStar))
        return fp;
    fp.cStar = cStar;
    const double chiC = v.weight * moments.crossFactor() * meanDfDf(q, q, cStar);
    const bool atEdge = fp.phase == Phase::Critical && cStar == 1;
    if (!atEdge && chiC > 0 && chiC < 1)
        fp.xiC = -1 / std::log(chiC);
    return fp;
}

std::optional<double> MeanField::criticalWeightVariance(double biasVariance, double q0) const {
    const auto g = [&](double weight) {
        const Variances v{weight, biasVariance};
        const LengthLimit limit = lengthLimit(v, q0);
        return std::isnan(limit.qChi) ? kNaN : chi(limit.qChi, v) - 1;
    };
    // Scan σ_w² = 2⁻¹⁰ … 2⁹, 1e3 for the first rise of χ₁ through 1, then solve there. χ₁ = 0
    // at σ_w² = 0, which closes the bracket if χ₁ ≥ 1 already at the first point.
    double lo = 0;
    double glo = -1;
    for (int k = -10; k <= 10; ++k) {
        const double weight = k == 10 ? kMaxWeightVariance : std::ldexp(1.0, k);
        const double gw = g(weight);
        if (std::isnan(gw))
            continue;
        if (gw >= 0) {
            const double root = brentRoot(g, lo, weight, glo, gw, 1e-13, 1e-300);
            // A sign change is not always a root: where the fixed point reached from q0
            // disappears (GELU with a bias), χ₁ jumps over 1 and no σ_w² has χ₁ = 1.
            if (std::isnan(root) || !(std::abs(g(root)) < 1e-6))
                return std::nullopt;
            return root;
        }
        lo = weight;
        glo = gw;
    }
    return std::nullopt;
}

std::vector<double> MeanField::chi1Grid(const std::vector<double> &weightVariances,
                                        const std::vector<double> &biasVariances,
                                        ParallelExecutor *executor,
                                        const std::atomic<bool> *cancel) const {
    const std::size_t columns = weightVariances.size();
    std::vector<double> out(biasVariances.size() * columns, kNaN);
    if (out.empty())
        return out;
    // One piece per point: every point is computed alone, so the result cannot depend on the
    // number of threads or on which thread takes which point.
    runIndexed(executor, out.size(), [&](std::size_t index, int) {
        if (cancelled(cancel))
            return;
        const Variances v{weightVariances[index % columns], biasVariances[index / columns]};
        const LengthLimit limit = lengthLimit(v, 1.0);
        out[index] = std::isnan(limit.qChi) ? kNaN : chi(limit.qChi, v);
    });
    return out;
}

std::vector<std::optional<double>> MeanField::criticalLine(const std::vector<double> &biasVariances,
                                                           ParallelExecutor *executor,
                                                           const std::atomic<bool> *cancel,
                                                           double q0) const {
    std::vector<std::optional<double>> out(biasVariances.size());
    runIndexed(executor, out.size(), [&](std::size_t index, int) {
        if (!cancelled(cancel))
            out[index] = criticalWeightVariance(biasVariances[index], q0);
    });
    return out;
}

} // namespace actlab::depth
