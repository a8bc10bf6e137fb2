// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "depth/depthconfig.h"

namespace actlab::depth {

/**
 * How dropout on y = f(h) changes the moments the mean-field maps need, with an independent mask
 * per unit and per input (as the measurement draws them). Every kind is affine in the moments
 * of f:
 *   E[x²]    = s2·E[f²] + s1·E[f] + s0         (one input)
 *   E[xₐx_b] = t2·E[fₐf_b] + t1·E[f] + t0      (two inputs, same q, independent masks)
 * and ∂x/∂y = (mask)·scale, whose mean square s2 is χ's dropout factor. For AlphaDropout,
 * x = a(m y + (1 − m) α') + b with m ~ Bernoulli(1 − p); m² = m and m(1 − m) = 0 give the
 * coefficients below, and E[mₐ m_b] = (1 − p)² for independent masks.
 */
class DropoutMoments {
public:
    explicit DropoutMoments(Dropout dropout);

    double secondMoment(double meanF2, double meanF) const {
        return m_s2 * meanF2 + m_s1 * meanF + m_s0;
    }
    double crossMoment(double meanFF, double meanF) const {
        return m_t2 * meanFF + m_t1 * meanF + m_t0;
    }
    /// Whether E[f] enters at all (only AlphaDropout shifts the mean).
    bool needsMean() const { return m_s1 != 0 || m_t1 != 0; }
    /// E[(∂x/∂y)²]: χ's dropout factor.
    double chiFactor() const { return m_s2; }
    double meanCoefficient() const { return m_s1; } ///< s1
    double crossFactor() const { return m_t2; }     ///< t2 = ∂E[xₐx_b]/∂E[fₐf_b]
    /// No change at all: the pair's cross moment at c = 1 is E[x²] (masks never decorrelate).
    bool identity() const { return m_identity; }

private:
    double m_s2 = 1;
    double m_s1 = 0;
    double m_s0 = 0;
    double m_t2 = 1;
    double m_t1 = 0;
    double m_t0 = 0;
    bool m_identity = true;
};

} // namespace actlab::depth
