// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include <cmath>

#include "cli/clitext.h"
#include "formula/formula.h"
#include "formulaerrortext.h"
#include "languagemanager.h"
#include "trainingerrortext.h"
#include "util/strings.h"

namespace CliOptions {
namespace {

QString joinSuggestions(const std::vector<std::string> &names) {
    QStringList list;
    for (const std::string &n : names)
        list << QString::fromStdString(n);
    return list.join(QStringLiteral(", "));
}

} // namespace

QCommandLineOption langOption() {
    return {QStringLiteral("lang"), QString(), QStringLiteral("LANG")};
}

std::optional<QString> applyLanguage(const QCommandLineParser &parser,
                                     const QCommandLineOption &option) {
    if (!parser.isSet(option))
        return std::nullopt;
    const QString code = parser.value(option);
    LanguageManager *languages = LanguageManager::instance();
    if (languages && languages->setLanguage(code))
        return std::nullopt;
    return CliText::tr("Unknown language \"%1\": use %2.")
        .arg(code, LanguageManager::availableLanguages().join(QStringLiteral(", ")));
}

QCommandLineOption paramOption() {
    return {QStringLiteral("param"), QString(), QStringLiteral("NAME=VALUE")};
}

QCommandLineOption orderOption(const QString &defaultOrder) {
    return {QStringLiteral("order"), QString(), QStringLiteral("ORDER"), defaultOrder};
}

std::optional<int> parseOrder(const QString &text, QString *error) {
    if (text != QLatin1String("0") && text != QLatin1String("1") && text != QLatin1String("2")) {
        *error = CliText::tr("--order must be 0, 1 or 2, not \"%1\".").arg(text);
        return std::nullopt;
    }
    return text.toInt();
}

std::optional<QString> singleArgument(const QStringList &positional, const QString &missing,
                                      QString *error) {
    if (positional.isEmpty()) {
        *error = missing;
        return std::nullopt;
    }
    if (const auto extra = unexpectedArgument(positional.mid(1))) {
        *error = *extra;
        return std::nullopt;
    }
    return positional.first();
}

std::optional<QString> unexpectedArgument(const QStringList &positional) {
    if (positional.isEmpty())
        return std::nullopt;
    return CliText::tr("Unexpected argument \"%1\".").arg(positional.first());
}

std::optional<double> parseNumber(const QString &text) {
    return actlab::parseDouble(text.toStdString());
}

std::optional<std::vector<double>> parseRange(const QString &text, QString *error) {
    const QStringList parts = text.split(QLatin1Char(':'));
    const auto bad = [&] {
        *error =
            CliText::tr("Malformed range \"%1\": expected A:B:N, for example -5:5:101.").arg(text);
        return std::nullopt;
    };
    if (parts.size() != 3)
        return bad();
    const auto a = parseNumber(parts[0]);
    const auto b = parseNumber(parts[1]);
    bool countOk = false;
    const int n = parts[2].toInt(&countOk);
    if (!a || !b || !countOk || !std::isfinite(*a) || !std::isfinite(*b))
        return bad();
    if (n < 1 || n > 10'000'000) {
        *error = CliText::tr("The point count in \"%1\" must be between 1 and 10000000.").arg(text);
        return std::nullopt;
    }
    std::vector<double> xs(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        xs[std::size_t(i)] = n == 1 ? *a : *a + (*b - *a) * double(i) / double(n - 1);
    if (n > 1)
        xs.back() = *b; // exact end point, free of rounding
    return xs;
}

std::optional<std::vector<double>> parseList(const QString &text, QString *error) {
    std::vector<double> xs;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const auto v = parseNumber(part);
        if (!v) {
            *error = CliText::tr("Malformed number \"%1\" in --x.").arg(part);
            return std::nullopt;
        }
        xs.push_back(*v);
    }
    return xs;
}

namespace {

/// Splits at the commas outside (), [] and {}; nullopt when the brackets do not balance.
std::optional<QStringList> splitTopLevel(const QString &text) {
    QStringList parts;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'(' || c == u'[' || c == u'{')
            ++depth;
        else if (c == u')' || c == u']' || c == u'}')
            --depth;
        if (depth < 0)
            return std::nullopt;
        if (c == u',' && depth == 0) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (depth != 0)
        return std::nullopt;
    parts << current;
    return parts;
}

} // namespace

