// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include "depth/propagation.h"

/** Options `actlab propagate` and `actlab critical` share, and their validation. */
namespace CliDepthOptions {

struct Options {
    QCommandLineOption activation{QStringLiteral("activation"), QString(), QStringLiteral("ID")};
    QCommandLineOption biasVariance{QStringLiteral("bias-variance"), QString(), QStringLiteral("S"),
                                    QStringLiteral("0")};
    QCommandLineOption inputVariance{QStringLiteral("input-variance"), QString(),
                                     QStringLiteral("Q"), QStringLiteral("1")};
    QCommandLineOption format{QStringLiteral("format"), QString(), QStringLiteral("FORMAT")};
};

/// Resolves --activation and --param into a hidden-layer activation; fills *error on failure.
std::optional<actlab::HiddenActivation> activation(const QCommandLineParser &parser,
                                                   const Options &options, QString *error);

/// The field of invalidPropagationField as one translated sentence naming the option.
QString invalidFieldText(const char *field);

} // namespace CliDepthOptions
