// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cmath>

#include "catalog.h"
#include "entrybuilder.h"
#include "relumaths.h"
#include "util/trnoop.h"

namespace actlab {
using namespace maths;

void addReluFamily(std::vector<CatalogEntry> &out) {
    out.push_back(scalarEntry<Relu>({
        .id = "relu",
        .family = Family::Relu,
        .params =
            {
                {.name = "negative_slope",
                 .defaultValue = 0,
                 .min = -kInf,
                 .max = kInf,
                 .step = 0.01,
                 .sliderMin = 0,
                 .sliderMax = 1,
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog",
                     "Slope s for inputs at or below the threshold; 0 gives the flat ReLU.")},
                {.name = "max_value",
                 .defaultValue = kInf,
                 .min = 0,
                 .max = kInf,
                 .step = 0.1,
                 .sliderMin = 0.5,
                 .sliderMax = 10,
                 .infinityAllowed = true,
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog", "Cap m on the output; infinity means no cap (Keras' None).")},
                {.name = "threshold",
                 .defaultValue = 0,
                 .min = -kInf,
                 .max = kInf,
                 .step = 0.01,
                 .sliderMin = -2,
                 .sliderMax = 2,
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog",
                     "Threshold t: inputs above it pass (up to the cap), inputs at or below "
                     "it give s·(x − t).")},
            },
        .properties =
            {
                .range = {0, kInf, true, false},
                .monotonic = true,
                .smoothness = Smoothness::C0,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Rectified linear unit"),
                .formula =
                    "f(x) = max(0, x);  Keras, t ≥ 0: f(x) = min(x, m) if x > t, else s·(x − t)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Passes positive inputs unchanged and outputs 0 otherwise: cheap, "
                    "non-saturating for x > 0 and sparse. Keras' version adds a slope for "
                    "inputs below a threshold, a movable threshold and an optional cap."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "The default for hidden layers of MLPs and CNNs; start here unless "
                               "you have a reason not to."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Units whose input stays negative get zero gradient and may never "
                    "recover (dying ReLU), and outputs are not zero-centred. With a "
                    "threshold t > 0, Keras returns 0 at x = t and jumps to t just above "
                    "it, although its layer documentation says f(t) = t."),
                .paper = "Nair & Hinton, 2010",
                .year = 2010,
                .kerasSnippet =
                    "keras.layers.ReLU(negative_slope=0.0, max_value=None, threshold=0.0)",
                .pytorchSnippet = "torch.nn.ReLU()  # no slope, cap or threshold: see LeakyReLU, "
                                  "Hardtanh, Threshold",
            },
    }));

