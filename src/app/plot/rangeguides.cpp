// SPDX-License-Identifier: GPL-3.0-or-later
#include "rangeguides.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

struct Binding {
    int param = -1;
    double sign = 1; ///< bound = sign · param
};

/// Ties a bound to the one parameter whose default equals it (preferred) or its negative.
std::optional<Binding> bindingFor(const actlab::ActivationSpec &spec, double bound) {
    const auto unique = [&](double sign) -> std::optional<Binding> {
        std::optional<Binding> found;
        for (std::size_t i = 0; i < spec.params.size(); ++i) {
            if (spec.params[i].integer)
                continue; // switches (gelu's approximate) are never a level
            if (sign * spec.params[i].defaultValue == bound) {
                if (found)
                    return std::nullopt; // ambiguous: two parameters could be the bound
                found = Binding{int(i), sign};
            }
        }
        return found;
    };
    if (auto direct = unique(1.0))
        return direct;
    if (bound == 0)
        return std::nullopt; // -0 == 0: a zero bound is never "minus a parameter"
    return unique(-1.0);
}

} // namespace

std::vector<double> RangeGuides::levels(const actlab::ActivationSpec &spec,
                                        const std::vector<double> &params) {
    const double bounds[2] = {spec.properties.range.lo, spec.properties.range.hi};
    const std::optional<Binding> bindings[2] = {bindingFor(spec, bounds[0]),
                                                bindingFor(spec, bounds[1])};
    // A bound tied to no parameter still holds while only the parameters that move the other
    // bound differ from their defaults (relu with max_value = 6 keeps its floor at 0).
    const std::vector<double> defaults = spec.defaultParams();
    bool unboundStillValid = params.size() == defaults.size();
    for (std::size_t i = 0; unboundStillValid && i < params.size(); ++i) {
        const bool changed = !(params[i] == defaults[i]);
        const bool moves = (bindings[0] && std::size_t(bindings[0]->param) == i) ||
                           (bindings[1] && std::size_t(bindings[1]->param) == i);
        if (changed && !moves)
            unboundStillValid = false;
    }

    std::vector<double> out;
    for (int k = 0; k < 2; ++k) {
        double level = bounds[k];
        if (bindings[k] && std::size_t(bindings[k]->param) < params.size())
            level = bindings[k]->sign * params[std::size_t(bindings[k]->param)];
        else if (!unboundStillValid)
            continue;
        if (std::isfinite(level))
            out.push_back(level);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}
