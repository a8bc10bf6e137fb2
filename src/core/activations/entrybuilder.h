// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <utility>

#include "catalog.h"

// Builds catalog entries, so that each family file lists its activations as plain data.
namespace actlab {

/// A scalar activation computed by the stateless maths struct `Maths` (see ScalarFunctionFor).
template <class Maths> CatalogEntry scalarEntry(ActivationSpec spec) {
    return {std::move(spec), std::make_shared<ScalarFunctionFor<Maths>>(), nullptr};
}

/// A vector activation computed by a default-constructed `Function`; the spec is marked as vector.
template <class Function> CatalogEntry vectorEntry(ActivationSpec spec) {
    spec.isVector = true;
    return {std::move(spec), nullptr, std::make_shared<Function>()};
}

} // namespace actlab
