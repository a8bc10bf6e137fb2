// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Table-free, branch-free building blocks for the training kernels' forms of the maths
// (kernelbody.h compiles them once per instruction set): a reduction and a polynomial each,
// so that a loop calling them vectorises into plain arithmetic instead of calls into the
// vector maths library (tanh, sigmoid, snake and softplus use them). Coefficients interpolate at
// Chebyshev nodes (mpmath's chebyfit), rounded to doubles; the error bounds quoted are of
// the rounded coefficients, before the rounding of the evaluation.

#include <array>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numbers>

namespace actlab::maths {

/// f and f′ at one point: what a kernel form (kernelValues) returns.
struct KernelValues {
    double value, derivative;
};

/// a·b − fl(a·b), exact (barring underflow), for p = fl(a·b). One fma where that is an
/// instruction; elsewhere (the baseline kernels) Dekker's product, as std::fma would be a
/// library call there, which keeps the loop from vectorising and costs tens of nanoseconds.
/// Valid for |a|, |b| below 2^995.
[[gnu::always_inline]] inline double productError(double a, double b, double p) {
#ifdef __FP_FAST_FMA
    return std::fma(a, b, -p);
#else
    constexpr double split = 0x1p27 + 1;
    const double ta = split * a, tb = split * b;
    const double ah = ta - (ta - a), al = a - ah;
    const double bh = tb - (tb - b), bl = b - bh;
    return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
#endif
}

namespace detail {
/// c[Off] + c[Off + 1]·v + … + c[Off + Count − 1]·v^(Count − 1), with powers[k] = v^(2^k).
template <std::size_t Off, std::size_t Count, std::size_t N, std::size_t P>
[[gnu::always_inline]] inline double estrinPart(const std::array<double, N> &c,
                                                const std::array<double, P> &powers) {
    if constexpr (Count == 1) {
        return c[Off];
    } else {
        constexpr std::size_t level =
            std::bit_width(Count - 1) - 1; // 2^level < Count ≤ 2^(level+1)
        constexpr std::size_t half = std::size_t(1) << level;
        return estrinPart<Off, half>(c, powers) +
               estrinPart<Off + half, Count - half>(c, powers) * powers[level];
    }
}
} // namespace detail

/// c[0] + c[1]·v + … + c[N − 1]·v^(N − 1) by Estrin's scheme: the terms combine in pairs, the
/// pairs in pairs and so on, so the longest chain of dependent operations grows with log₂ N
/// rather than N as in Horner's rule. A kernel's loop is bound by that chain when a polynomial
/// is long (out-of-order execution overlaps only a few iterations).
template <std::size_t N>
[[gnu::always_inline]] inline double estrin(const std::array<double, N> &c, double v) {
    constexpr std::size_t levels = N > 1 ? std::bit_width(N - 1) : 1;
    std::array<double, levels> powers{};
    powers[0] = v;
    for (std::size_t k = 1; k < levels; ++k)
        powers[k] = powers[k - 1] * powers[k - 1];
    return detail::estrinPart<0, N>(c, powers);
}

/// e^r − 1 for |r| ≤ ln 2 / 2, accurate relative to itself: r + r² q(r), q of degree 9
/// interpolated at Chebyshev nodes (relative error below 5e-17 before rounding).
[[gnu::always_inline]] inline double expm1Reduced(double r) {
    // Estrin's scheme rather than Horner's rule: the exponential sits on the critical path of
    // every kernel that uses it.
    static constexpr std::array<double, 10> q{0.5000000000000001,     0.16666666666666669,
                                              0.04166666666662413,    0.008333333333330062,
                                              0.0013888888917213717,  0.00019841269863053618,
                                              2.4801521295954376e-05, 2.7557268459997064e-06,
                                              2.7620088445409746e-07, 2.510038549551032e-08};
    return r + (r * r) * estrin(q, r);
}

/// Shared by e^y and e^y − 1: Cody–Waite reduction y = n ln 2 + r, |r| ≤ ln 2 / 2, and
/// p = e^r − 1 accurate relative to p itself (e^y − 1 needs that: it does not have the 1 to
/// hide behind). The rounding constant keeps everything in vector registers: no table, no
/// branch. `scale` is 2^n, built in the exponent bits; valid for y in [−708, 709].
struct ExpParts {
    double p;
    double scale;
};

namespace expconstants {
inline constexpr double magic = 0x1.8p52 + 1023; // low mantissa bits of y/ln2 + magic: n + 1023
inline constexpr double log2e = 1.4426950408889634;
inline constexpr double ln2Hi = 6.93145751953125e-1; // few bits: n · ln2Hi is exact
inline constexpr double ln2Lo = 1.42860682030941723212e-6;
} // namespace expconstants

[[gnu::always_inline]] inline ExpParts expParts(double hi, double lo = 0.0) {
    using namespace expconstants;
    const double t = hi * log2e + magic;
    const double n = t - magic;
    // lo (the rounding error of an argument computed as a product or quotient, say) joins the
    // reduced argument, where it costs no rounding of its own, rather than a factor 1 + lo.
    const double r = (hi - n * ln2Hi) - (n * ln2Lo - lo);
    return {expm1Reduced(r), std::bit_cast<double>(std::bit_cast<std::uint64_t>(t) << 52)};
}

/// e^(hi + lo) and e^(hi + lo) − 1 from one reduction, for hi in [−708, 709] and
/// |lo| ≤ ulp(hi). The second, 2ⁿ(e^r − 1) + (2ⁿ − 1) with 2ⁿ − 1 exact, does not cancel for
/// hi ≥ 0, nor near 0.
struct ExpOfSum {
    double exp, expm1;
};

[[gnu::always_inline]] inline ExpOfSum expAndExpm1OfSum(double hi, double lo) {
    const ExpParts e = expParts(hi, lo);
    return {e.scale * e.p + e.scale, e.scale * e.p + (e.scale - 1)};
}

/// e^(hi + lo) alone (see expAndExpm1OfSum).
[[gnu::always_inline]] inline double expOfSum(double hi, double lo) {
    return expAndExpm1OfSum(hi, lo).exp;
}

/// e^y − 1 alone, for y in [−708, 709] (see expAndExpm1OfSum).
[[gnu::always_inline]] inline double expm1Poly(double y) {
    return expAndExpm1OfSum(y, 0.0).expm1;
}

/// q = e^(2|x|) − 1, |x| capped at 20 (tanh 20 is 1 in doubles), from which tanh|x| = q/(q + 2)
/// and 1 − tanh|x| = 2/(q + 2) follow with no cancellation near 0 or near 1. For NaN x it is
/// q(20): callers pass NaN through themselves.
[[gnu::always_inline]] inline double tanhExpm1(double x) {
    const double ax = std::abs(x);
    return expm1Poly(2 * (ax < 20.0 ? ax : 20.0));
}

/// sin r and cos r of u = hi + lo (lo the rounding error of hi, |lo| ≤ ulp(hi)/2) reduced by
/// quarter turns: u = k·π/2 + r with |r| ≤ π/4 (and a hair), for |hi| < 2^26. The low two
/// bits of `k` are k mod 4 (k itself is offset): sin u is sin r, cos r, −sin r, −cos r for
/// k mod 4 = 0, 1, 2, 3. (An integer, not bools: GCC does not vectorise the conversion.)
///
/// Cody–Waite reduction: π/2 in three parts, the first two of at most 27 bits, so that k·part
/// is exact for |k| < 2^26 and hi − k·part₀ is exact too (Sterbenz: the two are within a
/// factor 2 once k ≠ 0). r is then within about 2e-16 of u − k·π/2 in absolute terms, which
/// is all the callers need: they are held to an absolute error where sin u or cos u is
/// small.
struct QuarterTurns {
    double sinR, cosR;
    std::uint64_t k;
};

[[gnu::always_inline]] inline QuarterTurns quarterTurns(double hi, double lo) {
    constexpr double pio2[3] = {0x1.921fb54p+0, 0x1.10b461p-30, 0x1.a62633145c06ep-58};
    constexpr double shifter = 0x1.8p52; // low mantissa bits of t: k + 2^51, so k mod 4 too
    const double t = hi * (2 / std::numbers::pi) + shifter;
    const double k = t - shifter;
    const double r = ((hi - k * pio2[0]) - k * pio2[1]) + (lo - k * pio2[2]);
    const double z = r * r;
    // sin r = r + r³ S(z) and cos r = 1 − z/2 + z² C(z) over z ≤ 1.01 (π/4)²: errors below
    // 3.5e-17 in S and 2.4e-18 in C.
    double s = 1.5916726193889336e-10;
    s = s * z - 2.5051112272573243e-08;
    s = s * z + 2.755731600817155e-06;
    s = s * z - 0.0001984126983657571;
    s = s * z + 0.008333333333330827;
    s = s * z - 0.16666666666666666;
    double c = -1.1381754653662937e-11;
    c = c * z + 2.0876134024090145e-09;
    c = c * z - 2.755731721268659e-07;
    c = c * z + 2.4801587298651292e-05;
    c = c * z - 0.0013888888888887322;
    c = c * z + 0.041666666666666664;
    return {r + (r * z) * s, (1 - 0.5 * z) + (z * z) * c, std::bit_cast<std::uint64_t>(t)};
}

/// atanh(s) for 0 ≤ s ≤ ⅓ (ln(1 + e) = 2 atanh(e/(2 + e)) for e in [0, 1]): s + s³ Q(s²),
/// Q of degree 9 with an error below 7e-17, which s³ shrinks to 8e-18 relative to the result.
[[gnu::always_inline]] inline double atanhSmall(double s) {
    const double z = s * s;
    double q = 0.08082022805971766;
    q = q * z + 0.04400369243072337;
    q = q * z + 0.06000536404795356;
    q = q * z + 0.06657072104827468;
    q = q * z + 0.07692785032479312;
    q = q * z + 0.09090894718066429;
    q = q * z + 0.11111111358713932;
    q = q * z + 0.1428571428355438;
    q = q * z + 0.20000000000007292;
    q = q * z + 0.3333333333333333;
    return s + (s * z) * q;
}

} // namespace actlab::maths
