// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <span>
#include <variant>
#include <vector>

namespace actlab {

/// How many logits the softmax lab and `actlab softmax` take: enough for every example a lesson
/// needs, few enough that each gets its own slider, bar and table column.
inline constexpr std::size_t kSoftmaxMinLogits = 2;
inline constexpr std::size_t kSoftmaxMaxLogits = 10;

enum class SoftmaxInputError {
    TooFewLogits,
    TooManyLogits,
    LogitNotFinite,
    TemperatureNotPositive, ///< also NaN and infinity
};

/**
 * Softmax of a logit vector x at temperature T, written out step by step the way a textbook
 * does it, beside the rest of its family. The temperature divides the logits of all four
 * functions, so one slider sharpens or flattens every bar chart alike.
 *
 * The stable route (what every framework does): m = max x, shifted = (x − m)/T ≤ 0, exp of it,
 * sum ≥ 1, divide. The naive route computes e^{x/T} directly and overflows to inf for logits
 * around 710·T, where inf/inf gives NaN: that contrast is the lesson.
 */
struct SoftmaxBreakdown {
    std::vector<double> logits;
    double temperature = 1.0;
    double maximum = 0.0;        ///< max x, the shift
    std::vector<double> shifted; ///< (x − max x) / T, all ≤ 0
    std::vector<double> exp;     ///< e^shifted, all in (0, 1], the maximum's is exactly 1
    double sum = 0.0;            ///< Σ exp, at least 1
    std::vector<double> softmax; ///< exp / sum
    std::vector<double> logSoftmax;
    std::vector<double> softmin;   ///< softmax(−x/T)
    std::vector<double> sparsemax; ///< sparsemax(x/T): exact zeros below a threshold

    std::vector<double> naiveExp;     ///< e^{x/T} without the shift; may be inf or 0
    double naiveSum = 0.0;            ///< Σ naiveExp; inf once one term overflows
    std::vector<double> naiveSoftmax; ///< naiveExp / naiveSum; NaN where inf/inf

    /// ∂softmaxᵢ/∂xⱼ = (diag(p) − p pᵀ)ᵢⱼ / T, row-major, n × n.
    std::vector<double> jacobian;

    /// The two-class case on the first two logits: softmax([x₁, x₂]/T)₁ and σ((x₁ − x₂)/T),
    /// equal up to rounding.
    double twoClassSoftmax = 0.0;
    double sigmoidOfDifference = 0.0;

    std::size_t size() const { return logits.size(); }
    /// True when the naive route lost the answer (an inf, NaN or all-zero sum).
    bool naiveFails() const;
};

/// The breakdown, or why the input cannot have one. Uses the catalog's softmax, log_softmax,
/// softmin, sparsemax and sigmoid, so the lab shows exactly what the explorer and `eval` compute.
std::variant<SoftmaxBreakdown, SoftmaxInputError> breakDownSoftmax(std::span<const double> logits,
                                                                   double temperature);

} // namespace actlab
