// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <algorithm>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QScreen>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "appinfo.h"
#include "apptheme.h"
#include "depth/depthlabpage.h"
#include "explorer/catalogpanel.h"
#include "explorer/comparedialog.h"
#include "explorer/comparisonbar.h"
#include "explorer/explorerbar.h"
#include "explorer/explorercontroller.h"
#include "explorer/explorerview.h"
#include "explorer/explorerviews.h"
#include "explorer/infopanel.h"
#include "explorer/neuronpanel.h"
#include "explorer/parameterpanel.h"
#include "explorer/pin.h"
#include "explorer/relationspanel.h"
#include "export/exportdialog.h"
#include "export/figureexporter.h"
#include "guide/selectionguidepage.h"
#include "lab/labdocument.h"
#include "lab/labstatebinder.h"
#include "lab/lessonbar.h"
#include "languagemanager.h"
#include "playground/playgroundcontrols.h"
#include "playground/playgroundpage.h"
#include "playground/playgroundsetup.h"
#include "plot/gradientview.h"
#include "plot/plotview.h"
#include "presentation/presentationmode.h"
#include "settings.h"
#include "shortcutpassthrough.h"
#include "sizehintfontfix.h"
#include "softmax/softmaxlabpage.h"
#include "uizoom.h"
#include "undotext.h"

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages) {
    setWindowIcon(QIcon(QStringLiteral(":/icons/actlab.svg")));

    m_views = new ExplorerViews;
    m_plot = m_views->overlay();
    m_catalog = new CatalogPanel;
    m_parameters = new ParameterPanel;
    m_info = new InfoPanel;
    m_neuron = new NeuronPanel;
    m_relations = new RelationsPanel;
    m_comparisonBar =
        new ComparisonBar([this](const QString &id) { return m_catalog->displayName(id); });

    m_explorerCentre = new QWidget;
    auto *centreLayout = new QVBoxLayout(m_explorerCentre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    auto *bar = new ExplorerBar(m_comparisonBar, m_views->switcher());
    centreLayout->addWidget(bar);
    centreLayout->addWidget(m_views, 1);
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_explorerCentre);
    // The lesson bar (added once the lab document exists) sits above whatever page is shown.
    auto *central = new QWidget;
    m_centralLayout = new QVBoxLayout(central);
    m_centralLayout->setContentsMargins(0, 0, 0, 0);
    m_centralLayout->setSpacing(0);
    m_centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createDocks();
    m_tracerLabel = new QLabel(this);
    statusBar()->addWidget(m_tracerLabel, 1);
    connect(m_plot, &PlotView::tracerMoved, this, &MainWindow::showTracer);
    connect(m_plot, &PlotView::tracerLeft, this, &MainWindow::showTracerHint);
    m_presentation = new PresentationMode(this, m_plot, this);
    connect(m_plot, &PlotView::tracerMoved, m_presentation, &PresentationMode::showReading);
    connect(m_plot, &PlotView::tracerLeft, m_presentation, &PresentationMode::clearReading);
    connect(m_presentation, &PresentationMode::activeChanged, this, &MainWindow::setPresenting);
    connect(m_presentation, &PresentationMode::lineWidthsChanged, this, &MainWindow::restyleCharts);

    m_controller =
        new ExplorerController(m_catalog, m_parameters, m_info, m_views, m_comparisonBar, this);
    m_controller->setNeuronPanel(m_neuron);
    connect(m_relations, &RelationsPanel::openAsPins, this, [this](const QList<Pin> &pins) {
        const int added = m_controller->pinAll(pins);
        statusBar()->showMessage(added > 0 ? tr("Pinned %n activation(s).", nullptr, added)
                                           : tr("These activations are pinned already."),
                                 4000);
    });
    createMenus();
    qApp->installEventFilter(new ShortcutPassThrough(this));
    qApp->installEventFilter(new SizeHintFontFix(this));
    retranslateUi();
    restoreSettings();
    createLabDocument();
}

