// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include <algorithm>
#include <cmath>
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

int firstInvalidParam(const ActivationSpec &spec, Params values) {
    for (std::size_t i = 0; i < spec.params.size() && i < values.size(); ++i) {
        const ParamSpec &p = spec.params[i];
        const double v = values[i];
        if (std::isnan(v))
            return int(i);
        if (std::isinf(v) && !(p.infinityAllowed && v > 0))
            return int(i);
        if (std::isfinite(v) && (v < p.min || v > p.max))
            return int(i);
        if (p.integer && std::isfinite(v) && v != std::round(v))
            return int(i);
    }
    return -1;
}

} // namespace actlab
