// SPDX-License-Identifier: GPL-3.0-or-later
#include "formulaerrortext.h"

#include <QCoreApplication>

#include "uinumber.h"

namespace {
class FormulaErrorText {
    Q_DECLARE_TR_FUNCTIONS(FormulaError)
};
} // namespace

QString formulaErrorText(const actlab::FormulaError &error) {
    using actlab::FormulaErrorKind;
    const int column = int(error.position) + 1;
    const QString token = QString::fromStdString(error.token);
    switch (error.kind) {
    case FormulaErrorKind::Empty:
        return FormulaErrorText::tr(
            "The formula is empty: type an expression in x, such as sin(x).");
    case FormulaErrorKind::UnknownName:
        return FormulaErrorText::tr(
                   "Unknown name \"%1\" at column %2: use x, a function such as exp or sigmoid, "
                   "or a constant such as _pi.")
            .arg(token, UiNumber::whole(column));
    case FormulaErrorKind::UnexpectedToken:
        return FormulaErrorText::tr("Unexpected \"%1\" at column %2.")
            .arg(token, UiNumber::whole(column));
    case FormulaErrorKind::MissingParenthesis:
        return FormulaErrorText::tr("Missing closing parenthesis for the one opened at column %1.")
            .arg(column);
    case FormulaErrorKind::UnexpectedParenthesis:
        return FormulaErrorText::tr("Unexpected parenthesis at column %1.").arg(column);
    case FormulaErrorKind::UnexpectedEnd:
        return FormulaErrorText::tr("The formula ends too early, at column %1.").arg(column);
    case FormulaErrorKind::WrongArgumentCount:
        return FormulaErrorText::tr("Wrong number of arguments for \"%1\" at column %2.")
            .arg(token, UiNumber::whole(column));
    case FormulaErrorKind::TooLong:
        return FormulaErrorText::tr("The formula is too long: at most %1 characters.")
            .arg(actlab::FormulaFunction::kMaxLength);
    case FormulaErrorKind::TooDeep:
        return FormulaErrorText::tr("Parentheses are nested too deeply at column %1: at most %2 "
                                    "levels.")
            .arg(column)
            .arg(actlab::FormulaFunction::kMaxDepth);
    case FormulaErrorKind::Other:
        break;
    }
    return FormulaErrorText::tr("The formula cannot be read at column %1.").arg(column);
}
