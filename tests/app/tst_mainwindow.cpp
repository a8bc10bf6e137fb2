// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cmath>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyleOptionSlider>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTreeView>
#include <qcustomplot.h>

#include "activations/catalog.h"
#include "catalogtext.h"
#include "explorer/catalogpanel.h"
#include "explorer/comparisonbar.h"
#include "explorer/explorercontroller.h"
#include "explorer/explorerview.h"
#include "explorer/explorerviews.h"
#include "explorer/infopanel.h"
#include "explorer/neuronpanel.h"
#include "explorer/parametereditor.h"
#include "explorer/parameterpanel.h"
#include "explorer/pin.h"
#include "explorer/pinboard.h"
#include "explorer/relationspanel.h"
#include "guide/selectionguidepage.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "playground/losscurvesview.h"
#include "playground/playgroundcontrols.h"
#include "playground/playgroundpage.h"
#include "playground/playgroundsetup.h"
#include "plot/plotpalette.h"
#include "plot/plotview.h"
#include "settings.h"
#include "uiwords.h"
#include "uizoom.h"
#include "unsavedchanges.h"
#include "util/strings.h"
#include "windowfit.h"

using namespace actlab;

namespace {

/// Reaches QSlider's protected initStyleOption through a member pointer named inside a
/// derived class: legal, unlike casting the slider to a class it is not (UBSan's vptr check).
class SliderProbe : public QSlider {
public:
    static void fill(const QSlider *slider, QStyleOptionSlider *option) {
        (slider->*(&SliderProbe::initStyleOption))(option);
    }
};

void dragSlider(QSlider *slider, int dx) {
    QStyleOptionSlider option;
    SliderProbe::fill(slider, &option);
    const QPoint start =
        slider->style()
            ->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider)
            .center();
    const auto send = [slider](QEvent::Type type, QPoint pos, Qt::MouseButton button,
                               Qt::MouseButtons buttons) {
        QMouseEvent event(type, QPointF(pos), QPointF(slider->mapToGlobal(pos)), button, buttons,
                          Qt::NoModifier);
        QApplication::sendEvent(slider, &event);
    };
    send(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 4; ++i)
        send(QEvent::MouseMove, start + QPoint(dx * i / 4, 0), Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, start + QPoint(dx, 0), Qt::LeftButton, Qt::NoButton);
}

/// The curve of activation `id`, whatever parameters its name carries ("leaky_relu[...]").
const PlotView::SampledCurve *curve(const std::vector<PlotView::SampledCurve> &curves,
                                    const QString &id, int order) {
    for (const PlotView::SampledCurve &c : curves)
        if ((c.id == id || c.id.startsWith(id + QLatin1Char('['))) && c.order == order)
            return &c;
    return nullptr;
}

/// Largest |y - expected(x)| over every sampled point of a curve (0 for an empty curve).
template <class F> double maxError(const PlotView::SampledCurve &c, F expected, int *count) {
    double worst = 0;
    *count = 0;
    for (const auto &piece : c.pieces)
        for (const auto &[x, y] : piece) {
            worst = std::max(worst, std::abs(y - expected(x)));
            ++*count;
        }
    return worst;
}

QString plainText(const QString &text) {
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

} // namespace

/** The assembled explorer: catalog → plot, sliders → curves, toggles, language, settings. */
class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectingAnActivationChangesThePlot();
    void draggingASliderChangesTheCurveAsTheFormulaSays();
    void derivativeToggles();
    void comparisons();
    void pinsKeepTheirOwnParameters();
    void typingInTheSearchBoxIsNotAShortcut();
    void windowShortcutsWorkFromTheSearchBox();
    void nextAndPreviousActions();
    void switchingLanguageTranslatesEveryVisibleText();
    void settingsAreRestoredInANewWindow();
    void pageSwitchHidesAndRestoresTheExplorer();
    void startingOnThePlaygroundKeepsTheDocksWide();
    void spaceStartsTrainingAfterSwitchingWithF3();
    void spaceStartsTrainingWhateverHasFocus();
    void playgroundChartsFollowTheTheme();
    void everyMenuHasDistinctMnemonics();
    void firstWindowFitsTheScreenAndF11FillsIt();
    void interfaceZoomScalesEveryTextAndIsRemembered();
    void relationsOpenAsPinsInOneUndoStep();
    void pinsThatDoNotFitTheirActivationAreDropped();
    void everyPageFitsA1024x768Screen();
    void aRaceFitsA1024x768Screen();
    void guideLinksOpenTheCatalogGradientsAndARace();

private:
    std::unique_ptr<LanguageManager> m_languages;
};

