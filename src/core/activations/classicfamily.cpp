// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <numbers>

#include "catalog.h"
#include "entrybuilder.h"
#include "mathhelpers.h"
#include "util/trnoop.h"

namespace actlab {
namespace {

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
        // w = k·π/2 + r with k = round(w/(π/2)); w − k·π/2 = u − (k − ½)·π/2.
        const double k = std::nearbyint(uHi / kPio2[0] + 0.5);
        const double m = k - 0.5; // exact for |k| < 2^52
        const double p0 = m * kPio2[0], p1 = m * kPio2[1];
        const double terms[] = {
            uHi,          -p0, uLo, -std::fma(m, kPio2[0], -p0), -p1, -std::fma(m, kPio2[1], -p1),
            -m * kPio2[2]};
        // Neumaier's compensated sum: the big terms cancel exactly, the rest keep their bits.
        double sum = 0, comp = 0;
        for (double t : terms) {
            const double next = sum + t;
            comp += std::abs(sum) >= std::abs(t) ? (sum - next) + t : (t - next) + sum;
            sum = next;
        }
        const double rHi = sum + comp;
        const SinCos r = sinCos(rHi, comp - (rHi - sum));
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

} // namespace

void addClassicFamily(std::vector<CatalogEntry> &out) {
    out.push_back(scalarEntry<Linear>({
        .id = "linear",
        .family = Family::Classic,
        .properties =
            {
                .range = {-kInf, kInf, false, false},
                .monotonic = true,
                .smoothness = Smoothness::CInfinity,
                .zeroCentred = true,
                .boundedBelow = false,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Linear (identity)"),
                .formula = "f(x) = x",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "Returns its input unchanged, so a layer using it is a plain affine "
                               "map."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Output layers for regression, and logits passed to a loss that "
                               "applies the sigmoid or softmax itself."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "Layers stacked with only linear activations collapse into a single "
                               "linear layer, so hidden layers need a nonlinearity."),
                .paper = "",
                .year = 0,
                .kerasSnippet =
                    "keras.layers.Dense(1, activation=\"linear\")  # same as activation=None",
                .pytorchSnippet = "torch.nn.Identity()",
            },
    }));

    out.push_back(scalarEntry<Exponential>({
        .id = "exponential",
        .family = Family::Classic,
        .properties =
            {
                .range = {0, kInf, false, false},
                .monotonic = true,
                .smoothness = Smoothness::CInfinity,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Exponential"),
                .formula = "f(x) = eˣ",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Always positive and growing ever faster; it is its own derivative."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Outputs that must be positive, such as rates, scales or variances "
                               "predicted on a log scale."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "Overflows to infinity above x ≈ 709.78 in double precision (≈ 88.7 "
                               "in float32), and large outputs make gradients explode."),
                .paper = "",
                .year = 0,
                .kerasSnippet = "keras.layers.Dense(1, activation=\"exponential\")",
                .pytorchSnippet = "torch.exp(x)  # no nn module",
            },
    }));

    out.push_back(scalarEntry<Gaussian>({
        .id = "gaussian",
        .family = Family::Classic,
        .properties =
            {
                .range = {0, 1, false, true},
                .monotonic = false,
                .smoothness = Smoothness::CInfinity,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Gaussian"),
                .formula = "f(x) = e^(−x²)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "A bell curve with its peak of 1 at x = 0, falling to 0 on both "
                               "sides: the unit responds only to inputs near zero."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Radial basis function networks and coordinate networks that need "
                               "local, non-monotonic responses."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "Gradients vanish for |x| above about 3, and since it is not "
                               "monotonic, different inputs give the same output."),
                .paper = "Broomhead & Lowe, 1988",
                .year = 1988,
                .kerasSnippet =
                    "# no gaussian activation in Keras:\n"
                    "keras.layers.Lambda(lambda x: keras.ops.exp(-keras.ops.square(x)))",
                .pytorchSnippet = "torch.exp(-x.pow(2))  # no nn module",
            },
    }));

    out.push_back(scalarEntry<Sine>({
        .id = "sin",
        .family = Family::Classic,
        .properties =
            {
                .range = {-1, 1, true, true},
                .monotonic = false,
                .smoothness = Smoothness::CInfinity,
                .zeroCentred = true,
                .boundedBelow = true,
                .boundedAbove = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Sine"),
                .formula = "f(x) = sin(x)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Periodic, smooth and bounded by ±1; each of its derivatives is again "
                    "a sine or cosine."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Implicit neural representations (SIREN) that fit images, audio or "
                               "shapes with fine detail."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "Needs a matching initialisation (SIREN scales the first layer by "
                               "ω₀ = 30); with ordinary initialisation training is unstable."),
                .paper = "Sitzmann, Martel, Bergman, Lindell & Wetzstein, 2020",
                .year = 2020,
                .kerasSnippet = "keras.layers.Dense(64, activation=keras.ops.sin)",
                .pytorchSnippet = "torch.sin(x)  # no nn module",
            },
    }));

    out.push_back(scalarEntry<Snake>({
        .id = "snake",
        .family = Family::Classic,
        .params =
            {
                {.name = "alpha",
                 .defaultValue = 1,
                 .min = 0.01,
                 .max = 10,
                 .step = 0.01,
                 .sliderMin = 0.1,
                 .sliderMax = 5,
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog", "Frequency α: the ripple repeats every π/α and is 1/α high.")},
            },
        .properties =
            {
                .range = {-kInf, kInf, false, false},
                .monotonic = true,
                .smoothness = Smoothness::CInfinity,
                .zeroCentred = false,
                .boundedBelow = false,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Snake"),
                .formula = "f(x) = x + sin²(αx)/α",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "A rising line with a periodic ripple. It can extrapolate periodic "
                               "patterns and is still monotonic, because f′ = 1 + sin(2αx) ≥ 0."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Periodic data such as time series and audio; neural vocoders like "
                               "BigVGAN learn one α per channel."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "Neither Keras nor PyTorch ships it. A learned α must stay positive "
                               "(it divides), and f′ drops to 0 once per period, where gradients "
                               "vanish."),
                .paper = "Liu Ziyin, Hartwig & Ueda, 2020",
                .year = 2020,
                .kerasSnippet = "# not built into Keras:\n"
                                "keras.layers.Lambda(lambda x: x + keras.ops.sin(a * x) ** 2 / a)",
                .pytorchSnippet = "x + torch.sin(a * x) ** 2 / a  # not built into PyTorch",
            },
    }));
}

} // namespace actlab
