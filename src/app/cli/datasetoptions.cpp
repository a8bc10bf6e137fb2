// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetoptions.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QStringList>

#include "cli/clioptions.h"
#include "cli/clitext.h"
#include "trainingerrortext.h"
#include "util/strings.h"

namespace CliDataOptions {

std::optional<long long> integer(const QCommandLineParser &parser, const QCommandLineOption &option,
                                 long long min, long long max, QString *error) {
    const QString text = parser.value(option).trimmed();
    bool ok = false;
    const long long value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = CliText::tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                     .arg(option.names().first())
                     .arg(min)
                     .arg(max)
                     .arg(text);
        return std::nullopt;
    }
    return value;
}

std::optional<double> real(const QCommandLineParser &parser, const QCommandLineOption &option,
                           double min, double max, QString *error) {
    const QString text = parser.value(option).trimmed();
    const std::optional<double> value = CliOptions::parseNumber(text);
    if (!value || !std::isfinite(*value) || *value < min || *value > max) {
        *error =
            CliText::tr("--%1 must be a number from %2 to %3, not \"%4\".")
                .arg(option.names().first(), QString::fromStdString(actlab::formatRoundTrip(min)),
                     QString::fromStdString(actlab::formatRoundTrip(max)), text);
        return std::nullopt;
    }
    return value;
}

std::optional<int> wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                               QString *error) {
    bool ok = false;
    const long long value = parser.value(option).toLongLong(&ok);
    if (!ok) {
        *error = CliText::tr("--%1 must be a whole number, not \"%2\".")
                     .arg(option.names().first(), parser.value(option));
        return std::nullopt;
    }
    return int(std::clamp<long long>(value, std::numeric_limits<int>::min(),
                                     std::numeric_limits<int>::max()));
}

std::optional<double> anyNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                                QString *error) {
    const std::optional<double> value = CliOptions::parseNumber(parser.value(option));
    if (!value) {
        *error = CliText::tr("--%1 must be a number, not \"%2\".")
                     .arg(option.names().first(), parser.value(option));
        return std::nullopt;
    }
    return value;
}

std::optional<actlab::DatasetOptions> generator(const QString &name,
                                                const QCommandLineParser &parser,
                                                const GeneratorOptions &options, QString *error) {
    const auto kind = actlab::datasetKindFromKey(name.toStdString());
    if (!kind) {
        QStringList known;
        for (const actlab::DatasetKindInfo &info : actlab::datasetKinds())
            known << QString::fromLatin1(info.key);
        *error = CliText::tr("Unknown dataset \"%1\"; choose one of: %2.")
                     .arg(name, known.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    actlab::DatasetOptions o;
    o.kind = *kind;
    const auto n =
        integer(parser, options.n, actlab::kMinDatasetSize, actlab::kMaxDatasetSize, error);
    if (!n)
        return std::nullopt;
    const auto noise = real(parser, options.noise, 0, 1, error);
    if (!noise)
        return std::nullopt;
    const auto classes = integer(parser, options.classes, 2, actlab::kMaxClasses, error);
    if (!classes)
        return std::nullopt;
    const auto seed = integer(parser, options.seed, 0, (1ll << 53), error);
    if (!seed)
        return std::nullopt;
    o.n = int(*n);
    o.noise = *noise;
    o.classes = int(*classes);
    o.seed = std::uint64_t(*seed);
    if (const auto problem = actlab::validateDatasetOptions(o)) {
        *error = datasetOptionsErrorText(*problem, o);
        return std::nullopt;
    }
    return o;
}

} // namespace CliDataOptions
