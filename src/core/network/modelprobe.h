// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include "data/dataset.h"
#include "network/featureset.h"
#include "network/network.h"

namespace actlab {

/**
 * What each unit of the first hidden layer outputs over the input plane: `units` maps of
 * width × height values (height 1 for 1-D data), unit after unit, each row-major with row 0 at
 * domain.x2Min, cells sampled at their centres as in OutputGrid. Non-finite values become 0.
 */
struct HiddenUnitMaps {
    int units = 0;
    int width = 0;
    int height = 0;
    std::vector<float> values;
};

/// Evaluates the first hidden layer of `network` (its current parameters) on a size × size
/// grid over `domain` (size × 1 when inputDims is 1). Single-threaded; meant for display (f as
/// the training kernels compute it).
void computeHiddenUnitMaps(const Network &network, const FeatureSet &features, const Domain &domain,
                           int inputDims, int size, HiddenUnitMaps &out);

/// classes × classes counts of (true class, predicted class) over `data`, row-major; empty for
/// regression data.
std::vector<std::int64_t> confusionMatrix(const Network &network, const FeatureSet &features,
                                          const Dataset &data);

} // namespace actlab
