// SPDX-License-Identifier: GPL-3.0-or-later
// The playground page driven through its widgets, on the real engine.
#include <cstdlib>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QMainWindow>
#include <QPointer>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "data/datasplit.h"
#include "playground/decisionmapview.h"
#include "playground/losscurvesview.h"
#include "playground/metricsview.h"
#include "playground/networkdiagramview.h"
#include "playground/playgroundcontrols.h"
#include "playground/playgroundpage.h"
#include "playground/playgroundsession.h"
#include "playground/playgroundsetuppanel.h"
#include "playground/racerivaleditor.h"
#include "playground/unitmapsview.h"
#include "trainingerrortext.h"

namespace {
PlaygroundSetup smallSetup() {
    PlaygroundSetup s;
    s.dataset = QStringLiteral("circle");
    s.samples = 200;
    s.hiddenUnits = 6;
    s.activation = QStringLiteral("tanh");
    s.learningRate = 0.03;
    s.batchSize = 10;
    return s;
}
} // namespace

class TestPlaygroundPage : public QObject {
    Q_OBJECT

private slots:
    void startPauseStepAndResetThroughTheUi() {
        PlaygroundPage page;
        page.applySetup(smallSetup());
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        PlaygroundControls *controls = page.controls();
        QCOMPARE(page.epoch(), 0LL);

        QTest::mouseClick(controls->stepButton(), Qt::LeftButton);
        QTRY_COMPARE(page.epoch(), 1LL);
        QTest::mouseClick(controls->stepButton(), Qt::LeftButton);
        QTRY_COMPARE(page.epoch(), 2LL);
        QVERIFY(page.decisionMap(0)->grid().isValid());

        QTest::mouseClick(controls->playButton(), Qt::LeftButton);
        QVERIFY(controls->isRunning());
        QVERIFY(!controls->stepButton()->isEnabled());
        // Play ↔ Pause relabelling must not take Space away (setText resets a button's shortcut).
        QCOMPARE(controls->playButton()->shortcut(), QKeySequence(Qt::Key_Space));
        QTRY_VERIFY(page.epoch() > 20);
        QVERIFY(page.lossCurves()->pointCount(0) > 0);

        QTest::mouseClick(controls->playButton(), Qt::LeftButton); // pause
        QVERIFY(!controls->isRunning());
        QTest::qWait(100);
        const long long paused = page.epoch();
        QTest::qWait(200);
        QCOMPARE(page.epoch(), paused);

        const std::vector<double> start = page.session(0)->initialWeights();
        QTest::mouseClick(controls->resetButton(), Qt::LeftButton);
        QTRY_COMPARE(page.epoch(), 0LL);
        QVERIFY(page.lossCurves()->pointCount(0) <= 1);     // at most the loss at epoch 0
        QCOMPARE(page.session(0)->initialWeights(), start); // same seed, same start
    }

    void confusionMatrixStaysWhileTraining() {
        // The matrix used to come with the detail frames only (about 10 Hz) and vanished in
        // the frames between, making the layout below it jump.
        PlaygroundPage page;
        page.applySetup(smallSetup());
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(page.controls()->playButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.metricsView()->metrics().confusion.empty());
        const QRect cell = page.metricsView()->cellRect(1, 1);
        QVERIFY(!cell.isEmpty());
        const long long firstFrame = page.framesShown();
        while (page.framesShown() < firstFrame + 40 && page.controls()->isRunning()) {
            QTest::qWait(2); // frames come from the page's own display timer
            QCOMPARE(page.metricsView()->metrics().confusion.size(), std::size_t(4));
            QCOMPARE(page.metricsView()->cellRect(1, 1), cell);
        }
        QVERIFY(page.framesShown() >= firstFrame + 40);
        QTest::mouseClick(page.controls()->playButton(), Qt::LeftButton);
        // Reset: the matrix stays, now the untrained network's.
        QTest::mouseClick(page.controls()->resetButton(), Qt::LeftButton);
        QCOMPARE(page.metricsView()->metrics().confusion.size(), std::size_t(4));
    }

