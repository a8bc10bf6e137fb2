// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <span>

namespace actlab::depth {

/**
 * Globally adaptive Gauss–Kronrod quadrature (10-point Gauss inside a 21-point Kronrod rule,
 * QUADPACK's QAG with its error estimate) over a partition of a finite interval, and the
 * Gaussian expectations E[g(mean + sd·z)], z ~ N(0, 1), built on it.
 *
 * The integrand is called with the 21 abscissae of one rule at a time through a plain function
 * pointer, so the adaptive machinery lives in the .cpp and the per-point call inlines. Nothing
 * is shared between calls: integrals may nest (the 2-D expectations do) and run on any number
 * of threads. Non-finite integrand values are returned, never hidden: NaN if any value is NaN,
 * else ±inf.
 */
class GaussianQuadrature {
public:
    static constexpr int kRulePoints = 21;
    /// Gaussian expectations integrate over |z| ≤ kZMax: beyond it φ(z) is below the smallest
    /// subnormal double (φ(38.6) ≈ 2e-324), so nothing a double can hold is left out.
    static constexpr double kZMax = 38.5;

    struct Options {
        /// Stop when the estimated error is below relativeTolerance·∫|g| (or absoluteTolerance).
        double relativeTolerance = 1e-12;
        double absoluteTolerance = 0;
        int maxIntervals = 4000; ///< best estimate so far when reached
    };

    /// y[i] = g(x[i]) for i < kRulePoints.
    using RuleFn = void (*)(const void *context, const double *x, double *y);

    /// ∫ g over [breaks.front(), breaks.back()], each piece between breaks refined adaptively.
    static double integrate(RuleFn g, const void *context, std::span<const double> breaks,
                            const Options &options);

    template <class G>
    static double integrate(const G &g, std::span<const double> breaks, const Options &options) {
        return integrate(&callEach<G>, &g, breaks, options);
    }

    /**
     * E[g(mean + sd·z)], z ~ N(0, 1), for sd > 0: ∫ g(mean + sd·z) φ(z) dz over |z| ≤ kZMax,
     * split at z = 0 and at the z of every x in `xBreaks` (kinks of g). sd = 0 gives g(mean).
     */
    template <class G>
    static double expectation(const G &g, double mean, double sd, std::span<const double> xBreaks,
                              const Options &options) {
        if (!(sd > 0))
            return sd == 0 ? g(mean) : std::nan("");
        const auto weighted = [&g, mean, sd](double z) {
            const double w = normalDensity(z);
            const double v = g(mean + sd * z);
            // φ underflows to 0 long before a growing g overflows; 0·inf there is the tail of a
            // finite integral, while a NaN from g stays NaN.
            return w == 0 && !std::isnan(v) ? 0.0 : v * w;
        };
        double breaks[kMaxBreaks];
        const int count = gaussianBreaks(mean, sd, xBreaks, breaks);
        return integrate(weighted, std::span<const double>(breaks, std::size_t(count)), options);
    }

    static double normalDensity(double z) {
        constexpr double invSqrt2Pi = 0.39894228040143267793994605993438;
        return invSqrt2Pi * std::exp(-0.5 * z * z);
    }

private:
    static constexpr int kMaxBreaks = 40;

    /// The sorted partition of [−kZMax, kZMax] for E[g(mean + sd·z)]; returns its size.
    static int gaussianBreaks(double mean, double sd, std::span<const double> xBreaks, double *out);

    template <class G> static void callEach(const void *context, const double *x, double *y) {
        const G &g = *static_cast<const G *>(context);
        for (int i = 0; i < kRulePoints; ++i)
            y[i] = g(x[i]);
    }
};

} // namespace actlab::depth
