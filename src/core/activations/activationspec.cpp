// SPDX-License-Identifier: GPL-3.0-or-later
#include "activationspec.h"

#include "util/trnoop.h"

namespace actlab {

const char *familyKey(Family f) {
    switch (f) {
    case Family::Relu:
        return "relu";
    case Family::Sigmoid:
        return "sigmoid";
    case Family::Elu:
        return "elu";
    case Family::Gated:
        return "gated";
    case Family::Softplus:
        return "softplus";
    case Family::Shrink:
        return "shrink";
    case Family::Classic:
        return "classic";
    case Family::Vector:
        return "vector";
    case Family::Formula:
        return "formula";
    }
    return "classic";
}

const char *familyName(Family f) {
    switch (f) {
    case Family::Relu:
        return QT_TRANSLATE_NOOP("Catalog", "ReLU family");
    case Family::Sigmoid:
        return QT_TRANSLATE_NOOP("Catalog", "Sigmoid and tanh family");
    case Family::Elu:
        return QT_TRANSLATE_NOOP("Catalog", "Exponential linear units");
    case Family::Gated:
        return QT_TRANSLATE_NOOP("Catalog", "Self-gated units");
    case Family::Softplus:
        return QT_TRANSLATE_NOOP("Catalog", "Smooth ReLU approximations");
    case Family::Shrink:
        return QT_TRANSLATE_NOOP("Catalog", "Shrinkage functions");
    case Family::Classic:
        return QT_TRANSLATE_NOOP("Catalog", "Classic and periodic");
    case Family::Vector:
        return QT_TRANSLATE_NOOP("Catalog", "Vector activations");
    case Family::Formula:
        return QT_TRANSLATE_NOOP("Catalog", "My formulas");
    }
    return "";
}

std::vector<double> ActivationSpec::defaultParams() const {
    std::vector<double> values;
    values.reserve(params.size());
    for (const ParamSpec &p : params)
        values.push_back(p.defaultValue);
    return values;
}

int ActivationSpec::paramIndex(std::string_view name) const {
    for (std::size_t i = 0; i < params.size(); ++i)
        if (params[i].name == name)
            return int(i);
    return -1;
}

} // namespace actlab