    void largeDataTrainsAndShowsEverything() {
        // 200,000 points: the page must take them, draw an even selection once (not every
        // frame), and show the engine's matrix and unit maps while training.
        PlaygroundSetup setup = smallSetup();
        setup.dataset = QStringLiteral("spiral");
        setup.samples = 200000;
        setup.batchSize = 64;
        PlaygroundPage page;
        page.applySetup(setup);
        QCOMPARE(page.setup().samples, 200000);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        DecisionMapView *map = page.decisionMap(0);
        QCOMPARE(map->totalPoints(), std::size_t(200000));
        QVERIFY(map->points().size() <= 2 * DecisionMapView::kMaxShownPoints);
        QVERIFY(map->points().size() >= DecisionMapView::kMaxShownPoints);
        QTRY_VERIFY(map->pointLayerBuilds() >= 1);

        QTest::mouseClick(page.controls()->playButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.metricsView()->metrics().confusion.empty());
        const long long builds = map->pointLayerBuilds();
        const long long paints = map->paintCount();
        const long long frames = page.framesShown();
        QTRY_VERIFY_WITH_TIMEOUT(page.framesShown() >= frames + 20, 30000);
        QVERIFY(map->paintCount() > paints);
        // The points are not redrawn per frame (only when the layout settles, if at all).
        QVERIFY(map->pointLayerBuilds() <= builds + 2);
        QTRY_VERIFY(page.unitMaps()->maps().isValid());
        QTest::mouseClick(page.controls()->playButton(), Qt::LeftButton); // pause
        QVERIFY(!page.controls()->isRunning());
        // The matrix counts every test point once.
        long long counted = 0;
        for (long long c : page.metricsView()->metrics().confusion)
            counted += c;
        QCOMPARE(counted, 60000LL); // 30 % of 200,000 held out
    }

    void configurationErrorsReadAsOnTheCommandLine() {
        // One source for the sentence: the playground says what `actlab train` says.
        auto data = std::make_shared<actlab::TrainingData>();
        actlab::DatasetOptions options;
        options.n = 50;
        data->all = actlab::generateDataset(options);
        data->split = actlab::splitDataset(data->all, 0.3, 1);
        PlaygroundSession session;
        PlaygroundSetup setup = smallSetup();
        setup.activation = QStringLiteral("softmax");
        actlab::ActivationError vector;
        vector.kind = actlab::ActivationErrorKind::VectorFunction;
        vector.id = "softmax";
        QCOMPARE(session.configure(setup, data), activationErrorText(vector));
        setup = smallSetup();
        setup.learningRate = -1;
        actlab::TrainingConfig config;
        config.learningRate = -1;
        actlab::ConfigError learningRate;
        learningRate.kind = actlab::ConfigErrorKind::LearningRate;
        QCOMPARE(session.configure(setup, data), configErrorText(learningRate, config));
        QVERIFY(!session.isConfigured());
    }

    void raceEpochCounterShowsBothRuns() {
        PlaygroundPage page;
        PlaygroundSetup s = smallSetup();
        s.race.enabled = true;
        s.race.setting = RaceSetup::Setting::LearningRate;
        page.applySetup(s);
        QCOMPARE(page.runCount(), 2);
        QCOMPARE(page.controls()->epochText(), QStringLiteral("Epoch A 0 · B 0"));
        QTest::mouseClick(page.controls()->stepButton(), Qt::LeftButton);
        QTRY_COMPARE(page.epoch(1), 1LL);
        QTRY_COMPARE(page.epoch(0), 1LL);
        // B on its own runs ahead: the counter follows B too, not only A.
        page.session(1)->step();
        QTRY_COMPARE(page.epoch(1), 2LL);
        QTRY_COMPARE(page.controls()->epochText(), QStringLiteral("Epoch A 1 · B 2"));
        page.controls()->setRaceEnabled(false);
        QVERIFY2(page.controls()->epochText().startsWith(QStringLiteral("Epoch 0 · ")),
                 qPrintable(page.controls()->epochText()));
    }

