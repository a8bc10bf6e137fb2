// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "activations/scalarfunction.h"

namespace actlab {

/// One point of a gradient-magnitude curve: |f′(x)|, with exact zeros kept apart (on a log axis
/// they have no place of their own, and they are what "dead" means).
struct GradientPoint {
    double x = 0;
    double magnitude = 0; ///< |f′(x)|; 0 exactly where the activation is flat
};

/// |f′| at n evenly spaced points of [xMin, xMax] (n >= 2), with every kink's two sides added so
/// a step from a slope to a dead zone is drawn where it happens. Sorted by x.
std::vector<GradientPoint> sampleGradientMagnitude(const ScalarFunction &f, Params params,
                                                   double xMin, double xMax, int n);

/// The x intervals where |f′| < threshold (vanishing, dead ones included), from the samples:
/// pairs [from, to], merged, in order.
std::vector<std::pair<double, double>> vanishingIntervals(const std::vector<GradientPoint> &points,
                                                          double threshold);

} // namespace actlab