void MainWindow::createLabDocument() {
    // After restoreSettings(): the restored window is the new document's unmodified state.
    m_binder = new LabStateBinder(this);
    m_document = new LabDocument(this, m_binder);
    m_document->addActionsTo(m_fileMenu, m_exportAction);
    connect(this, &MainWindow::pageChanged, m_binder, &LabStateBinder::watchPages);
    connectPageFileButtons();
    m_lessonBar = new LessonBar(m_document);
    m_lessonBar->hide();
    // Presenting, the arrow keys step through the lesson and its text grows.
    connect(m_presentation, &PresentationMode::activeChanged, m_lessonBar,
            &LessonBar::setPresenting);
    m_lessonBar->setPresenting(m_presentation->isActive());
    m_centralLayout->insertWidget(0, m_lessonBar);
    for (QAction *action : m_lessonBar->menuActions())
        if (action)
            m_lessonMenu->addAction(action);
        else
            m_lessonMenu->addSeparator();
    // While a lesson is open PgUp/PgDn step through it; the catalog keeps Ctrl+Up/Down.
    connect(m_lessonBar, &LessonBar::shownChanged, this, [this](bool lesson) {
        m_nextAction->setShortcuts(lesson
                                       ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Down)}
                                       : QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Down),
                                                             QKeySequence(Qt::Key_PageDown)});
        m_previousAction->setShortcuts(
            lesson ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Up)}
                   : QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Up),
                                         QKeySequence(Qt::Key_PageUp)});
    });
}

MainWindow::~MainWindow() = default;

GradientView *MainWindow::gradientView() const {
    return m_views->gradient();
}

void MainWindow::createDocks() {
    const auto dock = [this](QWidget *content, const char *objectName, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(QLatin1String(objectName)); // saveState() finds docks by name
        d->setWidget(content);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                       QDockWidget::DockWidgetClosable);
        addDockWidget(area, d);
        return d;
    };
    m_catalogDock = dock(m_catalog, "catalogDock", Qt::LeftDockWidgetArea);
    m_parameterDock = dock(m_parameters, "parameterDock", Qt::RightDockWidgetArea);
    m_infoDock = dock(m_info, "infoDock", Qt::RightDockWidgetArea);
    splitDockWidget(m_parameterDock, m_infoDock, Qt::Vertical);
    // One neuron shares the info dock's place, one tab away.
    m_neuronDock = dock(m_neuron, "neuronDock", Qt::RightDockWidgetArea);
    tabifyDockWidget(m_infoDock, m_neuronDock);
    // So do the relations between activations.
    m_relationsDock = dock(m_relations, "relationsDock", Qt::RightDockWidgetArea);
    tabifyDockWidget(m_neuronDock, m_relationsDock);
    m_infoDock->raise();
}

