// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "scalarfunction.h"

namespace actlab {

/**
 * One neuron with one input: g(x) = f(w·x + b) for an activation f, a weight w and a bias b.
 * g′(x) = w·f′(w·x + b) and g″(x) = w²·f″(w·x + b), so the explorer's sampler, tracer and kink
 * markers work on it unchanged: the weight stretches (and for w < 0 mirrors) the curve, the bias
 * shifts it by −b/w. f's kinks at z map to x = (z − b)/w; with w = 0 the neuron is the constant
 * f(b) and has none.
 */
class AffineInputFunction final : public ScalarFunction {
public:
    AffineInputFunction(std::shared_ptr<const ScalarFunction> inner, double weight, double bias);

    double value(double x, Params p) const override;
    double derivative(double x, Params p) const override;
    double secondDerivative(double x, Params p) const override;
    Derivatives evaluate(double x, Params p) const override;
    void evaluateBatch(std::span<const double> x, Params p, std::span<double> f,
                       std::span<double> df) const override;
    std::vector<Kink> kinks(Params p) const override;

    double weight() const { return m_weight; }
    double bias() const { return m_bias; }

private:
    double input(double x) const { return m_weight * x + m_bias; }

    std::shared_ptr<const ScalarFunction> m_inner;
    double m_weight;
    double m_bias;
};

} // namespace actlab
