// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The maths of the softplus family: f, f′ and f″ of each activation, shared by the catalog
// (softplusfamily.cpp) and the training kernels, which compile them once per instruction set.

#include <cmath>

#include "activations/mathhelpers.h"
#include "activations/polynomialmaths.h"
#include "activations/scalarfunction.h"

namespace actlab::maths {

/**
 * e^(−β|x|) for β > 0. Rounding β|x| first would cost a relative error of β|x|·ε (8e-14 at
 * β|x| = 700), so the product is split exactly as p + e with an fma and e^(−e) applied as 1 − e.
 */
inline double expNegAbs(double beta, double x) {
    const double ax = std::abs(x);
    const double p = beta * ax;
    if (p > 746)
        return 0.0; // e^(−746) is below the smallest subnormal; also catches |x| = inf
    return std::exp(-p) * (1 - std::fma(beta, ax, -p));
}

/**
 * (1/β)·ln(1 + e^(βx)), p = {β, θ}, computed for every x as max(x, 0) + ln(1 + e^(−β|x|))/β: no
 * overflow and no cancellation. With E = e^(−β|x|): f' = σ(βx) is 1/(1 + E) or E/(1 + E),
 * f'' = βσ(1 − σ) = βE/(1 + E)².
 *
 * θ is PyTorch's threshold: where βx > θ (β·x rounded, as PyTorch compares it) the result is x
 * itself, with f' = 1 and f'' = 0. That leaves a jump of ln(1 + e^(−θ))/β at x = θ/β (2.06e-9 at
 * PyTorch's θ = 20). ActLab's default θ = +inf never switches.
 */
struct Softplus {
    static double threshold(Params p) { return param(p, 1, kInf); }
    static bool identity(double x, Params p) { return p[0] * x > threshold(p); }
    static double value(double x, Params p) {
        if (std::isnan(x))
            return x;
        if (identity(x, p))
            return x;
        // times 1/β rather than divided by β: the kernels' loop then has no division here (the
        // reciprocal is one rounding, exact for the usual β = 1 and for powers of two)
        const double tail = std::log1p(expNegAbs(p[0], x)) * (1 / p[0]);
        return x > 0 ? x + tail : tail;
    }
    static double derivative(double x, Params p) {
        if (std::isnan(x))
            return x;
        if (identity(x, p))
            return 1.0;
        const double e = expNegAbs(p[0], x);
        const double inverse = 1 / (1 + e); // one division for both sides
        return x >= 0 ? inverse : e * inverse;
    }
    static double secondDerivative(double x, Params p) {
        if (std::isnan(x))
            return x;
        if (identity(x, p))
            return 0.0;
        const double e = expNegAbs(p[0], x);
        return p[0] * e / ((1 + e) * (1 + e));
    }
    // The training kernels' form, for β|x| ≤ 708 (kernelCovers; elsewhere the kernels call
    // value and derivative), without calls into libmvec (with its exp and log1p the loop took
    // 1.6 times as long): E = e^(−β|x|) from a polynomial, σ(β|x|) = 1/(1 + E), and
    // ln(1 + E) = 2 atanh(E/(2 + E)) from another. Two divisions: sharing one,
    // 1/((1 + E)(2 + E)), was slower (measured), its extra products and the Newton step that
    // E/(2 + E) then needs to stay accurate costing more than a division. f is within 5 units
    // of 2^-53 of the exact value (measured; the catalog's within 3.5).
    static bool kernelCovers(double x, Params p) {
        return p[0] * std::abs(x) <= 708; // as kernelValues' β|x|: one product for both
    }
    static KernelValues kernelValues(double x, Params p) {
        const double beta = p[0];
        const double ax = std::abs(x);
        const double b = beta * ax;
        const double e = expOfSum(-b, -productError(beta, ax, b)); // as expNegAbs
        const double inverse = 1 / (1 + e);                        // σ(β|x|)
        const double tail = atanhSmall(e / (2 + e)) * (2 / beta);  // ln(1 + E)/β
        const bool same = identity(x, p);
        const bool positive = x > 0; // at 0 both sides agree (E = 1)
        return {same ? x : (positive ? x : 0.0) + tail,
                same ? 1.0 : (positive ? inverse : e * inverse)};
    }

