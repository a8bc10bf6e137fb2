// SPDX-License-Identifier: GPL-3.0-or-later
// The playground page under random clicks and setting changes while it trains (offscreen), and
// SGD at a learning rate of 1000 through the page: it must end diverged with no NaN shown.
//
// The actions are chosen by a seeded generator (the same sequence on every run); the verdict
// rests on what is on screen, never on timing: no NaN or infinity in any label, the decision
// map, the loss curves' latest values; the page keeps answering (a watchdog timer fails the
// test if the event loop stalls for long). ACTLAB_STRESS_SCALE (default 1) multiplies the
// number of actions.
#include <cmath>
#include <random>

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include "playground/decisionmapview.h"
#include "playground/playgroundcontrols.h"
#include "playground/playgroundpage.h"
#include "playground/playgroundsession.h"
#include "playground/playgroundsetuppanel.h"
#include "unsavedchanges.h"

namespace {

int scale() {
    const int s = qEnvironmentVariableIntValue("ACTLAB_STRESS_SCALE");
    return s > 0 ? s : 1;
}

PlaygroundSetup smallSetup() {
    PlaygroundSetup s;
    s.dataset = QStringLiteral("circle");
    s.samples = 150;
    s.hiddenUnits = 6;
    s.activation = QStringLiteral("tanh");
    s.learningRate = 0.03;
    s.batchSize = 10;
    return s;
}

/// Text a person sees that names a non-number: "nan", "inf", "−inf" as a word.
QString nonNumberShown(const QWidget &root) {
    static const QRegularExpression word(QStringLiteral("\\b(nan|inf|infinity)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (const QLabel *label : root.findChildren<QLabel *>()) {
        if (!label->isVisible())
            continue;
        const QString text = label->text();
        if (word.match(text).hasMatch())
            return text;
    }
    return {};
}

QString nonFiniteMap(PlaygroundPage &page) {
    for (int run = 0; run < page.runCount(); ++run) {
        const DecisionMapView *map = page.decisionMap(run);
        if (!map)
            continue;
        for (float v : map->grid().values)
            if (!std::isfinite(v))
                return QStringLiteral("decision map %1 holds %2").arg(run).arg(double(v));
    }
    return {};
}

} // namespace

class TestPlaygroundStress : public QObject {
    Q_OBJECT

private slots:
    // Closing an edited main window must not wait for the unsaved-changes question.
    void initTestCase() { discardUnsavedChangesQuestions(); }
    void randomClicksAndSettingsWhileTraining();
    void sgdAtLearningRate1000ShowsDivergedWithoutNaN();
};

void TestPlaygroundStress::randomClicksAndSettingsWhileTraining() {
    PlaygroundPage page;
    page.applySetup(smallSetup());
    page.resize(1280, 860);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    PlaygroundControls *controls = page.controls();
    PlaygroundSetupPanel *setup = page.setupPanel();
    const QStringList activations = setup->activationIds();
    QVERIFY(!activations.isEmpty());

    // Settings a person may change while training; none opens a dialog.
    QList<QSpinBox *> spins;
    QList<QDoubleSpinBox *> doubleSpins;
    QList<QComboBox *> combos;
    for (const char *name : {"samplesSpin", "hiddenSpin", "batchSpin", "seedSpin", "dataSeedSpin"})
        if (auto *w = setup->findChild<QSpinBox *>(QLatin1String(name)))
            spins << w;
    for (const char *name : {"learningRateSpin", "noiseSpin", "testFractionSpin"})
        if (auto *w = setup->findChild<QDoubleSpinBox *>(QLatin1String(name)))
            doubleSpins << w;
    for (const char *name : {"datasetCombo", "optimizerCombo", "initializerCombo"})
        if (auto *w = setup->findChild<QComboBox *>(QLatin1String(name)))
            combos << w;
    QVERIFY(spins.size() >= 3 && doubleSpins.size() >= 1 && combos.size() >= 2);

    std::mt19937 rng(4242);
    const auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    QElapsedTimer stall;
    const int actions = 300 * scale();
    for (int i = 0; i < actions; ++i) {
        const QByteArray where = "action " + QByteArray::number(i);
        switch (pick(10)) {
        case 0:
        case 1:
            QTest::mouseClick(controls->playButton(), Qt::LeftButton);
            break;
        case 2:
            if (controls->stepButton()->isEnabled())
                QTest::mouseClick(controls->stepButton(), Qt::LeftButton);
            break;
        case 3:
            QTest::mouseClick(controls->resetButton(), Qt::LeftButton);
            break;
        case 4: {
            QSpinBox *s = spins[pick(int(spins.size()))];
            s->setValue(
                std::uniform_int_distribution<int>(s->minimum(), std::min(s->maximum(), 400))(rng));
            break;
        }
        case 5: {
            QDoubleSpinBox *s = doubleSpins[pick(int(doubleSpins.size()))];
            const double t = std::uniform_real_distribution<double>(0, 1)(rng);
            s->setValue(s->minimum() + t * (std::min(s->maximum(), 1e3) - s->minimum()));
            break;
        }
        case 6: {
            QComboBox *c = combos[pick(int(combos.size()))];
            c->setCurrentIndex(pick(c->count()));
            break;
        }
        case 7:
            setup->selectActivation(activations[pick(int(activations.size()))]);
            break;
        case 8:
            controls->setRaceEnabled(pick(3) == 0);
            break;
        default:
            break; // let it train a little
        }
        stall.start();
        QTest::qWait(pick(3) * 5);
        page.refreshFrame();
        QVERIFY2(stall.elapsed() < 20000, where + ": the page stopped answering");
        const QString shown = nonNumberShown(page);
        QVERIFY2(shown.isEmpty(), where + ": a label shows " + shown.toUtf8());
        const QString map = nonFiniteMap(page);
        QVERIFY2(map.isEmpty(), where + ": " + map.toUtf8());
    }
    // Stop and leave: destroying the page while it may still be training must return.
    if (controls->isRunning())
        QTest::mouseClick(controls->playButton(), Qt::LeftButton);
}

void TestPlaygroundStress::sgdAtLearningRate1000ShowsDivergedWithoutNaN() {
    PlaygroundPage page;
    PlaygroundSetup s = smallSetup();
    s.dataset = QStringLiteral("spiral");
    s.activation = QStringLiteral("relu");
    s.optimizer = QStringLiteral("sgd");
    s.learningRate = 1000;
    page.applySetup(s);
    page.resize(1280, 860);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.session(0)->engineLearningRate(), 1000.0);
    QTest::mouseClick(page.controls()->playButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.controls()->isRunning(), 30000);
    page.refreshFrame();
    const QString status = page.controls()->statusText();
    QVERIFY2(status.contains(QStringLiteral("diverged"), Qt::CaseInsensitive), qPrintable(status));
    const QString shown = nonNumberShown(page);
    QVERIFY2(shown.isEmpty(), qPrintable(QStringLiteral("a label shows ") + shown));
    const QString map = nonFiniteMap(page);
    QVERIFY2(map.isEmpty(), qPrintable(map));
}

QTEST_MAIN(TestPlaygroundStress)
#include "tst_playgroundstress.moc"
