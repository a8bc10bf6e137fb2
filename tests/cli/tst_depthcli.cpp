// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "actlabprocess.h"

namespace {

QJsonObject json(const QStringList &arguments) {
    const Run r = actlab(arguments);
    if (r.exitCode != 0)
        qWarning("%s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

/** `actlab propagate` and `actlab critical`, run as a user would run them. */
class TestDepthCli : public QObject {
    Q_OBJECT

private slots:
    void csvColumnsAndRows();
    void jsonTheoryOfReluWithHe();
    void sameOutputForAnyThreadCount();
    void measurementFollowsTheory();
    void criticalOfTanh();
    void criticalOfReluHasNoFixedPoint();
    void badInput_data();
    void badInput();
};

void TestDepthCli::csvColumnsAndRows() {
    const Run r = actlab(args({"propagate", "--activation", "tanh", "--depth", "6", "--width", "64",
                               "--init", "glorot_uniform", "--batch", "32"}));
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 7); // header, layers 0…6
    QCOMPARE(lines.first(),
             QByteArray("layer,pre_mean,pre_variance,post_mean,post_variance,saturated,dead,"
                        "grad_norm2,correlation,theory_q,theory_chi,theory_correlation"));
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split(',');
        QCOMPARE(fields.size(), 12);
        QCOMPARE(fields[0].toInt(), i - 1);
        bool ok = false;
        fields[2].toDouble(&ok);
        QVERIFY(ok);
    }
}

void TestDepthCli::jsonTheoryOfReluWithHe() {
    const QJsonObject o =
        json(args({"propagate", "--activation", "relu", "--depth", "8", "--width", "128", "--init",
                   "he_normal", "--batch", "64", "--format", "json"}));
    const QJsonArray layers = o[QStringLiteral("layers")].toArray();
    QCOMPARE(layers.size(), 9);
    for (const char *key :
         {"layer", "pre_mean", "pre_variance", "post_mean", "post_variance", "saturated", "dead",
          "grad_norm2", "correlation", "theory_q", "theory_chi", "theory_correlation"})
        QVERIFY2(layers[3].toObject().contains(QLatin1String(key)), key);
    const QJsonObject theory = o[QStringLiteral("theory")].toObject();
    for (const char *key : {"q_star", "chi1", "xi_q", "xi_c", "phase"})
        QVERIFY2(theory.contains(QLatin1String(key)), key);
    // He initialisation puts ReLU exactly at the edge of chaos: χ₁ = σ_w²/2 = 1.
    QVERIFY(qAbs(theory[QStringLiteral("chi1")].toDouble() - 1) < 1e-9);
    QCOMPARE(theory[QStringLiteral("phase")].toString(), QStringLiteral("critical"));
    QVERIFY(theory[QStringLiteral("xi_c")].isNull()); // infinite depth scale at criticality
    // The input layer has no χ: JSON writes it as null.
    QVERIFY(layers[0].toObject()[QStringLiteral("theory_chi")].isNull());
    // Half of ReLU's units are dead after the first layer.
    const double dead = layers[4].toObject()[QStringLiteral("dead")].toDouble();
    QVERIFY2(dead > 0.4 && dead < 0.6, qPrintable(QString::number(dead)));
}

void TestDepthCli::sameOutputForAnyThreadCount() {
    const QStringList base = args({"propagate", "--activation",    "gelu", "--depth",
                                   "5",         "--width",         "96",   "--weight-variance",
                                   "1.7",       "--bias-variance", "0.05", "--dropout",
                                   "standard",  "--rate",          "0.2",  "--batch",
                                   "50",        "--seed",          "9",    "--threads"});
    const Run one = actlab(base + QStringList{QStringLiteral("1")});
    const Run two = actlab(base + QStringList{QStringLiteral("2")});
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(one.out, two.out);
    const Run other =
        actlab(args({"propagate", "--activation", "gelu", "--depth", "5", "--width", "96",
                     "--weight-variance", "1.7", "--bias-variance", "0.05", "--dropout", "standard",
                     "--rate", "0.2", "--batch", "50", "--seed", "10"}));
    QVERIFY(one.out != other.out);
}

void TestDepthCli::measurementFollowsTheory() {
    // tanh at σ_w² = 1.5: the measured variance of every layer within 5 % of the prediction.
    const QJsonObject o =
        json(args({"propagate", "--activation", "tanh", "--depth", "12", "--width", "512",
                   "--weight-variance", "1.5", "--batch", "200", "--format", "json"}));
    const QJsonArray layers = o[QStringLiteral("layers")].toArray();
    QCOMPARE(layers.size(), 13);
    for (int l = 1; l < layers.size(); ++l) {
        const QJsonObject row = layers[l].toObject();
        const double measured = row[QStringLiteral("pre_variance")].toDouble();
        const double predicted = row[QStringLiteral("theory_q")].toDouble();
        QVERIFY2(
            qAbs(measured / predicted - 1) < 0.05,
            qPrintable(QStringLiteral("layer %1: %2 vs %3").arg(l).arg(measured).arg(predicted)));
    }
}

void TestDepthCli::criticalOfTanh() {
    const QJsonObject o = json(
        args({"critical", "--activation", "tanh", "--bias-variance", "0", "--format", "json"}));
    QVERIFY(qAbs(o[QStringLiteral("weight_variance")].toDouble() - 1) < 1e-6);
    QVERIFY(o[QStringLiteral("q_star")].toDouble() < 1e-6);
    const Run text = actlab(args({"critical", "--activation", "tanh", "--bias-variance", "0.1"}));
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("σ_w²"));
}

