// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset.h"

#include <algorithm>

namespace actlab {

const char *taskKey(Task task) {
    switch (task) {
    case Task::Binary:
        return "binary";
    case Task::MultiClass:
        return "multiclass";
    case Task::Regression:
        return "regression";
    }
    return "binary";
}

Dataset Dataset::subset(std::span<const std::size_t> indices) const {
    Dataset out;
    out.inputDims = inputDims;
    out.task = task;
    out.classes = classes;
    out.domain = domain;
    out.x1.reserve(indices.size());
    out.target.reserve(indices.size());
    if (inputDims == 2)
        out.x2.reserve(indices.size());
    for (std::size_t i : indices) {
        out.x1.push_back(x1[i]);
        if (inputDims == 2)
            out.x2.push_back(x2[i]);
        out.target.push_back(target[i]);
    }
    return out;
}

Domain Dataset::boundingDomain(double margin) const {
    if (size() == 0)
        return {};
    const auto range = [margin](const std::vector<double> &v, double &lo, double &hi) {
        const auto [mn, mx] = std::minmax_element(v.begin(), v.end());
        const double span = std::max(*mx - *mn, 1e-9);
        lo = *mn - margin * span;
        hi = *mx + margin * span;
    };
    Domain d;
    range(x1, d.x1Min, d.x1Max);
    range(inputDims == 2 ? x2 : target, d.x2Min, d.x2Max);
    return d;
}

} // namespace actlab
