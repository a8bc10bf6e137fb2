// SPDX-License-Identifier: GPL-3.0-or-later
// SELU's mean/variance map (declared in meanfield.h), in closed form as in Klambauer et al. 2017.
#include <algorithm>
#include <cmath>
#include <limits>

#include "meanfield.h"

namespace actlab::depth {
namespace {

constexpr double kSqrtHalf = 0.70710678118654752440084436210485;
constexpr double kInvSqrt2Pi = 0.39894228040143267793994605993438;

double normalCdf(double x) {
    return 0.5 * std::erfc(-x * kSqrtHalf);
}

/// ln Φ(x); below x = −20 erfc underflows soon, so there the asymptotic series of Mills' ratio.
double logNormalCdf(double x) {
    if (x > -20)
        return std::log(normalCdf(x));
    const double inv2 = 1 / (x * x);
    double term = 1;
    double series = 1;
    for (int n = 1; n <= 10; ++n) {
        term *= -(2 * n - 1) * inv2;
        series += term;
    }
    return -0.5 * x * x - std::log(-x / kInvSqrt2Pi) + std::log(series);
}

/// e^a·Φ(x): directly where neither factor leaves the range of double, else in logs
/// (e^(2m + 2s²) overflows and Φ(−(m + 2s²)/s) underflows together once s² ≳ 350).
double expTimesCdf(double a, double x) {
    if (a < 700 && x > -37)
        return std::exp(a) * normalCdf(x);
    return std::exp(a + logNormalCdf(x));
}

} // namespace

MeanVariance seluMeanVarianceMap(MeanVariance in, double lambda, double alpha, double omega,
                                 double tau) {
    // z ~ N(m, s²) with m = μω, s² = ντ. With E[·; A] the expectation restricted to A:
    //   E[z; z > 0]          = m Φ(m/s) + s φ(m/s)
    //   E[z²; z > 0]         = (m² + s²) Φ(m/s) + m s φ(m/s)
    //   E[e^(kz); z ≤ 0]     = e^(km + k²s²/2) Φ(−(m + k s²)/s)
    // and selu = λz above 0, λα(e^z − 1) below.
    const double m = in.mean * omega;
    const double s2 = in.variance * tau;
    if (!(s2 >= 0))
        return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    if (s2 == 0) {
        const double y = m > 0 ? lambda * m : lambda * alpha * std::expm1(m);
        return {y, 0.0};
    }
    const double s = std::sqrt(s2);
    const double r = m / s;
    const double cdfPos = normalCdf(r);
    const double cdfNeg = normalCdf(-r);
    const double pdf = kInvSqrt2Pi * std::exp(-0.5 * r * r);
    const double e1 = expTimesCdf(m + 0.5 * s2, -(m + s2) / s);
    const double e2 = expTimesCdf(2 * m + 2 * s2, -(m + 2 * s2) / s);

    const double mean = lambda * (m * cdfPos + s * pdf) + lambda * alpha * (e1 - cdfNeg);
    const double second = lambda * lambda * ((m * m + s2) * cdfPos + m * s * pdf) +
                          lambda * lambda * alpha * alpha * (e2 - 2 * e1 + cdfNeg);
    return {mean, second - mean * mean};
}

std::array<double, 4> seluMeanVarianceJacobian(MeanVariance in, double lambda, double alpha,
                                               double omega, double tau) {
    // Central differences with one Richardson step: D = (4 D(h/2) − D(h))/3 has error O(h⁴),
    // about 1e-12 at h = 1e-3 (relative), where rounding contributes ~ε/h ≈ 2e-13.
    const auto map = [&](double mean, double variance) {
        return seluMeanVarianceMap({mean, variance}, lambda, alpha, omega, tau);
    };
    const double hMean = 1e-3 * std::max(1.0, std::abs(in.mean));
    const double hVariance = 1e-3 * in.variance; // keeps ν − h positive
    std::array<double, 4> jacobian{};
    for (int column = 0; column < 2; ++column) {
        const double h = column == 0 ? hMean : hVariance;
        const auto difference = [&](double step) {
            const MeanVariance plus =
                column == 0 ? map(in.mean + step, in.variance) : map(in.mean, in.variance + step);
            const MeanVariance minus =
                column == 0 ? map(in.mean - step, in.variance) : map(in.mean, in.variance - step);
            return std::array<double, 2>{(plus.mean - minus.mean) / (2 * step),
                                         (plus.variance - minus.variance) / (2 * step)};
        };
        const auto coarse = difference(h);
        const auto fine = difference(0.5 * h);
        for (int row = 0; row < 2; ++row)
            jacobian[std::size_t(2 * row + column)] = (4 * fine[row] - coarse[row]) / 3;
    }
    return jacobian;
}

double spectralNorm2x2(const std::array<double, 4> &m) {
    // σ_max = (√((a + d)² + (b − c)²) + √((a − d)² + (b + c)²))/2 for [[a, b], [c, d]].
    const double a = m[0];
    const double b = m[1];
    const double c = m[2];
    const double d = m[3];
    return 0.5 * (std::hypot(a + d, b - c) + std::hypot(a - d, b + c));
}

} // namespace actlab::depth
