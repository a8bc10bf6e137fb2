// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activations/catalog.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

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

/// Resolves ID (or expr:FORMULA) and applies NAME=VALUE overrides; on failure fills *error
/// with one translated sentence.
std::optional<ResolvedActivation>
resolveActivation(const QString &id, const QStringList &paramAssignments, QString *error);

/// Parses a whole string as a number ("nan", "inf" accepted); nullopt when malformed.
std::optional<double> parseNumber(const QString &text);
/// Parses "A:B:N" into N evenly spaced points (N >= 1); nullopt when malformed.
std::optional<std::vector<double>> parseRange(const QString &text, QString *error);
/// Parses "X1,X2,..." into numbers; nullopt when malformed.
std::optional<std::vector<double>> parseList(const QString &text, QString *error);

} // namespace CliOptions
