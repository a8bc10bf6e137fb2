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
    /// --n, --noise, --classes and --seed default to `defaults` (the generator's own, or the
    /// training defaults for `train`).
    explicit GeneratorOptions(const actlab::DatasetOptions &defaults = {})
        : n(QStringLiteral("n"), QString(), QStringLiteral("N"), QString::number(defaults.n))
        , noise(QStringLiteral("noise"), QString(), QStringLiteral("S"),
                QString::number(defaults.noise))
        , classes(QStringLiteral("classes"), QString(), QStringLiteral("K"),
                  QString::number(defaults.classes))
        , seed(QStringLiteral("seed"), QString(), QStringLiteral("K"),
               QString::number(defaults.seed)) {}
    QCommandLineOption n;
    QCommandLineOption noise;
    QCommandLineOption classes;
    QCommandLineOption seed;
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
