// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The maths of the gated family: f, f′ and f″ of each activation, shared by the catalog
// (gatedfamily.cpp) and the training kernels, which compile them once per instruction set.

#include <cmath>
#include <limits>

#include "activations/logisticparts.h"
#include "activations/mathhelpers.h"
#include "activations/polynomialmaths.h"
#include "activations/scalarfunction.h"

namespace actlab::maths {

// Constants split as hi + lo (lo = exact value − hi), so products with them can be carried in
// double-double where a tail amplifies rounding errors.
constexpr double kInvSqrt2Hi = 0.7071067811865476; // 1/√2
constexpr double kInvSqrt2Lo = -4.833646656726457e-17;
constexpr double kSqrt2 = 1.4142135623730951;
constexpr double kInvSqrt2Pi = 0.3989422804014327; // 1/√(2π)
// The tanh form is defined with the float64 constants every framework uses: √(2/π) as
// 0.7978845608028654 and κ as the double nearest 0.044715 (not the decimal itself; at x ≈ −21
// the two definitions differ by 5e-14 relative).
constexpr double kTanhC = 0.7978845608028654;
constexpr double kKappa = 0.044715;

/// Exact GELU x·Φ(x) and its derivatives Φ + xφ and φ(2 − x²).
struct GeluExact {
    struct Parts {
        double cdf;     ///< Φ(x)
        double pdf;     ///< φ(x)
        double x2Error; ///< x² − fl(x·x), exactly
        double x2;      ///< fl(x·x)
    };
    // Valid for |x| ≤ 40; beyond that every quantity has reached its limit in double.
    static Parts parts(double x) {
        Parts r;
        r.x2 = x * x;
        r.x2Error = std::fma(x, x, -r.x2);
        // e^{−x²/2} from the exact square: at |x| = 38 a rounded x² alone would cost 1.6e-13.
        const double e = std::exp(-r.x2 / 2);
        r.pdf = std::fma(e, -r.x2Error / 2, e) * kInvSqrt2Pi;
        // Φ(x) = ½erfc(−z), z = x/√2 = zHi + zLo. erfc's condition number grows like 2z², so the
        // rounding of z is put back to first order: dΦ/dz = √2·φ(x).
        const double zHi = x * kInvSqrt2Hi;
        const double zLo = std::fma(x, kInvSqrt2Hi, -zHi) + x * kInvSqrt2Lo;
        r.cdf = 0.5 * std::erfc(-zHi) + kSqrt2 * r.pdf * zLo;
        return r;
    }
    static double value(double x, Params) {
        if (std::abs(x) > 40)
            return x > 0 ? x : -0.0; // Φ(x) is 1 (or x·Φ(x) underflows) to double precision
        return x * parts(x).cdf;
    }
    static double derivative(double x, Params) {
        if (std::abs(x) > 40)
            return x > 0 ? 1.0 : -0.0;
        const Parts r = parts(x);
        return r.cdf + x * r.pdf;
    }
    static double secondDerivative(double x, Params) {
        if (std::abs(x) > 40)
            return x > 0 ? 0.0 : -0.0;
        const Parts r = parts(x);
        // 2 − x² is exact near the roots ±√2 (Sterbenz) before the low part is removed.
        return r.pdf * ((2 - r.x2) - r.x2Error);
    }

    // The training kernels' form, for every finite x (kernelCovers; the kernels call value and
    // derivative for ±inf and NaN), with no call into the vector maths library:
    //   Φ(−|x|) = ½·e^(−x²/2)·erfcx(|x|/√2),
    // e^(−x²/2) from the polynomial exponential of the exact square (as in parts), and the
    // scaled complementary error function erfcx(y) = e^(y²)·erfc(y), smooth and well conditioned
    // on [0, ∞), from one polynomial. The same exponential gives φ: f and f′ cost one
    // exponential, one division and one polynomial. (Exact GELU trained at 0.43–0.53 of tanh's
    // speed on the 2-256-1 reference with glibc's vector erfc and exp; see docs/engine.md.)

