// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "actlabprocess.h"

namespace {

QJsonObject trainJson(const QStringList &extra) {
    const Run r = actlab(args({"train", "--format", "json"}) + extra);
    if (r.exitCode != 0)
        qWarning("%s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

/** `actlab dataset` and `actlab train`, run as a user would run them. */
class TestTrainCli : public QObject {
    Q_OBJECT

private slots:
    void datasetToFile();
    void datasetToStdout();
    void trainJsonFields();
    void trainWithSteepLeakySlope();
    void sameChecksumForAnyThreadCount();
    void trainFromCsv();
    void regressionHasNoAccuracy();
    void divergenceIsReported();
    void textOutput();
    void defaultsAreThePlaygrounds();
    void badInput_data();
    void badInput();
};

void TestTrainCli::datasetToFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("spiral.csv"));
    const Run r = actlab(
        args({"dataset", "spiral", "--n", "60", "--classes", "3", "--seed", "4", "--out"}) << path);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 61);
    QCOMPARE(lines.first(), QByteArray("x1,x2,label"));
    QSet<QByteArray> labels;
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split(',');
        QCOMPARE(fields.size(), 3);
        labels.insert(fields[2]);
    }
    QCOMPARE(labels, (QSet<QByteArray>{"0", "1", "2"}));
}

void TestTrainCli::datasetToStdout() {
    const Run a = actlab(args({"dataset", "sine", "--n", "5", "--noise", "0.1", "--out", "-"}));
    QCOMPARE(a.exitCode, 0);
    QVERIFY(a.out.startsWith("x,y\n"));
    QCOMPARE(a.out.count('\n'), 6);
    const Run b = actlab(args({"dataset", "sine", "--n", "5", "--noise", "0.1", "--out", "-"}));
    QCOMPARE(a.out, b.out); // same seed, same points
}

// Parameters as the frameworks accept them reach training too (PyTorch allows any slope).
void TestTrainCli::trainWithSteepLeakySlope() {
    const QJsonObject o =
        trainJson(args({"--dataset", "moons", "--n", "200", "--activation", "leaky_relu", "--param",
                        "negative_slope=2", "--epochs", "3", "--batch", "16"}));
    QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("finished"));
    QVERIFY(std::isfinite(o[QStringLiteral("train_loss")].toDouble()));
}

void TestTrainCli::trainJsonFields() {
    const QJsonObject o =
        trainJson(args({"--dataset", "moons", "--n", "200", "--activation", "relu6", "--epochs",
                        "4", "--batch", "16", "--test-fraction", "0.2"}));
    for (const char *key :
         {"epochs", "steps", "seconds", "samples_per_second", "train_loss", "test_loss",
          "train_accuracy", "test_accuracy", "weights_checksum", "history", "status"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("finished"));
    QCOMPARE(o[QStringLiteral("epochs")].toInt(), 4);
    QCOMPARE(o[QStringLiteral("steps")].toInt(), 4 * 10); // 160 training points / 16
    QVERIFY(o[QStringLiteral("samples_per_second")].toDouble() > 0);
    QCOMPARE(o[QStringLiteral("weights_checksum")].toString().size(), 16);
    const QJsonArray history = o[QStringLiteral("history")].toArray();
    QCOMPARE(history.size(), 5); // epoch 0 and every epoch after it
    QCOMPARE(history.last().toObject()[QStringLiteral("epoch")].toInt(), 4);
    QCOMPARE(history.last().toObject()[QStringLiteral("train_loss")].toDouble(),
             o[QStringLiteral("train_loss")].toDouble());
    const double accuracy = o[QStringLiteral("train_accuracy")].toDouble();
    QVERIFY(accuracy >= 0 && accuracy <= 1);
}

void TestTrainCli::sameChecksumForAnyThreadCount() {
    const QStringList common = args({"--dataset", "spiral", "--n", "3000", "--activation", "relu6",
                                     "--hidden", "128", "--batch", "0", "--epochs", "3"});
    const QString one =
        trainJson(common + args({"--threads", "1"}))[QStringLiteral("weights_checksum")].toString();
    const QString two =
        trainJson(common + args({"--threads", "2"}))[QStringLiteral("weights_checksum")].toString();
    QVERIFY(!one.isEmpty());
    QCOMPARE(two, one);
}

void TestTrainCli::trainFromCsv() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("xor.csv"));
    QCOMPARE(
        actlab(args({"dataset", "xor", "--n", "100", "--noise", "0.1", "--out"}) << path).exitCode,
        0);
    const QJsonObject fromFile =
        trainJson(args({"--data"}) << path << args({"--activation", "relu6", "--epochs", "2"}));
    const QJsonObject generated =
        trainJson(args({"--dataset", "xor", "--n", "100", "--noise", "0.1", "--activation", "relu6",
                        "--epochs", "2"}));
    // The CSV holds the very points the generator makes: training is identical.
    QCOMPARE(fromFile[QStringLiteral("weights_checksum")].toString(),
             generated[QStringLiteral("weights_checksum")].toString());
}

void TestTrainCli::regressionHasNoAccuracy() {
    const QJsonObject o = trainJson(args({"--dataset", "sine", "--n", "100", "--activation",
                                          "relu6", "--hidden", "16", "--epochs", "2"}));
    QCOMPARE(o[QStringLiteral("task")].toString(), QStringLiteral("regression"));
    QCOMPARE(o[QStringLiteral("output")].toString(), QStringLiteral("linear_mse"));
    QVERIFY(o[QStringLiteral("train_accuracy")].isNull());
    QCOMPARE(o[QStringLiteral("architecture")].toString(), QStringLiteral("1-16-1"));
}

