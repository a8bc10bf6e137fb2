// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A run's figures: plain data, no widgets (the session fills it, the view draws it).

#include <limits>
#include <vector>

#include "decisiongrid.h"

/// The latest figures of a run. NaN means "not available" (accuracy of a regression, say).
struct PlaygroundMetrics {
    MapTask task = MapTask::Binary;
    int classes = 2;
    double trainLoss = std::numeric_limits<double>::quiet_NaN();
    double testLoss = std::numeric_limits<double>::quiet_NaN();
    double trainAccuracy = std::numeric_limits<double>::quiet_NaN();
    double testAccuracy = std::numeric_limits<double>::quiet_NaN();
    /// classes × classes counts on the test set (on the training set when there is no test set),
    /// row = true class, column = predicted class. Empty for regression.
    std::vector<long long> confusion;
    bool confusionOnTest = true;
    int hiddenUnits = 0;
    int deadUnits = 0;
    int saturatedUnits = 0;
};
