// SPDX-License-Identifier: GPL-3.0-or-later
#include "formulatypesetter.h"

#include <QList>
#include <QStringList>

namespace {

// Fonts with good mathematical glyphs first; any serif face will do.
const char *const kMathStyle = "font-family:'STIX Two Math','Latin Modern Math','Cambria Math',"
                               "'DejaVu Serif','Noto Serif',serif;";

bool isLatinLetter(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}
bool isWordChar(QChar c) {
    return isLatinLetter(c) || c == QLatin1Char('_') || c.isDigit();
}
bool isGreek(QChar c) {
    return c.unicode() >= 0x0391 && c.unicode() <= 0x03C9;
}
bool isSuperscriptChar(QChar c) {
    static const QString supers = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ˣ");
    return supers.contains(c);
}

/// Splits at `separator` where parentheses are balanced.
QStringList splitTopLevel(const QString &text, const QString &separator) {
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('(') || c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(')') || c == QLatin1Char(']'))
            --depth;
        else if (depth == 0 && QStringView(text).mid(i).startsWith(separator)) {
            parts << text.mid(start, i - start);
            start = i + separator.size();
            i = start - 1;
        }
    }
    parts << text.mid(start);
    return parts;
}

qsizetype matchingParen(const QString &text, qsizetype open) {
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('('))
            ++depth;
        else if (text[i] == QLatin1Char(')') && --depth == 0)
            return i;
    }
    return text.size();
}

struct Branch {
    QString value;
    QString condition; ///< empty: "otherwise"
    QString note;      ///< text after "otherwise", e.g. "(a is learned)"
};

/// "x if x > 0" / "else α(eˣ − 1)" / "a·x otherwise (a is learned)"; false if none of these.
bool parseBranch(const QString &text, Branch *branch) {
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("else "))) {
        branch->value = t.mid(5);
        return true;
    }
    const qsizetype otherwise = t.indexOf(QLatin1String(" otherwise"));
    if (otherwise > 0) {
        branch->value = t.left(otherwise);
        branch->note = t.mid(otherwise + 10).trimmed();
        return true;
    }
    const qsizetype ifAt = t.indexOf(QLatin1String(" if "));
    if (ifAt > 0) {
        branch->value = t.left(ifAt);
        branch->condition = t.mid(ifAt + 4);
        return true;
    }
    return false;
}

} // namespace

QString FormulaTypesetter::inlineHtml(const QString &text) {
    // English phrases used in catalog formulas, longest first; they are set upright in the
    // interface font and translated.
    const QList<std::pair<QString, QString>> phrases{
        {QStringLiteral("a is learned"), tr("a is learned")},
        {QStringLiteral("tanh form"), tr("tanh form")},
        {QStringLiteral("such that"), tr("such that")},
        {QStringLiteral("training"), tr("training")},
        {QStringLiteral("evaluation"), tr("evaluation")},
        {QStringLiteral("otherwise"), tr("otherwise")},
        {QStringLiteral("else"), tr("otherwise")},
        {QStringLiteral("if"), tr("if")},
    };

    QString html;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        const bool wordStart = isLatinLetter(c) && (i == 0 || !isWordChar(text[i - 1]));
        if (wordStart) {
            bool matched = false;
            for (const auto &[english, translated] : phrases) {
                const qsizetype end = i + english.size();
                if (QStringView(text).mid(i).startsWith(english) &&
                    (end >= text.size() || !isWordChar(text[end]))) {
                    html += QStringLiteral("<span style=\"font-family:sans-serif;\">%1</span>")
                                .arg(translated.toHtmlEscaped());
                    i = end;
                    matched = true;
                    break;
                }
            }
            if (matched)
                continue;
            qsizetype end = i;
            while (end < text.size() && isWordChar(text[end]))
                ++end;
            const QString word = text.mid(i, end - i);
            const bool eulerE = word == QLatin1String("e") && end < text.size() &&
                                (text[end] == QLatin1Char('^') || isSuperscriptChar(text[end]));
            if (word.size() == 1 && !eulerE)
                html += QStringLiteral("<i>%1</i>").arg(word);
            else
                html += word.toHtmlEscaped(); // function names and e stay upright
            i = end;
            continue;
        }
        if (c == QLatin1Char('^')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('(')) {
                const qsizetype close = matchingParen(text, i + 1);
                html +=
                    QStringLiteral("<sup>%1</sup>").arg(inlineHtml(text.mid(i + 2, close - i - 2)));
                i = close + 1;
            } else {
                qsizetype end = i + 1;
                while (end < text.size() &&
                       (isWordChar(text[end]) || text[end] == QLatin1Char('.')))
                    ++end;
                html +=
                    QStringLiteral("<sup>%1</sup>").arg(inlineHtml(text.mid(i + 1, end - i - 1)));
                i = end;
            }
            continue;
        }
        if (isGreek(c) && c.isLower())
            html += QStringLiteral("<i>%1</i>").arg(c);
        else if (c == QLatin1Char('-'))
            html += QChar(0x2212); // a real minus sign
        else if (c == QLatin1Char('*'))
            html += QChar(0x00B7);
        else
            html += QString(c).toHtmlEscaped();
        ++i;
    }
    return html;
}