void TestTrainCli::divergenceIsReported() {
    const QJsonObject o = trainJson(args({"--dataset", "plane", "--activation", "linear",
                                          "--optimizer", "sgd", "--lr", "1e9", "--epochs", "50"}));
    QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("diverged"));
    QVERIFY(o[QStringLiteral("diverged_epoch")].toInt() >= 1);
    QVERIFY(o[QStringLiteral("epochs")].toInt() < 50);
}

void TestTrainCli::textOutput() {
    const Run r = actlab(args(
        {"train", "--dataset", "circle", "--n", "100", "--activation", "relu6", "--epochs", "2"}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Weights checksum: "));
    QVERIFY(r.err.isEmpty()); // no progress bar when stderr is not a terminal
    // The defaults are the playground's (one TrainingConfig): learning rate 0.03, batch 16,
    // 30 % of the points held out for testing.
    QVERIFY2(r.out.contains("adam, learning rate 0.03, batch 16"), r.out.constData());
    QVERIFY2(r.out.contains("70 training and 30 test points"), r.out.constData());
}

void TestTrainCli::defaultsAreThePlaygrounds() {
    // `actlab train` alone trains the playground's first set-up (trainingDefaults(), also read
    // by PlaygroundSetup: tst_playgroundlabfile), and it visibly succeeds: above 95 % of the
    // test points right within 300 epochs (about a second of the playground's normal speed).
    const Run r = actlab(args({"train", "--epochs", "300"}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Dataset: spiral (binary), 280 training and 120 test points"),
             r.out.constData());
    QVERIFY2(r.out.contains("Network: 2-24-1, tanh, sigmoid_bce; adam, learning rate 0.03, "
                            "batch 16"),
             r.out.constData());
    const QJsonObject o = trainJson(args({"--epochs", "300"}));
    QVERIFY2(o[QStringLiteral("test_accuracy")].toDouble() > 0.95,
             qPrintable(QString::number(o[QStringLiteral("test_accuracy")].toDouble())));
}

void TestTrainCli::badInput_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mustMention");
    QTest::newRow("unknown dataset")
        << args({"dataset", "spirl", "--out", "-"}) << QStringLiteral("spiral");
    QTest::newRow("dataset without out") << args({"dataset", "circle"}) << QStringLiteral("--out");
    QTest::newRow("too few points")
        << args({"dataset", "circle", "--n", "2", "--out", "-"}) << QStringLiteral("2");
    QTest::newRow("classes for circle")
        << args({"dataset", "circle", "--classes", "3", "--out", "-"}) << QStringLiteral("circle");
    QTest::newRow("noise") << args({"dataset", "moons", "--noise", "x", "--out", "-"})
                           << QStringLiteral("--noise");
    QTest::newRow("both data") << args({"train", "--dataset", "xor", "--data", "a.csv",
                                        "--activation", "relu"})
                               << QStringLiteral("--data");
    QTest::newRow("param of the default activation")
        << args({"train", "--param", "alpha=2", "--epochs", "1"}) << QStringLiteral("alpha");
    QTest::newRow("unknown activation")
        << args({"train", "--dataset", "xor", "--activation", "rellu6"}) << QStringLiteral("relu6");
    QTest::newRow("vector activation")
        << args({"train", "--dataset", "xor", "--activation", "softmax"})
        << QStringLiteral("softmax");
    QTest::newRow("bad csv") << (args({"train", "--activation", "relu6", "--data"})
                                 << QStringLiteral(ACTLAB_TEST_DATA_DIR "/train-bad.csv"))
                             << QStringLiteral("5");
    QTest::newRow("missing csv") << args({"train", "--activation", "relu6", "--data",
                                          "/nonexistent.csv"})
                                 << QStringLiteral("nonexistent");
    QTest::newRow("hidden") << args({"train", "--dataset", "xor", "--activation", "relu6",
                                     "--hidden", "513"})
                            << QStringLiteral("513");
    QTest::newRow("threads") << args({"train", "--dataset", "xor", "--activation", "relu6",
                                      "--threads", "0"})
                             << QStringLiteral("64"); // the playground's sentence: 1 to 64
    QTest::newRow("optimizer") << args({"train", "--dataset", "xor", "--activation", "relu6",
                                        "--optimizer", "rmsprop"})
                               << QStringLiteral("rmsprop");
    QTest::newRow("learning rate")
        << args({"train", "--dataset", "xor", "--activation", "relu6", "--lr", "-1"})
        << QStringLiteral("-1");
    QTest::newRow("malformed number")
        << args({"train", "--dataset", "xor", "--activation", "relu6", "--lr", "fast"})
        << QStringLiteral("--lr");
    QTest::newRow("test fraction")
        << args({"train", "--dataset", "xor", "--activation", "relu6", "--test-fraction", "0.95"})
        << QStringLiteral("0.95");
    QTest::newRow("format") << args({"train", "--dataset", "xor", "--activation", "relu6",
                                     "--format", "xml"})
                            << QStringLiteral("xml");
    QTest::newRow("features for 1-D")
        << args({"train", "--dataset", "sine", "--activation", "relu6", "--features", "x1,x2"})
        << QStringLiteral("x1");
    QTest::newRow("sigmoid output for regression")
        << args({"train", "--dataset", "plane", "--activation", "relu6", "--output", "sigmoid_bce"})
        << QStringLiteral("linear_mse");
}

void TestTrainCli::badInput() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, mustMention);
    verifyUsageError(actlab(arguments), mustMention);
}

QTEST_GUILESS_MAIN(TestTrainCli)
#include "tst_traincli.moc"
