// SPDX-License-Identifier: GPL-3.0-or-later
#include "affineinput.h"

#include <algorithm>
#include <vector>

namespace actlab {

AffineInputFunction::AffineInputFunction(std::shared_ptr<const ScalarFunction> inner, double weight,
                                         double bias)
    : m_inner(std::move(inner))
    , m_weight(weight)
    , m_bias(bias) {}

double AffineInputFunction::value(double x, Params p) const {
    return m_inner->value(input(x), p);
}

double AffineInputFunction::derivative(double x, Params p) const {
    return m_weight * m_inner->derivative(input(x), p);
}

double AffineInputFunction::secondDerivative(double x, Params p) const {
    return m_weight * m_weight * m_inner->secondDerivative(input(x), p);
}

Derivatives AffineInputFunction::evaluate(double x, Params p) const {
    const Derivatives d = m_inner->evaluate(input(x), p);
    return {d.f, m_weight * d.df, m_weight * m_weight * d.d2f};
}

void AffineInputFunction::evaluateBatch(std::span<const double> x, Params p, std::span<double> f,
                                        std::span<double> df) const {
    // The inner function's own batch loop (vectorised for the catalog) on the shifted inputs.
    std::vector<double> z(x.size());
    std::transform(x.begin(), x.end(), z.begin(), [this](double v) { return input(v); });
    m_inner->evaluateBatch(z, p, f, df);
    for (double &v : df)
        v *= m_weight;
}

std::vector<Kink> AffineInputFunction::kinks(Params p) const {
    if (m_weight == 0)
        return {};
    std::vector<Kink> out;
    for (Kink k : m_inner->kinks(p)) {
        k.x = (k.x - m_bias) / m_weight;
        k.derivativeUsed *= m_weight;
        if (k.derivativeJax)
            *k.derivativeJax *= m_weight;
        out.push_back(k);
    }
    std::sort(out.begin(), out.end(), [](const Kink &a, const Kink &b) { return a.x < b.x; });
    return out;
}

} // namespace actlab