void TestMainWindow::initTestCase() {
    discardUnsavedChangesQuestions(); // closing an edited window must not wait for a click
    QCoreApplication::setOrganizationName(QStringLiteral("ActLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    m_languages = std::make_unique<LanguageManager>();
}

void TestMainWindow::init() {
    QSettings().clear();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

void TestMainWindow::cleanup() {
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestMainWindow::selectingAnActivationChangesThePlot() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A first start shows relu.
    QCOMPARE(window.controller()->currentId(), QStringLiteral("relu"));
    PlotView *plot = window.plotView();

    QVERIFY(window.catalogPanel()->selectActivation(QStringLiteral("sigmoid")));
    QCOMPARE(plot->activations().size(), 1);
    QCOMPARE(plot->activations().first().id, QStringLiteral("sigmoid"));
    plot->refreshNow();
    auto curves = plot->sampledCurves();
    const PlotView::SampledCurve *f = curve(curves, QStringLiteral("sigmoid"), 0);
    QVERIFY(f);
    int n = 0;
    QVERIFY(maxError(
                *f, [](double x) { return 1 / (1 + std::exp(-x)); }, &n) < 1e-12);
    QVERIFY(n > 20);

    // A click in the catalog does the same.
    CatalogPanel *catalog = window.catalogPanel();
    catalog->setSearchText(QStringLiteral("softsign"));
    QTreeView *tree = catalog->treeView();
    const QModelIndex item = tree->model()->index(0, 0, tree->model()->index(0, 0));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(item).center());
    QCOMPARE(window.controller()->currentId(), QStringLiteral("softsign"));
    plot->refreshNow();
    curves = plot->sampledCurves();
    f = curve(curves, QStringLiteral("softsign"), 0);
    QVERIFY(f);
    QVERIFY(maxError(
                *f, [](double x) { return x / (1 + std::abs(x)); }, &n) < 1e-12);
    QCOMPARE(window.infoPanel()->findChildren<QLabel *>().isEmpty(), false);
    QVERIFY(window.parameterPanel()->editors().isEmpty());

    // The status bar reads the tracer: softsign(1) = 0.5, f′(1) = 1/(1+1)² = 0.25.
    plot->traceAt(1.0);
    const QString readout = window.tracerLabel()->text();
    QVERIFY2(readout.contains(QStringLiteral("x = 1")) &&
                 readout.contains(QStringLiteral("f(x) = 0.5")) &&
                 readout.contains(QStringLiteral("f′(x) = 0.25")),
             qPrintable(readout));
}

void TestMainWindow::draggingASliderChangesTheCurveAsTheFormulaSays() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.catalogPanel()->selectActivation(QStringLiteral("leaky_relu")));
    ParameterPanel *parameters = window.parameterPanel();
    QCOMPARE(parameters->editors().size(), 1);
    QSlider *slider = parameters->editors()[0]->slider();
    QTRY_VERIFY(slider->isVisible()); // new children of a shown panel appear on the next pass
    dragSlider(slider, slider->width() / 3);
    const double a = parameters->values()[0];
    QVERIFY2(a > 0.3, qPrintable(QString::number(a)));

    PlotView *plot = window.plotView();
    QCOMPARE(plot->activations().first().params, std::vector<double>{a});
    plot->refreshNow();
    const auto curves = plot->sampledCurves();
    const PlotView::SampledCurve *f = curve(curves, QStringLiteral("leaky_relu"), 0);
    QVERIFY(f);
    // The export names the dragged parameter, as the command line would take it.
    QCOMPARE(f->id, QStringLiteral("leaky_relu[negative_slope=%1]")
                        .arg(QString::fromStdString(actlab::formatRoundTrip(a))));
    int n = 0;
    // f(x) = x for x ≥ 0, a·x otherwise, with the dragged a.
    QVERIFY(maxError(
                *f, [a](double x) { return x >= 0 ? x : a * x; }, &n) < 1e-12);
    QVERIFY(n > 2);
    bool sawNegative = false;
    for (const auto &piece : f->pieces)
        for (const auto &[x, y] : piece)
            sawNegative = sawNegative || x < -1;
    QVERIFY(sawNegative);

    // The spin box too, and undo brings the curve back.
    parameters->editors()[0]->spinBox()->setValue(0.05);
    QCOMPARE(plot->activations().first().params, std::vector<double>{0.05});
    parameters->undoGroup()->undo();
    QCOMPARE(plot->activations().first().params, std::vector<double>{a});
}

void TestMainWindow::derivativeToggles() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.catalogPanel()->selectActivation(QStringLiteral("tanh")));
    PlotView *plot = window.plotView();
    window.firstDerivativeAction()->setChecked(false);
    window.secondDerivativeAction()->setChecked(false);
    plot->refreshNow();
    QVERIFY(!curve(plot->sampledCurves(), QStringLiteral("tanh"), 1));

    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
    QVERIFY(window.firstDerivativeAction()->isChecked());
    QVERIFY(plot->isDerivativeVisible(1));
    plot->refreshNow();
    auto curves = plot->sampledCurves();
    const PlotView::SampledCurve *df = curve(curves, QStringLiteral("tanh"), 1);
    QVERIFY(df);
    int n = 0;
    QVERIFY(maxError(
                *df, [](double x) { return 1 - std::tanh(x) * std::tanh(x); }, &n) < 1e-12);
    QVERIFY(!curve(curves, QStringLiteral("tanh"), 2));

    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_2));
    QVERIFY(plot->isDerivativeVisible(2));
    plot->refreshNow();
    curves = plot->sampledCurves();
    const PlotView::SampledCurve *d2f = curve(curves, QStringLiteral("tanh"), 2);
    QVERIFY(d2f);
    QVERIFY(maxError(
                *d2f,
                [](double x) { return -2 * std::tanh(x) * (1 - std::tanh(x) * std::tanh(x)); },
                &n) < 1e-12);

    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
    QVERIFY(!plot->isDerivativeVisible(1));
    QVERIFY(!SettingsKeys::showFirstDerivative.get());
    QVERIFY(SettingsKeys::showSecondDerivative.get());
}

