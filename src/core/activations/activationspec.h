// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace actlab {

enum class Family {
    Relu, ///< ReLU and its piecewise-linear relatives (leaky, PReLU, RReLU, relu6, threshold, step)
    Sigmoid, ///< S-shaped, bounded: sigmoid, tanh, their hard and sparse versions, softsign, arctan
    Elu,     ///< exponential linear units: ELU, SELU, CELU
    Gated,   ///< self-gated smooth units: GELU, SiLU/Swish, hard SiLU, Mish
    Softplus, ///< smooth ReLU approximations: softplus, squareplus, sparse_plus, log_sigmoid
    Shrink,   ///< shrinkage: soft, hard and tanh shrink
    Classic,  ///< linear, exponential, gaussian, sin, snake
    Vector,   ///< softmax and friends (need the whole vector)
    Formula,  ///< typed by the user
};

/// Stable lower-case key of a family ("relu", "sigmoid", ...), used in JSON and settings.
const char *familyKey(Family f);
/// English display name of a family, marked for translation in context "Catalog".
const char *familyName(Family f);

/// A default that a framework uses where it differs from keras.activations' own.
struct FrameworkDefault {
    const char *framework; ///< e.g. "Keras layer", "PyTorch", "JAX" (proper names, untranslated)
    double value;
};

struct ParamSpec {
    std::string name; ///< Keras-style name: "negative_slope", "alpha", "beta" ...
    double defaultValue = 0;
    double min = -std::numeric_limits<double>::infinity(); ///< hard bounds (validation);
    double max = std::numeric_limits<double>::infinity();  ///< may be ±inf
    double step = 0.01;
    double sliderMin = 0; ///< finite range a slider covers
    double sliderMax = 1;
    bool integer = false;         ///< boolean switches (gelu's approximate) are integers in [0, 1]
    bool infinityAllowed = false; ///< +inf is a valid value meaning "none" (relu's max_value)
    bool nonZero = false; ///< 0 itself is excluded: CELU's α ≠ 0, softplus' β > 0 (with min 0)
    std::vector<FrameworkDefault> frameworkDefaults{};
    const char *description = ""; ///< English, QT_TRANSLATE_NOOP("Catalog", ...)
};

/// A rule between two parameters: values[lower] < values[upper] (strict) or <= (not strict),
/// as PyTorch's Hardtanh (min_val < max_val) and RReLU (lower <= upper) require.
struct ParamOrder {
    std::size_t lower = 0;
    std::size_t upper = 1;
    bool strict = true;
};

/// What is wrong with a parameter vector (checkParams).
enum class ParamProblem {
    None,
    NotANumber, ///< NaN, or an infinity the parameter does not allow
    OutOfRange, ///< outside [min, max]
    NotWhole,   ///< an integer parameter with a fraction
    Zero,       ///< 0 where the parameter excludes it (nonZero)
    Order,      ///< breaks a ParamOrder with the parameter `other`
};

struct ParamCheck {
    ParamProblem problem = ParamProblem::None;
    int index = -1;     ///< the offending parameter
    int other = -1;     ///< for Order: the parameter it must stay below (or above)
    bool strict = true; ///< for Order
    explicit operator bool() const { return problem != ParamProblem::None; }
};

enum class Smoothness { Discontinuous, C0, C1, C2, CInfinity };

/// Output range [lo, hi] with openness; lo/hi may be ±inf.
struct OutputRange {
    double lo = -std::numeric_limits<double>::infinity();
    double hi = std::numeric_limits<double>::infinity();
    bool loClosed = false;
    bool hiClosed = false;
};

/// Properties at the default parameters. For a vector activation they are those of the 1-D
/// slice the explorer plots (VectorSliceFunction: softmax's is σ(x/T)), so what is described is
/// what is drawn.
struct Properties {
    OutputRange range;
    bool monotonic = false;
    Smoothness smoothness = Smoothness::CInfinity;
    bool zeroCentred = false;
    bool boundedBelow = false;
    bool boundedAbove = false;
    bool selfNormalising = false;
};

/// English texts (QT_TRANSLATE_NOOP("Catalog", ...)); Chinese comes from translations/.
struct ActivationTexts {
    const char *name = "";    ///< "Rectified linear unit"
    const char *formula = ""; ///< plain Unicode formula, e.g. "f(x) = max(0, x)" (not translated)
    const char *traits = "";  ///< what it is and how it behaves
    const char *whenToUse = "";
    const char *pitfalls = "";
    const char *paper = ""; ///< "Nair & Hinton, 2010" (proper names: not translated)
    int year = 0;
    const char *kerasSnippet = "";   ///< code, not translated
    const char *pytorchSnippet = ""; ///< code, not translated
};

// The vectors here and in ParamSpec carry {} so that catalog entries, written as designated
// initialisers, may leave them out without a -Wmissing-field-initializers warning.
struct ActivationSpec {
    std::string id;                     ///< Keras-style snake_case, e.g. "leaky_relu"
    std::vector<std::string> aliases{}; ///< e.g. {"swish"} for silu
    Family family = Family::Classic;
    std::vector<ParamSpec> params{};
    std::vector<ParamOrder> orders{}; ///< cross-parameter rules
    Properties properties;
    ActivationTexts texts;
    bool isVector = false;

    std::vector<double> defaultParams() const;
    /// Index of a parameter by name, or -1.
    int paramIndex(std::string_view name) const;
};

} // namespace actlab
