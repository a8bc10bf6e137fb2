// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "util/strings.h"

namespace actlab {

const Catalog &Catalog::builtin() {
    static const Catalog catalog = [] {
        std::vector<CatalogEntry> entries;
        addReluFamily(entries);
        addSigmoidFamily(entries);
        addEluFamily(entries);
        addGatedFamily(entries);
        addSoftplusFamily(entries);
        addShrinkFamily(entries);
        addClassicFamily(entries);
        addVectorFamily(entries);
        return Catalog(std::move(entries));
    }();
    return catalog;
}

Catalog::Catalog(std::vector<CatalogEntry> entries)
    : m_entries(std::move(entries)) {}

const CatalogEntry *Catalog::find(std::string_view idOrAlias) const {
    for (const CatalogEntry &e : m_entries) {
        if (equalsIgnoringCase(e.spec.id, idOrAlias))
            return &e;
        for (const std::string &alias : e.spec.aliases)
            if (equalsIgnoringCase(alias, idOrAlias))
                return &e;
    }
    return nullptr;
}

std::vector<std::string> Catalog::nearest(std::string_view name, std::size_t count) const {
    std::vector<std::pair<std::size_t, std::string>> scored;
    const std::string lowered = toLower(name);
    for (const CatalogEntry &e : m_entries) {
        scored.emplace_back(editDistance(lowered, e.spec.id), e.spec.id);
        for (const std::string &alias : e.spec.aliases)
            scored.emplace_back(editDistance(lowered, alias), alias);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<std::string> result;
    for (const auto &[distance, id] : scored) {
        if (result.size() >= count)
            break;
        result.push_back(id);
    }
    return result;
}

ParamCheck checkParams(const ActivationSpec &spec, Params values) {
    for (std::size_t i = 0; i < spec.params.size() && i < values.size(); ++i) {
        const ParamSpec &p = spec.params[i];
        const double v = values[i];
        ParamCheck c;
        c.index = int(i);
        if (std::isnan(v) || (std::isinf(v) && !(p.infinityAllowed && v > 0)))
            c.problem = ParamProblem::NotANumber;
        else if (std::isfinite(v) && (v < p.min || v > p.max))
            c.problem = ParamProblem::OutOfRange;
        else if (p.integer && std::isfinite(v) && v != std::round(v))
            c.problem = ParamProblem::NotWhole;
        else if (p.nonZero && v == 0)
            c.problem = ParamProblem::Zero;
        if (c)
            return c;
    }
    for (const ParamOrder &o : spec.orders) {
        if (o.lower >= values.size() || o.upper >= values.size())
            continue;
        const double lo = values[o.lower], hi = values[o.upper];
        if (o.strict ? lo < hi : lo <= hi)
            continue;
        ParamCheck c;
        c.problem = ParamProblem::Order;
        c.index = int(o.lower);
        c.other = int(o.upper);
        c.strict = o.strict;
        return c;
    }
    return {};
}

double nearestOrderedValue(const ActivationSpec &spec, Params values, std::size_t index,
                           double wanted) {
    if (index >= spec.params.size() || std::isnan(wanted))
        return wanted;
    const double step = spec.params[index].step > 0 ? spec.params[index].step : 0.0;
    double value = wanted;
    for (const ParamOrder &o : spec.orders) {
        if (o.lower >= values.size() || o.upper >= values.size())
            continue;
        const double gap = o.strict ? step : 0.0;
        const double inf = std::numeric_limits<double>::infinity();
        if (o.lower == index && std::isfinite(values[o.upper])) {
            const double upper = values[o.upper];
            value =
                std::min(value, gap > 0 || !o.strict ? upper - gap : std::nextafter(upper, -inf));
        } else if (o.upper == index && std::isfinite(values[o.lower])) {
            const double lower = values[o.lower];
            value =
                std::max(value, gap > 0 || !o.strict ? lower + gap : std::nextafter(lower, inf));
        }
    }
    return value;
}

int firstInvalidParam(const ActivationSpec &spec, Params values) {
    return checkParams(spec, values).index;
}

} // namespace actlab
