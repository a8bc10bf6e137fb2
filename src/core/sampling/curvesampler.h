// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "activations/scalarfunction.h"

namespace actlab {

struct CurvePoint {
    double x = 0;
    double y = 0;
};

/// One connected piece of a curve; a curve with jumps has several.
using Polyline = std::vector<CurvePoint>;

/// The visible window in data coordinates and the size of one pixel in each direction.
struct PlotViewport {
    double xMin = -5, xMax = 5;
    double yMin = -2, yMax = 5;
    double pixelWidth = 0.01;  ///< data units per horizontal pixel
    double pixelHeight = 0.01; ///< data units per vertical pixel
};

/// Which curve of the function to sample: f, f' or f''.
enum class CurveOrder { Value = 0, First = 1, Second = 2 };

/**
 * Samples f (or f', f'') over the viewport into polylines that stay within half a pixel of the
 * true curve: adaptive refinement where the curve bends, kinks placed exactly at the
 * function's declared kinks, and a break (a new polyline) at each jump, so no vertical line is
 * ever drawn through a discontinuity. Points where the value is not finite also break the line.
 */
std::vector<Polyline> sampleCurve(const ScalarFunction &function, Params params, CurveOrder order,
                                  const PlotViewport &viewport);

} // namespace actlab
