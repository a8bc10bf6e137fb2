// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The maths of the classic family: f, f′ and f″ of each activation, shared by the catalog
// (classicfamily.cpp) and the training kernels, which compile them once per instruction set.

#include <bit>
#include <cmath>
#include <cstdint>
#include <numbers>

#include "activations/mathhelpers.h"
#include "activations/polynomialmaths.h"
#include "activations/scalarfunction.h"

namespace actlab::maths {

struct Linear {
    static double value(double x, Params) { return x; }
    static double derivative(double x, Params) { return std::isnan(x) ? x : 1.0; }
    static double secondDerivative(double x, Params) { return zeroOrNaN(x); }
};

struct Exponential {
    static double value(double x, Params) { return std::exp(x); }
    static double derivative(double x, Params) { return std::exp(x); }
    static double secondDerivative(double x, Params) { return std::exp(x); }
};

/**
 * e^(−x²). Rounding x² costs a relative error of x²·ε in the result (7e-14 at |x| = 26), so
 * x² is split exactly as h + l with an fma and e^(−l) is applied as 1 − l.
 */
struct Gaussian {
    // Beyond |x| = 39, e^(−x²) < e^(−1521) and even (4x² − 2)e^(−x²) underflows to 0.
    static constexpr double kZeroBeyond = 39;

    struct Square {
        double hi, lo;
    };
    static Square square(double x) {
        const double h = x * x;
        return {h, std::fma(x, x, -h)};
    }
    static double gauss(const Square &q) { return std::exp(-q.hi) * (1 - q.lo); }

    static double value(double x, Params) {
        if (std::isnan(x))
            return x;
        if (std::abs(x) > kZeroBeyond)
            return 0.0;
        return gauss(square(x));
    }
    static double derivative(double x, Params) {
        if (std::isnan(x))
            return x;
        if (std::abs(x) > kZeroBeyond)
            return 0.0;
        return plusZero(-2 * x * gauss(square(x)));
    }
    // (4x² − 2)e^(−x²): near x² = ½, 4h − 2 is exact (Sterbenz), so adding 4l afterwards gives
    // the factor to full relative precision even where it crosses zero.
    static double secondDerivative(double x, Params) {
        if (std::isnan(x))
            return x;
        if (std::abs(x) > kZeroBeyond)
            return 0.0;
        const Square q = square(x);
        return ((4 * q.hi - 2) + 4 * q.lo) * gauss(q);
    }
};

struct Sine {
    // GCC merges sin and cos of one x into a sincos call, which has no vector form in its
    // reach: the training kernels compute f and f′ in two loops instead.
    static constexpr bool kKernelSeparateLoops = true;
    static double value(double x, Params) { return std::sin(x); }
    static double derivative(double x, Params) { return std::cos(x); }
    static double secondDerivative(double x, Params) { return plusZero(-std::sin(x)); }
};

/**
 * Snake, x + sin²(αx)/α, p = {α}. With u = αx and w = u + π/4:
 *   f'  = 1 + sin 2u = 2 sin² w          (no cancellation where f' touches 0)
 *   f'' = 2α cos 2u  = 4α sin w cos w
 * f' and f'' vanish where w is a multiple of π/2, and there a relative error needs w to an
 * absolute accuracy far below ulp(αx) (rounding αx alone costs |αx|·ε, 3e-12 at 7000). So w is
 * reduced by hand: αx is split exactly with an fma, π/2 is carried in three parts, and the
 * terms are summed with compensation, which gives w − kπ/2 to nearly full relative precision.
 */
struct Snake {
    static constexpr double kSqrtHalf = std::numbers::sqrt2 / 2;
    // π/2 = kPio2[0] + kPio2[1] + kPio2[2] (+ 6e-50)
    static constexpr double kPio2[3] = {1.5707963267948966, 6.123233995736766e-17,
                                        -1.4973849048591698e-33};
    // Our reduction is exact while k·π/2 needs no more than the 160 bits of kPio2; above this
    // the C library's own exact reduction of the rounded angle is used instead.
    static constexpr double kReduceBelow = 0x1p30;

