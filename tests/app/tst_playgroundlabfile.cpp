// SPDX-License-Identifier: GPL-3.0-or-later
// Playground lab files: round trip, atomic save, and refusal of bad files.
#include <cmath>
#include <cstdint>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "engine/trainingconfig.h"
#include "playground/labfile.h"
#include "playground/playgroundsetup.h"

class TestPlaygroundLabFile : public QObject {
    Q_OBJECT

private slots:
    /// The examples shipped for teachers must keep loading as the format evolves.
    void shippedExamplesLoad() {
        const QDir examples(QStringLiteral(ACTLAB_SOURCE_DIR "/examples"));
        const QStringList files =
            examples.entryList({QStringLiteral("*.actlab-playground.json")}, QDir::Files);
        QVERIFY(files.size() >= 2);
        for (const QString &name : files) {
            const auto loaded = LabFile::load(examples.filePath(name));
            QVERIFY2(std::holds_alternative<PlaygroundSetup>(loaded), qPrintable(name));
            QCOMPARE(std::get<PlaygroundSetup>(loaded).dataset, QStringLiteral("spiral"));
        }
        const auto race = LabFile::load(
            examples.filePath(QStringLiteral("race-tanh-vs-leaky-relu.actlab-playground.json")));
        QVERIFY(std::get<PlaygroundSetup>(race).race.enabled);
    }

    void roundTrip() {
        QTemporaryDir dir;
        PlaygroundSetup s;
        s.dataset = QStringLiteral("moons");
        s.samples = 777;
        s.noise = 0.35;
        s.testFraction = 0.2;
        s.features[PlaygroundSetup::SinX2] = true;
        s.hiddenUnits = 17;
        s.secondHiddenUnits = 3;
        s.activation = QStringLiteral("relu");
        s.params = {0.1, INFINITY, 0.5}; // +inf (no max_value) survives JSON
        s.optimizer = QStringLiteral("momentum");
        s.learningRate = 0.0125;
        s.batchSize = 7;
        s.l2 = 0.001;
        s.initializer = QStringLiteral("he_normal");
        s.seed = 42;
        s.stopEpochs = 500;
        s.targetLoss = 0.05;
        s.slowMotion = true;
        s.race.enabled = true;
        s.race.setting = RaceSetup::Setting::BatchSize;
        s.race.activation = QStringLiteral("leaky_relu");
        s.race.params = {0.05};
        s.race.optimizer = QStringLiteral("adam");
        s.race.learningRate = 0.5;
        s.race.l2 = 0.0025;
        s.race.batchSize = 123;
        const QString path = dir.filePath(QStringLiteral("lab.json"));
        QCOMPARE(LabFile::save(path, s), QString());
        const auto loaded = LabFile::load(path);
        QVERIFY(std::holds_alternative<PlaygroundSetup>(loaded));
        QVERIFY(std::get<PlaygroundSetup>(loaded) == s);
        QVERIFY(std::isinf(std::get<PlaygroundSetup>(loaded).params[1]));
    }

