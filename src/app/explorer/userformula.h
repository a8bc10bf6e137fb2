// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/// An activation typed by the user, kept in the settings and shown under "My formulas".
struct UserFormula {
    QString name;       ///< chosen by the user; empty means "show the expression"
    QString expression; ///< muParser text in x, e.g. "x*sigmoid(1.5*x)"

    /// Id used for selection, settings and the plot: "expr:" followed by the expression.
    QString id() const { return idPrefix() + expression; }
    QString displayName() const { return name.isEmpty() ? expression : name; }
    static QString idPrefix() { return QStringLiteral("expr:"); }
    static bool isFormulaId(const QString &id) { return id.startsWith(idPrefix()); }
    bool operator==(const UserFormula &) const = default;
};

/// The formulas remembered in the settings (SettingsKeys::userFormulas), in the user's order.
QList<UserFormula> loadUserFormulas();
void saveUserFormulas(const QList<UserFormula> &formulas);