    /// With a finite θ: the jump at x = θ/β. At the point itself βx > θ is false, so PyTorch's
    /// gradient there is σ(θ), the softplus side.
    static std::vector<Kink> kinks(Params p) {
        const double th = threshold(p);
        if (!std::isfinite(th))
            return {};
        const double x = th / p[0];
        if (!std::isfinite(x))
            return {};
        return {{x, true, derivative(x, p), std::nullopt}};
    }
};

/// ln σ(x) = −softplus(−x) = min(x, 0) − ln(1 + e^(−|x|)); f' = σ(−x), f'' = −σ(x)σ(−x).
struct LogSigmoid {
    static double value(double x, Params) {
        if (std::isnan(x))
            return x;
        const double tail = std::log1p(std::exp(-std::abs(x)));
        return x < 0 ? x - tail : -tail;
    }
    static double derivative(double x, Params) {
        if (std::isnan(x))
            return x;
        const double e = std::exp(-std::abs(x));
        return x >= 0 ? e / (1 + e) : 1 / (1 + e);
    }
    static double secondDerivative(double x, Params) {
        if (std::isnan(x))
            return x;
        const double e = std::exp(-std::abs(x));
        return -e / ((1 + e) * (1 + e));
    }
    // The training kernels' form, for |x| ≤ 708: softplus's at β = 1, mirrored (ln σ(x) =
    // −softplus(−x) and f′ = σ(−x) = softplus′(−x)), with its polynomials rather than libmvec's
    // exp and log1p.
    static bool kernelCovers(double x, Params) { return std::abs(x) <= 708; }
    static KernelValues kernelValues(double x, Params) {
        static constexpr double kUnitBeta[] = {1.0};
        const KernelValues v = Softplus::kernelValues(-x, Params(kUnitBeta));
        return {-v.value, v.derivative};
    }
};

/**
 * (x + √(x² + b))/2, p = {b}. r = √(x² + b) comes from hypot, so x² never overflows. For x < 0
 * the sum cancels (Keras and JAX return 0 from x ≈ −1e9 on), so there we use the equal form
 * b/(2(r − x)); likewise f' = ½(1 + x/r) becomes b/(2r(r − x)). Halves are taken before
 * adding so that nothing overflows near the largest doubles.
 */
struct Squareplus {
    // Written with selects, not branches, so that the training kernels' loop vectorises; with
    // b = 0 (ReLU) the general forms would divide 0 by 0, and are not selected.
    static double value(double x, Params p) {
        const double b = p[0];
        const double r = std::hypot(x, std::sqrt(b));
        const double general = x >= 0 ? 0.5 * x + 0.5 * r : (0.25 * b) / (0.5 * r - 0.5 * x);
        const double relu = x > 0 ? x : 0.0;
        return std::isnan(x) ? x : (b == 0 ? relu : general);
    }
    static double derivative(double x, Params p) {
        const double b = p[0];
        const double r = std::hypot(x, std::sqrt(b));
        // two divisions where the quotients need four (the kernels' loop waits on them)
        const double inverseR = 1 / r;
        const double inverseGap = 1 / (0.5 * r - 0.5 * x);
        const double general =
            x >= 0 ? 0.5 + 0.5 * (x * inverseR) : (0.25 * b) * inverseR * inverseGap;
        const double relu = x > 0 ? 1.0 : (x < 0 ? 0.0 : 0.5); // at 0 the mean one-sided slope
        const double limit = x > 0 ? 1.0 : 0.0;
        return std::isnan(x) ? x : (std::isinf(x) ? limit : (b == 0 ? relu : general));
    }
    // f'' = b/(2r³), divided step by step because r³ overflows from r ≈ 5.6e102.
    static double secondDerivative(double x, Params p) {
        if (std::isnan(x))
            return x;
        const double b = p[0];
        if (b == 0)
            return 0.0;
        const double r = std::hypot(x, std::sqrt(b));
        return ((0.5 * b / r) / r) / r;
    }
    static std::vector<Kink> kinks(Params p) {
        // With b = 0 it is ReLU. Written out in a framework, its autodiff gives NaN at 0
        // (0·∞ from the square root), so we report the mean slope ½ instead.
        if (p[0] == 0)
            return {{0.0, false, 0.5, std::nullopt}};
        return {};
    }
};

/// 0 below −1, (x + 1)²/4 between, x above 1: C¹, with f'' stepping 0 → ½ → 0.
struct SparsePlus {
    static double value(double x, Params) {
        if (std::isnan(x))
            return x;
        if (x <= -1)
            return 0.0;
        if (x >= 1)
            return x;
        const double t = x + 1; // exact near −1 (Sterbenz), where the result is small
        return 0.25 * t * t;
    }
    static double derivative(double x, Params) {
        if (std::isnan(x))
            return x;
        if (x <= -1)
            return 0.0;
        if (x >= 1)
            return 1.0;
        return 0.5 * (x + 1);
    }
    // JAX's where chain picks the outer branches at ±1, so f'' is 0 there.
    static double secondDerivative(double x, Params) {
        if (std::isnan(x))
            return x;
        return (x > -1 && x < 1) ? 0.5 : 0.0;
    }
};

} // namespace actlab::maths