    out.push_back(scalarEntry<Relu6>({
        .id = "relu6",
        .family = Family::Relu,
        .properties =
            {
                .range = {0, 6, true, true},
                .monotonic = true,
                .smoothness = Smoothness::C0,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "ReLU6"),
                .formula = "f(x) = min(max(0, x), 6)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "ReLU clipped at 6: identity between 0 and 6, flat outside. The cap "
                               "keeps activations in a small fixed range."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Mobile and quantised networks (MobileNet), where a bounded range "
                               "maps well onto low-precision arithmetic."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "Units stuck above 6 pass no gradient, just like units stuck below "
                               "0, so it can die from both sides."),
                .paper = "Krizhevsky, 2010",
                .year = 2010,
                .kerasSnippet = "keras.layers.Dense(64, activation=\"relu6\")",
                .pytorchSnippet = "torch.nn.ReLU6()",
            },
    }));

    out.push_back(scalarEntry<LeakyRelu>({
        .id = "leaky_relu",
        .family = Family::Relu,
        .params =
            {
                {.name = "negative_slope",
                 .defaultValue = 0.2,
                 .min = -kInf,
                 .max = kInf,
                 .step = 0.01,
                 .sliderMin = 0,
                 .sliderMax = 1,
                 .frameworkDefaults = {{QT_TRANSLATE_NOOP("Catalog", "Keras layer"), 0.3},
                                       {"PyTorch", 0.01},
                                       {"JAX", 0.01}},
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog", "Slope a for negative inputs; 0 turns it back into ReLU.")},
            },
        .properties =
            {
                .range = {-kInf, kInf, false, false},
                .monotonic = true,
                .smoothness = Smoothness::C0,
                .zeroCentred = false,
                .boundedBelow = false,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Leaky ReLU"),
                .formula = "f(x) = x if x ≥ 0, a·x otherwise",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "ReLU with a small slope a for negative inputs, so no unit ever has "
                               "an exactly zero gradient."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "A drop-in replacement for ReLU when many units die; common in GAN "
                               "discriminators."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "The default slope differs: 0.2 in Keras activations, 0.3 in the "
                    "Keras LeakyReLU layer and 0.01 in PyTorch and JAX. At x = 0 PyTorch's "
                    "gradient is a, JAX's is 1."),
                .paper = "Maas, Hannun & Ng, 2013",
                .year = 2013,
                .kerasSnippet = "keras.layers.LeakyReLU(negative_slope=0.2)  # layer default 0.3",
                .pytorchSnippet = "torch.nn.LeakyReLU(negative_slope=0.2)  # default 0.01",
            },
    }));

    out.push_back(scalarEntry<Prelu>({
        .id = "prelu",
        .family = Family::Relu,
        .params =
            {
                {.name = "alpha",
                 .defaultValue = 0.25,
                 .min = -kInf,
                 .max = kInf,
                 .step = 0.01,
                 .sliderMin = -1,
                 .sliderMax = 1,
                 .frameworkDefaults = {{QT_TRANSLATE_NOOP("Catalog", "Keras layer"), 0}},
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog", "Slope a for negative inputs; learned in training, fixed here to "
                                "show its effect.")},
            },
        .properties =
            {
                .range = {-kInf, kInf, false, false},
                .monotonic = true,
                .smoothness = Smoothness::C0,
                .zeroCentred = false,
                .boundedBelow = false,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Parametric ReLU"),
                .formula = "f(x) = x if x > 0, a·x otherwise (a is learned)",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "A leaky ReLU whose negative slope a is a trainable weight, either "
                               "shared or one per channel, learned together with the network."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Deep convolutional networks where a learned leak helps, as in the "
                               "ImageNet models it was introduced for; it costs one weight per "
                               "channel."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "Weight decay pulls a towards 0 (plain ReLU), so leave a out of it. "
                               "Keras starts a at 0 with one a per input element, PyTorch at 0.25 "
                               "with one shared a; a negative a makes the function non-monotonic."),
                .paper = "He, Zhang, Ren & Sun, 2015",
                .year = 2015,
                .kerasSnippet =
                    "keras.layers.PReLU(alpha_initializer=keras.initializers.Constant(0.25))",
                .pytorchSnippet = "torch.nn.PReLU(num_parameters=1, init=0.25)",
            },
    }));

    out.push_back(scalarEntry<Rrelu>({
        .id = "rrelu",
        .family = Family::Relu,
        .params =
            {
                {.name = "lower",
                 .defaultValue = 0.125,
                 .min = -kInf,
                 .max = kInf,
                 .step = 0.005,
                 .sliderMin = 0,
                 .sliderMax = 1,
                 .description =
                     QT_TRANSLATE_NOOP("Catalog", "Lower bound l of the random negative slope.")},
                {.name = "upper",
                 .defaultValue = 0.3333333333333333,
                 .min = -kInf,
                 .max = kInf,
                 .step = 0.005,
                 .sliderMin = 0,
                 .sliderMax = 1,
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog",
                     "Upper bound u of the random negative slope (PyTorch requires l ≤ u).")},
            },
        .orders = {{0, 1, false}},
        .properties =
            {
                .range = {-kInf, kInf, false, false},
                .monotonic = true,
                .smoothness = Smoothness::C0,
                .zeroCentred = false,
                .boundedBelow = false,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Randomised leaky ReLU"),
                .formula = "f(x) = x if x ≥ 0, r·x otherwise; training: r ~ U(l, u), evaluation: r "
                           "= (l + u)/2",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "In training every negative input gets its own random slope between "
                               "lower and upper; in evaluation the slope is their mean. The curve "
                               "shown is the evaluation form."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Small datasets, where the random slope acts as a regulariser, as in "
                    "the CIFAR and Kaggle experiments it was proposed with."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Training and evaluation outputs differ, so remember model.eval(), and "
                    "training runs are only reproducible with the same random generator. "
                    "Only PyTorch provides it."),
                .paper = "Xu, Wang, Chen & Li, 2015",
                .year = 2015,
                .kerasSnippet = "# no RReLU in Keras; its evaluation form:\n"
                                "keras.layers.LeakyReLU(negative_slope=(0.125 + 1 / 3) / 2)",
                .pytorchSnippet = "torch.nn.RReLU(lower=0.125, upper=1 / 3)",
            },
    }));

    out.push_back(scalarEntry<Threshold>({
        .id = "threshold",
        .family = Family::Relu,
        .params =
            {
                {.name = "threshold",
                 .defaultValue = 1,
                 .min = -kInf,
                 .max = kInf,
                 .step = 0.01,
                 .sliderMin = -3,
                 .sliderMax = 3,
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog", "Threshold t: only inputs strictly above it pass.")},
                {.name = "default_value",
                 .defaultValue = 0,
                 .min = -kInf,
                 .max = kInf,
                 .step = 0.01,
                 .sliderMin = -3,
                 .sliderMax = 3,
                 .description = QT_TRANSLATE_NOOP(
                     "Catalog",
                     "Value v returned for inputs at or below t (PyTorch calls it value).")},
            },
        // At the defaults (t = 1, v = 0) the outputs are {0} ∪ (1, ∞); the range records its hull.
        .properties =
            {
                .range = {0, kInf, true, false},
                .monotonic = true,
                .smoothness = Smoothness::Discontinuous,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = false,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Threshold"),
                .formula = "f(x) = x if x > t, v otherwise",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Passes inputs above the threshold t unchanged and replaces all others "
                    "by the constant v; it jumps at x = t unless v = t."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Rarely a hidden activation; handy for cutting off small values or "
                               "building custom units. ReLU is the case t = v = 0."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog", "Inputs at or below t get zero gradient, and the jump at t upsets "
                               "training. Keras' threshold needs both arguments, so "
                               "activation=\"threshold\" fails as a plain string."),
                .paper = "Collobert, Kavukcuoglu & Farabet, 2011 (Torch7)",
                .year = 2011,
                .kerasSnippet = "keras.activations.threshold(x, threshold=1.0, default_value=0.0)",
                .pytorchSnippet = "torch.nn.Threshold(threshold=1.0, value=0.0)",
            },
    }));

    out.push_back(scalarEntry<Step>({
        .id = "step",
        .family = Family::Relu,
        .properties =
            {
                .range = {0, 1, true, true},
                .monotonic = true,
                .smoothness = Smoothness::Discontinuous,
                .zeroCentred = false,
                .boundedBelow = true,
                .boundedAbove = true,
            },
        .texts =
            {
                .name = QT_TRANSLATE_NOOP("Catalog", "Step (Heaviside)"),
                .formula = "f(x) = 1 if x > 0, 0 otherwise",
                .traits = QT_TRANSLATE_NOOP(
                    "Catalog", "The all-or-nothing unit of the first artificial neurons: 1 for a "
                               "positive input, 0 otherwise."),
                .whenToUse = QT_TRANSLATE_NOOP(
                    "Catalog", "Teaching, and perceptrons trained with the perceptron rule; not "
                               "networks trained by gradient descent."),
                .pitfalls = QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Its derivative is 0 wherever it exists, so backpropagation receives "
                    "no signal; use a sigmoid or a straight-through estimator instead."),
                .paper = "McCulloch & Pitts, 1943",
                .year = 1943,
                .kerasSnippet = "# no step activation in Keras; the closest:\nkeras.ops.cast(x > "
                                "0, \"float32\")",
                .pytorchSnippet =
                    "torch.heaviside(x, torch.tensor(0.0))  # has no gradient formula",
            },
    }));
}

} // namespace actlab