void TestMainWindow::comparisons() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ExplorerController *controller = window.controller();
    QVERIFY(window.catalogPanel()->selectActivation(QStringLiteral("relu")));
    QVERIFY(!window.comparisonBar()->isVisible());
    // Any number of pins: eight and more.
    const char *const ids[] = {"swish",   "gelu",     "elu",  "mish", "tanh",
                               "sigmoid", "softplus", "selu", "celu"};
    for (const char *id : ids)
        QVERIFY2(controller->addComparison(QString::fromLatin1(id)), id);
    QVERIFY(!controller->addComparison(QStringLiteral("relu"))); // the very current curve
    QVERIFY(!controller->addComparison(QStringLiteral("gelu"))); // already pinned, same params
    QList<PlottedActivation> shown = window.plotView()->activations();
    QCOMPARE(shown.size(), 10);
    QCOMPARE(shown[0].id, QStringLiteral("relu"));
    QCOMPARE(shown[1].id, QStringLiteral("silu"));
    QCOMPARE(shown[2].id, QStringLiteral("gelu"));
    QVERIFY(window.comparisonBar()->isVisible());
    QCOMPARE(window.comparisonBar()->chips().size(), 9);
    QVERIFY(window.comparisonBar()->chips()[0]->text().contains(
        activationName(Catalog::builtin().find("silu")->spec)));

    // Removing the first pin through its chip's menu, and Undo brings it back.
    QMenu *menu = window.comparisonBar()->chips()[0]->menu();
    QVERIFY(menu);
    menu->actions().last()->trigger(); // Remove
    shown = window.plotView()->activations();
    QCOMPARE(shown.size(), 9);
    QCOMPARE(shown[1].id, QStringLiteral("gelu"));
    QCOMPARE(pinsFromVariant(SettingsKeys::pins.get()).size(), 8);
    window.undoAction()->trigger();
    QCOMPARE(window.plotView()->activations().size(), 10);
    QCOMPARE(controller->comparisons().first(), QStringLiteral("silu"));
    window.redoAction()->trigger();
    QCOMPARE(controller->comparisons().first(), QStringLiteral("gelu"));
    controller->clearComparisons();
    QVERIFY(!window.comparisonBar()->isVisible());
    window.undoAction()->trigger(); // clearing is one step
    QCOMPARE(controller->comparisons().size(), 8);
    controller->clearComparisons();

    // Selecting a pinned activation with the same parameters draws it once, keeping the pin.
    QVERIFY(controller->addComparison(QStringLiteral("gelu")));
    QVERIFY(window.catalogPanel()->selectActivation(QStringLiteral("gelu")));
    QCOMPARE(window.plotView()->activations().size(), 1);
    QCOMPARE(controller->comparisons(), QStringList{QStringLiteral("gelu")});
}

void TestMainWindow::pinsKeepTheirOwnParameters() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ExplorerController *controller = window.controller();
    QVERIFY(window.catalogPanel()->selectActivation(QStringLiteral("leaky_relu")));
    ParameterEditor *slope = window.parameterPanel()->editors().first();
    slope->spinBox()->setValue(0.01);
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier); // pin at 0.01
    slope->spinBox()->setValue(0.3);
    QVERIFY(controller->pinCurrent()); // and at 0.3
    slope->spinBox()->setValue(0.1);
    QList<PlottedActivation> shown = window.plotView()->activations();
    QCOMPARE(shown.size(), 3);
    QCOMPARE(shown[1].params, std::vector<double>{0.01});
    QCOMPARE(shown[2].params, std::vector<double>{0.3});
    // The legend and the chips say which is which.
    const QStringList chips{window.comparisonBar()->chips()[0]->text(),
                            window.comparisonBar()->chips()[1]->text()};
    QVERIFY2(chips[0].contains(QStringLiteral("negative_slope = 0.01")), qPrintable(chips[0]));
    QVERIFY2(chips[1].contains(QStringLiteral("negative_slope = 0.3")), qPrintable(chips[1]));
    QStringList legend;
    QCustomPlot *plot = window.plotView()->customPlot();
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(plot->legend->item(i)))
            legend << item->plottable()->name();
    QVERIFY(legend.filter(QStringLiteral("negative_slope = 0.3")).size() >= 1);

    // Rename, hide, reorder: each undoable, each remembered.
    PinBoard *pins = controller->pins();
    pins->rename(1, QStringLiteral("steep leak"));
    QCOMPARE(window.comparisonBar()->chips()[1]->text(), QStringLiteral("steep leak"));
    pins->setVisible(0, false);
    QCOMPARE(window.plotView()->activations().size(), 2);
    pins->move(1, 0);
    QCOMPARE(pins->pins().first().name, QStringLiteral("steep leak"));
    const QList<Pin> saved = pinsFromVariant(SettingsKeys::pins.get());
    QCOMPARE(saved, pins->pins());
    window.undoAction()->trigger(); // the move
    window.undoAction()->trigger(); // the hiding
    QCOMPARE(window.plotView()->activations().size(), 3);
    // A parameter edit puts its own history in front again.
    slope->spinBox()->setValue(0.2);
    window.undoAction()->trigger();
    QCOMPARE(window.parameterPanel()->values(), std::vector<double>{0.1});
    QCOMPARE(pins->pins().size(), 2);

    // A new window restores the pins.
    window.close();
    MainWindow again(m_languages.get());
    QCOMPARE(again.controller()->pins()->pins(), pins->pins());
}

