// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "activations/scalarfunction.h"
#include "formula/formula.h"

namespace actlab {

/// What the user picked for the hidden layers: a catalog id with parameters, or a formula.
struct ActivationChoice {
    std::string id = "tanh";    ///< catalog id or alias; ignored when formula is set
    std::vector<double> params; ///< in the catalog's order; empty means the defaults
    std::string formula;        ///< a typed formula in x (FormulaFunction); empty for none

    bool operator==(const ActivationChoice &) const = default;
};

/**
 * Hand-fused kernels for the most used activations: value and derivative in one vectorised
 * pass, agreeing with the catalog functions to a few ulps (tests compare them). Catalog means
 * the catalog's own maths (FusedMaths says which), compiled into the kernels; None, the
 * generic path through ScalarFunction::evaluateBatch (typed formulas).
 */
enum class FastActivation { None, Tanh, Sigmoid, Relu, LeakyRelu, Relu6, Linear, Prelu, Catalog };

/// Every scalar catalog activation without a hand-written kernel: its id and the struct in
/// activations/*maths.h that computes it. The kernels fuse f and f′ of each into one loop,
/// compiled per instruction set; tst_activationkernels checks every catalog id has a kernel.
#define ACTLAB_FUSED_CATALOG_MATHS(X)                                                              \
    X("relu", Relu)                                                                                \
    X("rrelu", Rrelu)                                                                              \
    X("threshold", Threshold)                                                                      \
    X("step", Step)                                                                                \
    X("hard_sigmoid", HardSigmoid)                                                                 \
    X("sparse_sigmoid", SparseSigmoid)                                                             \
    X("hard_tanh", HardTanh)                                                                       \
    X("softsign", Softsign)                                                                        \
    X("arctan", Arctan)                                                                            \
    X("elu", Elu)                                                                                  \
    X("selu", Selu)                                                                                \
    X("celu", Celu)                                                                                \
    X("gelu", Gelu)                                                                                \
    X("silu", Silu)                                                                                \
    X("hard_silu", HardSilu)                                                                       \
    X("mish", Mish)                                                                                \
    X("softplus", Softplus)                                                                        \
    X("squareplus", Squareplus)                                                                    \
    X("sparse_plus", SparsePlus)                                                                   \
    X("log_sigmoid", LogSigmoid)                                                                   \
    X("soft_shrink", SoftShrink)                                                                   \
    X("hard_shrink", HardShrink)                                                                   \
    X("tanh_shrink", TanhShrink)                                                                   \
    X("exponential", Exponential)                                                                  \
    X("gaussian", Gaussian)                                                                        \
    X("sin", Sine)                                                                                 \
    X("snake", Snake)

enum class FusedMaths {
    None,
#define ACTLAB_FUSED_ENUMERATOR(id, Maths) Maths,
    ACTLAB_FUSED_CATALOG_MATHS(ACTLAB_FUSED_ENUMERATOR)
#undef ACTLAB_FUSED_ENUMERATOR
};

/// A resolved hidden-layer activation, ready for the training kernels. Immutable and shared.
struct HiddenActivation {
    std::string id; ///< catalog id, or "formula"
    std::shared_ptr<const ScalarFunction> function;
    std::vector<double> params;
    FastActivation fast = FastActivation::None;
    FusedMaths maths = FusedMaths::None; ///< with FastActivation::Catalog: whose maths
    double fastParam = 0;                ///< LeakyRelu: the negative slope
    bool learnableSlope = false;         ///< PReLU: the slope is a parameter of every hidden unit
    double initialSlope = 0;             ///< PReLU: the slope every unit starts with
};

enum class ActivationErrorKind {
    UnknownId,       ///< not in the catalog
    VectorFunction,  ///< softmax and friends need the whole vector: not a hidden activation
    ParamCount,      ///< more parameter values than the activation has
    ParamOutOfRange, ///< a value outside the parameter's hard bounds (paramIndex says which)
    Formula,         ///< the formula does not compile (formulaError says why)
};

struct ActivationError {
    ActivationErrorKind kind = ActivationErrorKind::UnknownId;
    std::string id;
    int paramIndex = -1;
    FormulaError formulaError;
};

/// Resolves a choice against the built-in catalog. `allowFast` false forces the generic path
/// (tests compare both).
std::variant<HiddenActivation, ActivationError>
resolveHiddenActivation(const ActivationChoice &choice, bool allowFast = true);

} // namespace actlab
