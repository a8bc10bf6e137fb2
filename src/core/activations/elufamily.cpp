// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include "catalog.h"
#include "entrybuilder.h"
#include "mathhelpers.h"
#include "util/trnoop.h"

namespace actlab {
namespace {

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
};

} // namespace

void addEluFamily(std::vector<CatalogEntry> &out) {
    out.push_back(scalarEntry<Elu>({
        .id = "elu",
        .family = Family::Elu,
        .params =
            {
                {.name = "alpha",
                 .defaultValue = 1,
                 .min = -kInf,
                 .max = kInf,
                 .step = 0.01,
                 .sliderMin = 0,
                 .sliderMax = 3,
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog",
                     "Depth of the negative saturation: the output tends to −α for very "
                     "negative inputs, and the slope just left of 0 is α. Keras, PyTorch "
                     "and JAX all default to 1.")},
            },
        .properties =
            {
                .range = {-1, kInf, false, false},
                .monotonic = true,
                .smoothness = Smoothness::C1,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Exponential linear unit (ELU)"),
                .formula = "f(x) = x if x > 0, else α(eˣ − 1)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "The identity for positive inputs and a smooth exponential curve that "
                    "levels off at −α for negative ones. The negative outputs pull the "
                    "mean activation towards zero."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Deep feed-forward and convolutional networks in which ReLU units die "
                    "or learn slowly; it often converges faster than ReLU for the price of "
                    "one exponential."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "It is C¹ only for α = 1; any other α leaves a corner at 0. Very "
                    "negative inputs still saturate (slope αeˣ → 0). The Keras docstring "
                    "wrongly calls α the slope of the positive part."),
                .paper = "Clevert, Unterthiner & Hochreiter, 2015",
                .year = 2015,
                .kerasSnippet = "keras.layers.ELU(alpha=1.0)",
                .pytorchSnippet = "torch.nn.ELU(alpha=1.0)",
            },
    }));

    out.push_back(scalarEntry<Selu>({
        .id = "selu",
        .family = Family::Elu,
        .properties =
            {
                .range = {-kSeluScaleAlpha, kInf, false, false},
                .monotonic = true,
                .smoothness = Smoothness::C0,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = false,
                .selfNormalising = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Scaled exponential linear unit (SELU)"),
                .formula = "f(x) = λx if x > 0, else λα(eˣ − 1); "
                           "α = 1.6732632423543772, λ = 1.0507009873554805",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "An ELU scaled by λ, with both constants chosen so that activations "
                    "are driven towards zero mean and unit variance layer after layer: the "
                    "network normalises itself without batch normalisation."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Deep fully connected networks (self-normalising networks), with "
                               "LeCun-normal weight initialisation and AlphaDropout in place of "
                               "ordinary dropout."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "The self-normalising property needs LeCun-normal initialisation and "
                    "plain feed-forward layers; ordinary dropout, batch normalisation or "
                    "skip connections break it. There is a corner at 0: slope λ on the "
                    "right, λα ≈ 1.758 on the left."),
                .paper = "Klambauer et al., 2017",
                .year = 2017,
                .kerasSnippet = "keras.layers.Dense(64, activation=\"selu\", "
                                "kernel_initializer=\"lecun_normal\")",
                .pytorchSnippet = "torch.nn.SELU()",
            },
    }));

    out.push_back(scalarEntry<Celu>({
        .id = "celu",
        .family = Family::Elu,
        .params =
            {
                {.name = "alpha",
                 .defaultValue = 1,
                 .min = -kInf,
                 .max = kInf,
                 .step = 0.01,
                 .sliderMin = 0.1,
                 .sliderMax = 3,
                 .nonZero = true,
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog", "Level of the negative saturation, −α; the negative branch is also "
                                "stretched by α, so the slope at 0 stays 1. Any value but 0 "
                                "(PyTorch rejects 0); the default is 1 everywhere.")},
            },
        .properties =
            {
                .range = {-1, kInf, false, false},
                .monotonic = true,
                .smoothness = Smoothness::C1,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Continuously differentiable ELU (CELU)"),
                .formula = "f(x) = max(0, x) + min(0, α(e^(x/α) − 1))",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "An ELU whose negative branch is stretched by α, so that the slope at "
                    "0 is 1 from both sides whatever α is: C¹ for every α, and identical "
                    "to ELU when α = 1."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "When you want to tune ELU's negative saturation level without "
                               "creating a corner at 0."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Like ELU it is unbounded above and its gradient vanishes for very "
                    "negative inputs. The second derivative still jumps at 0 (from 1/α to "
                    "0)."),
                .paper = "Barron, 2017",
                .year = 2017,
                .kerasSnippet = "keras.layers.Dense(64, activation=\"celu\")",
                .pytorchSnippet = "torch.nn.CELU(alpha=1.0)",
            },
    }));
}

} // namespace actlab