void TestDepthCli::criticalOfReluHasNoFixedPoint() {
    // With a bias, ReLU's length map has no finite fixed point at σ_w² = 2: q grows forever.
    const QJsonObject o = json(
        args({"critical", "--activation", "relu", "--bias-variance", "0.05", "--format", "json"}));
    QVERIFY(qAbs(o[QStringLiteral("weight_variance")].toDouble() - 2) < 1e-6);
    QVERIFY(o[QStringLiteral("q_star")].isNull());
}

void TestDepthCli::badInput_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");
    const QStringList ok = args({"--activation", "tanh", "--depth", "3", "--width", "8"});
    QTest::newRow("unknown activation") << args({"propagate", "--activation", "tahn", "--depth",
                                                 "3", "--width", "8", "--init", "he_normal"})
                                        << "tanh";
    QTest::newRow("vector activation") << args({"propagate", "--activation", "softmax", "--depth",
                                                "3", "--width", "8", "--init", "he_normal"})
                                       << "softmax";
    QTest::newRow("no weights") << args({"propagate"}) + ok << "--init";
    QTest::newRow("both weights") << args({"propagate"}) + ok +
                                         args({"--init", "he_normal", "--weight-variance", "2"})
                                  << "--weight-variance";
    QTest::newRow("missing depth")
        << args({"propagate", "--activation", "tanh", "--width", "8", "--init", "he_normal"})
        << "--depth";
    QTest::newRow("depth 0") << args({"propagate", "--activation", "tanh", "--depth", "0",
                                      "--width", "8", "--init", "he_normal"})
                             << "depth";
    QTest::newRow("width too large") << args({"propagate", "--activation", "tanh", "--depth", "3",
                                              "--width", "4096", "--init", "he_normal"})
                                     << "width";
    QTest::newRow("unknown init") << args({"propagate"}) + ok + args({"--init", "xavier"})
                                  << "xavier";
    QTest::newRow("rate without dropout")
        << args({"propagate"}) + ok + args({"--init", "he_normal", "--rate", "0.2"}) << "--rate";
    QTest::newRow("rate too high")
        << args({"propagate"}) + ok +
               args({"--init", "he_normal", "--dropout", "alpha", "--rate", "0.9"})
        << "rate";
    QTest::newRow("unknown dropout")
        << args({"propagate"}) + ok + args({"--init", "he_normal", "--dropout", "gaussian"})
        << "gaussian";
    QTest::newRow("correlation") << args({"propagate"}) + ok +
                                        args({"--init", "he_normal", "--correlation", "2"})
                                 << "correlation";
    QTest::newRow("format") << args({"propagate"}) + ok +
                                   args({"--init", "he_normal", "--format", "xml"})
                            << "xml";
    QTest::newRow("formula error") << args({"propagate", "--activation", "expr:sin(x", "--depth",
                                            "3", "--width", "8", "--init", "he_normal"})
                                   << "Formula";
    QTest::newRow("critical without bias")
        << args({"critical", "--activation", "tanh"}) << "--bias-variance";
    QTest::newRow("critical negative bias")
        << args({"critical", "--activation", "tanh", "--bias-variance", "-1"}) << "bias-variance";
    QTest::newRow("critical extra argument")
        << args({"critical", "--activation", "tanh", "--bias-variance", "0", "extra"}) << "extra";
}

void TestDepthCli::badInput() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    verifyUsageError(actlab(arguments), mention);
}

QTEST_GUILESS_MAIN(TestDepthCli)
#include "tst_depthcli.moc"