    void slowMotionTrainsEveryRunInStep() {
        // A race finished in about two seconds, too fast to narrate: slow motion trains one
        // epoch at a time, both networks together.
        PlaygroundPage page;
        PlaygroundSetup s = smallSetup();
        s.race.enabled = true;
        s.race.setting = RaceSetup::Setting::LearningRate;
        s.slowMotion = true;
        page.applySetup(s);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        PlaygroundControls *controls = page.controls();
        QVERIFY(controls->slowMotionButton()->isChecked());
        QVERIFY(!controls->speedSpin()->isEnabled()); // the slow pace replaces it
        QVERIFY(page.setup().slowMotion);             // and it is part of the lab file

        QTest::mouseClick(controls->playButton(), Qt::LeftButton);
        QVERIFY(controls->isRunning());
        QVERIFY(page.slowMotionActive());
        // The page paces the engines: neither trains freely.
        QVERIFY(!page.session(0)->isRunning());
        QVERIFY(!page.session(1)->isRunning());
        for (int i = 0; i < 100000 && (page.epoch(0) < 6 || page.epoch(1) < 6); ++i) {
            QTest::qWait(1);
            QVERIFY2(std::abs(page.epoch(0) - page.epoch(1)) <= 1,
                     qPrintable(controls->epochText()));
        }
        QVERIFY(page.epoch(0) >= 6 && page.epoch(1) >= 6);

        // Each beat is one epoch: nothing moves until every run has finished the last.
        QTest::mouseClick(controls->playButton(), Qt::LeftButton); // pause
        QVERIFY(!page.slowMotionActive());
        QTRY_COMPARE(page.epoch(0), page.epoch(1));
        const long long at = page.epoch(0);
        page.advanceSlowMotion();
        QTRY_COMPARE(page.epoch(0), at + 1);
        QTRY_COMPARE(page.epoch(1), at + 1);
        // The Step button steps both runs one epoch too.
        QTest::mouseClick(controls->stepButton(), Qt::LeftButton);
        QTRY_COMPARE(page.epoch(0), at + 2);
        QTRY_COMPARE(page.epoch(1), at + 2);

        // Slow motion off while training: the engines run at the frame speed again.
        QTest::mouseClick(controls->playButton(), Qt::LeftButton);
        QTest::mouseClick(controls->slowMotionButton(), Qt::LeftButton);
        QVERIFY(!controls->slowMotion());
        QVERIFY(controls->speedSpin()->isEnabled());
        QVERIFY(!page.slowMotionActive());
        QVERIFY(page.session(0)->isRunning());
        QVERIFY(page.session(1)->isRunning());
        QTest::mouseClick(controls->playButton(), Qt::LeftButton);
        QVERIFY(!page.session(0)->isRunning());
    }

    void slowMotionStopsAtTheEpochLimit() {
        PlaygroundPage page;
        PlaygroundSetup s = smallSetup();
        s.slowMotion = true;
        s.stopEpochs = 3;
        page.applySetup(s);
        QTest::mouseClick(page.controls()->playButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.controls()->isRunning());
        QCOMPARE(page.epoch(), 3LL);
        QVERIFY(!page.slowMotionActive());
    }

    void defaultSetupVisiblySucceeds() {
        // A newcomer's first Play: the default set-up classifies above 95 % of the test points
        // by epoch 300, about a second at the default speed (the epochs, not the time, are
        // checked here; README has the measured time).
        PlaygroundPage page;
        PlaygroundSetup s;
        QCOMPARE(s.epochsPerFrame, 5);
        s.stopEpochs = 300;
        page.applySetup(s);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(page.controls()->playButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.controls()->isRunning(), 60000);
        QCOMPARE(page.epoch(), 300LL);
        QTRY_COMPARE(page.metricsView()->metrics().confusion.size(), std::size_t(4));
        QTRY_VERIFY2(page.metricsView()->metrics().testAccuracy > 0.95,
                     qPrintable(page.metricsView()->summaryLines().join(QLatin1Char('\n'))));
        QVERIFY(page.metricsView()->metrics().trainAccuracy > 0.95);
    }

