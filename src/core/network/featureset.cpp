// SPDX-License-Identifier: GPL-3.0-or-later
#include "featureset.h"

#include <bit>
#include <cmath>

#include "util/strings.h"

namespace actlab {

std::optional<FeatureSet> FeatureSet::parse(std::string_view list) {
    std::uint32_t mask = 0;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = list.find(',', start);
        std::string_view item = list.substr(start, comma - start);
        while (!item.empty() && item.front() == ' ')
            item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ')
            item.remove_suffix(1);
        bool found = false;
        for (int i = 0; i < kFeatureCount; ++i) {
            if (equalsIgnoringCase(item, key(featureAt(i)))) {
                mask |= 1u << i;
                found = true;
            }
        }
        if (!found)
            return std::nullopt;
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return FeatureSet(mask);
}

int FeatureSet::count() const {
    return std::popcount(m_mask);
}

bool FeatureSet::validFor(int inputDims) const {
    if (m_mask == 0)
        return false;
    if (inputDims == 2)
        return true;
    const std::uint32_t ofX1Only = std::uint32_t(Feature::X1) | std::uint32_t(Feature::X1Squared) |
                                   std::uint32_t(Feature::SinX1);
    return (m_mask & ~ofX1Only) == 0;
}

void FeatureSet::expand(double x1, double x2, double *out) const {
    const double all[kFeatureCount] = {x1,      x2,           x1 * x1,     x2 * x2,
                                       x1 * x2, std::sin(x1), std::sin(x2)};
    int k = 0;
    for (int i = 0; i < kFeatureCount; ++i)
        if (m_mask & (1u << i))
            out[k++] = all[i];
}

std::string FeatureSet::toString() const {
    std::string out;
    for (int i = 0; i < kFeatureCount; ++i) {
        if (!(m_mask & (1u << i)))
            continue;
        if (!out.empty())
            out += ',';
        out += key(featureAt(i));
    }
    return out;
}

const char *FeatureSet::key(Feature f) {
    switch (f) {
    case Feature::X1:
        return "x1";
    case Feature::X2:
        return "x2";
    case Feature::X1Squared:
        return "x1^2";
    case Feature::X2Squared:
        return "x2^2";
    case Feature::X1X2:
        return "x1*x2";
    case Feature::SinX1:
        return "sin(x1)";
    case Feature::SinX2:
        return "sin(x2)";
    }
    return "";
}

} // namespace actlab
