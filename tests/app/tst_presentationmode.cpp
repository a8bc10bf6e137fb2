// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <qcustomplot.h>

#include "explorer/catalogpanel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "plot/plotpalette.h"
#include "plot/plotview.h"
#include "presentation/presentationmode.h"
#include "presentation/presentationreadout.h"
#include "settings.h"
#include "uizoom.h"
#include "unsavedchanges.h"
#include "windowfit.h"

namespace {

QList<bool> dockVisibility(const MainWindow &window) {
    QList<bool> shown;
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        shown << dock->isVisible();
    return shown;
}

bool anyDockVisible(const MainWindow &window) {
    return dockVisibility(window).contains(true);
}

/// The width of the primary curve's pen in the explorer's plot.
double curveWidth(const MainWindow &window) {
    QCustomPlot *plot = window.plotView()->customPlot();
    double widest = 0;
    for (int i = 0; i < plot->graphCount(); ++i)
        widest = std::max(widest, plot->graph(i)->pen().widthF());
    return widest;
}

QAction *scaleAction(const PresentationMode *mode, double scale) {
    for (QAction *action : mode->scaleMenu()->actions())
        if (action->data().toDouble() == scale)
            return action;
    return nullptr;
}

} // namespace

/** Presentation mode (F5): full screen, larger text and lines, panels away, all of it undone. */
class TestPresentationMode : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void f5EntersAndLeavesRestoringEverything();
    void escapeLeaves();
    void aFullScreenWindowStaysFullScreen();
    void scaleChangeWhileActiveApplies();
    void languageSwitchWhilePresenting();
    void pageSwitchesWhilePresentingKeepTheExplorerLayout();
    void everyPageFitsA1024x768ScreenWhenPresenting();
    void closingWhilePresentingKeepsTheNormalLayout();

private:
    std::unique_ptr<LanguageManager> m_languages;
};

void TestPresentationMode::initTestCase() {
    discardUnsavedChangesQuestions(); // closing an edited window must not wait for a click
    QCoreApplication::setOrganizationName(QStringLiteral("ActLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_presentationmode"));
    m_languages = std::make_unique<LanguageManager>();
    UiZoom::restore(); // captures the system font
}

void TestPresentationMode::init() {
    QSettings().clear();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    UiZoom::setFactor(1.0);
}

void TestPresentationMode::cleanup() {
    m_languages->setLanguage(QStringLiteral("en"));
    UiZoom::setPresentationScale(1.0);
    PlotPalette::setLineWidthScale(1.0);
    UiZoom::setFactor(1.0);
}

void TestPresentationMode::f5EntersAndLeavesRestoringEverything() {
    UiZoom::setFactor(1.1); // the user's own zoom, kept underneath
    MainWindow window(m_languages.get());
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    docks[1]->hide(); // a dock the user closed stays closed afterwards
    const QList<bool> docksBefore = dockVisibility(window);
    QVERIFY(docksBefore.contains(true));
    const QRect geometryBefore = window.geometry();
    const double fontBefore = QApplication::font().pointSizeF();
    window.plotView()->refreshNow();
    const double widthBefore = curveWidth(window);
    QVERIFY(widthBefore > 0);
    PresentationMode *mode = window.presentationMode();
    QVERIFY(!mode->isActive());
    QCOMPARE(mode->scale(), 1.6);
    QVERIFY(window.findChildren<QAction *>().contains(mode->toggleAction()));
    QSignalSpy changes(mode, &PresentationMode::activeChanged);

    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(mode->isActive());
    QVERIFY(mode->toggleAction()->isChecked());
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.last().at(0).toBool(), true);
    QVERIFY(window.windowState().testFlag(Qt::WindowFullScreen));
    QVERIFY(!anyDockVisible(window));
    QCOMPARE(UiZoom::factor(), 1.1);
    QVERIFY(qAbs(UiZoom::effectiveFactor() - 1.1 * 1.6) < 1e-9);
    QVERIFY(qAbs(QApplication::font().pointSizeF() - fontBefore * 1.6) < 1e-6);
    QCOMPARE(SettingsKeys::uiZoom.get(), 1.1); // the remembered zoom is the user's
    QCOMPARE(PlotPalette::lineWidthScale(), 1.6);
    window.plotView()->refreshNow();
    QVERIFY2(qAbs(curveWidth(window) - widthBefore * 1.6) < 1e-9,
             qPrintable(QString::number(curveWidth(window))));

    // The large readout appears once the tracer reads, and says what the status bar says.
    PresentationReadout *readout = mode->readout();
    QVERIFY(!readout->isVisible());
    QVERIFY(window.catalogPanel()->selectActivation(QStringLiteral("softsign")));
    window.plotView()->traceAt(1.0);
    QVERIFY(readout->isVisible());
    QVERIFY2(readout->text().contains(QStringLiteral("0.5")) &&
                 readout->text().contains(QStringLiteral("0.25")),
             qPrintable(readout->text()));
    QVERIFY(readout->font().pointSizeF() >= QApplication::font().pointSizeF() * 1.4);
    QVERIFY(window.plotView()->customPlot()->rect().contains(readout->geometry()));
    QVERIFY(!window.plotView()->tracerText().isEmpty()); // still read by tests and the CLI

    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(!mode->isActive());
    QVERIFY(!mode->toggleAction()->isChecked());
    QCOMPARE(changes.size(), 2);
    QVERIFY(!window.windowState().testFlag(Qt::WindowFullScreen));
    QCOMPARE(window.geometry(), geometryBefore);
    QCOMPARE(dockVisibility(window), docksBefore);
    QCOMPARE(UiZoom::factor(), 1.1);
    QCOMPARE(UiZoom::effectiveFactor(), 1.1);
    QVERIFY(qAbs(QApplication::font().pointSizeF() - fontBefore) < 1e-6);
    QCOMPARE(PlotPalette::lineWidthScale(), 1.0);
    window.plotView()->refreshNow();
    QVERIFY(qAbs(curveWidth(window) - widthBefore) < 1e-9);
    QVERIFY(!readout->isVisible());
    // The Panels menu works again.
    for (const QDockWidget *dock : docks)
        QVERIFY(dock->toggleViewAction()->isEnabled());
}

