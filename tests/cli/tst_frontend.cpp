// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include "actlabprocess.h"

namespace {

/// Runs actlab as on a server: no display, no platform chosen for it.
Run headless(const QStringList &arguments) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ACTLAB_EXECUTABLE), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

/** The executable's front door: what happens before any command or window runs. */
class TestFrontEnd : public QObject {
    Q_OBJECT

private slots:
    void helpAndVersionNeedNoDisplay();
    void mistypedCommand_data();
    void mistypedCommand();
    void windowOptionErrorsNeedNoDisplay_data();
    void windowOptionErrorsNeedNoDisplay();
    void helpListsWindowOptions();
};

void TestFrontEnd::helpAndVersionNeedNoDisplay() {
    const Run version = headless(args({"--version"}));
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith("ActLab "), version.out.constData());
    const Run help = headless(args({"--help"}));
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--page"));
    QVERIFY(help.out.contains("--lab"));
    QVERIFY(help.err.isEmpty());
}

void TestFrontEnd::mistypedCommand_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("nearest");
    QTest::newRow("evl") << args({"evl", "softmax"}) << "eval";
    QTest::newRow("lsit") << args({"lsit"}) << "list";
    QTest::newRow("rendr") << args({"rendr", "relu", "--out", "x.png"}) << "render";
    QTest::newRow("propagte") << args({"propagte"}) << "propagate";
}

void TestFrontEnd::mistypedCommand() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, nearest);
    const Run r = headless(arguments);
    verifyUsageError(r, arguments.first());
    QVERIFY2(QString::fromUtf8(r.err).contains(nearest), r.err.constData());
}

void TestFrontEnd::windowOptionErrorsNeedNoDisplay_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");
    QTest::newRow("page") << args({"--page", "nowhere"}) << "nowhere";
    QTest::newRow("lang") << args({"--lang", "xx"}) << "xx";
    QTest::newRow("missing lab") << args({"--lab", "/no/such/lab.json"}) << "/no/such/lab.json";
    QTest::newRow("missing file") << args({"no-such-lab.actlab-depth.json"})
                                  << "no-such-lab.actlab-depth.json";
    QTest::newRow("unknown option") << args({"--frobnicate"}) << "frobnicate";
}

void TestFrontEnd::windowOptionErrorsNeedNoDisplay() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    verifyUsageError(headless(arguments), mention);
}

void TestFrontEnd::helpListsWindowOptions() {
    const Run r = headless(args({"help"}));
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--lang", "--page", "--lab", "propagate", "critical"})
        QVERIFY2(r.out.contains(option), option);
}

QTEST_GUILESS_MAIN(TestFrontEnd)
#include "tst_frontend.moc"