std::optional<QList<ActivationWithParams>> parseCompareList(const QString &text, QString *error) {
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("expr:")))
        return QList<ActivationWithParams>{{trimmed, {}}};
    const auto malformed = [&](const QString &item) {
        *error = CliText::tr("Malformed --compare entry \"%1\": expected ID or "
                             "ID[NAME=VALUE,...], separated by commas.")
                     .arg(item);
        return std::nullopt;
    };
    const auto items = splitTopLevel(trimmed);
    if (!items)
        return malformed(trimmed);
    QList<ActivationWithParams> out;
    for (QString item : *items) {
        item = item.trimmed();
        if (item.isEmpty())
            return malformed(text);
        ActivationWithParams a;
        const qsizetype open = item.indexOf(QLatin1Char('['));
        if (open < 0 || item.startsWith(QLatin1String("expr:"))) {
            a.id = item;
        } else {
            if (!item.endsWith(QLatin1Char(']')) || open == 0)
                return malformed(item);
            a.id = item.left(open).trimmed();
            const auto params = splitTopLevel(item.mid(open + 1, item.size() - open - 2));
            if (!params)
                return malformed(item);
            for (const QString &p : *params) {
                if (!p.contains(QLatin1Char('=')))
                    return malformed(item);
                a.params << p.trimmed();
            }
        }
        out << a;
    }
    return out;
}

