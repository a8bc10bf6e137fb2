// SPDX-License-Identifier: GPL-3.0-or-later
// The lab document in the assembled window: every page's state survives a save and an open,
// the title marks unsaved changes, New/Open/close ask before losing them (and Cancel loses
// nothing), damaged files leave the lab untouched, dropped files open, and lessons step.
#include <functional>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include "depth/depthlabpage.h"
#include "explorer/catalogpanel.h"
#include "explorer/explorercontroller.h"
#include "explorer/parametereditor.h"
#include "explorer/parameterpanel.h"
#include "lab/labdocument.h"
#include "lab/labfileio.h"
#include "lab/labjson.h"
#include "lab/labstatebinder.h"
#include "lab/lessonbar.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "playground/playgroundpage.h"
#include "presentation/presentationmode.h"
#include "softmax/logiteditor.h"
#include "softmax/softmaxlabpage.h"

namespace {

/// Answers the next message box with `button` once it is up (the box runs its own loop).
void answerNextQuestion(QMessageBox::StandardButton button, QString *text = nullptr) {
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
    timer->start();
}

LabState customState() {
    LabState s;
    s.page = QStringLiteral("depth");
    ExplorerLabState e;
    e.activation = QStringLiteral("elu");
    e.values = {0.7};
    e.pins = {Pin{QStringLiteral("relu"), {0.1, 6, 0}, QStringLiteral("relu6-ish"), true},
              Pin{QStringLiteral("tanh"), {}, {}, false}};
    e.view = QStringLiteral("gradient");
    e.vanishingThreshold = 0.05;
    e.xRange = std::pair{-3.0, 5.0};
    e.firstDerivative = false;
    e.secondDerivative = true;
    e.zoomInset = false;
    s.explorer = e;
    s.softmax = SoftmaxLabState{{3.0, 1.0, 0.2}, 0.5};
    PlaygroundSetup p;
    p.dataset = QStringLiteral("xor");
    p.hiddenUnits = 12;
    p.activation = QStringLiteral("elu");
    p.params = {1.0}; // the page fills in the defaults
    s.playground = p;
    DepthLabSetup d = DepthLabSetup::defaults();
    d.depth = 20;
    s.depth = d;
    return s;
}

} // namespace

