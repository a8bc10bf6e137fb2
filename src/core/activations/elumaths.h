// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The maths of the elu family: f, f′ and f″ of each activation, shared by the catalog
// (elufamily.cpp) and the training kernels, which compile them once per instruction set.

#include <cmath>

#include "activations/mathhelpers.h"
#include "activations/polynomialmaths.h"
#include "activations/scalarfunction.h"

namespace actlab::maths {

// The SELU literals shared by Keras, PyTorch and JAX (Klambauer et al. 2017).
constexpr double kSeluAlpha = 1.6732632423543772848170429916717;
constexpr double kSeluScale = 1.0507009873554804934193349852946;
// Rounded product, as PyTorch's SELU_ALPHA * SELU_SCALE and JAX's λ·(α·e⁰): 1.7580993408473766.
constexpr double kSeluScaleAlpha = kSeluScale * kSeluAlpha;

struct Elu {
    static double alpha(Params p) { return param(p, 0, 1.0); }
    // expm1 keeps full precision near 0⁻; for x > 0 the value is exactly x.
    static double value(double x, Params p) { return x > 0 ? x : alpha(p) * std::expm1(x); }
    // PyTorch and JAX take the x ≤ 0 branch at 0, giving α.
    static double derivative(double x, Params p) { return x > 0 ? 1.0 : alpha(p) * std::exp(x); }
    static double secondDerivative(double x, Params p) {
        if (std::isnan(x))
            return x;
        return x < 0 ? alpha(p) * std::exp(x) : 0.0;
    }
    // With α = 1 both one-sided slopes are 1, so there is no corner.
    static std::vector<Kink> kinks(Params p) {
        if (alpha(p) == 1.0)
            return {};
        return {{0.0, false, alpha(p), std::nullopt}};
    }
};

struct Selu {
    static double value(double x, Params) {
        return x > 0 ? kSeluScale * x : kSeluScaleAlpha * std::expm1(x);
    }
    static double derivative(double x, Params) {
        return x > 0 ? kSeluScale : kSeluScaleAlpha * std::exp(x);
    }
    static double secondDerivative(double x, Params) {
        if (std::isnan(x))
            return x;
        return x < 0 ? kSeluScaleAlpha * std::exp(x) : 0.0;
    }
    static std::vector<Kink> kinks(Params) { return {{0.0, false, kSeluScaleAlpha, std::nullopt}}; }
};

struct Celu {
    static double alpha(Params p) { return param(p, 0, 1.0); }
    static double value(double x, Params p) {
        const double a = alpha(p);
        if (x > 0)
            return x;
        const double u = x / a;
        // α·(e^u − 1) = x·(1 + u/2 + …): for tiny u (which may even be subnormal, and so
        // imprecise) the series is exact to double precision.
        if (std::abs(u) < 1e-10)
            return std::fma(x, 0.5 * u, x);
        return a * std::expm1(u);
    }
    /// e^{x/α} with the rounding error of x/α put back: far out (x/α ≈ −700) a relative
    /// error ε in the quotient would otherwise cost 700·ε in the result.
    static double expOfQuotient(double x, double a) {
        const double u = x / a;
        const double e = std::exp(u);
        if (e == 0 || !std::isfinite(e))
            return e;                                // also covers infinite u (then e is 0 or inf)
        const double remainder = std::fma(-u, a, x); // x − u·α, exactly
        return std::fma(e, remainder / a, e);
    }
    // The slope is 1 from both sides at 0 for every α: CELU has no kink.
    static double derivative(double x, Params p) {
        return x > 0 ? 1.0 : expOfQuotient(x, alpha(p));
    }
    static double secondDerivative(double x, Params p) {
        if (std::isnan(x))
            return x;
        return x < 0 ? expOfQuotient(x, alpha(p)) / alpha(p) : 0.0;
    }
    // The training kernels' form, for x > 0 and for x/α in [−708, 709] (kernelCovers; elsewhere
    // the kernels call value and derivative): f = α(e^u − 1) and f′ = e^u from one polynomial
    // exponential of u = x/α carried as hi + lo (as expOfQuotient does), rather than libmvec's
    // expm1 and exp.
    static bool kernelCovers(double x, Params p) {
        const double a = alpha(p);
        const double u = x / a;
        // Any u will do for x > 0 (a select between doubles: GCC vectorises the loop then, not
        // with x > 0 || …). productError needs both factors below 2^995.
        const double exponent = x > 0 ? 0.0 : u;
        return exponent >= -708 && exponent <= 709 && std::abs(a) <= 0x1p900;
    }
    static KernelValues kernelValues(double x, Params p) {
        const double a = alpha(p);
        const double u = x / a;
        const double q = u * a;
        // x − u·α exactly: x − q is exact (q is within an ulp or two of x), q − u·α is the
        // product's rounding error.
        const double remainder = (x - q) - productError(u, a, q);
        const ExpOfSum e = expAndExpm1OfSum(u, remainder / a);
        return {x > 0 ? x : a * e.expm1, x > 0 ? 1.0 : e.exp};
    }
};

} // namespace actlab::maths
