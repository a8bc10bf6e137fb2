// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <numbers>

#include "catalog.h"
#include "classicmaths.h"
#include "entrybuilder.h"
#include "util/trnoop.h"

namespace actlab {
using namespace maths;

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
