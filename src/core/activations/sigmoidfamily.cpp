// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cmath>
#include <numbers>

#include "catalog.h"
#include "entrybuilder.h"
#include "sigmoidmaths.h"
#include "util/trnoop.h"

namespace actlab {
using namespace maths;

void addSigmoidFamily(std::vector<CatalogEntry> &out) {
    out.push_back(scalarEntry<Sigmoid>({
        .id = "sigmoid",
        .family = Family::Sigmoid,
        .properties =
            {
                .range = {0, 1, false, false},
                .monotonic = true,
                .smoothness = Smoothness::CInfinity,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Sigmoid (logistic)"),
                .formula = "σ(x) = 1 / (1 + e⁻ˣ)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Squashes any input smoothly into (0, 1), with σ(0) = ½ and σ(−x) = 1 − "
                    "σ(x). Its slope σ(x)·σ(−x) is at most ¼, reached at the origin."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "The output layer of binary or multi-label classifiers, where the "
                               "value is read as a probability, and the gates inside LSTM and GRU "
                               "cells."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "It saturates on both sides, so gradients vanish once |x| exceeds about "
                    "5, and its output is always positive (not zero-centred), which slows "
                    "the training of deep hidden layers."),
                .paper = "Rumelhart, Hinton & Williams, 1986",
                .year = 1986,
                .kerasSnippet = "keras.layers.Dense(1, activation=\"sigmoid\")",
                .pytorchSnippet = "torch.nn.Sigmoid()",
            },
    }));

