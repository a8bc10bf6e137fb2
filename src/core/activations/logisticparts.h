// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>

namespace actlab {

/**
 * The logistic function σ(w) evaluated for both signs from one exponential, so that neither
 * σ(w) nor 1 − σ(w) = σ(−w) is ever formed by a cancelling subtraction: σ′ = σ(w)σ(−w) stays
 * accurate far into the tails (σ′(40) ≈ 4.2e-18, not 0).
 *
 * The argument is taken as an unevaluated sum hi + lo. In the tails σ(w) ≈ e^{−|w|}, so a
 * relative error ε in w becomes |w|·ε in the result; callers that form w as a rounded product
 * (β·x, c·(x + κx³)) pass the rounding error as lo to keep full precision out to |w| ≈ 745.
 */
struct LogisticParts {
    double s = 0.5;         ///< σ(w)
    double t = 0.5;         ///< σ(−w)
    double tanhHalfAbs = 0; ///< tanh(|w|/2) = (1 − e^{−|w|})/(1 + e^{−|w|}), never negative
    double expNegAbs = 1;   ///< e^{−|w|}

    static LogisticParts of(double hi, double lo = 0) {
        const double m = -std::abs(hi);
        // −|hi + lo| = m + ml as long as |lo| ≪ |hi|, which holds for a rounding error.
        const double ml = hi < 0 ? lo : -lo;
        double e = std::exp(m);
        double oneMinusE = -std::expm1(m); // 1 − e without cancellation for small |w|
        if (e != 0 && ml != 0) {           // e == 0 also covers infinite hi, where lo is NaN
            oneMinusE -= e * ml;
            e = std::fma(e, ml, e); // e^{m + ml} ≈ e^m (1 + ml); ml is far below 1e-10
        }
        const double inv = 1 / (1 + e);
        LogisticParts p;
        const double big = inv;       // σ(|w|)
        const double small = e * inv; // σ(−|w|)
        p.s = hi >= 0 ? big : small;
        p.t = hi >= 0 ? small : big;
        p.tanhHalfAbs = oneMinusE * inv;
        p.expNegAbs = e;
        return p;
    }
};

} // namespace actlab