    void epochRateIsShownWhileTraining() {
        PlaygroundPage page;
        page.applySetup(smallSetup());
        page.show();
        QTest::qWait(1000); // the rate counts from the start of the run, not of the page
        QTest::mouseClick(page.controls()->playButton(), Qt::LeftButton);
        QTest::qWait(1500);
        // "Epoch N · R epochs/s": R must be a real, positive rate while running.
        const QString text = page.controls()->epochText();
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(words.size() >= 4, qPrintable(text));
        const long long shownEpoch = words[1].toLongLong();
        const double rate = words[3].toDouble();
        QVERIFY2(shownEpoch > 0 && rate > 0, qPrintable(text));
        // Not wildly off: at most the epochs done so far per second run.
        QVERIFY2(rate <= shownEpoch / 0.4, qPrintable(text));
        // Paused: the run's average rate stays readable (it used to drop to "0.0 epochs/s").
        QTest::mouseClick(page.controls()->playButton(), Qt::LeftButton);
        const QStringList paused =
            page.controls()->epochText().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(paused.size() >= 4 && paused[3].toDouble() > 0 &&
                     paused[3].toDouble() >= 0.75 * paused[1].toDouble() / 1.5,
                 qPrintable(page.controls()->epochText()));
    }

    void stopsAtTheEpochLimit() {
        PlaygroundPage page;
        PlaygroundSetup s = smallSetup();
        s.stopEpochs = 30;
        page.applySetup(s);
        page.show();
        QTest::mouseClick(page.controls()->playButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.controls()->isRunning());
        QVERIFY(page.epoch() >= 30);
        QVERIFY(page.epoch() < 30 + 1 + s.epochsPerFrame * 4);
    }

    void configChangesReachTheEngine() {
        PlaygroundPage page;
        page.applySetup(smallSetup());
        auto *hidden = page.setupPanel()->findChild<QSpinBox *>(QStringLiteral("hiddenSpin"));
        auto *rate =
            page.setupPanel()->findChild<QDoubleSpinBox *>(QStringLiteral("learningRateSpin"));
        QVERIFY(hidden && rate);
        hidden->setValue(11);
        QCOMPARE(page.session(0)->engineHiddenUnits(), 11);
        QTRY_COMPARE(page.networkDiagram()->diagram().layerSizes.at(1), 11);

        // A learning-rate change keeps the weights and the epoch count.
        QTest::mouseClick(page.controls()->stepButton(), Qt::LeftButton);
        QTRY_COMPARE(page.epoch(), 1LL);
        rate->setValue(0.125);
        QTRY_COMPARE(page.session(0)->engineLearningRate(), 0.125);
        page.refreshFrame();
        QCOMPARE(page.epoch(), 1LL);

        // Another activation is a new network, and the task text follows the data.
        auto *activation =
            page.setupPanel()->findChild<QComboBox *>(QStringLiteral("activationCombo"));
        QVERIFY(page.setupPanel()->selectActivation(QStringLiteral("relu")));
        QCOMPARE(activation->currentData().toString(), QStringLiteral("relu"));
        QCOMPARE(page.setup().activation, QStringLiteral("relu"));
        QTRY_COMPARE(page.epoch(), 0LL);
    }

