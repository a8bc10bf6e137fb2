// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

/// Item data roles of the catalog model, shared by the panel, its filter and its delegate.
namespace CatalogRoles {
enum : int {
    Id = Qt::UserRole + 1, ///< activation id or "expr:..." (leaves only)
    Subtitle,              ///< second line: id and aliases, or the formula's expression
    SearchText,            ///< everything the search box matches, both languages
    FormulaIndex,          ///< index into the user formulas, -1 for built-ins
    FamilyKey,             ///< int(actlab::Family), on family rows
};
}
