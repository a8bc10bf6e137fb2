// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The unit maps' data: plain data, no widgets (the session fills it, the view draws it).

#include <cstddef>
#include <vector>

/**
 * Each hidden unit's activation over the input grid, as the engine computed it: `units` maps
 * of columns × rows values, unit after unit, each map row-major with row 0 at the bottom.
 * rows == 1 means a 1-D input; the map is then drawn as the unit's response curve.
 */
struct UnitMaps {
    int units = 0;
    int columns = 0;
    int rows = 0;
    std::vector<float> values;

    bool isValid() const {
        return units > 0 && columns > 0 && rows > 0 &&
               values.size() == static_cast<std::size_t>(units) * columns * rows;
    }
};
