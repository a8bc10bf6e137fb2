// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include "catalog.h"
#include "entrybuilder.h"
#include "softplusmaths.h"
#include "util/trnoop.h"

namespace actlab {
using namespace maths;

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
