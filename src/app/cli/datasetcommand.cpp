// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetcommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

#include "cli/clioptions.h"
#include "cli/clitext.h"
#include "cli/datasetoptions.h"
#include "data/csvdataset.h"

namespace Cli {

Outcome runDataset(const QStringList &arguments) {
    QCommandLineParser parser;
    const CliDataOptions::GeneratorOptions generatorOptions;
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    generatorOptions.addTo(parser);
    parser.addOption(out);
    if (!parser.parse(arguments))
        return fail(parser.errorText());

    QString error;
    const auto name = CliOptions::singleArgument(
        parser.positionalArguments(),
        CliText::tr("Missing dataset: actlab dataset NAME --out FILE.csv."), &error);
    if (!name)
        return fail(error);
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return fail(CliText::tr("Missing --out FILE.csv (or --out - for standard output)."));

    const auto options = CliDataOptions::generator(*name, parser, generatorOptions, &error);
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