QString FormulaTypesetter::statementHtml(const QString &statement, double pointSize) {
    const qsizetype eq = statement.indexOf(QLatin1String(" = "));
    if (eq > 0) {
        const QString lhs = statement.left(eq);
        const QStringList parts = splitTopLevel(statement.mid(eq + 3), QStringLiteral(", "));
        QList<Branch> branches;
        for (const QString &part : parts) {
            Branch branch;
            if (!parseBranch(part, &branch)) {
                branches.clear();
                break;
            }
            branches << branch;
        }
        if (branches.size() >= 2) {
            QString rows;
            for (const Branch &b : branches) {
                QString condition =
                    b.condition.isEmpty()
                        ? QStringLiteral("<span style=\"font-family:sans-serif;\">%1</span>")
                              .arg(tr("otherwise").toHtmlEscaped())
                        : QStringLiteral("<span style=\"font-family:sans-serif;\">%1</span> %2")
                              .arg(tr("if").toHtmlEscaped(), inlineHtml(b.condition));
                if (!b.note.isEmpty())
                    condition += QLatin1Char(' ') + inlineHtml(b.note);
                rows += QStringLiteral("<tr><td style=\"padding-right:14px;\">%1,</td>"
                                       "<td>%2</td></tr>")
                            .arg(inlineHtml(b.value), condition);
            }
            // A tall brace in front of the cases, as in a textbook.
            return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                  "<td valign=\"middle\">%1 =&nbsp;</td>"
                                  "<td valign=\"middle\" style=\"font-size:%2pt;\">{</td>"
                                  "<td valign=\"middle\"><table cellspacing=\"2\">%3</table></td>"
                                  "</tr></table>")
                .arg(inlineHtml(lhs))
                .arg(qRound(pointSize * (1.0 + 0.75 * double(branches.size() - 1))))
                .arg(rows);
        }
    }
    return QStringLiteral("<p style=\"margin:2px 0;\">%1</p>").arg(inlineHtml(statement));
}

QString FormulaTypesetter::toHtml(const QString &formula, double pointSize) {
    QString html = QStringLiteral("<div style=\"%1\">").arg(QLatin1String(kMathStyle));
    for (const QString &statement : splitTopLevel(formula, QStringLiteral(";")))
        if (!statement.trimmed().isEmpty())
            html += statementHtml(statement.trimmed(), pointSize);
    return html + QStringLiteral("</div>");
}

QString FormulaTypesetter::userFormulaHtml(const QString &expression) {
    // User text is typeset but not searched for English words: it is the user's own.
    QString html =
        QStringLiteral("<div style=\"%1\"><i>f</i>(<i>x</i>) = ").arg(QLatin1String(kMathStyle));
    return html + expression.toHtmlEscaped() + QStringLiteral("</div>");
}