    out.push_back(scalarEntry<HardSigmoid>({
        .id = "hard_sigmoid",
        .family = Family::Sigmoid,
        .properties =
            {
                .range = {0, 1, true, true},
                .monotonic = true,
                .smoothness = Smoothness::C0,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Hard sigmoid"),
                .formula = "f(x) = min(max(0, x/6 + ½), 1)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "A piecewise-linear stand-in for the sigmoid: a straight ramp of slope "
                    "1/6 from −3 to 3, exactly 0 below and exactly 1 above. No exponential "
                    "is needed."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Gates in mobile and quantised networks, such as the "
                               "squeeze-and-excitation blocks of MobileNetV3, where speed matters "
                               "more than a smooth curve."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "The gradient is exactly zero outside [−3, 3]. Keras 2 used another "
                    "ramp, 0.2x + 0.5 saturating at ±2.5, so old models and documentation "
                    "disagree with today's frameworks."),
                .paper = "Howard et al., 2019",
                .year = 2019,
                .kerasSnippet = "keras.layers.Dense(64, activation=\"hard_sigmoid\")",
                .pytorchSnippet = "torch.nn.Hardsigmoid()",
            },
    }));

    out.push_back(scalarEntry<SparseSigmoid>({
        .id = "sparse_sigmoid",
        .family = Family::Sigmoid,
        .properties =
            {
                .range = {0, 1, true, true},
                .monotonic = true,
                .smoothness = Smoothness::C0,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Sparse sigmoid"),
                .formula = "f(x) = min(max(0, (x + 1)/2), 1)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "A ramp of slope ½ from −1 to 1, exactly 0 and 1 outside. It is "
                    "sparsemax applied to the pair (x, 0), just as the sigmoid is softmax "
                    "of (x, 0), and the derivative of sparse_plus."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "When a probability-like output should be able to reach exactly 0 or "
                    "1, as in sparse gates or sparse attention."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "No gradient outside [−1, 1], so saturated units stop learning. At ±1 "
                    "JAX returns the slope 0.25 while Keras on TensorFlow or torch returns "
                    "0. PyTorch has no built-in version."),
                .paper = "Blondel, Martins & Niculae, 2020",
                .year = 2020,
                .kerasSnippet = "keras.layers.Dense(64, activation=\"sparse_sigmoid\")",
                .pytorchSnippet = "0.5 * torch.clamp(x + 1, 0, 2)  # no built-in in PyTorch",
            },
    }));

    out.push_back(scalarEntry<Tanh>({
        .id = "tanh",
        .family = Family::Sigmoid,
        .properties =
            {
                .range = {-1, 1, false, false},
                .monotonic = true,
                .smoothness = Smoothness::CInfinity,
                .zeroCentred = true,
                .boundedBelow = true,
                .boundedAbove = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Hyperbolic tangent"),
                .formula = "tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "An S-curve from −1 to 1 through the origin with slope 1 there. It is "
                    "a rescaled sigmoid, tanh(x) = 2σ(2x) − 1, but its output is "
                    "zero-centred."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "The hidden state of recurrent networks (LSTM, GRU), small shallow "
                               "networks, and outputs that must lie in (−1, 1)."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "It still saturates: once |x| exceeds about 3 the slope 1 − tanh²(x) "
                    "is tiny, and gradients vanish through deep stacks of tanh layers."),
                .paper = "LeCun et al., 1998",
                .year = 1998,
                .kerasSnippet = "keras.layers.LSTM(64, activation=\"tanh\")",
                .pytorchSnippet = "torch.nn.Tanh()",
            },
    }));

    out.push_back(scalarEntry<HardTanh>({
        .id = "hard_tanh",
        .family = Family::Sigmoid,
        .params =
            {
                {.name = "min_val",
                 .defaultValue = -1,
                 .min = -kInf,
                 .max = kInf,
                 .step = 0.01,
                 .sliderMin = -3,
                 .sliderMax = 0,
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog",
                     "Lower bound: inputs below it are clipped to it. Keras and JAX fix it "
                     "at −1; PyTorch's Hardtanh lets you change it.")},
                {.name = "max_val",
                 .defaultValue = 1,
                 .min = -kInf,
                 .max = kInf,
                 .step = 0.01,
                 .sliderMin = 0,
                 .sliderMax = 3,
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog", "Upper bound: inputs above it are clipped to it. It must exceed "
                                "min_val, as PyTorch's Hardtanh requires.")},
            },
        .orders = {{0, 1, true}},
        .properties =
            {
                .range = {-1, 1, true, true},
                .monotonic = true,
                .smoothness = Smoothness::C0,
                .zeroCentred = true,
                .boundedBelow = true,
                .boundedAbove = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Hard tanh"),
                .formula = "f(x) = min(max(x, min_val), max_val)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "Clips the input to [min_val, max_val] and passes it unchanged in "
                               "between: the identity with slope 1 inside the bounds and flat "
                               "outside them."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "A cheap bounded activation, used in early neural language models "
                    "(SENNA) and in binarised or quantised networks, where it bounds the "
                    "straight-through gradient."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Zero gradient outside the bounds, so units pushed there stop "
                    "learning. Exactly at a bound PyTorch uses slope 0 and JAX slope 1."),
                .paper = "Collobert, 2004",
                .year = 2004,
                .kerasSnippet =
                    "keras.layers.Dense(64, activation=\"hard_tanh\")  # bounds fixed at ±1",
                .pytorchSnippet = "torch.nn.Hardtanh(min_val=-1.0, max_val=1.0)",
            },
    }));

    out.push_back(scalarEntry<Softsign>({
        .id = "softsign",
        .family = Family::Sigmoid,
        .properties =
            {
                .range = {-1, 1, false, false},
                .monotonic = true,
                .smoothness = Smoothness::C1,
                .zeroCentred = true,
                .boundedBelow = true,
                .boundedAbove = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Softsign"),
                .formula = "f(x) = x / (1 + |x|)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "An odd S-curve into (−1, 1) like tanh, but it approaches its "
                    "asymptotes polynomially (like 1 − 1/|x|) instead of exponentially, so "
                    "its tails flatten much more slowly."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "An alternative to tanh when saturation should be gentler, so that "
                               "units far from zero still receive some gradient, 1/(1 + |x|)²."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "The gradient still decays like 1/x², and the second derivative jumps "
                    "from +2 to −2 at 0 (the function is only C¹). It is rarely used in "
                    "modern networks."),
                .paper = "Bergstra et al., 2009",
                .year = 2009,
                .kerasSnippet = "keras.layers.Dense(64, activation=\"softsign\")",
                .pytorchSnippet = "torch.nn.Softsign()",
            },
    }));

    out.push_back(scalarEntry<Arctan>({
        .id = "arctan",
        .family = Family::Sigmoid,
        .properties =
            {
                .range = {-std::numbers::pi / 2, std::numbers::pi / 2, false, false},
                .monotonic = true,
                .smoothness = Smoothness::CInfinity,
                .zeroCentred = true,
                .boundedBelow = true,
                .boundedAbove = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Arctangent"),
                .formula = "f(x) = arctan(x)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "The inverse tangent: a smooth odd S-curve into (−π/2, π/2) with slope "
                    "1/(1 + x²), so 1 at the origin. Like softsign it saturates only "
                    "polynomially."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "A smooth, zero-centred alternative to tanh with heavier tails, mostly "
                    "met in experiments and in comparisons of activation functions."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Gradients still shrink like 1/x² for large inputs. Neither Keras nor "
                    "PyTorch offers it as an activation name or module, so you apply the "
                    "elementwise operation yourself."),
                .paper = "",
                .year = 0,
                .kerasSnippet = "keras.layers.Activation(keras.ops.arctan)  # no activation string",
                .pytorchSnippet = "torch.atan(x)  # no torch.nn module",
            },
    }));
}

} // namespace actlab
