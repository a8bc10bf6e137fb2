// SPDX-License-Identifier: GPL-3.0-or-later
#include "vectorslice.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace actlab {

VectorSliceFunction::VectorSliceFunction(std::shared_ptr<const VectorFunction> function)
    : m_function(std::move(function))
    , m_bothInputs(m_function->outputSize(2) < 2) {}

std::string VectorSliceFunction::expression(const std::string &id) const {
    // No comma inside, so the name stays one field even for CSV readers that split on commas.
    return id + (m_bothInputs ? "([x x])[0]" : "([x 0])[0]");
}

double VectorSliceFunction::value(double x, Params p) const {
    const std::array<double, 2> u{x, m_bothInputs ? x : 0.0};
    std::array<double, 2> y{};
    m_function->apply(u, p, std::span<double>(y.data(), m_function->outputSize(2)));
    return y[0];
}

double VectorSliceFunction::derivative(double x, Params p) const {
    const std::array<double, 2> u{x, m_bothInputs ? x : 0.0};
    std::array<double, 4> jac{};
    const std::size_t rows = m_function->outputSize(2);
    m_function->jacobian(u, p, std::span<double>(jac.data(), rows * 2));
    // Chain rule along the slice: row 0 of the Jacobian times du/dx = (1, 0) or (1, 1).
    return m_bothInputs ? jac[0] + jac[1] : jac[0];
}

double VectorSliceFunction::secondDerivative(double x, Params p) const {
    if (std::isnan(x))
        return x;
    // h ≈ cbrt(machine epsilon) balances truncation (h²) against rounding (ε/h).
    const double h = 6e-6 * std::max(1.0, std::abs(x));
    return (derivative(x + h, p) - derivative(x - h, p)) / (2 * h);
}

} // namespace actlab
