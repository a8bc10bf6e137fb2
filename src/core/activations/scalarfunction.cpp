// SPDX-License-Identifier: GPL-3.0-or-later
#include "scalarfunction.h"

namespace actlab {

void ScalarFunction::evaluateBatch(std::span<const double> x, Params p, std::span<double> f,
                                   std::span<double> df) const {
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!f.empty())
            f[i] = value(x[i], p);
        if (!df.empty())
            df[i] = derivative(x[i], p);
    }
}

} // namespace actlab
