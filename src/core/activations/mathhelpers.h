// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstddef>
#include <limits>

#include "scalarfunction.h"

// Small numeric helpers the activation families share.
namespace actlab {

inline constexpr double kInf = std::numeric_limits<double>::infinity();

/// Parameter i, or `fallback` when the caller passed fewer parameters.
inline double param(Params p, std::size_t i, double fallback) {
    return i < p.size() ? p[i] : fallback;
}

/// −1, 0 or +1; 0 for NaN, so that 0·NaN terms still yield NaN.
inline double signOf(double x) {
    return double((x > 0) - (x < 0));
}

/// Turns −0 into +0 and leaves every other value, NaN included, alone: slope·x with slope 0 and
/// x < 0 is −0, which the CLI would print as "-0" although the function is plainly 0.
inline double plusZero(double v) {
    return v + 0.0;
}

/// 0, the slope of a flat piece, except that a NaN input stays NaN.
inline double zeroOrNaN(double x) {
    return std::isnan(x) ? x : 0.0;
}

} // namespace actlab
