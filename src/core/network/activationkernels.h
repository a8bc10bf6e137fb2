// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>

/**
 * Fused, vectorisable activation loops: value and derivative of tanh, sigmoid and the ReLU
 * family in one pass. Written as plain branch-free loops so the compiler vectorises them for
 * whichever instruction set the calling kernel is compiled for (networkkernels.cpp includes
 * this after relaxing -ftrapping-math, which GCC needs to if-convert the selects).
 *
 * Accuracy: a few ulps against std::tanh and the exact sigmoid (tst_activationkernels checks).
 */
namespace actlab::kernels::fast {

#define ACTLAB_KERNEL_INLINE [[gnu::always_inline]] inline

/// Shared by e^y and e^y − 1: Cody–Waite reduction y = n ln 2 + r, |r| ≤ ln 2 / 2, and
/// p = e^r − 1 as a degree-14 Taylor polynomial (truncation below 1e-17 of p itself, which
/// e^y − 1 needs: it does not have the 1 to hide behind). The rounding
/// constant keeps everything in vector registers: no table, no branch. `scale` is 2^n, built
/// in the exponent bits; valid for y in [−708, 709].
struct ExpParts {
    double p;
    double scale;
};

ACTLAB_KERNEL_INLINE ExpParts expParts(double y) {
    constexpr double magic = 0x1.8p52 + 1023; // low mantissa bits of y/ln2 + magic: n + 1023
    constexpr double log2e = 1.4426950408889634;
    constexpr double ln2Hi = 6.93145751953125e-1; // few bits: n · ln2Hi is exact
    constexpr double ln2Lo = 1.42860682030941723212e-6;
    const double t = y * log2e + magic;
    const double n = t - magic;
    double r = y - n * ln2Hi;
    r = r - n * ln2Lo;
    double p = 1.0 / 87178291200;
    p = p * r + 1.0 / 6227020800;
    p = p * r + 1.0 / 479001600;
    p = p * r + 1.0 / 39916800;
    p = p * r + 1.0 / 3628800;
    p = p * r + 1.0 / 362880;
    p = p * r + 1.0 / 40320;
    p = p * r + 1.0 / 5040;
    p = p * r + 1.0 / 720;
    p = p * r + 1.0 / 120;
    p = p * r + 1.0 / 24;
    p = p * r + 1.0 / 6;
    p = p * r + 0.5;
    p = p * r + 1.0;
    p = p * r; // e^r − 1, accurate to the last bits even for tiny r
    return {p, std::bit_cast<double>(std::bit_cast<std::uint64_t>(t) << 52)};
}

/// e^y.
ACTLAB_KERNEL_INLINE double expFast(double y) {
    const ExpParts e = expParts(y);
    return e.scale * e.p + e.scale;
}

/// e^y − 1 without cancellation for y ≥ 0: 2ⁿ(e^r − 1) + (2ⁿ − 1), where 2ⁿ − 1 is exact.
ACTLAB_KERNEL_INLINE double expm1Fast(double y) {
    const ExpParts e = expParts(y);
    return e.scale * e.p + (e.scale - 1);
}

/// tanh and 1 − tanh² from q = e^{2|x|} − 1: tanh|x| = q/(q + 2) and 1 − tanh = r = 2/(q + 2),
/// so 1 − tanh² = r(2 − r). One division, no cancellation near 0 or near ±1, no branch.
/// NaN propagates.
ACTLAB_KERNEL_INLINE void tanh(const double *__restrict z, double *__restrict a,
                               double *__restrict d, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const double x = z[i];
        const double ax = std::fabs(x);
        const double q = expm1Fast(2 * (ax < 20.0 ? ax : 20.0)); // tanh(20) is 1 in doubles
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
        a[i] = on ? x : scaled;
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
        a[i] = on ? x : scaled;
        d[i] = on ? 1.0 : slopes[i];
    }
}

} // namespace actlab::kernels::fast
