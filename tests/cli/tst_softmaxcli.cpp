// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "actlabprocess.h"

/** `actlab softmax`: the softmax lab's step table on the command line. */
class TestSoftmaxCli : public QObject {
    Q_OBJECT

private slots:
    void jsonHoldsEveryStep() {
        const Run r = actlab(args({"softmax", "2,1,0.1", "--format", "json"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        for (const char *key : {"logits", "temperature", "shifted", "exp", "sum", "softmax",
                                "log_softmax", "softmin", "sparsemax"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o[QStringLiteral("temperature")].toDouble(), 1.0);
        QCOMPARE(o[QStringLiteral("shifted")].toArray()[1].toDouble(), -1.0);
        QVERIFY(std::fabs(o[QStringLiteral("sum")].toDouble() - 1.5174480604) < 1e-9);
        const QJsonArray p = o[QStringLiteral("softmax")].toArray();
        QCOMPARE(p.size(), 3);
        const double rounded[] = {0.659, 0.242, 0.099};
        for (int i = 0; i < 3; ++i)
            QCOMPARE(std::round(p[i].toDouble() * 1000) / 1000, rounded[i]);
        // sparsemax of [2, 1, 0.1] puts all mass on the first logit (the gap exceeds 1)
        QCOMPARE(o[QStringLiteral("sparsemax")].toArray()[0].toDouble(), 1.0);
        QCOMPARE(o[QStringLiteral("sparsemax")].toArray()[1].toDouble(), 0.0);
    }

    void textShowsTheTable() {
        const Run r = actlab(args({"softmax", "2,1,0.1"}));
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        const auto line = [&lines](const char *name) {
            for (const QByteArray &l : lines)
                if (l.startsWith(QByteArray(name) + ' '))
                    return l.simplified();
            return QByteArray();
        };
        QCOMPARE(line("shifted"), QByteArray("shifted 0 -1 -1.9"));
        QCOMPARE(line("softmax"), QByteArray("softmax 0.659001 0.242433 0.0985659"));
        QVERIFY(line("sum").startsWith("sum 1.51745"));
        QVERIFY(!line("log_softmax").isEmpty() && !line("softmin").isEmpty());
    }

    void temperatureAndNegativeLogits() {
        // A list that starts with a minus sign is the logits, not an option.
        const Run r =
            actlab(args({"softmax", "-1000,0,1000", "--temperature", "0.5", "--format", "json"}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("temperature")].toDouble(), 0.5);
        QCOMPARE(o[QStringLiteral("softmax")].toArray()[2].toDouble(), 1.0);
        QCOMPARE(o[QStringLiteral("shifted")].toArray()[0].toDouble(), -4000.0);
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mustMention");
        QTest::newRow("no logits") << args({"softmax"}) << QStringLiteral("X1,X2");
        QTest::newRow("one logit") << args({"softmax", "1"}) << QStringLiteral("2");
        QTest::newRow("eleven logits")
            << args({"softmax", "1,2,3,4,5,6,7,8,9,10,11"}) << QStringLiteral("10");
        QTest::newRow("malformed") << args({"softmax", "1,+-5"}) << QStringLiteral("+-5");
        QTest::newRow("empty entry") << args({"softmax", "1,,2"}) << QStringLiteral("\"\"");
        QTest::newRow("nan") << args({"softmax", "1,nan"}) << QStringLiteral("finite");
        QTest::newRow("zero temperature")
            << args({"softmax", "1,2", "--temperature", "0"}) << QStringLiteral("temperature");
        QTest::newRow("negative temperature")
            << args({"softmax", "1,2", "--temperature", "-1"}) << QStringLiteral("temperature");
        QTest::newRow("bad temperature")
            << args({"softmax", "1,2", "--temperature", "1e"}) << QStringLiteral("1e");
        QTest::newRow("bad format")
            << args({"softmax", "1,2", "--format", "csv"}) << QStringLiteral("csv");
        QTest::newRow("two lists") << args({"softmax", "1,2", "3,4"}) << QStringLiteral("3,4");
    }

    void badInput() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mustMention);
        verifyUsageError(actlab(arguments), mustMention);
    }

    void help() {
        const Run r = actlab(args({"softmax", "--help"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Usage: actlab softmax"));
    }
};

QTEST_GUILESS_MAIN(TestSoftmaxCli)
#include "tst_softmaxcli.moc"
