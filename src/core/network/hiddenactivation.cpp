// SPDX-License-Identifier: GPL-3.0-or-later
#include "hiddenactivation.h"

#include <cmath>

#include "activations/catalog.h"

namespace actlab {
namespace {

/// The fused kernel that computes exactly this function, if there is one.
void chooseFastKernel(HiddenActivation &a) {
    const std::vector<double> &p = a.params;
    if (a.id == "tanh") {
        a.fast = FastActivation::Tanh;
    } else if (a.id == "sigmoid") {
        a.fast = FastActivation::Sigmoid;
    } else if (a.id == "relu" && p.size() == 3 && p[0] == 0 && std::isinf(p[1]) && p[2] == 0) {
        a.fast = FastActivation::Relu; // only plain max(0, x); other settings are generic
    } else if (a.id == "leaky_relu" && p.size() == 1) {
        a.fast = FastActivation::LeakyRelu;
        a.fastParam = p[0];
    } else if (a.id == "relu6") {
        a.fast = FastActivation::Relu6;
    } else if (a.id == "linear") {
        a.fast = FastActivation::Linear;
    } else {
#define ACTLAB_FUSED_MATCH(key, Maths)                                                             \
    if (a.id == key) {                                                                             \
        a.fast = FastActivation::Catalog;                                                          \
        a.maths = FusedMaths::Maths;                                                               \
    }
        ACTLAB_FUSED_CATALOG_MATHS(ACTLAB_FUSED_MATCH)
#undef ACTLAB_FUSED_MATCH
    }
}

} // namespace

std::variant<HiddenActivation, ActivationError>
resolveHiddenActivation(const ActivationChoice &choice, bool allowFast) {
    HiddenActivation a;
    if (!choice.formula.empty()) {
        auto compiled = FormulaFunction::compile(choice.formula);
        if (auto *error = std::get_if<FormulaError>(&compiled)) {
            ActivationError e;
            e.kind = ActivationErrorKind::Formula;
            e.id = choice.formula;
            e.formulaError = *error;
            return e;
        }
        a.id = "formula";
        a.function = std::get<std::shared_ptr<const FormulaFunction>>(compiled);
        return a;
    }

    const CatalogEntry *entry = Catalog::builtin().find(choice.id);
    if (!entry)
        return ActivationError{ActivationErrorKind::UnknownId, choice.id, -1, {}};
    if (!entry->scalar)
        return ActivationError{ActivationErrorKind::VectorFunction, entry->spec.id, -1, {}};
    a.id = entry->spec.id;
    a.function = entry->scalar;
    a.params = entry->spec.defaultParams();
    if (choice.params.size() > a.params.size())
        return ActivationError{ActivationErrorKind::ParamCount, a.id, -1, {}};
    for (std::size_t i = 0; i < choice.params.size(); ++i)
        a.params[i] = choice.params[i];
    const int bad = firstInvalidParam(entry->spec, a.params);
    if (bad >= 0)
        return ActivationError{ActivationErrorKind::ParamOutOfRange, a.id, bad, {}};

    if (a.id == "prelu") {
        // PReLU's alpha is where every unit's slope starts; training then moves each slope.
        a.learnableSlope = true;
        a.initialSlope = a.params.empty() ? 0.25 : a.params[0];
        a.fast = FastActivation::Prelu; // slopes differ per unit: only the fused kernel knows
        return a;
    }
    if (allowFast)
        chooseFastKernel(a);
    return a;
}

} // namespace actlab