QList<QDockWidget *> MainWindow::explorerDocks() const {
    return {m_catalogDock, m_parameterDock, m_infoDock, m_neuronDock, m_relationsDock};
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_exportAction = m_fileMenu->addAction(
        QString(), this, [this] { ExportDialog::exportFigure(m_views->currentFigure(), this); });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_copyImageAction = m_fileMenu->addAction(QString(), this, &MainWindow::copyImage);
    m_copyImageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_printAction = m_fileMenu->addAction(QString(), this, &MainWindow::printFigure);
    m_printAction->setShortcut(QKeySequence::Print);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(QString());
    QUndoGroup *undo = m_parameters->undoGroup();
    m_undoAction = m_editMenu->addAction(QString(), undo, &QUndoGroup::undo);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(undo, &QUndoGroup::canUndoChanged, m_undoAction, &QAction::setEnabled);
    m_redoAction = m_editMenu->addAction(QString(), undo, &QUndoGroup::redo);
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setEnabled(false);
    connect(undo, &QUndoGroup::canRedoChanged, m_redoAction, &QAction::setEnabled);
    // The menu names what Undo and Redo would do: a parameter change or a pin.
    connect(undo, &QUndoGroup::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(undo, &QUndoGroup::redoTextChanged, this, &MainWindow::updateUndoTexts);
    m_resetParametersAction =
        m_editMenu->addAction(QString(), m_parameters, &ParameterPanel::resetAll);
    m_editMenu->addSeparator();
    m_findAction = m_editMenu->addAction(QString(), this, [this] {
        m_catalogDock->show();
        m_catalog->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_catalog->searchEdit()->selectAll();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_addFormulaAction =
        m_editMenu->addAction(QString(), m_catalog, &CatalogPanel::addFormulaInteractively);

    m_viewMenu = menuBar()->addMenu(QString());
    // The two pages, as a checkable pair in the View menu and on the mode bar.
    auto *pages = new QActionGroup(this);
    m_explorerPageAction =
        m_viewMenu->addAction(QString(), this, [this] { setPage(Page::Explorer); });
    m_explorerPageAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_playgroundPageAction =
        m_viewMenu->addAction(QString(), this, [this] { setPage(Page::Playground); });
    m_playgroundPageAction->setShortcut(QKeySequence(Qt::Key_F3));
    m_depthLabPageAction = m_viewMenu->addAction(QString(), this, [this] { setPage(Page::Depth); });
    m_depthLabPageAction->setShortcut(QKeySequence(Qt::Key_F4));
    // F5 is presentation mode's (PresentationMode), as in slide software.
    m_softmaxLabPageAction =
        m_viewMenu->addAction(QString(), this, [this] { setPage(Page::Softmax); });
    m_softmaxLabPageAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_guidePageAction = m_viewMenu->addAction(QString(), this, [this] { setPage(Page::Guide); });
    m_guidePageAction->setShortcut(QKeySequence(Qt::Key_F7));
    for (QAction *action : {m_explorerPageAction, m_playgroundPageAction, m_depthLabPageAction,
                            m_softmaxLabPageAction, m_guidePageAction}) {
        action->setCheckable(true);
        pages->addAction(action);
    }
    m_explorerPageAction->setChecked(true);
    m_modeBar = new QToolBar(this);
    m_modeBar->setObjectName(QStringLiteral("modeBar")); // saveState() finds toolbars by name
    m_modeBar->setMovable(false);
    m_modeBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_modeBar->addAction(m_explorerPageAction);
    m_modeBar->addAction(m_playgroundPageAction);
    m_modeBar->addAction(m_depthLabPageAction);
    m_modeBar->addAction(m_softmaxLabPageAction);
    m_modeBar->addAction(m_guidePageAction);
    addToolBar(Qt::TopToolBarArea, m_modeBar);
    m_viewMenu->addSeparator();
    m_firstDerivativeAction = m_viewMenu->addAction(QString());
    m_firstDerivativeAction->setCheckable(true);
    m_firstDerivativeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_firstDerivativeAction, &QAction::toggled, this, [this](bool on) {
        m_plot->setDerivativeVisible(1, on);
        SettingsKeys::showFirstDerivative.set(on);
    });
    m_secondDerivativeAction = m_viewMenu->addAction(QString());
    m_secondDerivativeAction->setCheckable(true);
    m_secondDerivativeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_secondDerivativeAction, &QAction::toggled, this, [this](bool on) {
        m_plot->setDerivativeVisible(2, on);
        SettingsKeys::showSecondDerivative.set(on);
    });
    // The interface zoom has a submenu of its own: the View menu ran out of mnemonic letters.
    m_zoomMenu = m_viewMenu->addMenu(QString());
    m_zoomInAction = m_zoomMenu->addAction(QString(), this, [] { UiZoom::step(+1); });
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOutAction = m_zoomMenu->addAction(QString(), this, [] { UiZoom::step(-1); });
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomResetAction = m_zoomMenu->addAction(QString(), this, [] { UiZoom::setFactor(1.0); });
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fullScreenAction = m_viewMenu->addAction(QString());
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_fullScreenAction, &QAction::toggled, this,
            [this](bool on) { setWindowState(windowState().setFlag(Qt::WindowFullScreen, on)); });
    m_viewMenu->addAction(m_presentation->toggleAction());
    m_viewMenu->addMenu(m_presentation->scaleMenu());
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_views->viewActions());
    m_viewMenu->addAction(m_views->zoomInsetAction());
    connect(m_views->zoomInsetAction(), &QAction::toggled, this,
            [](bool on) { SettingsKeys::zoomInset.set(on); });
    connect(m_views, &ExplorerViews::viewChanged, this,
            [](ExplorerView view) { SettingsKeys::explorerView.set(explorerViewKey(view)); });
    m_resetViewAction = m_viewMenu->addAction(QString(), m_views, &ExplorerViews::resetView);
    m_resetViewAction->setShortcut(QKeySequence(Qt::Key_R)); // Ctrl+0 is the interface zoom's
    m_viewMenu->addSeparator();
    m_nextAction = m_viewMenu->addAction(QString(), this, [this] { m_catalog->selectRelative(1); });
    m_nextAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Down), QKeySequence(Qt::Key_PageDown)});
    m_previousAction =
        m_viewMenu->addAction(QString(), this, [this] { m_catalog->selectRelative(-1); });
    m_previousAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Up), QKeySequence(Qt::Key_PageUp)});
    m_viewMenu->addSeparator();
    m_pinAction = m_viewMenu->addAction(QString(), m_controller, &ExplorerController::pinCurrent);
    m_pinAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_compareAction = m_viewMenu->addAction(QString(), this, [this] { compareWith(); });
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_clearComparisonsAction =
        m_viewMenu->addAction(QString(), m_controller, &ExplorerController::clearComparisons);
    m_viewMenu->addSeparator();
    const auto updateCompareActions = [this] {
        m_clearComparisonsAction->setEnabled(!m_controller->comparisons().isEmpty());
    };
    connect(m_controller, &ExplorerController::comparisonsChanged, this, updateCompareActions);
    updateCompareActions();
    m_viewMenu->addSeparator();

    m_themeMenu = m_viewMenu->addMenu(QString());
    auto *themes = new QActionGroup(this);
    m_lightThemeAction = m_themeMenu->addAction(QString());
    m_darkThemeAction = m_themeMenu->addAction(QString());
    for (QAction *action : {m_lightThemeAction, m_darkThemeAction}) {
        action->setCheckable(true);
        themes->addAction(action);
    }
    connect(m_darkThemeAction, &QAction::toggled, this, &MainWindow::setDarkTheme);

    m_panelsMenu = m_viewMenu->addMenu(QString());
    for (QDockWidget *dock : explorerDocks())
        m_panelsMenu->addAction(dock->toggleViewAction()); // named after the dock's title

    m_lessonMenu = menuBar()->addMenu(QString()); // filled by createLabDocument()

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::availableLanguages()) {
        // Each language is named in its own script, so it can be found whatever the UI shows.
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            m_languages->setLanguage(code);
            SettingsKeys::language.set(code);
        });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreSettings() {
    const bool dark = AppTheme::fromKey(SettingsKeys::theme.get()) == PlotTheme::Dark;
    (dark ? m_darkThemeAction : m_lightThemeAction)->setChecked(true);
    setDarkTheme(dark);
    m_firstDerivativeAction->setChecked(SettingsKeys::showFirstDerivative.get());
    m_secondDerivativeAction->setChecked(SettingsKeys::showSecondDerivative.get());
    m_plot->setDerivativeVisible(1, m_firstDerivativeAction->isChecked());
    m_plot->setDerivativeVisible(2, m_secondDerivativeAction->isChecked());
    m_controller->restore();
    m_views->setView(
        explorerViewFromKey(SettingsKeys::explorerView.get()).value_or(ExplorerView::Overlay));
    m_views->zoomInsetAction()->setChecked(SettingsKeys::zoomInset.get());
    m_views->gradient()->setThreshold(SettingsKeys::vanishingThreshold.get());
    connect(m_views->gradient()->thresholdBox(), &QDoubleSpinBox::valueChanged, this,
            [](double t) { SettingsKeys::vanishingThreshold.set(t); });

    // Defaults for a first start, within the screen's free area (a 1024×768 projector too); a
    // saved layout replaces them.
    QSize first(1400, 880);
    if (const QScreen *where = screen())
        first = first.boundedTo(where->availableGeometry().size());
    resize(first);
    applyDefaultDockSizes();
    restoreGeometry(SettingsKeys::mainWindowGeometry.get());
    restoreState(SettingsKeys::mainWindowState.get());
    m_modeBar->show(); // the only way between the pages: never restored hidden
    setPage(pageFromKey(SettingsKeys::mainWindowPage.get()).value_or(Page::Explorer));
}

