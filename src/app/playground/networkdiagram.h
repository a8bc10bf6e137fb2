// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The network diagram's data: plain data, no widgets (the session fills it, the view draws it).

#include <vector>

#include <QStringList>

/**
 * The network's shape and current weights. layerSizes runs from the inputs to the outputs;
 * weights[l] connects layer l to layer l + 1 as a layerSizes[l+1] × layerSizes[l] row-major
 * matrix ([to][from]); biases[l] belongs to layer l + 1.
 */
struct NetworkDiagram {
    QStringList inputNames;
    std::vector<int> layerSizes;
    std::vector<std::vector<double>> weights;
    std::vector<std::vector<double>> biases;

    bool isValid() const;
};