class TestLabDocument : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("ActLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_labdocument"));
        m_languages = std::make_unique<LanguageManager>();
    }

    void init() {
        QSettings().clear();
        QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
    }

    void everyPagesStateSurvivesSaveAndOpen() {
        MainWindow window(m_languages.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LabDocument *doc = window.labDocument();
        QVERIFY(!doc->isModified());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Untitled lab")));

        const LabState wanted = customState();
        window.findChild<LabStateBinder *>()->apply(wanted);
        QCOMPARE(window.page(), MainWindow::Page::Depth);
        LabState shown = window.findChild<LabStateBinder *>()->capture();
        QCOMPARE(shown, wanted);

        const QString path = m_dir.filePath(QStringLiteral("all.actlab"));
        QVERIFY(doc->saveAs(path, false).isEmpty());
        QCOMPARE(doc->path(), path);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("all.actlab")));
        QVERIFY(!doc->isModified());

        doc->newLab(); // everything back to its defaults
        shown = window.findChild<LabStateBinder *>()->capture();
        QCOMPARE(shown.explorer->activation, QStringLiteral("relu"));
        QVERIFY(shown.explorer->pins.isEmpty());
        QCOMPARE(shown.softmax->logits, (std::vector<double>{2.0, 1.0, 0.1}));
        QCOMPARE(shown.playground->dataset, PlaygroundSetup().dataset);
        QVERIFY(doc->path().isEmpty());

        QVERIFY(doc->open(path, false).isEmpty());
        QCOMPARE(window.findChild<LabStateBinder *>()->capture(), wanted);
        QCOMPARE(window.page(), MainWindow::Page::Depth);
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->recentFiles().value(0), path);
    }

    void theTitleMarksUnsavedChangesAndUndoClearsIt() {
        MainWindow window(m_languages.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LabDocument *doc = window.labDocument();
        const QString path = m_dir.filePath(QStringLiteral("marker.actlab"));
        QVERIFY(doc->saveAs(path, false).isEmpty());

        // A parameter edited as a user does it: through its spin box, one undo step.
        window.catalogPanel(); // the explorer shows relu
        ParameterEditor *slope = window.parameterPanel()->editors().first();
        slope->spinBox()->setValue(0.25);
        QCOMPARE(window.controller()->values(QStringLiteral("relu")).front(), 0.25);
        doc->checkModifiedNow();
        QVERIFY(doc->isModified());
        QVERIFY(window.isWindowModified());
        window.undoAction()->trigger();
        doc->checkModifiedNow();
        QVERIFY(!doc->isModified()); // back to exactly what is saved
        QVERIFY(!window.isWindowModified());

        // The softmax lab and the playground count too, once built.
        window.setPage(MainWindow::Page::Softmax);
        window.softmaxLabPage()->setLogits({1, 2, 3}, 1.0);
        emit window.softmaxLabPage()->editor()->changed();
        doc->checkModifiedNow();
        QVERIFY(doc->isModified());

        // Looking around (another page, another x range) is not an edit.
        QVERIFY(doc->saveAs(path, false).isEmpty());
        window.setPage(MainWindow::Page::Explorer);
        doc->checkModifiedNow();
        QVERIFY(!doc->isModified());
    }

    void newAndOpenAskBeforeLosingChanges() {
        MainWindow window(m_languages.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LabDocument *doc = window.labDocument();
        const QString path = m_dir.filePath(QStringLiteral("ask.actlab"));
        QVERIFY(doc->saveAs(path, false).isEmpty());
        window.pinAction()->trigger(); // pin relu... then show another activation
        window.catalogPanel()->selectActivation(QStringLiteral("gelu"));
        doc->checkModifiedNow();
        QVERIFY(doc->isModified());
        const LabState edited = window.findChild<LabStateBinder *>()->capture();

        // Cancel: nothing happens at all.
        QString question;
        answerNextQuestion(QMessageBox::Cancel, &question);
        doc->newAction()->trigger();
        QVERIFY2(question.contains(QStringLiteral("ask.actlab")), qPrintable(question));
        QCOMPARE(window.findChild<LabStateBinder *>()->capture(), edited);
        QVERIFY(doc->isModified());
        QCOMPARE(doc->path(), path);

        // Save: the file gets the changes, then the new lab opens.
        answerNextQuestion(QMessageBox::Save);
        doc->newAction()->trigger();
        QVERIFY(doc->path().isEmpty());
        QVERIFY(!doc->isModified());
        const auto saved = LabFileIo::load(path);
        QCOMPARE(std::get<LabContents>(saved).state.explorer->activation, QStringLiteral("gelu"));
        QCOMPARE(std::get<LabContents>(saved).state.explorer->pins.size(), 1);

        // Discard: the changes go.
        QVERIFY(doc->open(path, false).isEmpty());
        window.catalogPanel()->selectActivation(QStringLiteral("tanh"));
        answerNextQuestion(QMessageBox::Discard);
        doc->newAction()->trigger();
        QCOMPARE(window.controller()->currentId(), QStringLiteral("relu"));
        QCOMPARE(std::get<LabContents>(LabFileIo::load(path)).state.explorer->activation,
                 QStringLiteral("gelu"));
    }

    void closingWithUnsavedChangesAsks() {
        MainWindow window(m_languages.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LabDocument *doc = window.labDocument();
        // An untitled lab asks too: Cancel keeps it, Discard closes.
        {
            MainWindow other(m_languages.get());
            other.show();
            QVERIFY(QTest::qWaitForWindowExposed(&other));
            other.catalogPanel()->selectActivation(QStringLiteral("tanh"));
            QString question;
            answerNextQuestion(QMessageBox::Cancel, &question);
            QVERIFY(!other.close());
            QVERIFY(question.contains(QStringLiteral("never saved")));
            answerNextQuestion(QMessageBox::Discard);
            QVERIFY(other.close());
        }
        // A file with changes: Cancel keeps the window open, Discard closes it.
        QVERIFY(doc->saveAs(m_dir.filePath(QStringLiteral("close.actlab")), false).isEmpty());
        window.catalogPanel()->selectActivation(QStringLiteral("silu"));
        answerNextQuestion(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(window.controller()->currentId(), QStringLiteral("silu"));
        answerNextQuestion(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    void damagedFilesLeaveTheLabUntouched_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        LabContents good;
        good.state = customState();
        const QByteArray whole = QJsonDocument(LabJson::toJson(good)).toJson();
        QJsonObject newer = LabJson::toJson(good);
        newer[QStringLiteral("version")] = 2;
        QJsonObject badPin = LabJson::toJson(good);
        QJsonObject explorer = badPin[QStringLiteral("explorer")].toObject();
        explorer[QStringLiteral("activation")] = QStringLiteral("no_such_activation");
        badPin[QStringLiteral("explorer")] = explorer;
        QTest::newRow("not JSON") << QByteArray("activation = relu\n") << QStringLiteral("line 1");
        QTest::newRow("truncated") << whole.left(whole.size() / 2) << QStringLiteral("incomplete");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("another JSON file")
            << QByteArray(R"({"name":"x"})") << QStringLiteral("not an ActLab lab file");
        QTest::newRow("newer version")
            << QJsonDocument(newer).toJson() << QStringLiteral("newer ActLab");
        QTest::newRow("bad field")
            << QJsonDocument(badPin).toJson() << QStringLiteral("\"explorer.activation\"");
    }

    void damagedFilesLeaveTheLabUntouched() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        MainWindow window(m_languages.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LabDocument *doc = window.labDocument();
        const QString good = m_dir.filePath(QStringLiteral("good.actlab"));
        QVERIFY(doc->saveAs(good, false).isEmpty());
        window.catalogPanel()->selectActivation(QStringLiteral("mish"));
        const LabState before = window.findChild<LabStateBinder *>()->capture();

        const QString bad = m_dir.filePath(QStringLiteral("bad.actlab"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const QString error = doc->open(bad, false);
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("bad.actlab")));
        QCOMPARE(window.findChild<LabStateBinder *>()->capture(), before);
        QCOMPARE(doc->path(), good);
        doc->checkModifiedNow();
        QVERIFY(doc->isModified()); // the unsaved mish is still there, still unsaved

        // The message is translated too.
        QVERIFY(m_languages->setLanguage(QStringLiteral("zh_CN")));
        const QString chinese = doc->open(bad, false);
        QVERIFY(!chinese.isEmpty() && chinese != error);
        QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    }

    void aDroppedFileOpens() {
        MainWindow window(m_languages.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LabContents contents;
        contents.state = customState();
        const QString path = m_dir.filePath(QStringLiteral("dropped.actlab"));
        QVERIFY(LabFileIo::save(path, contents).isEmpty());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QTRY_COMPARE(window.labDocument()->path(), path);
        QCOMPARE(window.page(), MainWindow::Page::Depth);
    }

    void olderPlaygroundFilesOpenAndSaveAsNewLabs() {
        MainWindow window(m_languages.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString old = QStringLiteral(
            ACTLAB_SOURCE_DIR "/examples/race-tanh-vs-leaky-relu.actlab-playground.json");
        QVERIFY(window.labDocument()->open(old, false).isEmpty());
        QCOMPARE(window.page(), MainWindow::Page::Playground);
        QVERIFY(window.playgroundPage()->setup().race.enabled);
        QVERIFY(window.labDocument()->path().isEmpty()); // Save asks for a new .actlab name
    }

    void thePagesOwnSaveButtonsSaveTheLab() {
        MainWindow window(m_languages.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = m_dir.filePath(QStringLiteral("buttons.actlab"));
        QVERIFY(window.labDocument()->saveAs(path, false).isEmpty());
        window.setPage(MainWindow::Page::Playground);
        PlaygroundSetup setup = window.playgroundPage()->setup();
        setup.dataset = QStringLiteral("moons");
        window.playgroundPage()->applySetup(setup);
        emit window.playgroundPage()->saveLabRequested(); // what its Save button emits
        QCOMPARE(std::get<LabContents>(LabFileIo::load(path)).state.playground->dataset,
                 QStringLiteral("moons"));
        window.setPage(MainWindow::Page::Depth);
        DepthLabSetup depth = window.depthLabPage()->setup();
        depth.depth = 9;
        window.depthLabPage()->setSetup(depth);
        emit window.depthLabPage()->saveLabRequested();
        QCOMPARE(std::get<LabContents>(LabFileIo::load(path)).state.depth->depth, 9);
        QVERIFY(!window.labDocument()->isModified());
    }

    void shippedLessonsStepThroughInBothLanguages() {
        const QDir examples(QStringLiteral(ACTLAB_SOURCE_DIR "/examples"));
        const QStringList lessons =
            examples.entryList({QStringLiteral("lesson-*.actlab")}, QDir::Files, QDir::Name);
        QVERIFY2(lessons.size() >= 4, qPrintable(lessons.join(u' ')));
        for (const QString &name : lessons) {
            for (const char *language : {"en", "zh_CN"}) {
                QVERIFY(m_languages->setLanguage(QString::fromLatin1(language)));
                MainWindow window(m_languages.get());
                window.show();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                LabDocument *doc = window.labDocument();
                const QString error = doc->open(examples.filePath(name), false);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                const Lesson &lesson = doc->lesson();
                QVERIFY2(lesson.steps.size() >= 4, qPrintable(name));
                QVERIFY(window.lessonBar()->isVisible());
                for (int i = 0; i < lesson.steps.size(); ++i) {
                    const LessonStep &step = lesson.steps[i];
                    QCOMPARE(doc->currentStep(), i);
                    QVERIFY2(!step.title.en.isEmpty() && !step.title.zh.isEmpty() &&
                                 !step.text.en.isEmpty() && !step.text.zh.isEmpty(),
                             qPrintable(QStringLiteral("%1 step %2").arg(name).arg(i + 1)));
                    QCOMPARE(MainWindow::pageKey(window.page()), step.state.page);
                    const QString shownTitle = window.lessonBar()->stepTitleLabel()->text();
                    QCOMPARE(shownTitle, QLatin1String(language) == QLatin1String("en")
                                             ? step.title.en
                                             : step.title.zh);
                    QVERIFY(window.lessonBar()->counterLabel()->text().contains(
                        QString::number(lesson.steps.size())));
                    if (step.state.explorer)
                        QCOMPARE(window.controller()->currentId(), step.state.explorer->activation);
                    QTest::keyClick(&window, Qt::Key_PageDown);
                }
                QCOMPARE(doc->currentStep(), lesson.steps.size() - 1); // no step after the last
                QVERIFY(!window.lessonBar()->nextAction()->isEnabled());
                QTest::keyClick(&window, Qt::Key_PageUp);
                QCOMPARE(doc->currentStep(), lesson.steps.size() - 2);
                doc->checkModifiedNow();
                QVERIFY(!doc->isModified()); // stepping is not editing
            }
        }
        QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    }

    void theLanguageSwitchesTheStepText() {
        MainWindow window(m_languages.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LabDocument *doc = window.labDocument();
        doc->addCurrentAsStep({{QStringLiteral("Hello"), QStringLiteral("你好")},
                               {QStringLiteral("Look at the kink."), QStringLiteral("看拐点。")},
                               {}});
        QVERIFY(window.lessonBar()->isVisible());
        QCOMPARE(window.lessonBar()->stepTitleLabel()->text(), QStringLiteral("Hello"));
        QVERIFY(m_languages->setLanguage(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents(); // LanguageChange reaches the widgets as an event
        QCOMPARE(window.lessonBar()->stepTitleLabel()->text(), QStringLiteral("你好"));
        QCOMPARE(window.lessonBar()->stepTextLabel()->text(), QStringLiteral("看拐点。"));
        QVERIFY(window.lessonBar()->counterLabel()->text().contains(QStringLiteral("第")));
        QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(window.lessonBar()->counterLabel()->text(), QStringLiteral("Step 1 of 1"));
    }

    void aTeacherBuildsALesson() {
        MainWindow window(m_languages.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LabDocument *doc = window.labDocument();
        QVERIFY(!window.lessonBar()->isVisible());
        const auto text = [](const char *en) { return LocalizedText{QLatin1String(en), {}}; };

        window.catalogPanel()->selectActivation(QStringLiteral("sigmoid"));
        doc->addCurrentAsStep({text("Sigmoid"), {}, {}});
        window.catalogPanel()->selectActivation(QStringLiteral("relu"));
        doc->addCurrentAsStep({text("ReLU"), {}, {}});
        window.setPage(MainWindow::Page::Softmax);
        doc->addCurrentAsStep({text("Softmax"), {}, {}});
        QCOMPARE(doc->lesson().steps.size(), 3);
        QCOMPARE(doc->currentStep(), 2);
        QVERIFY(window.lessonBar()->isVisible());
        QCOMPARE(window.lessonBar()->counterLabel()->text(), QStringLiteral("Step 3 of 3"));
        doc->checkModifiedNow();
        QVERIFY(doc->isModified());

        // Reorder, edit, update, delete.
        doc->moveStep(2, 1);
        QCOMPARE(doc->lesson().steps[1].title.en, QStringLiteral("Softmax"));
        QCOMPARE(doc->currentStep(), 1);
        doc->setStepTexts(0, text("Sigmoid saturates"), text("Flat on both sides."));
        doc->goToStep(0);
        QCOMPARE(window.controller()->currentId(), QStringLiteral("sigmoid"));
        QCOMPARE(window.page(), MainWindow::Page::Explorer);
        window.catalogPanel()->selectActivation(QStringLiteral("tanh"));
        window.lessonBar()->updateStepAction()->trigger();
        QCOMPARE(doc->lesson().steps[0].state.explorer->activation, QStringLiteral("tanh"));
        doc->goToStep(2);
        window.lessonBar()->deleteStepAction()->trigger();
        QCOMPARE(doc->lesson().steps.size(), 2);

        // It is saved with the lab and comes back whole.
        const QString path = m_dir.filePath(QStringLiteral("lesson.actlab"));
        QVERIFY(doc->saveAs(path, false).isEmpty());
        const Lesson saved = doc->lesson();
        doc->newLab();
        QVERIFY(doc->lesson().isEmpty());
        QVERIFY(!window.lessonBar()->isVisible());
        QVERIFY(doc->open(path, false).isEmpty());
        QCOMPARE(doc->lesson(), saved);
        QCOMPARE(doc->currentStep(), 0);
        QCOMPARE(window.controller()->currentId(), QStringLiteral("tanh"));
    }

    void presentingTheArrowKeysStep() {
        MainWindow window(m_languages.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LabDocument *doc = window.labDocument();
        const QString error =
            doc->open(QStringLiteral(ACTLAB_SOURCE_DIR "/examples/lesson-2-softmax.actlab"), false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(doc->currentStep(), 0); // arrows belong to the widgets until presenting
        window.presentationMode()->setActive(true);
        QVERIFY(window.lessonBar()->isVisible());
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(doc->currentStep(), 1);
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(doc->currentStep(), 0);
        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(doc->currentStep(), 1);
        window.presentationMode()->setActive(false);
    }

private:
    std::unique_ptr<LanguageManager> m_languages;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestLabDocument)
#include "tst_labdocument.moc"
