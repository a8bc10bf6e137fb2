// SPDX-License-Identifier: GPL-3.0-or-later
#include "userformula.h"

#include "settings.h"

QList<UserFormula> loadUserFormulas() {
    QList<UserFormula> formulas;
    for (const QVariant &item : SettingsKeys::userFormulas.get()) {
        const QVariantMap map = item.toMap();
        UserFormula formula{map.value(QStringLiteral("name")).toString(),
                            map.value(QStringLiteral("expression")).toString()};
        if (!formula.expression.trimmed().isEmpty())
            formulas.append(formula);
    }
    return formulas;
}

void saveUserFormulas(const QList<UserFormula> &formulas) {
    QVariantList list;
    for (const UserFormula &formula : formulas)
        list.append(QVariantMap{{QStringLiteral("name"), formula.name},
                                {QStringLiteral("expression"), formula.expression}});
    SettingsKeys::userFormulas.set(list);
}
