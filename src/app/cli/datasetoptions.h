// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include "data/datasetgenerator.h"

/** Options the dataset and train subcommands share: generator settings and numbers. */
namespace CliDataOptions {

struct GeneratorOptions {
    QCommandLineOption n{QStringLiteral("n"), QString(), QStringLiteral("N"),
                         QStringLiteral("500")};
    QCommandLineOption noise{QStringLiteral("noise"), QString(), QStringLiteral("S"),
                             QStringLiteral("0")};
    QCommandLineOption classes{QStringLiteral("classes"), QString(), QStringLiteral("K"),
                               QStringLiteral("2")};
    QCommandLineOption seed{QStringLiteral("seed"), QString(), QStringLiteral("K"),
                            QStringLiteral("1")};
    void addTo(QCommandLineParser &parser) const { parser.addOptions({n, noise, classes, seed}); }
};

/// A whole number from min to max; on failure fills *error with one translated sentence.
std::optional<long long> integer(const QCommandLineParser &parser, const QCommandLineOption &option,
                                 long long min, long long max, QString *error);
/// A finite number from min to max.
std::optional<double> real(const QCommandLineParser &parser, const QCommandLineOption &option,
                           double min, double max, QString *error);
/// Any whole number (clamped to the int range), for settings the core validates itself: its
/// error sentence is then the one the window shows too.
std::optional<int> wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                               QString *error);
/// Any number, likewise.
std::optional<double> anyNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                                QString *error);
/// The generator NAME with --n, --noise, --classes and --seed, validated.
std::optional<actlab::DatasetOptions> generator(const QString &name,
                                                const QCommandLineParser &parser,
                                                const GeneratorOptions &options, QString *error);

} // namespace CliDataOptions
