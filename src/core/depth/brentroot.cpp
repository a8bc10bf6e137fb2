// SPDX-License-Identifier: GPL-3.0-or-later
#include "brentroot.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace actlab::depth {

double brentRoot(const std::function<double(double)> &g, double a, double b, double ga, double gb,
                 double relativeTolerance, double absoluteTolerance, int maxEvaluations) {
    if (ga == 0)
        return a;
    if (gb == 0)
        return b;
    if (std::isnan(ga) || std::isnan(gb) || (ga > 0) == (gb > 0))
        return std::numeric_limits<double>::quiet_NaN();
    // b is the best estimate, a the previous one, c the far end of the bracket [b, c].
    double c = a;
    double gc = ga;
    double d = b - a;
    double e = d;
    for (int evaluation = 0; evaluation < maxEvaluations; ++evaluation) {
        if ((gb > 0) == (gc > 0)) {
            c = a;
            gc = ga;
            d = e = b - a;
        }
        if (std::abs(gc) < std::abs(gb)) {
            a = b;
            b = c;
            c = a;
            ga = gb;
            gb = gc;
            gc = ga;
        }
        const double tolerance = 2 * std::numeric_limits<double>::epsilon() * std::abs(b) +
                                 relativeTolerance * std::abs(b) + absoluteTolerance;
        const double m = 0.5 * (c - b);
        if (std::abs(m) <= tolerance || gb == 0)
            return b;
        if (std::abs(e) >= tolerance && std::abs(ga) > std::abs(gb)) {
            // Interpolate: secant if only two distinct points, inverse quadratic otherwise.
            double p;
            double q;
            const double s = gb / ga;
            if (a == c) {
                p = 2 * m * s;
                q = 1 - s;
            } else {
                const double r = gb / gc;
                const double t = ga / gc;
                p = s * (2 * m * t * (t - r) - (b - a) * (r - 1));
                q = (t - 1) * (r - 1) * (s - 1);
            }
            if (p > 0)
                q = -q;
            else
                p = -p;
            if (2 * p < std::min(3 * m * q - std::abs(tolerance * q), std::abs(e * q))) {
                e = d;
                d = p / q;
            } else {
                d = m;
                e = m;
            }
        } else {
            d = m;
            e = m;
        }
        a = b;
        ga = gb;
        b += std::abs(d) > tolerance ? d : (m > 0 ? tolerance : -tolerance);
        gb = g(b);
        if (std::isnan(gb))
            return gb;
    }
    return b;
}

} // namespace actlab::depth
