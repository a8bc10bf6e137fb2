// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef ACTLAB_KERNEL_ISA
#error "activationkernels.h belongs to a per-ISA kernel translation unit (see kernelbody.h)"
#endif

#include <cmath>
#include <cstddef>

#include "activations/polynomialmaths.h"

/**
 * Fused, vectorisable activation loops: value and derivative of tanh, sigmoid and the ReLU
 * family in one pass. Written as plain branch-free loops so the compiler vectorises them for
 * the instruction set of the kernel translation unit that includes them (compiled with
 * -fno-trapping-math, which GCC needs to if-convert the selects).
 *
 * Accuracy: a few ulps against std::tanh and the exact sigmoid (tst_activationkernels checks).
 */
namespace actlab::kernels::ACTLAB_KERNEL_ISA::fast {

#define ACTLAB_KERNEL_INLINE [[gnu::always_inline]] inline

/// e^y, and tanh through e^y − 1, from the table-free polynomial exponential
/// (polynomialmaths.h).
using maths::tanhExpm1;

/// e^y.
ACTLAB_KERNEL_INLINE double expFast(double y) {
    return maths::expOfSum(y, 0.0);
}

/// tanh and 1 − tanh² from q = e^{2|x|} − 1: tanh|x| = q/(q + 2) and 1 − tanh = r = 2/(q + 2),
/// so 1 − tanh² = r(2 − r). One division, no cancellation near 0 or near ±1, no branch.
/// NaN propagates.
ACTLAB_KERNEL_INLINE void tanh(const double *__restrict z, double *__restrict a,
                               double *__restrict d, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const double x = z[i];
        const double q = tanhExpm1(x);
        const double inverse = 1 / (q + 2);
        const double r = 2 * inverse;
        const double th = std::copysign(q * inverse, x);
        a[i] = x == x ? th : x;
        d[i] = x == x ? r * (2 - r) : x;
    }
}

/// σ(x) and σ(x)σ(−x), both accurate deep into the tails (no 1 − σ cancellation).
ACTLAB_KERNEL_INLINE void sigmoid(const double *__restrict z, double *__restrict a,
                                  double *__restrict d, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const double x = z[i];
        const double ax = std::fabs(x);
        const double e = expFast(-(ax < 708.0 ? ax : 708.0)); // e^{-|x|}
        const double r = 1 / (1 + e);                         // σ(|x|)
        const double er = e * r;                              // σ(−|x|)
        const double value = x >= 0 ? r : er;
        const double slope = er * r;
        a[i] = x == x ? value : x;
        d[i] = x == x ? slope : x;
    }
}

/// max(0, x); f'(0) = 0 as in PyTorch.
ACTLAB_KERNEL_INLINE void relu(const double *__restrict z, double *__restrict a,
                               double *__restrict d, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const double x = z[i];
        const bool on = x > 0;
        a[i] = on || x != x ? x : 0.0;
        d[i] = on ? 1.0 : (x != x ? x : 0.0);
    }
}

/// x for x > 0, slope · x otherwise; f'(0) = slope as in PyTorch.
ACTLAB_KERNEL_INLINE void leakyRelu(const double *__restrict z, double *__restrict a,
                                    double *__restrict d, std::size_t n, double slope) {
    for (std::size_t i = 0; i < n; ++i) {
        const double x = z[i];
        const bool on = x > 0;
        const double scaled = slope * x;
        // 0·(−inf) is NaN, but the limit of a 0-slope piece is 0 (NaN input stays NaN)
        a[i] = on ? x : (scaled == scaled || x != x ? scaled : 0.0);
        d[i] = on ? 1.0 : (x != x ? x : slope);
    }
}

/// min(max(0, x), 6); f' is 0 at both kinks as in PyTorch.
ACTLAB_KERNEL_INLINE void relu6(const double *__restrict z, double *__restrict a,
                                double *__restrict d, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const double x = z[i];
        const double clipped = x <= 0 ? 0.0 : (x >= 6 ? 6.0 : x);
        const bool inside = x > 0 && x < 6;
        a[i] = x != x ? x : clipped;
        d[i] = x != x ? x : (inside ? 1.0 : 0.0);
    }
}

ACTLAB_KERNEL_INLINE void linear(const double *__restrict z, double *__restrict a,
                                 double *__restrict d, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        a[i] = z[i];
        d[i] = 1.0;
    }
}

/// PReLU over one row of units, each with its own slope; f'(0) = slope as in PyTorch.
ACTLAB_KERNEL_INLINE void prelu(const double *__restrict z, double *__restrict a,
                                double *__restrict d, std::size_t n,
                                const double *__restrict slopes) {
    for (std::size_t i = 0; i < n; ++i) {
        const double x = z[i];
        const bool on = x > 0;
        const double scaled = slopes[i] * x;
        a[i] = on ? x : (scaled == scaled || x != x ? scaled : 0.0);
        d[i] = on ? 1.0 : slopes[i];
    }
}

} // namespace actlab::kernels::ACTLAB_KERNEL_ISA::fast
