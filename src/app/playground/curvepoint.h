// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A run's history point: plain data, no widgets (the session fills it, the view draws it).

#include <vector>

/**
 * One recorded point of a run's history. Loss points and unit-statistics points may come
 * separately: a NaN train loss means "no loss at this point", empty gradientNorms means "no
 * statistics at this point".
 */
struct CurvePoint {
    double epoch = 0;
    double trainLoss = 0;
    double testLoss = 0;
    std::vector<double> gradientNorms; ///< one per layer, input side first
    double deadFraction = 0;           ///< of the hidden units, in [0, 1]
    double saturatedFraction = 0;
    double trainAccuracy = 0; ///< NaN for regression (not plotted; kept for the CSV export)
    double testAccuracy = 0;
};
