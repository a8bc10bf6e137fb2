// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <limits>

namespace testing_numeric {

/// |a - b| / |b|; 0 when both are equal (including both infinite), +inf when only b is 0 or
/// when one is NaN and the other is not.
inline double relativeError(double actual, double expected) {
    if (std::isnan(actual) || std::isnan(expected))
        return std::isnan(actual) && std::isnan(expected) ? 0.0
                                                          : std::numeric_limits<double>::infinity();
    if (actual == expected)
        return 0.0;
    if (expected == 0.0 || std::isinf(expected) || std::isinf(actual))
        return std::numeric_limits<double>::infinity();
    return std::abs(actual - expected) / std::abs(expected);
}

} // namespace testing_numeric
