// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcommand.h"

#include <cmath>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "activations/catalog.h"
#include "catalogtext.h"
#include "cli/clioptions.h"
#include "cli/clitext.h"
#include "cli/jsonoutput.h"

namespace Cli {
namespace {

// JSON has no infinity: an unbounded limit (or relu's max_value = None) is written as null.
QByteArray listJson() {
    QJsonArray array;
    for (const actlab::CatalogEntry &e : actlab::Catalog::builtin().entries()) {
        QJsonObject o;
        o[QStringLiteral("id")] = QString::fromStdString(e.spec.id);
        QJsonArray aliases;
        for (const std::string &a : e.spec.aliases)
            aliases.append(QString::fromStdString(a));
        o[QStringLiteral("aliases")] = aliases;
        o[QStringLiteral("family")] = QString::fromLatin1(actlab::familyKey(e.spec.family));
        const QString en = QString::fromUtf8(e.spec.texts.name);
        const QString zh = chineseCatalogText(e.spec.texts.name);
        o[QStringLiteral("names")] =
            QJsonObject{{QStringLiteral("en"), en}, {QStringLiteral("zh"), zh.isEmpty() ? en : zh}};
        QJsonArray params;
        for (const actlab::ParamSpec &p : e.spec.params) {
            params.append(
                QJsonObject{{QStringLiteral("name"), QString::fromStdString(p.name)},
                            {QStringLiteral("default"), JsonOutput::number(p.defaultValue)},
                            {QStringLiteral("min"), JsonOutput::number(p.min)},
                            {QStringLiteral("max"), JsonOutput::number(p.max)}});
        }
        o[QStringLiteral("params")] = params;
        o[QStringLiteral("vector")] = e.spec.isVector;
        array.append(o);
    }
    return JsonOutput::document(QJsonDocument(array));
}

QByteArray listText() {
    QByteArray out;
    for (const actlab::CatalogEntry &e : actlab::Catalog::builtin().entries()) {
        QString line = QString::fromStdString(e.spec.id).leftJustified(16);
        QStringList extras;
        for (const std::string &a : e.spec.aliases)
            extras << QString::fromStdString(a);
        line += (extras.isEmpty() ? QString() : extras.join(QLatin1Char(','))).leftJustified(12);
        line += QString::fromLatin1(actlab::familyKey(e.spec.family)).leftJustified(10);
        line += activationName(e.spec);
        QStringList params;
        for (const actlab::ParamSpec &p : e.spec.params)
            params << QStringLiteral("%1=%2")
                          .arg(QString::fromStdString(p.name))
                          .arg(std::isfinite(p.defaultValue) ? QString::number(p.defaultValue)
                                                             : QStringLiteral("inf"));
        if (!params.isEmpty())
            line += QStringLiteral("  (") + params.join(QStringLiteral(", ")) + QLatin1Char(')');
        if (e.spec.isVector)
            line += QStringLiteral("  [") + CliText::tr("vector") + QLatin1Char(']');
        out += line.toUtf8() + '\n';
    }
    return out;
}

} // namespace

Outcome runList(const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption lang = CliOptions::langOption();
    parser.addOptions({format, lang});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (const auto error = CliOptions::applyLanguage(parser, lang))
        return fail(*error);
    if (const auto error = CliOptions::unexpectedArgument(parser.positionalArguments()))
        return fail(*error);
    const QString f = parser.value(format);
    if (f == QLatin1String("json"))
        return {exitOk, listJson(), {}};
    if (f == QLatin1String("text"))
        return {exitOk, listText(), {}};
    return fail(CliText::tr("Unknown format \"%1\": use text or json.").arg(f));
}

} // namespace Cli
