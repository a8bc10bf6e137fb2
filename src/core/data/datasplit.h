// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include "data/dataset.h"

namespace actlab {

struct DataSplit {
    Dataset train;
    Dataset test;
};

inline constexpr double kMaxTestFraction = 0.9;

/**
 * Splits a dataset into training and test points by a seeded shuffle: round(n · testFraction)
 * points go to the test set (0 ≤ testFraction ≤ kMaxTestFraction), but the training set always
 * keeps at least one point. Same seed, same split.
 */
DataSplit splitDataset(const Dataset &data, double testFraction, std::uint64_t seed);

} // namespace actlab
