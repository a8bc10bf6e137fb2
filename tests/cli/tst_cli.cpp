// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "actlabprocess.h"

/** The headless `actlab list|eval` subcommands, run as a user would run them. */
class TestCli : public QObject {
    Q_OBJECT

private slots:
    void listText();
    void listJson();
    void evalCsvHeaderFollowsOrder();
    void evalValuesRoundTrip();
    void evalRangeIsEvenlySpaced();
    void evalParameters();
    void evalParametersAsFrameworksAccept_data();
    void evalParametersAsFrameworksAccept();
    void evalLimitsAtInfinity();
    void evalJson();
    void evalSpecialValues();
    void evalVectorActivation();
    void evalFormula();
    void badInput_data();
    void badInput();
    void helpForEveryCommand();
};

void TestCli::listText() {
    const Run r = actlab({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("leaky_relu"));
    QVERIFY(r.out.contains("swish"));
    QVERIFY(r.err.isEmpty());
}

void TestCli::listJson() {
    const Run r =
        actlab({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    QVERIFY(doc.array().size() >= 38);
    bool sawLeaky = false, sawSoftmax = false;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"id", "aliases", "family", "names", "params", "vector"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(!o[QStringLiteral("names")].toObject()[QStringLiteral("en")].toString().isEmpty());
        const QString zh = o[QStringLiteral("names")].toObject()[QStringLiteral("zh")].toString();
        QVERIFY(!zh.isEmpty());
        if (o[QStringLiteral("id")] == QStringLiteral("leaky_relu")) {
            sawLeaky = true;
            const QJsonObject p = o[QStringLiteral("params")].toArray().first().toObject();
            QCOMPARE(p[QStringLiteral("name")].toString(), QStringLiteral("negative_slope"));
            QCOMPARE(p[QStringLiteral("default")].toDouble(), 0.2);
            QVERIFY(p.contains(QStringLiteral("min")) && p.contains(QStringLiteral("max")));
        }
        if (o[QStringLiteral("id")] == QStringLiteral("softmax")) {
            sawSoftmax = true;
            QVERIFY(o[QStringLiteral("vector")].toBool());
        }
        if (o[QStringLiteral("id")] == QStringLiteral("relu"))
            QCOMPARE(zh, QStringLiteral("修正线性单元"));
    }
    QVERIFY(sawLeaky && sawSoftmax);
}

void TestCli::evalCsvHeaderFollowsOrder() {
    for (int order = 0; order <= 2; ++order) {
        const Run r =
            actlab({QStringLiteral("eval"), QStringLiteral("tanh"), QStringLiteral("--x"),
                    QStringLiteral("0.5"), QStringLiteral("--order"), QString::number(order)});
        QCOMPARE(r.exitCode, 0);
        const QByteArray header = r.out.split('\n').first();
        const QByteArray expected[] = {"x,f", "x,f,df", "x,f,df,d2f"};
        QCOMPARE(header, expected[order]);
    }
    // Default order is 1.
    const Run r = actlab({QStringLiteral("eval"), QStringLiteral("tanh"), QStringLiteral("--x"),
                          QStringLiteral("1")});
    QCOMPARE(r.out.split('\n').first(), QByteArray("x,f,df"));
}

void TestCli::evalValuesRoundTrip() {
    const Run r =
        actlab({QStringLiteral("eval"), QStringLiteral("sigmoid"), QStringLiteral("--x"),
                QStringLiteral("0,40,-1.5"), QStringLiteral("--order"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[1], QByteArray("0,0.5,0.25,0"));
    const QList<QByteArray> at40 = lines[2].split(',');
    // sigmoid'(40) = e^-40 / (1 + e^-40)^2 is tiny, not 0; printed so it reads back exactly.
    const double expected = std::exp(-40.0) / ((1 + std::exp(-40.0)) * (1 + std::exp(-40.0)));
    QVERIFY(std::abs(at40[2].toDouble() - expected) <= 1e-14 * expected);
    const double sig = 1 / (1 + std::exp(1.5));
    QCOMPARE(lines[3].split(',')[1].toDouble(), sig);
}

void TestCli::evalRangeIsEvenlySpaced() {
    const Run r =
        actlab({QStringLiteral("eval"), QStringLiteral("relu"), QStringLiteral("--range"),
                QStringLiteral("-1:1:5"), QStringLiteral("--order"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("x,f\n-1,0\n-0.5,0\n0,0\n0.5,0.5\n1,1\n"));
}

void TestCli::evalParameters() {
    const Run r = actlab({QStringLiteral("eval"), QStringLiteral("leaky_relu"),
                          QStringLiteral("--param"), QStringLiteral("negative_slope=0.01"),
                          QStringLiteral("--x"), QStringLiteral("-2,3")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("x,f,df\n-2,-0.02,0.01\n3,3,1\n"));
}

// Any slope PyTorch's LeakyReLU accepts, not only the slider's 0..1.
void TestCli::evalParametersAsFrameworksAccept_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("slope 1.5") << args({"eval", "leaky_relu", "--param", "negative_slope=1.5",
                                        "--x", "-2"})
                               << QByteArray("x,f,df\n-2,-3,1.5\n");
    QTest::newRow("slope -0.5") << args({"eval", "leaky_relu", "--param", "negative_slope=-0.5",
                                         "--x", "-2"})
                                << QByteArray("x,f,df\n-2,1,-0.5\n");
    QTest::newRow("prelu -3") << args({"eval", "prelu", "--param", "alpha=-3", "--x", "-2,4"})
                              << QByteArray("x,f,df\n-2,6,-3\n4,4,1\n");
    QTest::newRow("elu alpha 1e9") << args({"eval", "elu", "--param", "alpha=1e9", "--x", "1"})
                                   << QByteArray("x,f,df\n1,1,1\n");
    QTest::newRow("hard shrink 100")
        << args({"eval", "hard_shrink", "--param", "threshold=100", "--x", "50,150"})
        << QByteArray("x,f,df\n50,0,0\n150,150,1\n");
    QTest::newRow("softplus threshold")
        << args({"eval", "softplus", "--param", "threshold=20", "--x", "21", "--order", "2"})
        << QByteArray("x,f,df,d2f\n21,21,1,0\n");
}

void TestCli::evalParametersAsFrameworksAccept() {
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    const Run r = actlab(arguments);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, expected);
}

// The example: relu(−inf) is 0, not nan; likewise the other limits.
void TestCli::evalLimitsAtInfinity() {
    const Run relu = actlab(args({"eval", "relu", "--x", "-inf,inf,nan", "--order", "2"}));
    QCOMPARE(relu.exitCode, 0);
    QCOMPARE(relu.out, QByteArray("x,f,df,d2f\n-inf,0,0,0\ninf,inf,1,0\nnan,nan,nan,nan\n"));
    const Run silu = actlab(args({"eval", "silu", "--x", "-inf,inf", "--order", "1"}));
    QCOMPARE(silu.out, QByteArray("x,f,df\n-inf,0,0\ninf,inf,1\n"));
    const Run softsign = actlab(args({"eval", "softsign", "--x", "-inf,inf", "--order", "0"}));
    QCOMPARE(softsign.out, QByteArray("x,f\n-inf,-1\ninf,1\n"));
    const Run tanh = actlab(args({"eval", "tanh", "--x", "-inf,inf", "--order", "1"}));
    QCOMPARE(tanh.out, QByteArray("x,f,df\n-inf,-1,0\ninf,1,0\n"));
}

void TestCli::evalJson() {
    const Run r =
        actlab({QStringLiteral("eval"), QStringLiteral("relu"), QStringLiteral("--x"),
                QStringLiteral("-1,2"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray points = o[QStringLiteral("points")].toArray();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points[1].toObject()[QStringLiteral("f")].toDouble(), 2.0);
    QCOMPARE(points[1].toObject()[QStringLiteral("df")].toDouble(), 1.0);
}

void TestCli::evalSpecialValues() {
    const Run r =
        actlab({QStringLiteral("eval"), QStringLiteral("exponential"), QStringLiteral("--x"),
                QStringLiteral("nan,1000,-inf"), QStringLiteral("--order"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("x,f\nnan,nan\n1000,inf\n-inf,0\n"));
}

void TestCli::evalVectorActivation() {
    const Run r = actlab({QStringLiteral("eval"), QStringLiteral("softmax"), QStringLiteral("--x"),
                          QStringLiteral("1,1")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("x,f,df\n1,0.5,0.25\n1,0.5,0.25\n"));

    // A range is a set of x positions, as in the plot: each goes through the plotted slice
    // softmax([x 0])[0] = σ(x/T), and the JSON says so.
    const Run range = actlab(args(
        {"eval", "softmax", "--param", "temperature=2", "--range", "-4:4:5", "--format", "json"}));
    QCOMPARE(range.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(range.out).object();
    QCOMPARE(o[QStringLiteral("slice")].toString(), QStringLiteral("softmax([x 0])[0]"));
    const QJsonArray points = o[QStringLiteral("points")].toArray();
    QCOMPARE(points.size(), 5);
    for (const QJsonValue &v : points) {
        const double x = v.toObject()[QStringLiteral("x")].toDouble();
        const double s = 1 / (1 + std::exp(-x / 2));
        QVERIFY(std::fabs(v.toObject()[QStringLiteral("f")].toDouble() - s) < 1e-15);
        QVERIFY(std::fabs(v.toObject()[QStringLiteral("df")].toDouble() - s * (1 - s) / 2) < 1e-15);
    }
    // glu's slice feeds x to both halves: x·σ(x).
    const Run glu = actlab(args({"eval", "glu", "--range", "1:1:1", "--order", "0"}));
    QCOMPARE(glu.exitCode, 0);
    QCOMPARE(glu.out.split('\n')[1].split(',')[1].toDouble(), 1 / (1 + std::exp(-1.0)));
}

void TestCli::evalFormula() {
    const Run r =
        actlab({QStringLiteral("eval"), QStringLiteral("expr:sin(x)"), QStringLiteral("--x"),
                QStringLiteral("0.5"), QStringLiteral("--order"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> row = r.out.split('\n')[1].split(',');
    QCOMPARE(row[1].toDouble(), std::sin(0.5));
    QVERIFY(std::abs(row[2].toDouble() - std::cos(0.5)) < 1e-8 * std::cos(0.5));
    QVERIFY(std::abs(row[3].toDouble() + std::sin(0.5)) < 1e-7 * std::sin(0.5));
}

void TestCli::badInput_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mustMention");
    QTest::newRow("unknown id") << args({"eval", "rellu", "--x", "1"}) << QStringLiteral("relu");
    QTest::newRow("unknown parameter")
        << args({"eval", "elu", "--param", "beta=1", "--x", "1"}) << QStringLiteral("alpha");
    QTest::newRow("out of range") << args({"eval", "soft_shrink", "--param", "threshold=-1", "--x",
                                           "1"})
                                  << QStringLiteral("threshold");
    QTest::newRow("infinite slope")
        << args({"eval", "leaky_relu", "--param", "negative_slope=inf", "--x", "1"})
        << QStringLiteral("finite");
    QTest::newRow("celu alpha 0") << args({"eval", "celu", "--param", "alpha=0", "--x", "1"})
                                  << QStringLiteral("0");
    QTest::newRow("softplus beta 0")
        << args({"eval", "softplus", "--param", "beta=0", "--x", "1"}) << QStringLiteral("0");
    QTest::newRow("hard_tanh order")
        << args({"eval", "hard_tanh", "--param", "min_val=2", "--x", "1"})
        << QStringLiteral("max_val");
    QTest::newRow("rrelu order") << args({"eval", "rrelu", "--param", "lower=0.5", "--param",
                                          "upper=0.1", "--x", "1"})
                                 << QStringLiteral("upper");
    QTest::newRow("malformed number")
        << args({"eval", "relu", "--x", "1,abc"}) << QStringLiteral("abc");
    QTest::newRow("malformed param value")
        << args({"eval", "elu", "--param", "alpha=x", "--x", "1"}) << QStringLiteral("alpha");
    QTest::newRow("malformed range")
        << args({"eval", "relu", "--range", "1:2"}) << QStringLiteral("1:2");
    QTest::newRow("no points") << args({"eval", "relu"}) << QStringLiteral("--range");
    QTest::newRow("bad order") << args({"eval", "relu", "--x", "1", "--order", "3"})
                               << QStringLiteral("--order");
    QTest::newRow("bad format") << args({"list", "--format", "xml"}) << QStringLiteral("xml");
    QTest::newRow("formula error")
        << args({"eval", "expr:sin(x", "--x", "1"}) << QStringLiteral("column");
    QTest::newRow("formula unknown name")
        << args({"eval", "expr:foo(x)+1", "--x", "1"}) << QStringLiteral("foo");
    QTest::newRow("odd glu") << args({"eval", "glu", "--x", "1,2,3"}) << QStringLiteral("glu");
}

void TestCli::badInput() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, mustMention);
    verifyUsageError(actlab(arguments), mustMention);
}

void TestCli::helpForEveryCommand() {
    const Run overview = actlab({QStringLiteral("help")});
    QCOMPARE(overview.exitCode, 0);
    for (const char *command : {"list", "eval", "render", "dataset", "train"}) {
        QVERIFY2(overview.out.contains(command), command);
        const Run r = actlab({QString::fromLatin1(command), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QByteArray("Usage: actlab ") + command), r.out.constData());
        QVERIFY(r.err.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