    void raceSetUpAndOlderFiles() {
        QTemporaryDir dir;
        // A file written before race mode existed loads, without a race.
        const QString old = dir.filePath(QStringLiteral("old.json"));
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"actlab-playground","version":1,"data":{"dataset":"moons"},)"
                R"("network":{"activation":"elu"},"training":{"learning_rate":0.2}})");
        f.close();
        const auto loaded = LabFile::load(old);
        QVERIFY(std::holds_alternative<PlaygroundSetup>(loaded));
        const PlaygroundSetup s = std::get<PlaygroundSetup>(loaded);
        QCOMPARE(s.race, RaceSetup{});
        QVERIFY(!s.race.enabled);

        // The rival differs in exactly the chosen setting, never in the initialiser or seed.
        PlaygroundSetup base = s;
        base.race.learningRate = 0.7;
        base.race.optimizer = QStringLiteral("momentum");
        base.race.activation = QStringLiteral("leaky_relu");
        base.race.params = {0.05};
        for (int i = 0; i < int(RaceSetup::Setting::Count); ++i) {
            base.race.setting = RaceSetup::Setting(i);
            const PlaygroundSetup r = base.rival();
            int differences = 0;
            differences += r.activation != base.activation || r.params != base.params;
            differences += r.optimizer != base.optimizer;
            differences += r.learningRate != base.learningRate;
            differences += r.l2 != base.l2;
            differences += r.batchSize != base.batchSize;
            QCOMPARE(differences, 1);
            QCOMPARE(r.seed, base.seed);
            QCOMPARE(r.initializer, base.initializer);
            QCOMPARE(r.dataSeed, base.dataSeed);
        }
        base.race.setting = RaceSetup::Setting::Activation;
        QCOMPARE(base.rival().params, std::vector<double>{0.05});

        // Unknown settings are refused with the key.
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(R"({"format":"actlab-playground","data":{},"network":{},"training":{},)"
                R"("race":{"enabled":true,"setting":"seed"}})");
        b.close();
        const auto refused = LabFile::load(bad);
        QVERIFY(std::holds_alternative<QString>(refused));
        QVERIFY2(std::get<QString>(refused).contains(QStringLiteral("\"setting\"")),
                 qPrintable(std::get<QString>(refused)));
    }

    void badFilesAreRefusedWithAReason_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expect");
        QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not valid JSON");
        QTest::newRow("other format")
            << QByteArray(R"({"format":"something","data":{},"network":{},"training":{}})")
            << QStringLiteral("not a playground lab file");
        QTest::newRow("bad type")
            << QByteArray(R"({"format":"actlab-playground","data":{"samples":"many"},)"
                          R"("network":{},"training":{}})")
            << QStringLiteral("\"samples\"");
        QTest::newRow("out of range") << QByteArray(R"({"format":"actlab-playground","data":{},)"
                                                    R"("network":{"hidden":100000},"training":{}})")
                                      << QStringLiteral("\"hidden\"");
        QTest::newRow("unknown optimiser")
            << QByteArray(R"({"format":"actlab-playground","data":{},"network":{},)"
                          R"("training":{"optimizer":"lbfgs"}})")
            << QStringLiteral("\"optimizer\"");
    }
    void badFilesAreRefusedWithAReason() {
        QFETCH(QByteArray, content);
        QFETCH(QString, expect);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const auto loaded = LabFile::load(path);
        QVERIFY(std::holds_alternative<QString>(loaded));
        QVERIFY2(std::get<QString>(loaded).contains(expect), qPrintable(std::get<QString>(loaded)));
    }

    void missingFileAndUnwritablePath() {
        QVERIFY(
            std::holds_alternative<QString>(LabFile::load(QStringLiteral("/nonexistent/x.json"))));
        QVERIFY(
            !LabFile::save(QStringLiteral("/nonexistent/dir/x.json"), PlaygroundSetup()).isEmpty());
    }

    void minimalFileKeepsDefaults() {
        QString bad;
        const auto s = PlaygroundSetup::fromJson(
            QJsonDocument::fromJson(
                R"({"format":"actlab-playground","data":{},"network":{},"training":{}})")
                .object(),
            &bad);
        QVERIFY2(s.has_value(), qPrintable(bad));
        QVERIFY(*s == PlaygroundSetup());
    }

    void defaultsAreTheTrainingDefaults() {
        // One set of defaults: the window's set-up and `actlab train` (tst_traincli) both take
        // trainingDefaults().
        const PlaygroundSetup s;
        const actlab::TrainingConfig &c = trainingDefaults();
        QCOMPARE(s.dataset, QString::fromLatin1(actlab::datasetKindInfo(c.dataset.kind).key));
        QCOMPARE(s.samples, c.dataset.n);
        QCOMPARE(s.noise, c.dataset.noise);
        QCOMPARE(s.classes, c.dataset.classes);
        QCOMPARE(static_cast<std::uint64_t>(s.dataSeed), c.dataset.seed);
        QCOMPARE(s.testFraction, c.testFraction);
        QCOMPARE(s.hiddenUnits, c.hidden);
        QCOMPARE(s.secondHiddenUnits, c.hidden2);
        QCOMPARE(s.activation.toStdString(), c.activation.id);
        QVERIFY(s.params.empty() && c.activation.params.empty());
        QCOMPARE(s.initializer, QString::fromLatin1(actlab::initializerKey(c.initializer)));
        QCOMPARE(s.optimizer, QString::fromLatin1(actlab::optimizerKey(c.optimizer)));
        QCOMPARE(s.learningRate, c.learningRate);
        QCOMPARE(s.batchSize, c.batchSize);
        QCOMPARE(s.l2, c.l2);
        QCOMPARE(static_cast<std::uint64_t>(s.seed), c.seed);
        // The set-up a newcomer meets first (README): the spiral, 24 tanh units, Adam.
        QCOMPARE(s.dataset, QStringLiteral("spiral"));
        QCOMPARE(s.hiddenUnits, 24);
        QCOMPARE(s.activation, QStringLiteral("tanh"));
        QCOMPARE(s.optimizer, QStringLiteral("adam"));
    }
};

QTEST_MAIN(TestPlaygroundLabFile)
#include "tst_playgroundlabfile.moc"
