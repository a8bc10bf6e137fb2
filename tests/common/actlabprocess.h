// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real actlab executable (ACTLAB_EXECUTABLE) for the CLI tests, as a user would from a
// shell: it inherits the test's environment.

#include <initializer_list>

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTest>

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

/// A QStringList from string literals, for argument lists: args({"eval", "relu"}).
inline QStringList args(std::initializer_list<const char *> items) {
    QStringList list;
    for (const char *item : items)
        list << QString::fromLatin1(item);
    return list;
}

/// The contract for bad input: exit status 2, nothing on stdout, exactly one line on stderr,
/// and that line mentions what was wrong.
inline void verifyUsageError(const Run &r, const QString &mustMention) {
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.contains(mustMention), qPrintable(err));
}
