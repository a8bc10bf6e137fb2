// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include "catalog.h"
#include "entrybuilder.h"
#include "gatedmaths.h"
#include "util/trnoop.h"

namespace actlab {
using namespace maths;

void addGatedFamily(std::vector<CatalogEntry> &out) {
    out.push_back(scalarEntry<Gelu>({
        .id = "gelu",
        .family = Family::Gated,
        .params =
            {
                {.name = "approximate",
                 .defaultValue = 0,
                 .min = 0,
                 .max = 1,
                 .step = 1,
                 .sliderMin = 0,
                 .sliderMax = 1,
                 .integer = true,
                 .frameworkDefaults = {{"JAX", 1}, {QT_TRANSLATE_NOOP("Catalog", "Keras ops"), 1}},
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog", "0 uses the exact form x·Φ(x); 1 uses the tanh approximation. "
                                "keras.activations.gelu and PyTorch default to 0, JAX and "
                                "keras.ops.gelu to 1.")},
            },
        .properties =
            {
                .range = {-0.16997120747990366, kInf, true, false},
                .monotonic = false,
                .smoothness = Smoothness::CInfinity,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Gaussian error linear unit (GELU)"),
                .formula = "f(x) = x·Φ(x) = ½x(1 + erf(x/√2)); "
                           "tanh form: ½x(1 + tanh(√(2/π)(x + 0.044715x³)))",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Weights each input by Φ(x), the probability that a standard normal "
                    "variable lies below it: close to ReLU for large |x| but smooth, with a "
                    "small negative dip (minimum ≈ −0.170 at x ≈ −0.752)."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "The standard choice in Transformers (BERT, GPT, ViT) and many modern "
                    "architectures; a smooth drop-in replacement for ReLU."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "The exact and tanh forms differ by up to about 5e-4, and the "
                               "frameworks disagree on the default, so check which one a model was "
                               "trained with. It is not monotonic and costs more than ReLU."),
                .paper = "Hendrycks & Gimpel, 2016",
                .year = 2016,
                .kerasSnippet = "keras.layers.Dense(64, activation=\"gelu\")  # exact erf form",
                .pytorchSnippet = "torch.nn.GELU(approximate=\"none\")  # or \"tanh\"",
            },
    }));

    out.push_back(scalarEntry<Silu>({
        .id = "silu",
        .aliases = {"swish"},
        .family = Family::Gated,
        .params =
            {
                {.name = "beta",
                 .defaultValue = 1,
                 .min = 0,
                 .max = 10,
                 .step = 0.01,
                 .sliderMin = 0,
                 .sliderMax = 5,
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog",
                     "Sharpness β of the gate σ(βx): 0 gives the line x/2, 1 is SiLU, and "
                     "large β approaches ReLU. Keras, PyTorch and JAX fix β = 1.")},
            },
        .properties =
            {
                .range = {-0.2784645427610738, kInf, true, false},
                .monotonic = false,
                .smoothness = Smoothness::CInfinity,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Sigmoid linear unit (SiLU, Swish)"),
                .formula = "f(x) = x·σ(βx) = x / (1 + e^(−βx))",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "The input gated by its own sigmoid: smooth, unbounded above, with a "
                    "small negative dip (minimum ≈ −0.278 at x ≈ −1.278 for β = 1). β "
                    "moves it between the line x/2 (β = 0) and ReLU (β → ∞)."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Deep convolutional and Transformer models (EfficientNet, YOLO, the "
                               "SwiGLU blocks of many large language models), where it often beats "
                               "ReLU slightly."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "It is not monotonic and costs an exponential per unit. The frameworks "
                    "fix β = 1; a Swish with a trainable β has to be written by hand."),
                .paper =
                    "Hendrycks & Gimpel, 2016; Elfwing et al., 2017; Ramachandran et al., 2017",
                .year = 2016,
                .kerasSnippet = "keras.layers.Dense(64, activation=\"silu\")  # alias \"swish\"",
                .pytorchSnippet = "torch.nn.SiLU()",
            },
    }));

    out.push_back(scalarEntry<HardSilu>({
        .id = "hard_silu",
        .aliases = {"hard_swish"},
        .family = Family::Gated,
        .properties =
            {
                .range = {-0.375, kInf, true, false},
                .monotonic = false,
                .smoothness = Smoothness::C0,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Hard SiLU (hard swish)"),
                .formula = "f(x) = x·min(max(0, x + 3), 6) / 6",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "A piecewise version of SiLU built from ReLU6: 0 below −3, x above 3 "
                    "and the parabola x(x + 3)/6 in between, with its minimum −0.375 at "
                    "x = −1.5."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Mobile networks (MobileNetV3) and quantised inference, where the "
                               "exponential of SiLU is too expensive."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "The slope jumps at −3 and at 3, and below −3 units get no gradient at "
                    "all. PyTorch 1.13 and older returned −0.5 and 1.5 at those corners; "
                    "current PyTorch and JAX return 0 and 1."),
                .paper = "Howard et al., 2019",
                .year = 2019,
                .kerasSnippet =
                    "keras.layers.Dense(64, activation=\"hard_silu\")  # alias \"hard_swish\"",
                .pytorchSnippet = "torch.nn.Hardswish()",
            },
    }));

    out.push_back(scalarEntry<Mish>({
        .id = "mish",
        .family = Family::Gated,
        .properties =
            {
                .range = {-0.30884341301725043, kInf, true, false},
                .monotonic = false,
                .smoothness = Smoothness::CInfinity,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Mish"),
                .formula = "f(x) = x·tanh(softplus(x)) = x·tanh(ln(1 + eˣ))",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "A smooth self-gated unit like SiLU, with a slightly deeper negative "
                    "dip (minimum ≈ −0.309 at x ≈ −1.192) and a gate, tanh(softplus(x)), "
                    "that rises a little more steeply."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Vision models such as YOLOv4, where it was reported to edge out ReLU "
                    "and SiLU."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "It needs an exponential, a logarithm and a tanh per unit, and its gain "
                    "over SiLU is small and depends on the model. Written naively, eˣ "
                    "overflows for large x."),
                .paper = "Misra, 2019",
                .year = 2019,
                .kerasSnippet = "keras.layers.Dense(64, activation=\"mish\")",
                .pytorchSnippet = "torch.nn.Mish()",
            },
    }));
}

} // namespace actlab
