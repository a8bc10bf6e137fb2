// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The maths of the shrink family: f, f′ and f″ of each activation, shared by the catalog
// (shrinkfamily.cpp) and the training kernels, which compile them once per instruction set.

#include <cmath>

#include "activations/mathhelpers.h"
#include "activations/polynomialmaths.h"
#include "activations/scalarfunction.h"

namespace actlab::maths {

/// x − λ above λ, x + λ below −λ, 0 between; p = {λ}. PyTorch's backward is 0 on [−λ, λ].
struct SoftShrink {
    static double value(double x, Params p) {
        const double l = p[0];
        if (std::isnan(x))
            return x; // both comparisons below are false for NaN, which would give 0
        if (x > l)
            return x - l;
        if (x < -l)
            return x + l;
        return 0.0;
    }
    static double derivative(double x, Params p) {
        if (std::isnan(x))
            return x;
        return std::abs(x) > p[0] ? 1.0 : 0.0;
    }
    static double secondDerivative(double x, Params) { return zeroOrNaN(x); }
    static std::vector<Kink> kinks(Params p) {
        if (p[0] == 0)
            return {{0.0, false, 0.0, std::nullopt}};
        return {{-p[0], false, 0.0, std::nullopt}, {p[0], false, 0.0, std::nullopt}};
    }
};

/// x where |x| > λ, else 0; p = {λ}. Jumps of size λ at ±λ; the gradient there is 0.
struct HardShrink {
    static double value(double x, Params p) {
        if (std::isnan(x))
            return x;
        return std::abs(x) > p[0] ? x : 0.0;
    }
    static double derivative(double x, Params p) { return SoftShrink::derivative(x, p); }
    static double secondDerivative(double x, Params) { return zeroOrNaN(x); }
    static std::vector<Kink> kinks(Params p) {
        if (p[0] == 0)
            return {{0.0, false, 0.0, std::nullopt}}; // continuous; PyTorch still gives 0 at 0
        return {{-p[0], true, 0.0, std::nullopt}, {p[0], true, 0.0, std::nullopt}};
    }
};

/**
 * x − tanh(x). The frameworks subtract directly, which cancels for small |x| (the result is
 * about x³/3) and returns 0 below |x| ≈ 1e-8. Below |x| = 0.55 we sum the Taylor series
 * instead, whose terms there fall by a factor of about 8 each; above it the subtraction loses
 * at most a factor of about 10 (about 1e-15 relative).
 */
struct TanhShrink {
    static double value(double x, Params) {
        if (std::abs(x) >= 0.55)
            return x - std::tanh(x); // ±inf lands here too; NaN falls through to NaN
        return smallSeries(x);
    }
    /// x − tanh x for |x| < 0.55, where the subtraction would cancel.
    static double smallSeries(double x) {
        // x − tanh x = Σ_{n≥2} c_n x^(2n−1), c_n = −2^(2n)(2^(2n)−1)B_(2n)/(2n)!; terms up to
        // x^41 leave a truncation error below 1e-18 relative at |x| = 0.55.
        static constexpr double c[] = {
            0.3333333333333333,     -0.13333333333333333,    0.05396825396825397,
            -0.021869488536155203,  0.008863235529902197,    -0.003592128036572481,
            0.0014558343870513183,  -0.000590027440945586,   0.00023912911424355248,
            -9.691537956929451e-05, 3.927832388331683e-05,   -1.5918905069328964e-05,
            6.451689215655431e-06,  -2.6147711512907546e-06, 1.0597268320104654e-06,
            -4.294911078273806e-07, 1.7406618963571648e-07,  -7.054636946400968e-08,
            2.859136662305254e-08,  -1.1587644432798853e-08,
        };
        const double z = x * x;
        double sum = 0;
#pragma GCC unroll 20 // straight-line code: the kernels' loop over x then vectorises
        for (int i = int(std::size(c)) - 1; i >= 0; --i)
            sum = sum * z + c[i];
        return x * z * sum;
    }
    // f' = 1 − sech² = tanh², exact without cancellation.
    static double derivative(double x, Params) {
        const double t = std::tanh(x);
        return t * t;
    }
    // f'' = 2 tanh(x) sech²(x). sech is taken as 1/cosh rather than 1 − tanh², which would
    // cancel for large |x|; multiplying by it twice keeps the product from underflowing early.
    static double secondDerivative(double x, Params) {
        if (std::isnan(x))
            return x;
        const double s = 1 / std::cosh(x);
        return 2 * std::tanh(x) * s * s;
    }
    // The training kernels' form, for every x but NaN: one tanh shared by f and f′, from the
    // polynomial e^y − 1 as tanh's own kernel computes it (with libmvec's tanh, twice
    // per value, the loop took 1.9 times as long as tanh's own kernel).
    static bool kernelCovers(double x, Params) {
        return x == x;
    }
    static KernelValues kernelValues(double x, Params) {
        const double q = tanhExpm1(x);
        const double t = std::copysign(q / (q + 2), x);
        return {std::abs(x) >= 0.55 ? x - t : smallSeries(x), t * t};
    }
};

} // namespace actlab::maths
