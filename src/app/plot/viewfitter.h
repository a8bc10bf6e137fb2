// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <utility>
#include <vector>

#include <QList>

#include "plot/plotview.h"

/**
 * Chooses the default window of the plot: x from −5 to 5, widened to show the primary
 * activation's kinks with some room around them (relu6's cap at 6), and y fitted to the values
 * of every drawn curve (f, and f′ and f″ when shown) over that x range plus a margin, always
 * including y = 0 and the guide lines. Fast-growing
 * curves (exponential) are clamped so that the interesting part near the origin stays readable.
 */
class ViewFitter {
public:
    static std::pair<double, double> defaultXRange(const PlottedActivation &primary);
    static std::pair<double, double>
    fitYRange(const QList<PlottedActivation> &activations, double xMin, double xMax,
              const std::vector<double> &guides,
              const std::array<bool, 3> &drawnOrders = {true, false, false});
};