std::optional<ResolvedActivation>
resolveActivation(const QString &id, const QStringList &paramAssignments, QString *error) {
    ResolvedActivation result;
    result.id = id;
    if (id.startsWith(QLatin1String("expr:"))) {
        const QString formula = id.mid(5);
        auto compiled = actlab::FormulaFunction::compile(formula.toStdString());
        if (auto *err = std::get_if<actlab::FormulaError>(&compiled)) {
            *error = CliText::tr("Formula error: %1").arg(formulaErrorText(*err));
            return std::nullopt;
        }
        result.scalar = std::get<std::shared_ptr<const actlab::FormulaFunction>>(compiled);
        if (!paramAssignments.isEmpty()) {
            *error = CliText::tr("A typed formula has no parameters; remove --param.");
            return std::nullopt;
        }
        return result;
    }

    const actlab::CatalogEntry *entry = actlab::Catalog::builtin().find(id.toStdString());
    if (!entry) {
        const auto near = actlab::Catalog::builtin().nearest(id.toStdString());
        *error =
            CliText::tr("Unknown activation \"%1\". Did you mean: %2? (actlab list shows all.)")
                .arg(id, joinSuggestions(near));
        return std::nullopt;
    }
    result.entry = entry;
    result.scalar = entry->scalar;
    result.vector = entry->vector;
    result.params = entry->spec.defaultParams();

    for (const QString &assignment : paramAssignments) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error =
                CliText::tr("Malformed parameter \"%1\": expected NAME=VALUE.").arg(assignment);
            return std::nullopt;
        }
        const QString name = assignment.left(eq).trimmed();
        const int index = entry->spec.paramIndex(name.toStdString());
        if (index < 0) {
            QStringList known;
            for (const auto &p : entry->spec.params)
                known << QString::fromStdString(p.name);
            *error = known.isEmpty()
                         ? CliText::tr("Unknown parameter \"%1\": %2 has no parameters.")
                               .arg(name, QString::fromStdString(entry->spec.id))
                         : CliText::tr("Unknown parameter \"%1\" for %2; it has: %3.")
                               .arg(name, QString::fromStdString(entry->spec.id),
                                    known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        const auto value = parseNumber(assignment.mid(eq + 1));
        if (!value) {
            *error = CliText::tr("Malformed number \"%1\" for parameter %2.")
                         .arg(assignment.mid(eq + 1), name);
            return std::nullopt;
        }
        result.params[std::size_t(index)] = *value;
    }

    const actlab::ParamCheck check = actlab::checkParams(entry->spec, result.params);
    if (check) {
        const auto text = [&](int i) {
            return QString::fromStdString(actlab::formatRoundTrip(result.params[std::size_t(i)]));
        };
        const actlab::ParamSpec &p = entry->spec.params[std::size_t(check.index)];
        const QString name = QString::fromStdString(p.name);
        const QString value = text(check.index);
        const QString lo = QString::fromStdString(actlab::formatRoundTrip(p.min));
        const QString hi = p.infinityAllowed
                               ? QStringLiteral("inf")
                               : QString::fromStdString(actlab::formatRoundTrip(p.max));
        switch (check.problem) {
        case actlab::ParamProblem::NotANumber:
            *error = p.infinityAllowed
                         ? CliText::tr("Parameter %1 = %2 is not allowed: it must be a finite "
                                       "number or inf.")
                               .arg(name, value)
                         : CliText::tr("Parameter %1 = %2 is not allowed: it must be a finite "
                                       "number.")
                               .arg(name, value);
            break;
        case actlab::ParamProblem::NotWhole:
            *error = CliText::tr("Parameter %1 = %2 is out of range: it must be a whole number "
                                 "from %3 to %4.")
                         .arg(name, value, lo, hi);
            break;
        case actlab::ParamProblem::Zero:
            *error = p.min == 0 ? CliText::tr("Parameter %1 = %2 is out of range: it must be "
                                              "greater than 0.")
                                      .arg(name, value)
                                : CliText::tr("Parameter %1 must not be 0.").arg(name);
            break;
        case actlab::ParamProblem::Order: {
            const QString other =
                QString::fromStdString(entry->spec.params[std::size_t(check.other)].name);
            *error = check.strict ? CliText::tr("Parameter %1 = %2 must be less than %3 = %4.")
                                        .arg(name, value, other, text(check.other))
                                  : CliText::tr("Parameter %1 = %2 must not exceed %3 = %4.")
                                        .arg(name, value, other, text(check.other));
            break;
        }
        case actlab::ParamProblem::OutOfRange:
        case actlab::ParamProblem::None:
            if (!std::isfinite(p.max) && !p.infinityAllowed)
                *error = CliText::tr("Parameter %1 = %2 is out of range: it must be at least %3.")
                             .arg(name, value, lo);
            else if (!std::isfinite(p.min))
                *error = CliText::tr("Parameter %1 = %2 is out of range: it must be at most %3.")
                             .arg(name, value, hi);
            else
                *error = CliText::tr("Parameter %1 = %2 is out of range: it must be from %3 to "
                                     "%4.")
                             .arg(name, value, lo, hi);
            break;
        }
        return std::nullopt;
    }
    return result;
}

std::optional<actlab::ActivationChoice>
hiddenActivation(const QString &id, const QStringList &paramAssignments, QString *error) {
    const auto resolved = resolveActivation(id, paramAssignments, error);
    if (!resolved)
        return std::nullopt;
    if (resolved->vector) {
        actlab::ActivationError refused;
        refused.kind = actlab::ActivationErrorKind::VectorFunction;
        refused.id = resolved->id.toStdString();
        *error = activationErrorText(refused); // the playground's sentence too
        return std::nullopt;
    }
    actlab::ActivationChoice choice;
    if (resolved->entry) {
        choice.id = resolved->entry->spec.id;
        choice.params = resolved->params;
    } else {
        choice.formula = id.mid(5).toStdString(); // expr:FORMULA
    }
    return choice;
}

} // namespace CliOptions