    void raceSharesDataAndInitialWeights() {
        PlaygroundPage page;
        page.applySetup(smallSetup());
        page.controls()->selectRaceActivation(QStringLiteral("relu"));
        page.controls()->setRaceEnabled(true);
        QCOMPARE(page.runCount(), 2);
        QVERIFY(page.decisionMap(1) != nullptr);
        QCOMPARE(page.lossCurves()->runCount(), 2);
        const std::vector<double> a = page.session(0)->initialWeights();
        const std::vector<double> b = page.session(1)->initialWeights();
        QVERIFY(!a.empty());
        QCOMPARE(a, b);
        QCOMPARE(page.decisionMap(0)->points().size(), page.decisionMap(1)->points().size());
        QCOMPARE(page.decisionMap(0)->points().size(),
                 page.data()->split.train.size() + page.data()->split.test.size());

        page.controls()->setTargetLoss(0.3);
        QTest::mouseClick(page.controls()->playButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.epochsToTarget(0) && page.epochsToTarget(1), 20000);
        QTRY_VERIFY(!page.controls()->isRunning());
        QVERIFY(page.lossCurves()->pointCount(1) > 0);

        page.controls()->setRaceEnabled(false);
        QCOMPARE(page.runCount(), 1);
    }

    void raceOnAnotherSettingAndDetailsPerRun() {
        PlaygroundPage page;
        PlaygroundSetup s = smallSetup();
        s.race.enabled = true;
        s.race.setting = RaceSetup::Setting::LearningRate;
        s.race.learningRate = 0.3;
        page.applySetup(s);
        QCOMPARE(page.runCount(), 2);
        QCOMPARE(page.session(0)->engineLearningRate(), 0.03);
        QCOMPARE(page.session(1)->engineLearningRate(), 0.3);
        QCOMPARE(page.session(1)->engineConfig().activation.id, std::string("tanh"));
        QCOMPARE(page.session(0)->initialWeights(), page.session(1)->initialWeights());
        QCOMPARE(page.setup().race, s.race); // what a lab file stores

        // The rival's activation with its own parameter, chosen through the editor.
        RaceRivalEditor *editor = page.controls()->raceEditor();
        editor->selectSetting(RaceSetup::Setting::Activation);
        QVERIFY(editor->selectActivation(QStringLiteral("leaky_relu")));
        editor->paramsEdit()->setText(QStringLiteral("0.05"));
        QMetaObject::invokeMethod(editor->paramsEdit(), "editingFinished");
        QCOMPARE(page.session(1)->engineConfig().activation.id, std::string("leaky_relu"));
        QCOMPARE(page.session(1)->engineConfig().activation.params, std::vector<double>{0.05});
        QCOMPARE(page.session(1)->engineLearningRate(), 0.03); // one difference only
        QCOMPARE(page.session(0)->engineConfig().activation.id, std::string("tanh"));
        QCOMPARE(page.session(0)->initialWeights(), page.session(1)->initialWeights());

        // Details follow the selected run: B's unit maps are B's.
        page.show();
        QVERIFY(page.detailCombo()->isVisible());
        QCOMPARE(page.detailCombo()->count(), 2);
        QTest::mouseClick(page.controls()->stepButton(), Qt::LeftButton);
        QTRY_COMPARE(page.epoch(1), 1LL);
        page.setDetailRun(0);
        QTRY_VERIFY(page.unitMaps()->maps().isValid());
        const UnitMaps a = page.unitMaps()->maps();
        page.setDetailRun(1);
        QCOMPARE(page.detailRun(), 1);
        QTRY_VERIFY(page.unitMaps()->maps().values != a.values);
        page.controls()->setRaceEnabled(false);
        QCOMPARE(page.detailRun(), 0);
        QVERIFY(!page.detailCombo()->isVisible());
    }

    void closingMidTrainingDoesNotCrash() {
        for (int i = 0; i < 3; ++i) {
            auto *window = new QMainWindow;
            auto *page = new PlaygroundPage;
            window->setCentralWidget(page);
            window->setAttribute(Qt::WA_DeleteOnClose);
            page->applySetup(smallSetup());
            page->controls()->setRaceEnabled(i == 2);
            window->show();
            QTest::mouseClick(page->controls()->playButton(), Qt::LeftButton);
            QTest::qWait(50 + 40 * i);
            QPointer<QMainWindow> guard(window);
            window->close();
            QTRY_VERIFY(guard.isNull());
        }
    }

