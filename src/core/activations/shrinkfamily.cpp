// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include "catalog.h"
#include "entrybuilder.h"
#include "shrinkmaths.h"
#include "util/trnoop.h"

namespace actlab {
namespace {

using namespace maths;

ParamSpec lambdaParam(const char *description) {
    return {.name = "threshold",
            .defaultValue = 0.5,
            .min = 0,
            .max = kInf,
            .step = 0.01,
            .sliderMin = 0,
            .sliderMax = 2,
            .description = description};
}

} // namespace

void addShrinkFamily(std::vector<CatalogEntry> &out) {
    out.push_back(scalarEntry<SoftShrink>({
        .id = "soft_shrink",
        .family = Family::Shrink,
        .params = {lambdaParam(QT_TRANSLATE_NOOP(
            "Catalog",
            "Half-width λ of the zero zone, also subtracted from the magnitude of larger "
            "inputs (PyTorch calls it lambd)."))},
        .properties =
            {
                .range = {-kInf, kInf, false, false},
                .monotonic = true,
                .smoothness = Smoothness::C0,
                .zeroCentred = true,
                .boundedBelow = false,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Soft shrinkage"),
                .formula = "f(x) = x − λ if x > λ, x + λ if x < −λ, 0 otherwise",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Sets small inputs to zero and moves larger ones towards zero by λ. It "
                    "is the proximal step of an L1 penalty, so its outputs are sparse."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Sparse coding, denoising and unrolled optimisation networks such as "
                    "LISTA, where it performs the L1 shrinkage step."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "Inputs inside [−λ, λ] get zero gradient, so a large λ can silence "
                               "units, and every surviving value is biased towards zero by λ."),
                .paper = "Donoho & Johnstone, 1994",
                .year = 1994,
                .kerasSnippet = "keras.activations.soft_shrink(x, threshold=0.5)",
                .pytorchSnippet = "torch.nn.Softshrink(lambd=0.5)",
            },
    }));

    out.push_back(scalarEntry<HardShrink>({
        .id = "hard_shrink",
        .family = Family::Shrink,
        .params = {lambdaParam(QT_TRANSLATE_NOOP(
            "Catalog", "Half-width λ of the zone set to zero (PyTorch calls it lambd)."))},
        // At λ = 0.5 the outputs are {0} ∪ (−∞, −0.5) ∪ (0.5, ∞); the range records its hull.
        .properties =
            {
                .range = {-kInf, kInf, false, false},
                .monotonic = true,
                .smoothness = Smoothness::Discontinuous,
                .zeroCentred = true,
                .boundedBelow = false,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Hard shrinkage"),
                .formula = "f(x) = x if |x| > λ, 0 otherwise",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Keeps inputs whose magnitude exceeds λ exactly as they are and sets "
                    "the rest to zero, without shrinking the survivors."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Sparse coding and wavelet-style denoising, when large values should "
                    "stay unbiased."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "It jumps by λ at x = ±λ, and inputs inside the zero zone get zero "
                               "gradient."),
                .paper = "Donoho & Johnstone, 1994",
                .year = 1994,
                .kerasSnippet = "keras.activations.hard_shrink(x, threshold=0.5)",
                .pytorchSnippet = "torch.nn.Hardshrink(lambd=0.5)",
            },
    }));

    out.push_back(scalarEntry<TanhShrink>({
        .id = "tanh_shrink",
        .family = Family::Shrink,
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
                .name = QT_TRANSLATE_NOOP("Catalog", "Tanh shrinkage"),
                .formula = "f(x) = x − tanh(x)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "Very flat around 0, where it behaves like x³/3, and close to x ∓ 1 "
                               "for large |x|; its derivative is tanh²(x)."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Occasionally in sparse coding or as a smooth dead zone; it is rarely "
                    "a good hidden-layer activation."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "The gradient tanh²(x) ≈ x² vanishes near 0, so small inputs learn "
                    "slowly. Frameworks compute x − tanh(x) directly, which loses digits "
                    "near 0 and returns 0 for |x| below about 1e-8."),
                .paper = "Collobert, Kavukcuoglu & Farabet, 2011 (Torch7)",
                .year = 2011,
                .kerasSnippet = "keras.activations.tanh_shrink(x)",
                .pytorchSnippet = "torch.nn.Tanhshrink()",
            },
    }));
}

} // namespace actlab
