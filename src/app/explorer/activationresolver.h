// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QString>

#include "activations/catalog.h"

/// What an activation id ("relu", "swish", "expr:x*tanh(x)") stands for.
struct ResolvedActivation {
    QString id;                                  ///< canonical id (aliases resolved to the id)
    const actlab::CatalogEntry *entry = nullptr; ///< null for formulas
    /// The scalar function to plot: the entry's own, the 1-D slice of a vector activation
    /// (actlab::VectorSliceFunction), or the compiled formula. Null when the id is unknown or
    /// the formula does not compile.
    std::shared_ptr<const actlab::ScalarFunction> function;

    bool isValid() const { return function != nullptr; }
    bool isFormula() const { return entry == nullptr && isValid(); }
    const actlab::ActivationSpec *spec() const { return entry ? &entry->spec : nullptr; }
};

ResolvedActivation resolveActivation(const QString &id);
/// Whether `values` are exactly the activation's parameters, each valid (a formula has none):
/// settings from another version and lab files are held to it before anything is drawn.
bool hasValidValues(const ResolvedActivation &resolved, const std::vector<double> &values);