void TestMainWindow::typingInTheSearchBoxIsNotAShortcut() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QLineEdit *search = window.catalogPanel()->searchEdit();
    search->setFocus();
    const QString before = window.controller()->currentId();
    // R resets the view elsewhere; here it is a letter of the word being typed.
    QTest::keyClicks(search, QStringLiteral("relu6"));
    QCOMPARE(search->text(), QStringLiteral("relu6"));
    QCOMPARE(window.catalogPanel()->visibleIds(), QStringList{QStringLiteral("relu6")});
    QCOMPARE(window.controller()->currentId(), before);
    QTest::keyClick(search, Qt::Key_Return); // Enter shows the first match
    QCOMPARE(window.controller()->currentId(), QStringLiteral("relu6"));
}

void TestMainWindow::windowShortcutsWorkFromTheSearchBox() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLineEdit *search = window.catalogPanel()->searchEdit();
    search->setFocus();
    // The shortcut map asks the focused widget first (ShortcutOverride): accepting means "the
    // key is mine". A line edit claims Ctrl+E and Ctrl+K on X11; they must reach the window.
    const auto claimed = [&](QKeyCombination key) {
        QKeyEvent event(QEvent::ShortcutOverride, key.key(), key.keyboardModifiers());
        event.ignore();
        QCoreApplication::sendEvent(search, &event);
        return event.isAccepted();
    };
    QVERIFY(!claimed(Qt::CTRL | Qt::Key_E)); // export
    QVERIFY(!claimed(Qt::CTRL | Qt::Key_K)); // compare
    QVERIFY(claimed(Qt::CTRL | Qt::Key_C));  // copying the typed text stays the field's
    QVERIFY(claimed(Qt::CTRL | Qt::Key_Z));
    // And through the whole event path, as a key press: Ctrl+2 toggles f″ from the field.
    const bool before = window.secondDerivativeAction()->isChecked();
    QTest::keyClick(search, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.secondDerivativeAction()->isChecked(), !before);
}

void TestMainWindow::nextAndPreviousActions() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList ids = window.catalogPanel()->visibleIds();
    QVERIFY(window.catalogPanel()->selectActivation(ids.at(3)));
    window.plotView()->setFocus();
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Down));
    QCOMPARE(window.controller()->currentId(), ids.at(4));
    QTest::keyClick(window.plotView(), Qt::Key_PageUp);
    QTest::keyClick(window.plotView(), Qt::Key_PageUp);
    QCOMPARE(window.controller()->currentId(), ids.at(2));
}

void TestMainWindow::switchingLanguageTranslatesEveryVisibleText() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.catalogPanel()->selectActivation(QStringLiteral("leaky_relu")));
    window.controller()->addComparison(QStringLiteral("elu"));
    window.firstDerivativeAction()->setChecked(true);
    const QString englishTitle = window.windowTitle();

    // Through the Language menu, as a user would.
    QAction *chinese = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->data().toString() == QLatin1String("zh_CN"))
            chinese = action;
    QVERIFY(chinese);
    chinese->trigger();
    QCoreApplication::processEvents(); // LanguageChange is posted to every widget
    QCOMPARE(m_languages->currentLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(SettingsKeys::language.get(), QStringLiteral("zh_CN"));
    QVERIFY(window.windowTitle() != englishTitle);

    const QSet<QString> allowed =
        UiWords::allowedLatinWords() + UiWords::catalogNameWords(&catalogText);
    const ActivationSpec &leaky = Catalog::builtin().find("leaky_relu")->spec;
    // Code and proper names of the current activation may stay as they are.
    const QStringList verbatim{QString::fromUtf8(leaky.texts.kerasSnippet),
                               QString::fromUtf8(leaky.texts.pytorchSnippet),
                               QString::fromUtf8(leaky.texts.paper)};
    QStringList problems;
    int checked = 0;
    const auto check = [&](const QString &where, const QString &raw) {
        if (verbatim.contains(raw))
            return;
        static const QRegularExpression mnemonic(QStringLiteral("&(?=\\w)"));
        const QString text = plainText(raw).remove(mnemonic);
        if (text.trimmed().isEmpty())
            return;
        ++checked;
        const QStringList english = UiWords::englishWordsIn(text, allowed);
        if (!english.isEmpty())
            problems << QStringLiteral("%1: \"%2\" (%3)")
                            .arg(where, text, english.join(QLatin1Char(',')));
    };
    for (const QLabel *label : window.findChildren<QLabel *>())
        if (label->isVisible()) {
            check(QStringLiteral("QLabel"), label->text());
            check(QStringLiteral("QLabel tooltip"), label->toolTip());
        }
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        if (button->isVisible()) {
            check(QStringLiteral("button"), button->text());
            check(QStringLiteral("button tooltip"), button->toolTip());
        }
    for (const QAction *action : window.findChildren<QAction *>()) {
        check(QStringLiteral("QAction"), action->text());
        check(QStringLiteral("QAction tooltip"), action->toolTip());
    }
    for (const QMenu *menu : window.findChildren<QMenu *>())
        check(QStringLiteral("QMenu"), menu->title());
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        check(QStringLiteral("dock title"), dock->windowTitle());
    for (const QGroupBox *box : window.findChildren<QGroupBox *>())
        if (box->isVisible())
            check(QStringLiteral("QGroupBox"), box->title());
    for (const QTabBar *tabs : window.findChildren<QTabBar *>())
        for (int i = 0; i < tabs->count(); ++i)
            check(QStringLiteral("tab"), tabs->tabText(i));
    for (const QLineEdit *edit : window.findChildren<QLineEdit *>())
        if (edit->isVisible())
            check(QStringLiteral("placeholder"), edit->placeholderText());
    for (const QWidget *widget : window.findChildren<QWidget *>())
        if (widget->isVisible())
            check(QStringLiteral("tooltip of ") +
                      QString::fromLatin1(widget->metaObject()->className()),
                  widget->toolTip());
    // The plot's own texts: axis labels and legend.
    QCustomPlot *plot = window.plotView()->customPlot();
    check(QStringLiteral("x axis"), plot->xAxis->label());
    check(QStringLiteral("y axis"), plot->yAxis->label());
    int legendEntries = 0;
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(plot->legend->item(i))) {
            check(QStringLiteral("legend"), item->plottable()->name());
            ++legendEntries;
        }
    QVERIFY(legendEntries >= 4); // f and f′ of leaky_relu and of the compared elu
    check(QStringLiteral("window title"), window.windowTitle());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(checked > 60);

    // The catalog's own texts are the translated ones.
    const QStandardItemModel *model = window.catalogPanel()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString family = model->item(row)->text();
        QVERIFY2(UiWords::englishWordsIn(family, allowed).isEmpty(), qPrintable(family));
    }
    QCOMPARE(window.parameterPanel()->findChild<QLabel *>()->text(), activationName(leaky));
    QVERIFY(activationName(Catalog::builtin().find("relu")->spec) ==
            QStringLiteral("修正线性单元"));

    // And back to English, live.
    for (QAction *action : window.findChildren<QAction *>())
        if (action->data().toString() == QLatin1String("en"))
            action->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(window.windowTitle(), englishTitle);
    QCOMPARE(plot->xAxis->label(), QStringLiteral("input x"));
}

