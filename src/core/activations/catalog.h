// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "activationspec.h"
#include "scalarfunction.h"
#include "vectorfunction.h"

namespace actlab {

struct CatalogEntry {
    ActivationSpec spec;
    std::shared_ptr<const ScalarFunction> scalar; ///< null for vector activations
    std::shared_ptr<const VectorFunction> vector; ///< null for scalar activations
};

/** The built-in activations. Immutable after construction; safe to share between threads. */
class Catalog {
public:
    static const Catalog &builtin();

    const std::vector<CatalogEntry> &entries() const { return m_entries; }
    /// By id or alias, case-insensitive; null when unknown.
    const CatalogEntry *find(std::string_view idOrAlias) const;
    /// Up to `count` ids (or aliases) closest to a misspelt name, nearest first.
    std::vector<std::string> nearest(std::string_view name, std::size_t count = 3) const;

    explicit Catalog(std::vector<CatalogEntry> entries);

private:
    std::vector<CatalogEntry> m_entries;
};

// Each family file appends its entries; catalog.cpp calls them in a fixed order.
void addReluFamily(std::vector<CatalogEntry> &out);
void addSigmoidFamily(std::vector<CatalogEntry> &out);
void addEluFamily(std::vector<CatalogEntry> &out);
void addGatedFamily(std::vector<CatalogEntry> &out);
void addSoftplusFamily(std::vector<CatalogEntry> &out);
void addShrinkFamily(std::vector<CatalogEntry> &out);
void addClassicFamily(std::vector<CatalogEntry> &out);
void addVectorFamily(std::vector<CatalogEntry> &out);

/// Validates parameter values against a spec: the first problem found, or none.
ParamCheck checkParams(const ActivationSpec &spec, Params values);
/// The value nearest to `wanted` that parameter `index` may take while the others keep their
/// `values`: each ParamOrder it takes part in stops it at the other parameter (not strict) or
/// one `step` short of it (strict), so hard_tanh's min_val can never reach its max_val.
double nearestOrderedValue(const ActivationSpec &spec, Params values, std::size_t index,
                           double wanted);
/// Validates parameter values against a spec. Returns the index of the first bad value, or -1.
int firstInvalidParam(const ActivationSpec &spec, Params values);

} // namespace actlab
