// SPDX-License-Identifier: GPL-3.0-or-later
#include "softmaxcommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include "cli/clioptions.h"
#include "cli/clitext.h"
#include "cli/jsonoutput.h"
#include "softmax/softmaxerrortext.h"
#include "util/strings.h"

namespace Cli {
namespace {

QJsonArray jsonArray(const std::vector<double> &values) {
    QJsonArray array;
    for (double v : values)
        array.append(JsonOutput::number(v));
    return array;
}

QByteArray toJson(const actlab::SoftmaxBreakdown &b) {
    const QJsonObject root{{QStringLiteral("logits"), jsonArray(b.logits)},
                           {QStringLiteral("temperature"), JsonOutput::number(b.temperature)},
                           {QStringLiteral("max"), JsonOutput::number(b.maximum)},
                           {QStringLiteral("shifted"), jsonArray(b.shifted)},
                           {QStringLiteral("exp"), jsonArray(b.exp)},
                           {QStringLiteral("sum"), JsonOutput::number(b.sum)},
                           {QStringLiteral("softmax"), jsonArray(b.softmax)},
                           {QStringLiteral("log_softmax"), jsonArray(b.logSoftmax)},
                           {QStringLiteral("softmin"), jsonArray(b.softmin)},
                           {QStringLiteral("sparsemax"), jsonArray(b.sparsemax)}};
    return JsonOutput::document(QJsonDocument(root));
}

QString cell(double v) {
    // Six significant digits, the way the tutorial writes 0.659: enough to read, short enough
    // to line up ten columns. JSON carries the full precision.
    return QString::number(v, 'g', 6).rightJustified(12);
}

QByteArray toText(const actlab::SoftmaxBreakdown &b) {
    // Row names are the JSON keys (code, the same in every language).
    QString out = QStringLiteral("temperature %1\nmax         %2\n")
                      .arg(QString::fromStdString(actlab::formatRoundTrip(b.temperature)),
                           QString::fromStdString(actlab::formatRoundTrip(b.maximum)));
    const auto row = [&out](const char *name, const std::vector<double> &values) {
        out += QString::fromLatin1(name).leftJustified(12);
        for (double v : values)
            out += cell(v);
        out += QLatin1Char('\n');
    };
    row("logits", b.logits);
    row("shifted", b.shifted);
    row("exp", b.exp);
    out += QStringLiteral("sum         ") + cell(b.sum).trimmed() + QLatin1Char('\n');
    row("softmax", b.softmax);
    row("log_softmax", b.logSoftmax);
    row("softmin", b.softmin);
    row("sparsemax", b.sparsemax);
    return out.toUtf8();
}

/// A list that starts with a minus sign ("-1,2,3") would read as an option; every argument
/// that is a number list is moved behind "--", where QCommandLineParser takes it as positional.
QStringList numberListsAsPositional(const QStringList &arguments,
                                    const QStringList &optionsWithValue) {
    static const QRegularExpression negativeList(QStringLiteral("^-[0-9.]"));
    QStringList options, lists;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (optionsWithValue.contains(a) && i + 1 < arguments.size()) {
            options << a << arguments[++i];
            continue;
        }
        (negativeList.match(a).hasMatch() ? lists : options) << a;
    }
    if (lists.isEmpty())
        return arguments;
    return options << QStringLiteral("--") << lists;
}

} // namespace

Outcome runSoftmax(const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption temperature(QStringLiteral("temperature"), QString(),
                                         QStringLiteral("T"), QStringLiteral("1"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOptions({temperature, format});
    const QStringList valued{QStringLiteral("--temperature"), QStringLiteral("--format")};
    if (!parser.parse(numberListsAsPositional(arguments, valued)))
        return fail(parser.errorText());

    QString error;
    const auto list = CliOptions::singleArgument(
        parser.positionalArguments(),
        CliText::tr("Missing logits: actlab softmax X1,X2,... [--temperature T]."), &error);
    if (!list)
        return fail(error);

    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json"))
        return fail(CliText::tr("Unknown format \"%1\": use text or json.").arg(fmt));

    std::vector<double> logits;
    for (const QString &part : list->split(QLatin1Char(','))) {
        const auto v = CliOptions::parseNumber(part);
        if (!v)
            return fail(CliText::tr("Malformed number \"%1\" in the logits.").arg(part));
        logits.push_back(*v);
    }
    const auto t = CliOptions::parseNumber(parser.value(temperature));
    if (!t)
        return fail(CliText::tr("Malformed number \"%1\" in --temperature.")
                        .arg(parser.value(temperature)));

    const auto result = actlab::breakDownSoftmax(logits, *t);
    if (const auto *bad = std::get_if<actlab::SoftmaxInputError>(&result))
        return fail(softmaxInputErrorText(*bad));
    const auto &b = std::get<actlab::SoftmaxBreakdown>(result);
    return {exitOk, fmt == QLatin1String("json") ? toJson(b) : toText(b), {}};
}

} // namespace Cli