void MainWindow::hideExplorerDocks() {
    // The layout the docks had is what gets saved if the window is closed on the playground.
    // Away already (presentation mode), that layout is kept.
    if (m_explorerState.isEmpty()) {
        m_explorerState = saveState();
        m_hiddenDocks.clear();
        for (QDockWidget *dock : explorerDocks())
            if (!dock->isHidden())
                m_hiddenDocks << dock;
    }
    for (QDockWidget *dock : explorerDocks()) {
        dock->hide();
        dock->toggleViewAction()->setEnabled(false);
    }
}

void MainWindow::restoreExplorerDocks() {
    for (QDockWidget *dock : explorerDocks())
        dock->toggleViewAction()->setEnabled(true);
    for (QDockWidget *dock : std::as_const(m_hiddenDocks))
        dock->show();
    m_hiddenDocks.clear();
    // Back to the sizes the docks had when the playground took over.
    if (!m_explorerState.isEmpty())
        restoreState(m_explorerState);
    m_modeBar->show();
    m_explorerState.clear();
}

void MainWindow::setPresenting(bool presenting) {
    // On a full-width page the docks are away already, and setPage() decides their return.
    if (m_page != Page::Explorer)
        return;
    if (!presenting) {
        restoreExplorerDocks();
        return;
    }
    hideExplorerDocks();
    // A panel can still be called up for a moment (View ▸ Panels, Ctrl+F).
    for (QDockWidget *dock : explorerDocks())
        dock->toggleViewAction()->setEnabled(true);
}