    void labFilesRoundTripAndBadFilesChangeNothing() {
        QTemporaryDir dir;
        PlaygroundPage page;
        PlaygroundSetup s = smallSetup();
        s.dataset = QStringLiteral("moons");
        s.hiddenUnits = 9;
        s.activation = QStringLiteral("elu");
        s.params = {0.5};
        s.optimizer = QStringLiteral("momentum");
        s.stopEpochs = 250;
        page.applySetup(s);
        const QString path = dir.filePath(QStringLiteral("a.json"));
        QCOMPARE(page.saveLab(path), QString());

        page.applySetup(smallSetup());
        QVERIFY(!(page.setup() == s));
        QCOMPARE(page.loadLab(path), QString());
        QVERIFY(page.setup() == s);
        QCOMPARE(page.session(0)->engineHiddenUnits(), 9);

        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"actlab-playground\", \"network\": {\"hidden\": -3}}");
        f.close();
        const QString error = page.loadLab(bad);
        QVERIFY(!error.isEmpty());
        QVERIFY(page.setup() == s); // untouched
    }

    void csvErrorsNameTheLine() {
        QTemporaryDir dir;
        PlaygroundPage page;
        const QString path = dir.filePath(QStringLiteral("d.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x1,x2,label\n0,0,1\n1,oops,0\n");
        f.close();
        const QString error = page.loadCsv(path);
        QVERIFY2(error.contains(QStringLiteral("Line 3")), qPrintable(error));
        QVERIFY(page.setup().dataset != QStringLiteral("csv"));

        // A first row of neither 2 nor 3 fields: said as such, not "the first row has 0".
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("0,0,1,7\n1,1,0\n");
        f.close();
        const QString width = page.loadCsv(path);
        QVERIFY2(width.contains(QStringLiteral("Line 1")) &&
                     width.contains(QStringLiteral("this one has 4")) &&
                     !width.contains(QStringLiteral("has 0")),
                 qPrintable(width));

        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x1,x2,label\n0,0,1\n1,1,0\n-1,0.5,1\n0.5,-1,0\n");
        f.close();
        QCOMPARE(page.loadCsv(path), QString());
        QCOMPARE(page.setup().dataset, QStringLiteral("csv"));
        QCOMPARE(page.data()->split.train.size() + page.data()->split.test.size(), std::size_t(4));
    }

    void exports() {
        QTemporaryDir dir;
        PlaygroundPage page;
        page.applySetup(smallSetup());
        page.resize(1200, 800);
        page.show();
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(page.controls()->stepButton(), Qt::LeftButton);
        QTRY_COMPARE(page.epoch(), 3LL);
        // The engine records its history when it publishes, not necessarily every epoch.
        QTRY_VERIFY(page.lossCurves()->pointCount(0) >= 1);
        QCOMPARE(page.exportDecisionMap(dir.filePath(QStringLiteral("m.png"))), QString());
        QCOMPARE(page.exportLossCurves(dir.filePath(QStringLiteral("l.png"))), QString());
        QCOMPARE(page.exportHistoryCsv(dir.filePath(QStringLiteral("h.csv"))), QString());
        QFile csv(dir.filePath(QStringLiteral("h.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.takeLast().isEmpty());
        QVERIFY(lines[0].startsWith("run,activation,epoch,train_loss,test_loss"));
        QVERIFY(lines.size() >= 2);
        const int fields = int(lines[0].count(',')) + 1;
        bool sawThree = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> row = lines[i].split(',');
            QCOMPARE(int(row.size()), fields);
            QCOMPARE(row[1], QByteArray("\"tanh\""));
            sawThree = sawThree || row[2].toDouble() == 3.0;
        }
        QVERIFY(sawThree);
        QVERIFY(!QImage(dir.filePath(QStringLiteral("m.png"))).isNull());
    }
};

QTEST_MAIN(TestPlaygroundPage)
#include "tst_playgroundpage.moc"