void TestMainWindow::settingsAreRestoredInANewWindow() {
    {
        MainWindow window(m_languages.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.catalogPanel()->selectActivation(QStringLiteral("elu")));
        window.parameterPanel()->editors()[0]->spinBox()->setValue(2.5);
        // relu keeps max_value = None (+∞), which must survive the settings file.
        QVERIFY(window.catalogPanel()->selectActivation(QStringLiteral("relu")));
        window.parameterPanel()->editors()[0]->spinBox()->setValue(0.1);
        QVERIFY(window.catalogPanel()->selectActivation(QStringLiteral("elu")));
        window.controller()->addComparison(QStringLiteral("selu"));
        window.firstDerivativeAction()->setChecked(false);
        window.secondDerivativeAction()->setChecked(true);
        window.darkThemeAction()->setChecked(true);
        QVERIFY(window.close());
    }
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.controller()->currentId(), QStringLiteral("elu"));
    QCOMPARE(window.catalogPanel()->currentId(), QStringLiteral("elu"));
    QCOMPARE(window.parameterPanel()->values(), std::vector<double>{2.5});
    QCOMPARE(window.plotView()->activations().first().params, std::vector<double>{2.5});
    QCOMPARE(window.controller()->comparisons(), QStringList{QStringLiteral("selu")});
    QVERIFY(!window.plotView()->isDerivativeVisible(1));
    QVERIFY(window.plotView()->isDerivativeVisible(2));
    QVERIFY(window.darkThemeAction()->isChecked());
    QCOMPARE(window.plotView()->theme(), PlotTheme::Dark);
    QVERIFY(window.palette().color(QPalette::Window).lightness() < 100);
    QVERIFY(window.catalogPanel()->selectActivation(QStringLiteral("relu")));
    const ActivationSpec &relu = Catalog::builtin().find("relu")->spec;
    const std::vector<double> reluValues = window.parameterPanel()->values();
    QCOMPARE(reluValues.size(), relu.params.size());
    QCOMPARE(reluValues[0], 0.1);
    QVERIFY(std::isinf(reluValues[std::size_t(relu.paramIndex("max_value"))]));
    window.darkThemeAction()->setChecked(false); // leave the light theme for other tests
}