    /// erfcx(y) for 0 ≤ y ≤ 37.5/√2 as P(s)/(y + 4), s = y/(y + 4): (y + 4)·erfcx(y) tends to
    /// 1/√π as y grows, so P is flat where s approaches 1 and the rounding of s costs little
    /// there. P has degree 23 in s − 0.45, interpolated at Chebyshev nodes over s in [0, 0.87]
    /// (mpmath's chebyfit, error below 7e-19); the whole erfcx is within 1.75 ulps of mpmath's
    /// at 3,000 points.
    [[gnu::always_inline]] static double erfcx(double y) {
        const double d = 1 / (y + 4);
        const double v = y * d - 0.45;
        // In ascending order: the constant term first.
        static constexpr std::array<double, 24> p{
            1.2019583791105797,    -2.297662537369824,    3.8287053528894237,
            -5.537751410179226,    6.884484361585848,     -7.223108612127606,
            6.180169945896124,     -4.006452095246965,    1.5695479528751337,
            0.1386015335522601,    -0.6616384170143547,   0.3378891879868571,
            0.09978299934090903,   -0.19245401420179226,  0.02671489334212783,
            0.08449992774219628,   -0.035033862974740065, -0.03720016574415721,
            0.024122005378365508,  0.018360983399486663,  -0.013503341423218008,
            -0.009991009368384844, 0.004978716370297361,  0.004203094046593692};
        return estrin(p, v) * d;
    }
    static bool kernelCovers(double x, Params) {
        return std::abs(x) <= std::numeric_limits<double>::max();
    }
    static KernelValues kernelValues(double x, Params) {
        const double x2 = x * x;
        // Beyond |x| = 37.5, e^(−x²/2) is below 1e-305 and x·Φ(x) below 1e-300 for x < 0, so
        // the kernel flushes them to 0; the select also drops what the exponential computes
        // outside its range.
        const double e = x2 <= 1406 ? expOfSum(-0.5 * x2, -0.5 * productError(x, x, x2)) : 0.0;
        const double tail = 0.5 * e * erfcx(std::abs(x) * kInvSqrt2Hi); // Φ(−|x|)
        const double cdf = x < 0 ? tail : 1 - tail;
        return {x * cdf, cdf + x * (e * kInvSqrt2Pi)};
    }
};

/**
 * The tanh form ½x(1 + tanh u), u = c(x + κx³), rewritten as x·σ(2u) so that 1 + tanh u never
 * cancels for x ≪ 0. u is carried in double-double: by x ≈ −21, where σ(2u) ≈ e^{−694}, the
 * few roundings in c(x + κx³) would otherwise cost 1e-13.
 */
struct GeluTanh {
    struct Parts {
        LogisticParts gate; ///< σ(±2u)
        double du;          ///< u′ = c(1 + 3κx²)
    };
    static Parts parts(double x) {
        const double x2 = x * x;
        const double x2Lo = std::fma(x, x, -x2);
        const double x3 = x2 * x;
        const double x3Lo = std::fma(x2, x, -x3) + x2Lo * x;
        const double k3 = kKappa * x3;
        const double k3Lo = std::fma(kKappa, x3, -k3) + kKappa * x3Lo;
        // a = x + κx³ by two-sum
        const double a = x + k3;
        const double bv = a - x;
        const double aLo = (x - (a - bv)) + (k3 - bv) + k3Lo;
        const double u = kTanhC * a;
        const double uLo = std::fma(kTanhC, a, -u) + kTanhC * aLo;
        return {LogisticParts::of(2 * u, 2 * uLo), kTanhC * (1 + 3 * kKappa * x2)};
    }
    // Beyond |x| = 30, |2u| > 1900: σ(2u) is 0 or 1 and every tail term underflows.
    static double value(double x, Params) {
        if (std::abs(x) > 30)
            return x > 0 ? x : -0.0;
        return x * parts(x).gate.s;
    }
    static double derivative(double x, Params) {
        if (std::abs(x) > 30)
            return x > 0 ? 1.0 : -0.0;
        const Parts r = parts(x);
        const double g = r.gate.s * r.gate.t; // σ′(2u)
        return r.gate.s + 2 * x * r.du * g;
    }
    // f″ = σ′(2u)·[4u′ + 2xu″ + 4xu′²(1 − 2σ(2u))] with u″ = 6cκx and 1 − 2σ(2u) = −tanh u.
    static double secondDerivative(double x, Params) {
        if (std::abs(x) > 30)
            return x > 0 ? 0.0 : -0.0;
        const Parts r = parts(x);
        const double g = r.gate.s * r.gate.t;
        const double oneMinus2s = (x > 0 ? -1.0 : 1.0) * r.gate.tanhHalfAbs; // sign(u) = sign(x)
        return g * (4 * r.du + 12 * kTanhC * kKappa * x * x + 4 * x * r.du * r.du * oneMinus2s);
    }
};

struct Gelu {
    static bool tanhForm(Params p) { return param(p, 0, 0.0) >= 0.5; }
    static double value(double x, Params p) {
        return tanhForm(p) ? GeluTanh::value(x, p) : GeluExact::value(x, p);
    }
    static double derivative(double x, Params p) {
        return tanhForm(p) ? GeluTanh::derivative(x, p) : GeluExact::derivative(x, p);
    }
    static double secondDerivative(double x, Params p) {
        return tanhForm(p) ? GeluTanh::secondDerivative(x, p) : GeluExact::secondDerivative(x, p);
    }
};

/// x·σ(βx); w = βx is kept as hi + lo because σ(w) ≈ e^{w} amplifies its rounding by |w|.
struct Silu {
    static double beta(Params p) { return param(p, 0, 1.0); }
    static LogisticParts gate(double x, double b) {
        const double w = b * x;
        return LogisticParts::of(w, std::fma(b, x, -w));
    }
    static double value(double x, Params p) {
        const double b = beta(p);
        if (std::isinf(x))
            return (x > 0 || b == 0) ? x : 0.0; // the limit at −inf: 0
        return x * gate(x, b).s;
    }
    // f′ = σ(w) + wσ(w)σ(−w) = σ(w)(1 + wσ(−w)).
    static double derivative(double x, Params p) {
        const double b = beta(p);
        // βx beyond the doubles (x infinite, or huge with β > 1): the limits; w·σ(−w) → 0.
        if (!std::isnan(x) && !std::isfinite(b * x))
            return b == 0 ? 0.5 : (b * x > 0 ? 1.0 : 0.0);
        const LogisticParts l = gate(x, b);
        return l.s * (1 + b * x * l.t);
    }
    // f″ = βσ′(w)(2 + w(1 − 2σ(w))) = βσ′(w)(2 − |w|·tanh(|w|/2)).
    static double secondDerivative(double x, Params p) {
        const double b = beta(p);
        if (!std::isnan(x) && !std::isfinite(b * x))
            return 0.0;
        const LogisticParts l = gate(x, b);
        return b * (l.s * l.t) * (2 - std::abs(b * x) * l.tanhHalfAbs);
    }
    // The training kernels' form, for |βx| ≤ 708 (kernelCovers; elsewhere the kernels call
    // value and derivative): e^(−|w|) from the polynomial exponential rather than libmvec's
    // exp and expm1, which the kernel needs neither of (f and f′ use σ(±w) only). On the
    // 2-256-1 full-batch reference this took SiLU from 0.42 to 0.97–1.09 of tanh's
    // speed.
    static bool kernelCovers(double x, Params p) {
        const double b = beta(p);
        // productError needs both factors below 2^995.
        return std::abs(b * x) <= 708 && std::abs(x) <= 0x1p900 && std::abs(b) <= 0x1p900;
    }
    static KernelValues kernelValues(double x, Params p) {
        const double b = beta(p);
        const double w = b * x;
        const double lo = productError(b, x, w);
        // −|w + lo| = −|w| + (w < 0 ? lo : −lo), as in LogisticParts.
        const double e = expOfSum(-std::abs(w), w < 0 ? lo : -lo);
        const double inverse = 1 / (1 + e);
        const double s = w >= 0 ? inverse : e * inverse; // σ(w)
        const double t = w >= 0 ? e * inverse : inverse; // σ(−w)
        return {x * s, s * (1 + w * t)};
    }
};

struct HardSilu {
    // x + 3 is exact near −3, so the parabola keeps its relative precision near its zero there.
    static double value(double x, Params) {
        if (std::isnan(x))
            return x;
        return x <= -3 ? 0.0 : (x >= 3 ? x : x * (x + 3) / 6);
    }
    // PyTorch (current) and JAX agree: 0 at −3, 1 at +3.
    static double derivative(double x, Params) {
        if (std::isnan(x))
            return x;
        return x <= -3 ? 0.0 : (x >= 3 ? 1.0 : (2 * x + 3) / 6);
    }
    static double secondDerivative(double x, Params) {
        if (std::isnan(x))
            return x;
        return (x > -3 && x < 3) ? 1.0 / 3.0 : 0.0;
    }
    static std::vector<Kink> kinks(Params) {
        return {{-3.0, false, 0.0, std::nullopt}, {3.0, false, 1.0, std::nullopt}};
    }
};

/**
 * Mish x·T with T = tanh(softplus x). With E = eˣ, T = ((1+E)² − 1)/((1+E)² + 1) =
 * E(E+2)/(E(E+2)+2), which has no cancellation for x ≤ 0; for x > 0 the same fractions are
 * divided by E² and written in e = e⁻ˣ, so nothing overflows and 1 − T = 2e²/(…) stays exact.
 * With S = 1 − T² = sech²(softplus x) and B = 1 − σ − 2Tσ:
 *   f′ = T + xσS,   f″ = σS(2 + xB).
 */
struct Mish {
    struct Parts {
        double t, sech2, sigma, b;
    };
    // Both forms from the one exponential e^{−|x|} (E for x ≤ 0, e for x > 0), chosen by
    // selects rather than branches so that the training kernels' loop vectorises.
    static Parts parts(double x) {
        const double E = std::exp(-std::abs(x));
        const bool negative = x <= 0;
        const double onePlusE = 1 + E;
        const double n = E * (E + 2);
        const double d = negative ? n + 2 : 1 + E * (2 + 2 * E);
        // One division for all four quotients: q = 1/(d(1 + E)) gives 1/d = (1 + E)q and
        // 1/(1 + E) = dq, at a rounding or two each (divisions cost the kernels most here).
        const double q = 1 / (d * onePlusE);
        const double invD = onePlusE * q;
        const double invOnePlusE = d * q;
        const double t = (negative ? n : 1 + 2 * E) * invD;
        const double sech2 =
            (negative ? 4 * onePlusE * onePlusE : 4 * (E * E) * (onePlusE * onePlusE)) *
            (invD * invD);
        const double sigma = (negative ? E : 1.0) * invOnePlusE;
        const double b =
            (negative ? 2 + E * (2 - E * (3 + 2 * E)) : E * (E * (2 * E + 2) - 3) - 2) * q;
        return {t, sech2, sigma, b};
    }
    static double value(double x, Params) {
        if (std::isinf(x))
            return x > 0 ? x : 0.0; // the limit at −inf: 0
        return x * parts(x).t;
    }
    static double derivative(double x, Params) {
        if (std::isinf(x))
            return x > 0 ? 1.0 : 0.0;
        const Parts r = parts(x);
        return r.t + x * r.sigma * r.sech2;
    }
    static double secondDerivative(double x, Params) {
        if (std::isinf(x))
            return 0.0;
        const Parts r = parts(x);
        const double g = r.sigma * r.sech2;
        // Where g underflows, x·B may overflow (|x| near 1e308), and 0·inf must not be NaN.
        return g == 0 ? 0.0 : g * (2 + x * r.b);
    }
};

} // namespace actlab::maths
