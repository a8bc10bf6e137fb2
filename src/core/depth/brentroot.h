// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace actlab::depth {

/**
 * A root of g in [a, b] by Brent's method (inverse quadratic interpolation, secant and
 * bisection; Brent 1973, "zeroin"), given g(a) and g(b) of opposite signs (or one of them 0).
 * Stops when the bracket is narrower than 2·(relativeTolerance·|x| + absoluteTolerance) or
 * after maxEvaluations; returns NaN when the signs do not bracket a root or g gives NaN.
 */
double brentRoot(const std::function<double(double)> &g, double a, double b, double ga, double gb,
                 double relativeTolerance, double absoluteTolerance, int maxEvaluations = 200);

} // namespace actlab::depth
