// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER until the muParser implementation lands: refuses every formula.
#include "formula.h"

namespace actlab {

struct FormulaFunction::Impl {};

FormulaFunction::FormulaFunction(std::string text, std::unique_ptr<Impl> impl)
    : m_text(std::move(text))
    , m_impl(std::move(impl)) {}
FormulaFunction::~FormulaFunction() = default;

FormulaFunction::CompileResult FormulaFunction::compile(std::string_view) {
    return FormulaError{FormulaErrorKind::Other, 0, {}, "not implemented"};
}

double FormulaFunction::value(double, Params) const {
    return 0;
}
double FormulaFunction::derivative(double, Params) const {
    return 0;
}
double FormulaFunction::secondDerivative(double, Params) const {
    return 0;
}

} // namespace actlab
