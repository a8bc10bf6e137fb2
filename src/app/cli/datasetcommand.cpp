// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetcommand.h"

#include "cli/clitext.h"
#include "cli/datasetoptions.h"
#include "data/csvdataset.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

namespace Cli {

Outcome runDataset(const QStringList &arguments) {
    QCommandLineParser parser;
    const CliDataOptions::GeneratorOptions generatorOptions;
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    generatorOptions.addTo(parser);
    parser.addOption(out);
    if (!parser.parse(arguments))
        return fail(parser.errorText());

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(CliText::tr("Missing dataset: actlab dataset NAME --out FILE.csv."));
    if (positional.size() > 1)
        return fail(CliText::tr("Unexpected argument \"%1\".").arg(positional[1]));
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return fail(CliText::tr("Missing --out FILE.csv (or --out - for standard output)."));

    QString error;
    const auto options =
        CliDataOptions::generator(positional.first(), parser, generatorOptions, &error);
    if (!options)
        return fail(error);
    const QByteArray csv =
        QByteArray::fromStdString(actlab::formatCsvDataset(actlab::generateDataset(*options)));

    const QString path = parser.value(out);
    if (path == QLatin1String("-"))
        return {exitOk, csv, {}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return {exitFailure, {}, CliText::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {exitOk, {}, {}};
}

} // namespace Cli