void TestPresentationMode::escapeLeaves() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_Escape); // nothing to leave: Esc is no shortcut then
    QVERIFY(!window.presentationMode()->isActive());
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(window.presentationMode()->isActive());
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.presentationMode()->isActive());
    QVERIFY(!window.windowState().testFlag(Qt::WindowFullScreen));
    QVERIFY(anyDockVisible(window));
    QCOMPARE(UiZoom::effectiveFactor(), 1.0);
}

void TestPresentationMode::aFullScreenWindowStaysFullScreen() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(window.isFullScreen());
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(window.isFullScreen());
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(window.isFullScreen());
    QVERIFY(window.fullScreenAction()->isChecked());
}

void TestPresentationMode::scaleChangeWhileActiveApplies() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PresentationMode *mode = window.presentationMode();
    QCOMPARE(mode->scaleMenu()->actions().size(), int(PresentationMode::kScales.size()));
    QVERIFY(scaleAction(mode, 1.6)->isChecked());
    mode->setActive(true);
    const double fontAt16 = QApplication::font().pointSizeF();
    QSignalSpy scales(mode, &PresentationMode::scaleChanged);
    scaleAction(mode, 2.5)->trigger();
    QCOMPARE(scales.size(), 1);
    QCOMPARE(mode->scale(), 2.5);
    QVERIFY(scaleAction(mode, 2.5)->isChecked());
    QVERIFY(!scaleAction(mode, 1.6)->isChecked());
    QCOMPARE(UiZoom::effectiveFactor(), 2.5);
    QCOMPARE(PlotPalette::lineWidthScale(), 2.5);
    QVERIFY(qAbs(QApplication::font().pointSizeF() - fontAt16 * 2.5 / 1.6) < 1e-6);
    window.plotView()->refreshNow();
    QVERIFY(qAbs(curveWidth(window) - PlotPalette::penWidth(0)) < 1e-9);
    QVERIFY(qAbs(PlotPalette::penWidth(0) - 2.5 * 3.0) < 1e-9);
    QCOMPARE(SettingsKeys::presentationScale.get(), 2.5);
    mode->setActive(false);
    QCOMPARE(UiZoom::effectiveFactor(), 1.0);

    // Remembered; chosen while not presenting, it waits for the next time.
    MainWindow again(m_languages.get());
    QCOMPARE(again.presentationMode()->scale(), 2.5);
    again.presentationMode()->setScale(1.4);
    QCOMPARE(UiZoom::effectiveFactor(), 1.0);
    again.presentationMode()->setScale(7); // the nearest choice
    QCOMPARE(again.presentationMode()->scale(), 2.5);
}