void MainWindow::showEvent(QShowEvent *event) {
    QMainWindow::showEvent(event);
    if (m_hideDocksWhenShown) {
        m_hideDocksWhenShown = false;
        QTimer::singleShot(0, this, [this] {
            if (m_page == Page::Explorer)
                return;
            hideExplorerDocks();
            showPageWidget(fullWidthPage(m_page));
            focusPage(fullWidthPage(m_page));
        });
    }
}

void MainWindow::addHiddenPage(QWidget *page) {
    // Built but not shown (a lab file fills it, or showPageWidget() shows it next): its minimum
    // size must not count yet (see showPageWidget()).
    page->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_pages->addWidget(page);
}

void MainWindow::showPageWidget(QWidget *current) {
    // A QStackedWidget asks for the largest minimum size of all its pages; the hidden page must
    // not count, or the explorer's docks get squeezed by the playground's width.
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget *w = m_pages->widget(i);
        const auto policy = w == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        w->setSizePolicy(policy, policy);
    }
    m_pages->setCurrentWidget(current);
    m_pages->updateGeometry();
}

void MainWindow::applyDefaultDockSizes() {
    // The plot keeps about half the width: on a 1024-pixel projector the docks shrink to what
    // their contents need, on a large screen they stop growing at a comfortable width.
    const int w = width();
    resizeDocks({m_catalogDock, m_parameterDock},
                {std::clamp(w / 5, 220, 340), std::clamp(w * 27 / 100, 290, 440)}, Qt::Horizontal);
    resizeDocks({m_parameterDock, m_infoDock}, {270, 560}, Qt::Vertical);
}

std::optional<MainWindow::Page> MainWindow::pageFromKey(const QString &key) {
    if (key == QLatin1String("explorer"))
        return Page::Explorer;
    if (key == QLatin1String("playground"))
        return Page::Playground;
    if (key == QLatin1String("depth"))
        return Page::Depth;
    if (key == QLatin1String("softmax"))
        return Page::Softmax;
    if (key == QLatin1String("guide"))
        return Page::Guide;
    return std::nullopt;
}

void MainWindow::connectPageFileButtons() {
    // Pages built before the document (a start on the playground) and after it.
    if (!m_document)
        return;
    if (m_playground && !m_playgroundFilesConnected) {
        m_playgroundFilesConnected = true;
        connect(m_playground, &PlaygroundPage::openLabRequested, m_document->openAction(),
                &QAction::trigger);
        connect(m_playground, &PlaygroundPage::saveLabRequested, m_document->saveAction(),
                &QAction::trigger);
    }
    if (m_depthLab && !m_depthFilesConnected) {
        m_depthFilesConnected = true;
        connect(m_depthLab, &DepthLabPage::openLabRequested, m_document->openAction(),
                &QAction::trigger);
        connect(m_depthLab, &DepthLabPage::saveLabRequested, m_document->saveAction(),
                &QAction::trigger);
    }
}

QString MainWindow::pageKey(Page page) {
    static const char *const keys[] = {"explorer", "playground", "depth", "softmax", "guide"};
    return QString::fromLatin1(keys[int(page)]);
}

PlaygroundPage *MainWindow::ensurePlaygroundPage() {
    fullWidthPage(Page::Playground);
    connectPageFileButtons();
    return m_playground;
}

DepthLabPage *MainWindow::ensureDepthLabPage() {
    fullWidthPage(Page::Depth);
    connectPageFileButtons();
    return m_depthLab;
}

SoftmaxLabPage *MainWindow::ensureSoftmaxLabPage() {
    fullWidthPage(Page::Softmax);
    return m_softmaxLab;
}

QWidget *MainWindow::fullWidthPage(Page page) {
    if (page == Page::Playground) {
        if (!m_playground) {
            m_playground = new PlaygroundPage;
            m_playground->setTheme(m_darkThemeAction->isChecked() ? PlotTheme::Dark
                                                                  : PlotTheme::Light);
            addHiddenPage(m_playground);
        }
        return m_playground;
    }
    if (page == Page::Guide)
        return m_guide ? m_guide : createGuidePage();
    if (page == Page::Softmax) {
        if (!m_softmaxLab) {
            m_softmaxLab = new SoftmaxLabPage;
            m_softmaxLab->setTheme(m_darkThemeAction->isChecked() ? PlotTheme::Dark
                                                                  : PlotTheme::Light);
            addHiddenPage(m_softmaxLab);
        }
        return m_softmaxLab;
    }
    if (!m_depthLab) {
        m_depthLab = new DepthLabPage;
        m_depthLab->setTheme(m_darkThemeAction->isChecked() ? PlotTheme::Dark : PlotTheme::Light);
        addHiddenPage(m_depthLab);
    }
    return m_depthLab;
}