void TestMainWindow::pageSwitchHidesAndRestoresTheExplorer() {
    {
        MainWindow window(m_languages.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.page(), MainWindow::Page::Explorer);
        QVERIFY(!window.playgroundPage()); // built on first use only
        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        // catalog, parameters, info, and one neuron and relations (tabs by info)
        QCOMPARE(docks.size(), 5);
        docks[2]->hide(); // a dock the user closed stays closed after the round trip
        auto *stack = window.centralWidget()->findChild<QStackedWidget *>(
            QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(stack);

        // F3: the playground fills the window, the explorer's docks and shortcuts step aside.
        QTest::keyClick(&window, Qt::Key_F3);
        QCOMPARE(window.page(), MainWindow::Page::Playground);
        QVERIFY(window.playgroundPage());
        QCOMPARE(stack->currentWidget(), window.playgroundPage());
        QVERIFY(window.playgroundPageAction()->isChecked());
        for (QDockWidget *dock : docks)
            QVERIFY(!dock->isVisible());
        QCOMPARE(QSettings().value(QStringLiteral("mainWindow/page")).toString(),
                 QStringLiteral("playground"));
        const QString before = window.controller()->currentId();
        QTest::keyClick(&window, Qt::Key_PageDown); // "next activation" must not fire here
        QCOMPARE(window.controller()->currentId(), before);

        // Training is paused when the user leaves the page.
        PlaygroundControls *controls = window.playgroundPage()->controls();
        controls->playButton()->click();
        QVERIFY(controls->isRunning());
        QTest::keyClick(&window, Qt::Key_F2);
        QCOMPARE(window.page(), MainWindow::Page::Explorer);
        QVERIFY(!controls->isRunning());
        QVERIFY(window.explorerPageAction()->isChecked());
        QVERIFY(stack->currentWidget() != window.playgroundPage());
        QVERIFY(docks[0]->isVisible());
        QVERIFY(docks[1]->isVisible());
        QVERIFY(!docks[2]->isVisible());
        QTest::keyClick(&window, Qt::Key_PageDown);
        QVERIFY(window.controller()->currentId() != before);

        // Closed on the playground: the page is remembered, the docks' layout is the explorer's.
        window.setPage(MainWindow::Page::Playground);
        window.close();
    }
    MainWindow again(m_languages.get());
    QCOMPARE(again.page(), MainWindow::Page::Playground);
    QVERIFY(again.playgroundPage());
    again.setPage(MainWindow::Page::Explorer);
    const QList<QDockWidget *> docks = again.findChildren<QDockWidget *>();
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    // What the user sees: a tab behind another may count as visible but lies off the window.
    int visible = 0;
    for (QDockWidget *dock : docks)
        visible += dock->isVisible() && again.rect().intersects(dock->geometry()) ? 1 : 0;
    QCOMPARE(visible, 3); // catalog, parameters, and the front tab of info and relations
    QCOMPARE(MainWindow::pageFromKey(QStringLiteral("nonsense")), std::nullopt);
}

void TestMainWindow::startingOnThePlaygroundKeepsTheDocksWide() {
    // Regression: docks hidden before the first show came back squeezed to their minimum, and
    // the playground's minimum width squeezed them even while the explorer was in front.
    MainWindow window(m_languages.get());
    window.setPage(MainWindow::Page::Playground);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto docks = window.findChildren<QDockWidget *>();
    QVERIFY(!docks.isEmpty());
    QTRY_VERIFY(
        std::all_of(docks.begin(), docks.end(), [](QDockWidget *d) { return d->isHidden(); }));
    window.setPage(MainWindow::Page::Explorer);
    QTRY_VERIFY(
        std::all_of(docks.begin(), docks.end(), [](QDockWidget *d) { return d->isVisible(); }));
    QCoreApplication::processEvents();
    for (QDockWidget *dock : docks)
        if (dock != window.neuronPanel()->parentWidget() && // tabs behind the info dock
            dock != window.relationsPanel()->parentWidget())
            QVERIFY2(dock->width() >= 210, qPrintable(dock->objectName())); // default ≥ 220
}

void TestMainWindow::spaceStartsTrainingAfterSwitchingWithF3() {
    // Regression: Space worked when the app started on the playground, not after F3.
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.page(), MainWindow::Page::Explorer);
    // Keys go where a person's keys go: to the widget with the focus.
    const auto focused = [&window]() -> QWidget * {
        QWidget *w = QApplication::focusWidget();
        return w ? w : &window;
    };
    QTest::keyClick(focused(), Qt::Key_F3);
    QCOMPARE(window.page(), MainWindow::Page::Playground);
    PlaygroundPage *page = window.playgroundPage();
    QVERIFY(page);
    QVERIFY(!page->controls()->isRunning());
    QCoreApplication::processEvents();
    // Not on the play button (a focused button takes Space itself), nor on a hidden widget.
    QVERIFY(focused() != page->controls()->playButton());
    QVERIFY(focused()->isVisible());
    QTest::keyClick(focused(), Qt::Key_Space);
    QTRY_VERIFY(page->controls()->isRunning()); // a button's shortcut clicks it animated
    QTRY_VERIFY(page->epoch() > 0);             // and the engine really trains
    QTest::keyClick(focused(), Qt::Key_Space);
    QTRY_VERIFY(!page->controls()->isRunning());

    // Back and forth once more: still the playground's key.
    QTest::keyClick(focused(), Qt::Key_F2);
    QCOMPARE(window.page(), MainWindow::Page::Explorer);
    QTest::keyClick(focused(), Qt::Key_F3);
    QCoreApplication::processEvents();
    QTest::keyClick(focused(), Qt::Key_Space);
    QTRY_VERIFY(page->controls()->isRunning()); // a button's shortcut clicks it animated
    QTest::keyClick(focused(), Qt::Key_Space);
    QTRY_VERIFY(!page->controls()->isRunning());
}

void TestMainWindow::spaceStartsTrainingWhateverHasFocus() {
    // After F3 a person clicks into a field (the learning rate, say) or tabs to a button: Space
    // must still start and pause training. Number fields took it as typing, and the focused
    // play button clicked twice (its shortcut, then the key release).
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3);
    PlaygroundPage *page = window.playgroundPage();
    QVERIFY(page);
    QCoreApplication::processEvents();
    int tried = 0;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        // Text fields keep Space for typing (a formula has spaces).
        if (!w->isVisible() || !w->isEnabled() || w->focusPolicy() == Qt::NoFocus ||
            w->focusProxy() || qobject_cast<QLineEdit *>(w))
            continue;
        w->setFocus(Qt::TabFocusReason);
        if (QApplication::focusWidget() != w)
            continue;
        ++tried;
        const QByteArray name =
            QByteArray(w->metaObject()->className()) + ' ' + w->objectName().toLatin1();
        QTest::keyClick(w, Qt::Key_Space);
        QTRY_VERIFY2(page->controls()->isRunning(), name.constData());
        QTest::qWait(150); // longer than a button's animated click: it must not click again
        QVERIFY2(page->controls()->isRunning(), name.constData());
        QTest::keyClick(w, Qt::Key_Space);
        QTRY_VERIFY2(!page->controls()->isRunning(), name.constData());
        QTest::qWait(150);
        QVERIFY2(!page->controls()->isRunning(), name.constData());
    }
    QVERIFY(tried >= 20); // spin boxes, combo boxes, check boxes, buttons
}

