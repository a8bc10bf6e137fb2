// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * Turns a catalog formula in plain Unicode ("f(x) = x if x > 0, a·x otherwise") into rich text
 * for a QLabel: variables in italics, exponents written as ^(...) raised, piecewise definitions
 * set as cases with a brace, and the few English words the formulas use ("if", "otherwise",
 * "training", ...) translated, so a Chinese reader sees no English prose in the maths.
 */
class FormulaTypesetter {
    Q_DECLARE_TR_FUNCTIONS(FormulaTypesetter)

public:
    /// Rich text for a catalog formula (one line per "; "-separated statement). `pointSize` is
    /// the label's font size, used to make a case brace as tall as its cases.
    static QString toHtml(const QString &formula, double pointSize = 12);
    /// Rich text for a user formula "f(x) = expression", typeset inline.
    static QString userFormulaHtml(const QString &expression);

private:
    static QString statementHtml(const QString &statement, double pointSize);
    static QString inlineHtml(const QString &text);
};
