// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasplit.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "util/random.h"

namespace actlab {

DataSplit splitDataset(const Dataset &data, double testFraction, std::uint64_t seed) {
    const std::size_t n = data.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    Random rng(seed);
    for (std::size_t i = n; i > 1; --i) // Fisher–Yates
        std::swap(order[i - 1], order[rng.below(i)]);

    const double fraction = std::clamp(testFraction, 0.0, kMaxTestFraction);
    std::size_t testCount = std::size_t(std::llround(double(n) * fraction));
    testCount = std::min(testCount, n > 0 ? n - 1 : 0);
    const std::size_t trainCount = n - testCount;
    // Keep each part in the original order: the shuffle only decides membership, so the
    // training set does not depend on the platform's sort and reads naturally.
    std::vector<std::size_t> train(order.begin(), order.begin() + std::ptrdiff_t(trainCount));
    std::vector<std::size_t> test(order.begin() + std::ptrdiff_t(trainCount), order.end());
    std::sort(train.begin(), train.end());
    std::sort(test.begin(), test.end());
    return {data.subset(train), data.subset(test)};
}

} // namespace actlab
