// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real actlab executable (ACTLAB_EXECUTABLE) for the CLI tests, as a user would from a
// shell: it inherits the test's environment.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

/// What one run of actlab printed, and how it ended.
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs `actlab ARGUMENTS...` and waits up to two minutes for it to finish.
inline Run actlab(const QStringList &arguments) {
    QProcess process;
    process.start(QStringLiteral(ACTLAB_EXECUTABLE), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}
