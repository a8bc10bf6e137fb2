// SPDX-License-Identifier: GPL-3.0-or-later
#include "activationresolver.h"

#include <QHash>

#include "activations/vectorslice.h"
#include "formula/formula.h"
#include "userformula.h"

ResolvedActivation resolveActivation(const QString &id) {
    ResolvedActivation result;
    if (UserFormula::isFormulaId(id)) {
        const QString expression = id.mid(UserFormula::idPrefix().size());
        auto compiled = actlab::FormulaFunction::compile(expression.toStdString());
        if (auto *function =
                std::get_if<std::shared_ptr<const actlab::FormulaFunction>>(&compiled)) {
            result.id = id;
            result.function = *function;
        }
        return result;
    }
    const actlab::CatalogEntry *entry = actlab::Catalog::builtin().find(id.toStdString());
    if (!entry)
        return result;
    result.id = QString::fromStdString(entry->spec.id);
    result.entry = entry;
    if (entry->scalar) {
        result.function = entry->scalar;
    } else if (entry->vector) {
        // One slice object per vector activation, shared by every caller (it is immutable).
        static QHash<const actlab::CatalogEntry *, std::shared_ptr<const actlab::ScalarFunction>>
            slices;
        auto &slice = slices[entry];
        if (!slice)
            slice = std::make_shared<actlab::VectorSliceFunction>(entry->vector);
        result.function = slice;
    }
    return result;
}

bool hasValidValues(const ResolvedActivation &resolved, const std::vector<double> &values) {
    if (!resolved.entry)
        return values.empty();
    return values.size() == resolved.entry->spec.params.size() &&
           actlab::firstInvalidParam(resolved.entry->spec, values) < 0;
}
