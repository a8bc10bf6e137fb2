// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The decision map's data: plain data, no widgets (the session fills it, the view draws it).

#include <cstdint>
#include <vector>

/// What the network's output means, which decides how the map is coloured.
enum class MapTask { Binary, MultiClass, Regression };

/**
 * The model's output sampled on a regular grid over the input plane, as the engine computed it.
 * Cell (c, r) sits at x1 = x1Min + (c + 0.5)·(x1Max − x1Min)/columns, and likewise for x2 with
 * row 0 at x2Min. values holds `channels` numbers per cell, cells in row-major order:
 * binary: P(class 1); multi-class: one probability per class; regression: the predicted value.
 * A 1-D regression has rows == 1 and is drawn as a fitted curve over the data.
 */
struct DecisionGrid {
    int columns = 0;
    int rows = 0;
    int channels = 1;
    double x1Min = -1, x1Max = 1, x2Min = -1, x2Max = 1;
    std::vector<float> values;
    /// Multi-class alternative to one channel per class: the winning class of each cell, with
    /// its probability in `values` (channels == 1).
    std::vector<std::uint8_t> labels;

    bool isValid() const {
        return columns > 0 && rows > 0 && channels > 0 &&
               values.size() == static_cast<std::size_t>(columns) * rows * channels &&
               (labels.empty() || labels.size() == static_cast<std::size_t>(columns) * rows);
    }
};

/// One data point. For regression, `target` is y (1-D: the point is (x1, target)).
struct MapPoint {
    double x1 = 0;
    double x2 = 0;
    int label = 0;
    double target = 0;
    bool test = false;
};
