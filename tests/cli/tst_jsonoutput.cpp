// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "actlabprocess.h"

namespace {

/// Runs a command and parses its stdout as JSON; fails the test when it does not parse.
QJsonDocument parsed(const QStringList &arguments) {
    const Run r = actlab(arguments);
    if (r.exitCode != 0)
        qWarning("%s", r.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s at %d): %s", qPrintable(error.errorString()), error.offset,
                 r.out.left(400).constData());
    return doc;
}

} // namespace

/** Machine-readable output: every command's JSON parses, whatever the names and numbers. */
class TestJsonOutput : public QObject {
    Q_OBJECT

private slots:
    void everyCommandWritesValidJson();
    void nonFiniteNumbersFollowOneRule();
    void hostileNamesAreEscaped();
    void userTextWithPercentSurvives();
    void malformedNumbersAreRefused_data();
    void malformedNumbersAreRefused();
};

void TestJsonOutput::everyCommandWritesValidJson() {
    QVERIFY(parsed(args({"list", "--format", "json"})).isArray());
    QVERIFY(parsed(args({"eval", "gelu", "--range", "-3:3:7", "--order", "2", "--format", "json"}))
                .isObject());
    QVERIFY(parsed(args({"eval", "softmax", "--x", "2,1,0.1", "--format", "json"})).isObject());
    QVERIFY(parsed(args({"train", "--dataset", "xor", "--n", "80", "--activation", "tanh",
                         "--epochs", "2", "--format", "json"}))
                .isObject());
    QVERIFY(parsed(args({"propagate", "--activation", "selu", "--depth", "3", "--width", "16",
                         "--init", "lecun_normal", "--batch", "8", "--format", "json"}))
                .isObject());
    QVERIFY(parsed(args({"critical", "--activation", "tanh", "--bias-variance", "0.1", "--format",
                         "json"}))
                .isObject());
}

void TestJsonOutput::nonFiniteNumbersFollowOneRule() {
    // NaN and ±infinity are the strings "nan", "inf", "-inf"; null means "does not exist".
    const QJsonObject o =
        parsed(args({"eval", "exponential", "--x", "1000,-inf,nan", "--format", "json"})).object();
    const QJsonArray points = o[QStringLiteral("points")].toArray();
    QCOMPARE(points.size(), 3);
    QCOMPARE(points[0].toObject()[QStringLiteral("f")].toString(), QStringLiteral("inf"));
    QCOMPARE(points[1].toObject()[QStringLiteral("x")].toString(), QStringLiteral("-inf"));
    QCOMPARE(points[2].toObject()[QStringLiteral("f")].toString(), QStringLiteral("nan"));
    const QJsonArray list = parsed(args({"list", "--format", "json"})).array();
    for (const QJsonValue &entry : list)
        if (entry.toObject()[QStringLiteral("id")].toString() == QLatin1String("relu"))
            for (const QJsonValue &p : entry.toObject()[QStringLiteral("params")].toArray())
                if (p.toObject()[QStringLiteral("name")].toString() == QLatin1String("max_value"))
                    QCOMPARE(p.toObject()[QStringLiteral("default")].toString(),
                             QStringLiteral("inf"));
}

void TestJsonOutput::hostileNamesAreEscaped() {
    QTemporaryDir dir;
    // Quotes, a backslash and a tab in the file name: all must come back intact.
    const QString path = dir.filePath(QStringLiteral("we\"ird\\na\tme.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x1,x2,label\n0,0,0\n1,1,0\n0,1,1\n1,0,1\n0.1,0.9,1\n0.9,0.1,1\n0.1,0.1,0\n"
               "0.9,0.9,0\n0.2,0.8,1\n0.8,0.2,1\n");
    file.close();
    const QJsonObject ok =
        parsed(args({"train", "--data"}) << path
                                         << args({"--activation", "tanh", "--epochs", "1",
                                                  "--format", "json", "--test-fraction", "0"}))
            .object();
    QCOMPARE(ok[QStringLiteral("dataset")].toString(), path);
}

void TestJsonOutput::userTextWithPercentSurvives() {
    // "%3" in a file name must not be taken for the message's own third placeholder.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run%3 of %1.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x1,x2,label\n0,0,0\n1,1,0\n0,1,1\n1,0,1\n0.2,0.8,1\n0.8,0.2,1\n");
    file.close();
    const Run r = actlab(args({"train", "--data"})
                         << path << args({"--activation", "tanh", "--epochs", "1"}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromLocal8Bit(r.out).contains(path), r.out.constData());
    // And in an error about a bad field of that file.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("x1,x2,label\n0,0,a%2b\n");
    file.close();
    const Run bad = actlab(args({"train", "--data"}) << path << args({"--activation", "tanh"}));
    verifyUsageError(bad, QStringLiteral("a%2b"));
}

void TestJsonOutput::malformedNumbersAreRefused_data() {
    QTest::addColumn<QString>("text");
    for (const char *bad :
         {"+-5", "1e", "0x", "0x10", " 5", "5 ", "--5", "1e5e5", "", "inf5", "nan(1)", "1,5.5.5"})
        QTest::newRow(bad) << QString::fromLatin1(bad);
}

void TestJsonOutput::malformedNumbersAreRefused() {
    QFETCH(QString, text);
    const Run r = actlab(args({"eval", "relu", "--x"}) << text);
    verifyUsageError(r, QStringLiteral("Malformed"));
}

QTEST_GUILESS_MAIN(TestJsonOutput)
#include "tst_jsonoutput.moc"