    struct SinCos {
        double s, c;
    };
    // sin and cos of hi + lo. A first-order correction suffices while lo²/2 is below ε; for
    // |αx| beyond about 1e8, ulp(hi) and so lo (which can even hold all of π/4) is too big for
    // it, and the angle-addition formulas are needed.
    static SinCos sinCos(double hi, double lo) {
        const double s = std::sin(hi), c = std::cos(hi);
        if (std::abs(lo) <= 0x1p-27)
            return {s + lo * c, c - lo * s};
        const double sl = std::sin(lo), cl = std::cos(lo);
        return {s * cl + c * sl, c * cl - s * sl};
    }
    // sin and cos of u = αx when αx overflows a double (|x| > 1.8e307 at α = 10): of v = αx/16,
    // then four angle doublings. Accurate in absolute terms only, which is all such x allow.
    static SinCos sinCosHuge(double x, double alpha) {
        const double a = alpha / 16; // exact: a power-of-two scale
        const double hi = a * x;
        SinCos r = sinCos(hi, std::fma(a, x, -hi));
        for (int i = 0; i < 4; ++i)
            r = {2 * r.s * r.c, (r.c - r.s) * (r.c + r.s)};
        return r;
    }
    /// w = αx + π/4 = hi + lo given as uHi + uLo, reduced to k·π/2 + r, r = rHi + rLo with
    /// |rHi| ≤ π/4; for |αx| below kReduceBelow.
    struct Reduced {
        double hi, lo, k;
    };
    static Reduced reduce(double uHi, double uLo) {
        // w = k·π/2 + r with k = round(w/(π/2)); w − k·π/2 = u − (k − ½)·π/2.
        const double k = std::nearbyint(uHi / kPio2[0] + 0.5);
        const double m = k - 0.5; // exact for |k| < 2^52
        const double p0 = m * kPio2[0], p1 = m * kPio2[1];
        const double terms[] = {
            uHi,          -p0, uLo, -std::fma(m, kPio2[0], -p0), -p1, -std::fma(m, kPio2[1], -p1),
            -m * kPio2[2]};
        // Neumaier's compensated sum: the big terms cancel exactly, the rest keep their bits.
        double sum = 0, comp = 0;
#pragma GCC unroll 7 // straight-line code
        for (double t : terms) {
            const double next = sum + t;
            comp += std::abs(sum) >= std::abs(t) ? (sum - next) + t : (t - next) + sum;
            sum = next;
        }
        const double rHi = sum + comp;
        return {rHi, comp - (rHi - sum), k};
    }
    // sin w and cos w for w = αx + π/4.
    static SinCos shifted(double x, double alpha) {
        const double uHi = alpha * x;
        if (!std::isfinite(uHi)) {
            // sin(u + π/4) = (sin u + cos u)/√2 and cos(u + π/4) = (cos u − sin u)/√2
            const SinCos u = sinCosHuge(x, alpha);
            return {(u.s + u.c) * kSqrtHalf, (u.c - u.s) * kSqrtHalf};
        }
        const double uLo = std::fma(alpha, x, -uHi);
        if (std::abs(uHi) >= kReduceBelow) {
            const SinCos u = sinCos(uHi, uLo);
            return {(u.s + u.c) * kSqrtHalf, (u.c - u.s) * kSqrtHalf};
        }
        const Reduced w = reduce(uHi, uLo);
        const SinCos r = sinCos(w.hi, w.lo);
        const double k = w.k;
        switch (int(k - 4 * std::floor(k / 4))) { // quadrant k mod 4
        case 0:
            return {r.s, r.c};
        case 1:
            return {r.c, -r.s};
        case 2:
            return {-r.s, -r.c};
        default:
            return {-r.c, r.s};
        }
    }

    // The training kernels' form, for |αx| < 2^26 (kernelCovers; elsewhere the kernels call
    // value and derivative): sin u and cos u of u = αx from one reduction and two polynomials,
    // vectorised as plain arithmetic (the form with four libmvec sines per value and the
    // compensated reduction took six times as long).
    // f = x + sin²u/α; f′ = 1 + 2 sin u cos u, held to an absolute error (where it touches 0
    // only the exact form has it to full relative precision, which training does not need).
    static bool kernelCovers(double x, Params p) {
        return std::abs(p[0] * x) < 0x1p26;
    }
    static KernelValues kernelValues(double x, Params p) {
        const double alpha = p[0];
        const double uHi = alpha * x;
        const QuarterTurns q = quarterTurns(uHi, productError(alpha, x, uHi));
        // |sin u| = cos r for odd k, else sin r; sin u cos u = ∓sin r cos r. Selected and
        // signed in the bits: SSE2 has no 64-bit compare for a select on k.
        const std::uint64_t odd = 0 - (q.k & 1); // all ones for odd k
        const std::uint64_t sinBits = std::bit_cast<std::uint64_t>(q.sinR);
        const std::uint64_t cosBits = std::bit_cast<std::uint64_t>(q.cosR);
        const double s = std::bit_cast<double>((cosBits & odd) | (sinBits & ~odd));
        const double sc =
            std::bit_cast<double>(std::bit_cast<std::uint64_t>(q.sinR * q.cosR) ^ (q.k << 63));
        return {x + (s * s) * (1 / alpha), 1 + 2 * sc};
    }

    static double value(double x, Params p) {
        const double alpha = p[0];
        const double uHi = alpha * x;
        if (!std::isfinite(uHi))
            return x; // ±inf, NaN, or |x| so large that sin²(αx)/α is below half an ulp of x
        const double s = sinCos(uHi, std::fma(alpha, x, -uHi)).s;
        return x + s * s / alpha;
    }
    static double derivative(double x, Params p) {
        const double s = shifted(x, p[0]).s;
        return 2 * s * s;
    }
    static double secondDerivative(double x, Params p) {
        const SinCos w = shifted(x, p[0]);
        return 4 * p[0] * w.s * w.c;
    }
};

} // namespace actlab::maths