void TestMainWindow::playgroundChartsFollowTheTheme() {
    {
        MainWindow window(m_languages.get());
        window.setPage(MainWindow::Page::Playground);
        LossCurvesView *curves = window.playgroundPage()->lossCurves();
        QCOMPARE(curves->theme(), PlotTheme::Light);
        window.darkThemeAction()->setChecked(true);
        QCOMPARE(curves->theme(), PlotTheme::Dark);
        QCOMPARE(curves->lossRect()->axis(QCPAxis::atLeft)->tickLabelColor(),
                 PlotPalette::forTheme(PlotTheme::Dark).foreground);
        QCOMPARE(curves->customPlot()->legend->textColor(),
                 PlotPalette::forTheme(PlotTheme::Dark).foreground);
        window.darkThemeAction()->setChecked(false);
        QCOMPARE(curves->theme(), PlotTheme::Light);
        window.darkThemeAction()->setChecked(true);
    }
    // A page built after the theme was chosen starts in it.
    MainWindow again(m_languages.get());
    QVERIFY(again.darkThemeAction()->isChecked());
    again.setPage(MainWindow::Page::Explorer);
    QVERIFY(!again.playgroundPage() ||
            again.playgroundPage()->lossCurves()->theme() == PlotTheme::Dark);
    again.setPage(MainWindow::Page::Playground);
    QCOMPARE(again.playgroundPage()->lossCurves()->theme(), PlotTheme::Dark);
    again.darkThemeAction()->setChecked(false);
}

void TestMainWindow::everyMenuHasDistinctMnemonics() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The letter after "&" (Latin in both languages: Chinese menus write "查找(&F)").
    static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    QStringList clashes;
    const auto check = [&](const QString &where, const QList<QAction *> &actions) {
        QMap<QChar, QString> seen;
        for (const QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const auto match = mnemonic.match(action->text());
            if (!match.hasMatch())
                continue;
            const QChar key = match.captured(1).at(0).toUpper();
            if (seen.contains(key))
                clashes << QStringLiteral("%1: \"%2\" and \"%3\"")
                               .arg(where, seen[key], action->text());
            seen[key] = action->text();
        }
    };
    for (const char *language : {"en", "zh_CN"}) {
        QVERIFY(m_languages->setLanguage(QString::fromLatin1(language)));
        QCoreApplication::processEvents();
        check(QStringLiteral("menu bar"), window.menuBar()->actions());
        for (const QMenu *menu : window.menuBar()->findChildren<QMenu *>())
            check(menu->title(), menu->actions());
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestMainWindow::firstWindowFitsTheScreenAndF11FillsIt() {
    MainWindow window(m_languages.get());
    const QSize free = window.screen()->availableGeometry().size();
    QVERIFY2(window.width() <= free.width() && window.height() <= free.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(free.width())
                            .arg(free.height())));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(window.windowState().testFlag(Qt::WindowFullScreen));
    QVERIFY(window.fullScreenAction()->isChecked());
    window.setPage(MainWindow::Page::Softmax); // F11 works on every page
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(!window.windowState().testFlag(Qt::WindowFullScreen));
    QVERIFY(!window.fullScreenAction()->isChecked());
}

void TestMainWindow::interfaceZoomScalesEveryTextAndIsRemembered() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const double base = QApplication::font().pointSizeF();
    QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier); // the same key, unshifted
    QCOMPARE(UiZoom::factor(), 1.25);
    QVERIFY(qAbs(QApplication::font().pointSizeF() - 1.25 * base) < 1e-9);
    QCoreApplication::processEvents();
    QVERIFY(qAbs(window.catalogPanel()->searchEdit()->font().pointSizeF() - 1.25 * base) < 1e-9);
    QCOMPARE(SettingsKeys::uiZoom.get(), 1.25);
    QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(UiZoom::factor(), 1.1);
    // Ctrl+0 belongs to the zoom now; R still resets the plot's view.
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(UiZoom::factor(), 1.0);
    QVERIFY(qAbs(QApplication::font().pointSizeF() - base) < 1e-9);
    for (int i = 0; i < 20; ++i) // the steps stop at their ends
        UiZoom::step(+1);
    QCOMPARE(UiZoom::factor(), UiZoom::kMaximum);
    UiZoom::setFactor(1.0);
}

void TestMainWindow::relationsOpenAsPinsInOneUndoStep() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RelationsPanel *relations = window.relationsPanel();
    QVERIFY(relations->selectIdentity(QStringLiteral("gelu_sigmoid")));
    QVERIFY(window.controller()->pins()->pins().isEmpty());
    relations->openButton()->click();
    // GELU and SiLU at β = 1.702: the two sides of GELU(x) ≈ x·σ(1.702x).
    const QList<Pin> pins = window.controller()->pins()->pins();
    QCOMPARE(pins.size(), 2);
    QCOMPARE(pins[0].id, QStringLiteral("gelu"));
    QCOMPARE(pins[1].id, QStringLiteral("silu"));
    QCOMPARE(pins[1].params, std::vector<double>{1.702});
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("2")));
    relations->openButton()->click(); // again: nothing new, said so
    QCOMPARE(window.controller()->pins()->pins().size(), 2);
    window.undoAction()->trigger(); // one step takes both away
    QVERIFY(window.controller()->pins()->pins().isEmpty());
}

