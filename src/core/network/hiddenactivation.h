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
 * pass. They agree with the catalog functions to a few ulps (tests compare them); every other
 * activation goes through ScalarFunction::evaluateBatch.
 */
enum class FastActivation { None, Tanh, Sigmoid, Relu, LeakyRelu, Relu6, Linear, Prelu };

/// A resolved hidden-layer activation, ready for the training kernels. Immutable and shared.
struct HiddenActivation {
    std::string id; ///< catalog id, or "formula"
    std::shared_ptr<const ScalarFunction> function;
    std::vector<double> params;
    FastActivation fast = FastActivation::None;
    double fastParam = 0;        ///< LeakyRelu: the negative slope
    bool learnableSlope = false; ///< PReLU: the slope is a parameter of every hidden unit
    double initialSlope = 0;     ///< PReLU: the slope every unit starts with
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
