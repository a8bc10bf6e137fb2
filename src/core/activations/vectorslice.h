// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>

#include "scalarfunction.h"
#include "vectorfunction.h"

namespace actlab {

/**
 * A one-dimensional slice through a vector activation, so that it can be plotted and iconised
 * like a scalar one: f(x) = F(u(x))₀ with u(x) = (x, 0), or u(x) = (x, x) for activations that
 * halve their input (glu: x·σ(x)). For softmax this is σ(x/T), the two-class softmax.
 * f′ is exact (the Jacobian row times u′); f″ is a central difference of that exact f′, accurate to
 * about 1e-8 where F is smooth, because vector activations publish no second derivatives.
 */
class VectorSliceFunction final : public ScalarFunction {
public:
    explicit VectorSliceFunction(std::shared_ptr<const VectorFunction> function);

    double value(double x, Params p) const override;
    double derivative(double x, Params p) const override;
    double secondDerivative(double x, Params p) const override;

    /// True when u(x) = (x, x) (halving activations), false for u(x) = (x, 0).
    bool feedsBothInputs() const { return m_bothInputs; }
    /// The slice as code, for files and JSON that must say what they hold: "softmax([x 0])[0]",
    /// "glu([x x])[0]".
    std::string expression(const std::string &id) const;

private:
    std::shared_ptr<const VectorFunction> m_function;
    bool m_bothInputs = false;
};

} // namespace actlab
