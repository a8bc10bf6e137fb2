// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include "activations/catalog.h"
#include "network/hiddenactivation.h"

/** Shared parsing for the subcommands' arguments: activations, parameters, numbers. */
namespace CliOptions {

/// A resolved activation: a catalog entry, or a typed formula (`expr:FORMULA`).
struct ResolvedActivation {
    QString id;
    const actlab::CatalogEntry *entry = nullptr;          ///< null for formulas
    std::shared_ptr<const actlab::ScalarFunction> scalar; ///< null for vector activations
    std::shared_ptr<const actlab::VectorFunction> vector;
    std::vector<double> params;
};

/// One activation named on the command line with its parameters: `leaky_relu[negative_slope=0.01]`.
struct ActivationWithParams {
    QString id;
    QStringList params; ///< NAME=VALUE, as --param takes them
};

/// One --compare value: activations separated by commas, each with optional parameters in
/// brackets (`leaky_relu[negative_slope=0.01],gelu`). Commas inside brackets or parentheses do
/// not separate, and a value that starts with expr: is one formula, never split. On a malformed
/// value fills *error.
std::optional<QList<ActivationWithParams>> parseCompareList(const QString &text, QString *error);

/// Resolves ID (or expr:FORMULA) and applies NAME=VALUE overrides; on failure fills *error
/// with one translated sentence.
std::optional<ResolvedActivation>
resolveActivation(const QString &id, const QStringList &paramAssignments, QString *error);

/// resolveActivation for the activation of hidden units (train, propagate, critical): vector
/// activations are refused; the result names a catalog id with its parameters, or a formula.
std::optional<actlab::ActivationChoice>
hiddenActivation(const QString &id, const QStringList &paramAssignments, QString *error);

/// `--lang en|zh_CN`: the language of a command's output and errors.
QCommandLineOption langOption();
/// Switches the language when `option` is set; the error sentence when it is unknown.
std::optional<QString> applyLanguage(const QCommandLineParser &parser,
                                     const QCommandLineOption &option);

/// `--param NAME=VALUE`, repeatable: the activation's parameters, for resolveActivation.
QCommandLineOption paramOption();
/// `--order ORDER`: the highest derivative wanted, `defaultOrder` when not given.
QCommandLineOption orderOption(const QString &defaultOrder);
/// The value of --order: 0, 1 or 2; nullopt (with *error) otherwise.
std::optional<int> parseOrder(const QString &text, QString *error);
/// The one positional argument (an activation ID, a dataset name); *error is `missing` when
/// there is none, and names the first extra one when there are more.
std::optional<QString> singleArgument(const QStringList &positional, const QString &missing,
                                      QString *error);
/// For commands that take no positional argument: the error naming the first one, if any.
std::optional<QString> unexpectedArgument(const QStringList &positional);

/// Parses a whole string as a number ("nan", "inf" accepted); nullopt when malformed.
std::optional<double> parseNumber(const QString &text);
/// Parses "A:B:N" into N evenly spaced points (N >= 1); nullopt when malformed.
std::optional<std::vector<double>> parseRange(const QString &text, QString *error);
/// Parses "X1,X2,..." into numbers; nullopt when malformed.
std::optional<std::vector<double>> parseList(const QString &text, QString *error);

} // namespace CliOptions