void MainWindow::setPage(Page page) {
    SettingsKeys::mainWindowPage.set(pageKey(page));
    QAction *const pageActions[] = {m_explorerPageAction, m_playgroundPageAction,
                                    m_depthLabPageAction, m_softmaxLabPageAction,
                                    m_guidePageAction};
    pageActions[int(page)]->setChecked(true);
    if (page == m_page)
        return;
    const Page previous = m_page;
    m_page = page;
    const QList<QDockWidget *> docks = explorerDocks();
    const QList<QAction *> explorerActions = QList<QAction *>{m_exportAction,
                                                              m_copyImageAction,
                                                              m_undoAction,
                                                              m_redoAction,
                                                              m_resetParametersAction,
                                                              m_findAction,
                                                              m_addFormulaAction,
                                                              m_firstDerivativeAction,
                                                              m_secondDerivativeAction,
                                                              m_resetViewAction,
                                                              m_printAction,
                                                              m_nextAction,
                                                              m_previousAction,
                                                              m_pinAction,
                                                              m_compareAction,
                                                              m_clearComparisonsAction,
                                                              m_views->zoomInsetAction()} +
                                             m_views->viewActions();
    // Nobody is watching the training any more: do not keep the cores busy.
    if (previous == Page::Playground && m_playground && m_playground->controls()->isRunning())
        m_playground->controls()->playButton()->click();
    if (page != Page::Explorer) {
        QWidget *widget = fullWidthPage(page);
        // These pages need the whole width: the explorer's docks step aside. Before the first
        // show they have no size yet, and docks hidden then come back squeezed to their
        // minimum; so on a start on such a page they are laid out once and hidden right after.
        if (isVisible()) {
            if (previous == Page::Explorer)
                hideExplorerDocks();
            showPageWidget(widget);
            focusPage(widget);
        } else {
            m_hideDocksWhenShown = true; // the explorer stays in front until then
            showPageWidget(m_explorerCentre);
        }
        for (QAction *action : explorerActions)
            action->setVisible(false); // their shortcuts (R, PgUp…) must not fire here either
        m_editMenu->menuAction()->setVisible(false);
        m_tracerLabel->hide();
    } else {
        showPageWidget(m_explorerCentre);
        focusPage(m_explorerCentre);
        for (QAction *action : explorerActions)
            action->setVisible(true);
        m_hideDocksWhenShown = false;
        if (m_presentation->isActive()) // the docks stay away until it ends
            for (QDockWidget *dock : docks)
                dock->toggleViewAction()->setEnabled(true);
        else
            restoreExplorerDocks();
        m_editMenu->menuAction()->setVisible(true);
        m_tracerLabel->show();
    }
    m_presentation->fit(); // a page too large for the projector's screen gets smaller text
    connectPageFileButtons();
    emit pageChanged(page);
}

SelectionGuidePage *MainWindow::createGuidePage() {
    m_guide = new SelectionGuidePage;
    connect(m_guide, &SelectionGuidePage::openActivation, this, &MainWindow::openInExplorer);
    connect(m_guide, &SelectionGuidePage::showGradients, this, &MainWindow::compareGradients);
    connect(m_guide, &SelectionGuidePage::openRace, this, &MainWindow::startRace);
    addHiddenPage(m_guide);
    return m_guide;
}

void MainWindow::openInExplorer(const QString &id) {
    setPage(Page::Explorer);
    m_catalog->selectActivation(id);
}

void MainWindow::compareGradients(const QStringList &ids) {
    if (ids.isEmpty())
        return;
    setPage(Page::Explorer);
    // The first is the current curve, the others are pinned next to it (one undo step).
    m_catalog->selectActivation(ids.first());
    QList<Pin> pins;
    for (const QString &id : ids.mid(1))
        pins.append(Pin{id, m_controller->values(id), {}, true});
    m_controller->pinAll(pins);
    m_views->setView(ExplorerView::Gradient);
}