void TestMainWindow::pinsThatDoNotFitTheirActivationAreDropped() {
    // Settings from another version, or edited by hand: too few or too many values, or values
    // out of range, never reach the plot (too few crashed the first draw).
    SettingsKeys::pins.set(pinsToVariant({Pin{QStringLiteral("relu"), {}, {}, true},
                                          Pin{QStringLiteral("leaky_relu"), {0.1, 2}, {}, true},
                                          Pin{QStringLiteral("elu"), {0.5}, {}, true},
                                          Pin{QStringLiteral("expr:sin(x)"), {1}, {}, true}}));
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<Pin> pins = window.controller()->pins()->pins();
    QCOMPARE(pins.size(), 1);
    QCOMPARE(pins[0].id, QStringLiteral("elu"));
}

void TestMainWindow::everyPageFitsA1024x768Screen() {
    // Classroom projectors: every page, in both languages, must fit 1024×768 less a panel.
    const QSize screen(1024, 720);
    forEachLanguageAt(*m_languages, screen, [&](MainWindow &window, const QString &language) {
        for (auto page :
             {MainWindow::Page::Explorer, MainWindow::Page::Playground, MainWindow::Page::Depth,
              MainWindow::Page::Softmax, MainWindow::Page::Guide}) {
            window.setPage(page);
            const QString beyond = sizeBeyond(window, screen);
            QVERIFY2(
                beyond.isEmpty(),
                qPrintable(
                    QStringLiteral("%1, page %2 %3").arg(language).arg(int(page)).arg(beyond)));
        }
    });
}

void TestMainWindow::aRaceFitsA1024x768Screen() {
    // A race adds a row of controls, a second map and two run names to every legend.
    const QSize screen(1024, 720);
    forEachLanguageAt(*m_languages, screen, [&](MainWindow &window, const QString &language) {
        window.setPage(MainWindow::Page::Playground);
        PlaygroundSetup setup = window.playgroundPage()->setup();
        setup.dataset = QStringLiteral("moons");
        setup.hiddenUnits = 6;
        setup.secondHiddenUnits = 6;
        setup.activation = QStringLiteral("relu");
        setup.race.enabled = true;
        setup.race.activation = QStringLiteral("leaky_relu");
        setup.race.params = {0.1};
        setup.stopEpochs = 200;
        // A timed race, as the example file has it: the target loss takes more room.
        setup.targetLoss = 0.1;
        setup.epochsPerFrame = 20;
        window.playgroundPage()->applySetup(setup);
        const QString beyond = sizeBeyond(window, screen);
        QVERIFY2(beyond.isEmpty(), qPrintable(language + QLatin1Char(' ') + beyond));
    });
}

void TestMainWindow::guideLinksOpenTheCatalogGradientsAndARace() {
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F7);
    QCOMPARE(window.page(), MainWindow::Page::Guide);
    SelectionGuidePage *guide = window.guidePage();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    QVERIFY(!window.catalogPanel()->isVisible()); // a full-width page

    // "Open in the catalog" goes to the explorer with that activation selected.
    QVERIFY(guide->selectSituation(QStringLiteral("default")));
    const QList<QPushButton *> open = guide->openButtons();
    QVERIFY(!open.isEmpty());
    emit guide->openActivation(QStringLiteral("gelu"));
    QCOMPARE(window.page(), MainWindow::Page::Explorer);
    QCOMPARE(window.controller()->currentId(), QStringLiteral("gelu"));

    // A gradient comparison: the first is current, the rest pinned, in the gradient view.
    window.setPage(MainWindow::Page::Guide);
    emit guide->showGradients(
        {QStringLiteral("sigmoid"), QStringLiteral("tanh"), QStringLiteral("relu")});
    QCOMPARE(window.page(), MainWindow::Page::Explorer);
    QCOMPARE(window.controller()->currentId(), QStringLiteral("sigmoid"));
    QCOMPARE(window.controller()->comparisons(),
             QStringList({QStringLiteral("tanh"), QStringLiteral("relu")}));
    QCOMPARE(window.explorerViews()->view(), ExplorerView::Gradient);

    // A race: the playground with both activations and the data set asked for.
    window.setPage(MainWindow::Page::Guide);
    emit guide->openRace(QStringLiteral("sigmoid"), QStringLiteral("relu"),
                         QStringLiteral("circle"));
    QCOMPARE(window.page(), MainWindow::Page::Playground);
    const PlaygroundSetup setup = window.playgroundPage()->setup();
    QCOMPARE(setup.activation, QStringLiteral("sigmoid"));
    QCOMPARE(setup.dataset, QStringLiteral("circle"));
    QVERIFY(setup.race.enabled);
    QCOMPARE(setup.race.setting, RaceSetup::Setting::Activation);
    QCOMPARE(setup.race.activation, QStringLiteral("relu"));
    QCOMPARE(setup.secondHiddenUnits, 8);

    // The real buttons emit those signals (the guide's own test checks which ones).
    window.setPage(MainWindow::Page::Guide);
    QVERIFY(guide->selectSituation(QStringLiteral("default")));
    guide->openButtons().first()->click();
    QCOMPARE(window.page(), MainWindow::Page::Explorer);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
