// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "data/dataset.h"

namespace actlab {

/**
 * The model's output sampled on a regular grid over the data's domain, for the heat map (2-D
 * data) or the fitted curve (1-D data). Cell (i, j) is sampled at its centre:
 * x1 = x1Min + (i + ½)·(x1Max − x1Min)/width, x2 likewise from x2Min (row 0 is the bottom).
 * Values are always finite.
 */
struct OutputGrid {
    int width = 0;
    int height = 0; ///< 1 for 1-D data (a curve over x1)
    Domain domain;
    /// Row-major, width × height. Binary classification: the probability of class 1 (or the
    /// raw output for an MSE output); more classes: the winning class's probability (or
    /// output); regression: the prediction.
    std::vector<float> value;
    /// The predicted class of each cell (classification), empty for regression.
    std::vector<std::uint8_t> label;

    double x1At(int column) const {
        return domain.x1Min + (column + 0.5) * (domain.x1Max - domain.x1Min) / width;
    }
    double x2At(int row) const {
        return domain.x2Min + (row + 0.5) * (domain.x2Max - domain.x2Min) / height;
    }
};

} // namespace actlab