void MainWindow::startRace(const QString &first, const QString &second, const QString &dataset) {
    setPage(Page::Playground);
    PlaygroundSetup setup = m_playground->setup();
    setup.dataset = dataset;
    setup.activation = first;
    setup.params.clear();
    setup.race.enabled = true;
    setup.race.setting = RaceSetup::Setting::Activation;
    setup.race.activation = second;
    setup.race.params.clear();
    // The guide's races are written for two hidden layers of 8: depth is where the
    // activation's gradient shows (one small layer hides most differences).
    setup.hiddenUnits = 8;
    setup.secondHiddenUnits = 8;
    m_playground->applySetup(setup);
}

void MainWindow::focusPage(QWidget *page) {
    // The focus must follow the page: left on a widget of the page or dock just hidden (the
    // info panel, say), it kept the key presses, and Space never reached the playground's
    // play button after F3.
    const QWidget *focus = QApplication::focusWidget();
    if (!isVisible() || (focus && focus->isVisible() && page->isAncestorOf(focus)))
        return;
    page->setFocus(Qt::OtherFocusReason);
}

void MainWindow::setDarkTheme(bool dark) {
    AppTheme::apply(dark ? PlotTheme::Dark : PlotTheme::Light);
    restyleCharts();
    SettingsKeys::theme.set(AppTheme::key(dark ? PlotTheme::Dark : PlotTheme::Light));
}

void MainWindow::restyleCharts() {
    const PlotTheme theme = m_darkThemeAction->isChecked() ? PlotTheme::Dark : PlotTheme::Light;
    m_views->setTheme(theme);
    m_neuron->plotView()->setTheme(theme);
    m_relations->setTheme(theme);
    if (m_depthLab)
        m_depthLab->setTheme(theme);
    if (m_softmaxLab)
        m_softmaxLab->setTheme(theme);
    if (m_playground)
        m_playground->setTheme(theme);
}

void MainWindow::compareWith(const QString &search) {
    CompareDialog dialog(m_catalog->model(), {m_controller->currentId()}, this);
    if (!search.isEmpty())
        dialog.setSearchText(search);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedId().isEmpty())
        m_controller->addComparison(dialog.selectedId());
}

void MainWindow::showTracer(const TracerReading &reading) {
    m_tracerActive = true;
    const QLocale locale;
    const auto n = [&locale](double v) { return locale.toString(v, 'g', 6); };
    m_tracerLabel->setText(tr("x = %1    f(x) = %2    f′(x) = %3    f″(x) = %4")
                               .arg(n(reading.x), n(reading.f), n(reading.df), n(reading.d2f)));
}

void MainWindow::showTracerHint() {
    m_tracerActive = false;
    m_tracerLabel->setText(tr("Move the mouse over the plot to read x, f(x), f′(x) and f″(x). "
                              "Wheel: zoom · drag: pan · Ctrl+drag: zoom to a box · R: reset "
                              "view"));
}

void MainWindow::copyImage() {
    Figure *figure = m_views->currentFigure();
    FigureOptions options;
    options.size = figure->customPlot()->size();
    options.scale = devicePixelRatioF() > 1 ? devicePixelRatioF() : 2;
    const QString error = FigureExporter::copyToClipboard(figure, options);
    statusBar()->showMessage(error.isEmpty() ? tr("The plot was copied to the clipboard.") : error,
                             4000);
}

void MainWindow::printFigure() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_views->currentFigure()->figureTitle());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = FigureExporter::print(m_views->currentFigure(), &printer);
    statusBar()->showMessage(error.isEmpty() ? tr("The figure was sent to the printer.") : error,
                             4000);
}

