// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include "catalog.h"
#include "entrybuilder.h"
#include "mathhelpers.h"
#include "util/trnoop.h"

namespace actlab {
namespace {

/**
 * e^(−β|x|) for β > 0. Rounding β|x| first would cost a relative error of β|x|·ε (8e-14 at
 * β|x| = 700), so the product is split exactly as p + e with an fma and e^(−e) applied as 1 − e.
 */
double expNegAbs(double beta, double x) {
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
        const double tail = std::log1p(expNegAbs(p[0], x)) / p[0];
        return x > 0 ? x + tail : tail;
    }
    static double derivative(double x, Params p) {
        if (std::isnan(x))
            return x;
        if (identity(x, p))
            return 1.0;
        const double e = expNegAbs(p[0], x);
        return x >= 0 ? 1 / (1 + e) : e / (1 + e);
    }
    static double secondDerivative(double x, Params p) {
        if (std::isnan(x))
            return x;
        if (identity(x, p))
            return 0.0;
        const double e = expNegAbs(p[0], x);
        return p[0] * e / ((1 + e) * (1 + e));
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
};

/**
 * (x + √(x² + b))/2, p = {b}. r = √(x² + b) comes from hypot, so x² never overflows. For x < 0
 * the sum cancels (Keras and JAX return 0 from x ≈ −1e9 on), so there we use the equal form
 * b/(2(r − x)); likewise f' = ½(1 + x/r) becomes b/(2r(r − x)). Halves are taken before
 * adding so that nothing overflows near the largest doubles.
 */
struct Squareplus {
    static double value(double x, Params p) {
        if (std::isnan(x))
            return x;
        const double b = p[0];
        if (b == 0)
            return x > 0 ? x : 0.0; // ReLU; the general form would divide 0 by 0 below
        const double r = std::hypot(x, std::sqrt(b));
        if (x >= 0)
            return 0.5 * x + 0.5 * r;
        return (0.25 * b) / (0.5 * r - 0.5 * x);
    }
    static double derivative(double x, Params p) {
        if (std::isnan(x))
            return x;
        if (std::isinf(x))
            return x > 0 ? 1.0 : 0.0;
        const double b = p[0];
        if (b == 0) // ReLU; at 0 the mean of the one-sided slopes
            return x > 0 ? 1.0 : (x < 0 ? 0.0 : 0.5);
        const double r = std::hypot(x, std::sqrt(b));
        if (x >= 0)
            return 0.5 + 0.5 * (x / r);
        return (0.25 * b / r) / (0.5 * r - 0.5 * x);
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

} // namespace

void addSoftplusFamily(std::vector<CatalogEntry> &out) {
    out.push_back(scalarEntry<Softplus>({
        .id = "softplus",
        .family = Family::Softplus,
        .params =
            {
                {.name = "beta",
                 .defaultValue = 1,
                 .min = 0,
                 .max = kInf,
                 .step = 0.01,
                 .sliderMin = 0.1,
                 .sliderMax = 5,
                 .nonZero = true,
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog",
                     "Sharpness β: larger values bend more tightly at 0 and approach ReLU; "
                     "Keras and JAX fix it at 1.")},
                {.name = "threshold",
                 .defaultValue = kInf,
                 .min = -kInf,
                 .max = kInf,
                 .step = 0.5,
                 .sliderMin = 0,
                 .sliderMax = 30,
                 .infinityAllowed = true,
                 .frameworkDefaults = {{"PyTorch", 20}},
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog",
                     "PyTorch's threshold θ: where β·x > θ the result is x itself, which leaves "
                     "a small jump at x = θ/β. Infinity (the default here) never switches; "
                     "PyTorch uses 20.")},
            },
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
                .name = QT_TRANSLATE_NOOP("Catalog", "Softplus"),
                .formula = "f(x) = (1/β)·ln(1 + e^(βx))",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "A smooth, always positive ReLU whose derivative is the sigmoid "
                               "σ(βx); the larger β, the closer it is to ReLU."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Outputs that must be positive with a smooth gradient, such as a "
                               "predicted standard deviation or rate, or as a smooth ReLU."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Not zero-centred, and at β = 1 well above ReLU near 0 (f(0) = ln 2). "
                    "PyTorch returns x itself once βx > 20 (its threshold), a tiny jump "
                    "the exact curve does not have."),
                .paper = "Dugas, Bengio, Bélisle, Nadeau & Garcia, 2001",
                .year = 2001,
                .kerasSnippet =
                    "keras.layers.Dense(64, activation=\"softplus\")  # β is fixed at 1",
                .pytorchSnippet = "torch.nn.Softplus(beta=1.0, threshold=20.0)",
            },
    }));

    out.push_back(scalarEntry<Squareplus>({
        .id = "squareplus",
        .family = Family::Softplus,
        .params =
            {
                {.name = "b",
                 .defaultValue = 4,
                 .min = 0,
                 .max = kInf,
                 .step = 0.01,
                 .sliderMin = 0,
                 .sliderMax = 10,
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog", "Curvature b: sets the size of the rounded corner (f(0) = √b/2); 0 "
                                "gives ReLU.")},
            },
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
                .name = QT_TRANSLATE_NOOP("Catalog", "Squareplus"),
                .formula = "f(x) = (x + √(x² + b))/2",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "A smooth ReLU made from a square root alone, cheaper than softplus; "
                    "b controls how rounded the corner at 0 is."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "A drop-in for softplus where exp and log are expensive, for example "
                    "on accelerators or in very large models."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "The textbook formula used by Keras and JAX cancels for very negative "
                    "x and returns 0 (or even infinity below about −1.3e154); the form "
                    "b/(2(√(x² + b) − x)) avoids that."),
                .paper = "Barron, 2021",
                .year = 2021,
                .kerasSnippet = "keras.activations.squareplus(x, b=4)",
                .pytorchSnippet = "0.5 * (x + torch.sqrt(x * x + 4))  # no built-in squareplus",
            },
    }));

    out.push_back(scalarEntry<SparsePlus>({
        .id = "sparse_plus",
        .family = Family::Softplus,
        .properties =
            {
                .range = {0, kInf, true, false},
                .monotonic = true,
                .smoothness = Smoothness::C1,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Sparse plus"),
                .formula = "f(x) = 0 if x ≤ −1, (x + 1)²/4 if −1 < x < 1, x if x ≥ 1",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "A piecewise-quadratic smooth ReLU: exactly 0 below −1, exactly x "
                               "above 1 and a parabola in between; its derivative is the sparse "
                               "sigmoid."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "When you want softplus-like smoothness near 0 but exact zeros (and "
                               "sparse activations) for clearly negative inputs."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "It is differentiable only once: f″ jumps between 0 and ½ at ±1. "
                               "Below −1 units get no gradient, like dead ReLUs."),
                .paper = "Blondel, Martins & Niculae, 2020",
                .year = 2020,
                .kerasSnippet = "keras.activations.sparse_plus(x)",
                .pytorchSnippet =
                    "torch.where(x >= 1, x, torch.clamp(x + 1, min=0) ** 2 / 4)  # no built-in",
            },
    }));

    out.push_back(scalarEntry<LogSigmoid>({
        .id = "log_sigmoid",
        .family = Family::Softplus,
        .properties =
            {
                .range = {-kInf, 0, false, false},
                .monotonic = true,
                .smoothness = Smoothness::CInfinity,
                .zeroCentred = false,
                .boundedBelow = false,
                .boundedAbove = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Log-sigmoid"),
                .formula = "f(x) = ln σ(x) = −ln(1 + e^(−x))",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "The logarithm of the sigmoid: always negative, close to x for very "
                               "negative inputs and to 0 for large ones; its derivative is σ(−x)."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Log-probabilities inside losses and probabilistic models, such as "
                               "binary cross-entropy on logits or word2vec's negative sampling."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Computing log(sigmoid(x)) in two steps gives −inf below x ≈ −710 and "
                    "exactly 0 above x ≈ 37; use the fused function. Unbounded below and "
                    "not zero-centred."),
                .paper = "",
                .year = 0,
                .kerasSnippet = "keras.activations.log_sigmoid(x)",
                .pytorchSnippet = "torch.nn.LogSigmoid()",
            },
    }));
}

} // namespace actlab