void TestPresentationMode::languageSwitchWhilePresenting() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PresentationMode *mode = window.presentationMode();
    const QString english = mode->toggleAction()->text();
    const QString englishScale = scaleAction(mode, 1.6)->text();
    QTest::keyClick(&window, Qt::Key_F5);
    window.plotView()->traceAt(2.0);
    const QString englishReadout = mode->readout()->text();
    QVERIFY(englishReadout.contains(QStringLiteral("Rectified linear unit")));

    QVERIFY(m_languages->setLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::processEvents();
    QVERIFY(mode->isActive());
    QVERIFY(window.isFullScreen());
    QVERIFY(!anyDockVisible(window));
    QVERIFY(qAbs(UiZoom::effectiveFactor() - 1.6) < 1e-9);
    QVERIFY(mode->toggleAction()->text() != english);
    QVERIFY(mode->toggleAction()->text().contains(QStringLiteral("演示")));
    QVERIFY(scaleAction(mode, 1.6)->text() != englishScale);
    QVERIFY(mode->readout()->isVisible());
    QVERIFY2(mode->readout()->text() != englishReadout &&
                 mode->readout()->text().contains(QStringLiteral("修正线性单元")),
             qPrintable(mode->readout()->text()));

    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(!mode->isActive());
    QVERIFY(anyDockVisible(window));
}

void TestPresentationMode::pageSwitchesWhilePresentingKeepTheExplorerLayout() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    docks[0]->hide();
    const QList<bool> explorerDocks = dockVisibility(window);

    // Entered on the explorer, left on the playground: the docks come back with the explorer.
    QTest::keyClick(&window, Qt::Key_F5);
    QTest::keyClick(&window, Qt::Key_F3);
    QCOMPARE(window.page(), MainWindow::Page::Playground);
    QVERIFY(!anyDockVisible(window));
    QTest::keyClick(&window, Qt::Key_F2); // back on the explorer, still presenting
    QVERIFY(!anyDockVisible(window));
    QTest::keyClick(&window, Qt::Key_F4);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(!window.presentationMode()->isActive());
    QVERIFY(!anyDockVisible(window));
    QTest::keyClick(&window, Qt::Key_F2);
    QCOMPARE(dockVisibility(window), explorerDocks);

    // Entered on the softmax lab, left on the explorer.
    QTest::keyClick(&window, Qt::Key_F6);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(window.presentationMode()->isActive());
    QTest::keyClick(&window, Qt::Key_F2);
    QVERIFY(!anyDockVisible(window));
    // A panel can be called up for a moment while presenting.
    docks[1]->toggleViewAction()->trigger();
    QVERIFY(docks[1]->isVisible());
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(dockVisibility(window), explorerDocks);
}

void TestPresentationMode::everyPageFitsA1024x768ScreenWhenPresenting() {
    // A classroom projector, full screen: every page, in both languages, at the default scale.
    const QSize screen(1024, 768);
    forEachLanguageAt(*m_languages, screen, [&](MainWindow &window, const QString &language) {
        window.presentationMode()->setActive(true);
        for (auto page :
             {MainWindow::Page::Explorer, MainWindow::Page::Playground, MainWindow::Page::Depth,
              MainWindow::Page::Softmax, MainWindow::Page::Guide}) {
            window.setPage(page);
            window.presentationMode()->fitTo(screen);
            QCoreApplication::processEvents();
            const double text = window.presentationMode()->textScale();
            qInfo("%s, page %d: text scale %.1f", qPrintable(language), int(page), text);
            QVERIFY(text >= 1.0);
            if (page == MainWindow::Page::Explorer)
                QCOMPARE(text, 1.6);
            QCOMPARE(PlotPalette::lineWidthScale(), 1.6); // lines keep the scale on every page
            const QString beyond = sizeBeyond(window, screen);
            QVERIFY2(
                beyond.isEmpty(),
                qPrintable(
                    QStringLiteral("%1, page %2 %3").arg(language).arg(int(page)).arg(beyond)));
        }
        window.presentationMode()->setActive(false);
    });
}

void TestPresentationMode::closingWhilePresentingKeepsTheNormalLayout() {
    // The window reopens as it would have after closing without presenting.
    const auto reopened = [this](bool presenting) {
        QSettings().clear();
        {
            MainWindow window(m_languages.get());
            window.resize(900, 650);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                return QSize();
            if (presenting)
                QTest::keyClick(&window, Qt::Key_F5);
            window.close();
            if (window.presentationMode()->isActive() || UiZoom::effectiveFactor() != 1.0)
                return QSize();
        }
        MainWindow window(m_languages.get());
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || window.isFullScreen() ||
            !anyDockVisible(window))
            return QSize();
        return window.size();
    };
    const QSize normal = reopened(false);
    QVERIFY(normal.isValid());
    QCOMPARE(reopened(true), normal);
}

QTEST_MAIN(TestPresentationMode)
#include "tst_presentationmode.moc"
