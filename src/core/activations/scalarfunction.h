// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <vector>

namespace actlab {

/// Parameter values in the order of the activation's ParamSpec list.
using Params = std::span<const double>;

struct Derivatives {
    double f = 0;
    double df = 0;
    double d2f = 0;
};

/// A point where f is not differentiable (kink) or not continuous (jump).
struct Kink {
    double x = 0;
    bool jump = false;         ///< f itself is discontinuous here
    double derivativeUsed = 0; ///< f'(x) returned at the point (PyTorch's autodiff convention)
    std::optional<double> derivativeJax; ///< JAX's value where it differs from PyTorch's
};

/**
 * A scalar activation y = f(x; params), with its first two derivatives.
 * Implementations are immutable: every method is const and may be called from many threads
 * at once (the training engine evaluates shards in parallel).
 */
class ScalarFunction {
public:
    virtual ~ScalarFunction() = default;

    virtual double value(double x, Params p) const = 0;
    virtual double derivative(double x, Params p) const = 0;
    virtual double secondDerivative(double x, Params p) const = 0;
    virtual Derivatives evaluate(double x, Params p) const {
        return {value(x, p), derivative(x, p), secondDerivative(x, p)};
    }

    /// Batch form: fills f and/or df (either may be empty) for every x.
    virtual void evaluateBatch(std::span<const double> x, Params p, std::span<double> f,
                               std::span<double> df) const;

    /// Kinks and jumps for these parameters, sorted by x.
    virtual std::vector<Kink> kinks(Params p) const {
        (void)p;
        return {};
    }
};

/**
 * Adapter that turns a stateless maths struct with static value/derivative/secondDerivative
 * (and optionally kinks) into a ScalarFunction whose batch loop inlines the maths.
 */
template <class Maths> class ScalarFunctionFor final : public ScalarFunction {
public:
    double value(double x, Params p) const override { return Maths::value(x, p); }
    double derivative(double x, Params p) const override { return Maths::derivative(x, p); }
    double secondDerivative(double x, Params p) const override {
        return Maths::secondDerivative(x, p);
    }
    void evaluateBatch(std::span<const double> x, Params p, std::span<double> f,
                       std::span<double> df) const override {
        const std::size_t n = x.size();
        if (!f.empty() && !df.empty()) {
            for (std::size_t i = 0; i < n; ++i) {
                f[i] = Maths::value(x[i], p);
                df[i] = Maths::derivative(x[i], p);
            }
        } else if (!f.empty()) {
            for (std::size_t i = 0; i < n; ++i)
                f[i] = Maths::value(x[i], p);
        } else if (!df.empty()) {
            for (std::size_t i = 0; i < n; ++i)
                df[i] = Maths::derivative(x[i], p);
        }
    }
    std::vector<Kink> kinks(Params p) const override {
        if constexpr (requires { Maths::kinks(p); })
            return Maths::kinks(p);
        else
            return {};
    }
};

} // namespace actlab
