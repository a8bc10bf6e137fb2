// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include "catalog.h"
#include "elumaths.h"
#include "entrybuilder.h"
#include "util/trnoop.h"

namespace actlab {
using namespace maths;

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
