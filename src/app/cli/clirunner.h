// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * The headless subcommands (`actlab list|eval|...`). They run without a display and share the
 * GUI's code paths. Every command writes its result to stdout only when it succeeds; a user
 * error prints one translated line on stderr and exits with status 2.
 */
namespace Cli {

inline constexpr int exitOk = 0;
inline constexpr int exitUsage = 2;
/// The arguments were fine but the work failed (a file could not be written).
inline constexpr int exitFailure = 1;

/// True when argv[1] names a subcommand, so main() must not start the GUI.
bool isSubcommand(const char *arg);
/// Runs the subcommand in argv[1]; creates the Q(Core)Application it needs.
int run(int argc, char **argv);

/// Result of one command: what to print and the exit status.
struct Outcome {
    int status = exitOk;
    QByteArray out; ///< written to stdout only when status == exitOk
    QString error;  ///< one line for stderr when status != exitOk
};

Outcome fail(const QString &message);

/// "Unknown command "evl". Did you mean: eval? …" for a word that is no command.
QString unknownCommandText(const QString &word);

} // namespace Cli