void MainWindow::retranslateUi() {
    m_catalogDock->setWindowTitle(tr("Catalog"));
    m_parameterDock->setWindowTitle(tr("Parameters"));
    m_infoDock->setWindowTitle(tr("About this activation"));
    m_neuronDock->setWindowTitle(tr("One neuron"));
    m_relationsDock->setWindowTitle(tr("Relations"));

    m_fileMenu->setTitle(tr("&File"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setToolTip(tr("Save the plot as PNG, SVG or PDF, or its curves as CSV"));
    m_copyImageAction->setText(tr("&Copy image"));
    m_printAction->setText(tr("&Print…"));
    m_printAction->setToolTip(tr("Print the view on screen, fitted to the page"));
    m_quitAction->setText(tr("&Quit"));

    m_editMenu->setTitle(tr("&Edit"));
    updateUndoTexts();
    m_resetParametersAction->setText(tr("Reset &parameters"));
    m_findAction->setText(tr("&Find activation"));
    m_addFormulaAction->setText(tr("Add for&mula…"));

    m_viewMenu->setTitle(tr("&View"));
    m_lessonMenu->setTitle(tr("Less&on"));
    m_explorerPageAction->setText(tr("&Explorer"));
    m_explorerPageAction->setToolTip(tr("Shapes and derivatives of the activations (F2)"));
    m_playgroundPageAction->setText(tr("Net&work playground"));
    m_playgroundPageAction->setToolTip(tr("Train a small network and watch it learn (F3)"));
    m_depthLabPageAction->setText(tr("&Depth lab"));
    m_depthLabPageAction->setToolTip(
        tr("Signals and gradients through many layers, measured and predicted (F4)"));
    m_softmaxLabPageAction->setText(tr("Soft&max lab"));
    m_softmaxLabPageAction->setToolTip(
        tr("Softmax step by step: logits, temperature, the stable formula, the Jacobian (F6)"));
    m_guidePageAction->setText(tr("Selection &guide"));
    m_guidePageAction->setToolTip(
        tr("Which activation for which layer and task, why, and what to watch out for (F7)"));
    m_modeBar->setWindowTitle(tr("Pages"));
    m_firstDerivativeAction->setText(tr("Show &first derivative f′"));
    m_secondDerivativeAction->setText(tr("Show &second derivative f″"));
    m_resetViewAction->setText(tr("&Reset view"));
    m_zoomMenu->setTitle(tr("Interface &zoom"));
    m_zoomInAction->setText(tr("Zoom &in"));
    m_zoomInAction->setToolTip(tr("Larger text and controls everywhere (Ctrl++)"));
    m_zoomOutAction->setText(tr("Zoom &out"));
    m_zoomOutAction->setToolTip(tr("Smaller text and controls everywhere (Ctrl+−)"));
    m_zoomResetAction->setText(tr("Actual si&ze"));
    m_zoomResetAction->setToolTip(tr("The system's text size (Ctrl+0)"));
    m_fullScreenAction->setText(tr("F&ull screen"));
    m_fullScreenAction->setToolTip(tr("Fill the screen, for a projector (F11)"));
    m_nextAction->setText(tr("&Next activation"));
    m_previousAction->setText(tr("Prev&ious activation"));
    m_pinAction->setText(tr("Pin t&his activation"));
    m_pinAction->setToolTip(tr("Keep this curve, with its parameters, in the plot while you "
                               "look at others (Ctrl+D)"));
    m_compareAction->setText(tr("&Compare with…"));
    m_compareAction->setToolTip(tr("Pin another activation to the plot (Ctrl+K)"));
    m_clearComparisonsAction->setText(tr("C&lear pins"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_lightThemeAction->setText(tr("&Light"));
    m_darkThemeAction->setText(tr("&Dark"));
    m_panelsMenu->setTitle(tr("P&anels"));

    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About ActLab"));
    m_aboutQtAction->setText(tr("About &Qt"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages->currentLanguage());
    if (!m_tracerActive)
        showTracerHint();
}

void MainWindow::updateUndoTexts() {
    const QUndoGroup *group = m_parameters->undoGroup();
    const QString undo = UndoText::display(group->undoText());
    const QString redo = UndoText::display(group->redoText());
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About ActLab"),
        tr("<h3>ActLab %1</h3>"
           "<p>A laboratory for neural-network activation functions: their shapes, exact "
           "derivatives, and what they do to a network that learns.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
           "<p>Built with Qt %2 (LGPL-3.0), QCustomPlot (GPL-3.0), muParser (BSD-2-Clause), "
           "Eigen (MPL-2.0) and oneTBB (Apache-2.0).</p>")
            .arg(QString::fromLatin1(AppInfo::version), QString::fromLatin1(qVersion())));
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::WindowStateChange && m_fullScreenAction) {
        const QSignalBlocker blocker(m_fullScreenAction); // the window manager may change it too
        m_fullScreenAction->setChecked(isFullScreen());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!m_document->maybeSave()) {
        event->ignore(); // Cancel: the window and its unsaved lab stay
        return;
    }
    m_controller->saveNow();
    // Presenting, the window's size and docks from before are the ones to keep.
    SettingsKeys::mainWindowGeometry.set(
        m_presentation->isActive() ? m_presentation->geometryBefore() : saveGeometry());
    const bool docksAway = !m_explorerState.isEmpty();
    SettingsKeys::mainWindowState.set(docksAway ? m_explorerState : saveState());
    m_presentation->setActive(false);
    event->accept();
}
