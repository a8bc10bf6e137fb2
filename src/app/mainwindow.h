// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QMainWindow>

class CatalogPanel;
class ComparisonBar;
class DepthLabPage;
class LabDocument;
class LabStateBinder;
class LessonBar;
class ExplorerController;
class ExplorerViews;
class InfoPanel;
class GradientView;
class LanguageManager;
class NeuronPanel;
class RelationsPanel;
class ParameterPanel;
class PlaygroundPage;
class PlotView;
class PresentationMode;
class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QVBoxLayout;
class SelectionGuidePage;
class SoftmaxLabPage;
struct TracerReading;

/**
 * The main window. It only assembles five pages behind a mode bar (View menu, F2, F3, F4, F6,
 * F7): the explorer (catalog dock left, plot centre, parameter and info docks right, tracer
 * readout in the status bar), the network playground, the depth lab, the softmax lab and the
 * selection guide, whose links it connects to the explorer and the playground; the others hide
 * the explorer's docks while they are shown. The explorer's state and wiring live in
 * ExplorerController, the playground's in PlaygroundPage; each panel handles its own texts.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Page { Explorer, Playground, Depth, Softmax, Guide };

    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows a page (remembered in the settings); the playground is built on first use.
    void setPage(Page page);
    Page page() const { return m_page; }
    static std::optional<Page> pageFromKey(const QString &key);
    /// "explorer", "playground", "depth", "softmax", "guide": settings, lab files, --page.
    static QString pageKey(Page page);
    /// The full-width pages, built now if they were not yet (lab files fill them unseen).
    PlaygroundPage *ensurePlaygroundPage();
    DepthLabPage *ensureDepthLabPage();
    SoftmaxLabPage *ensureSoftmaxLabPage();
    /// Null until the playground was first shown.
    PlaygroundPage *playgroundPage() const { return m_playground; }
    /// Null until the depth lab was first shown.
    DepthLabPage *depthLabPage() const { return m_depthLab; }
    QAction *depthLabPageAction() const { return m_depthLabPageAction; }
    /// Null until the softmax lab was first shown.
    SoftmaxLabPage *softmaxLabPage() const { return m_softmaxLab; }
    QAction *softmaxLabPageAction() const { return m_softmaxLabPageAction; }
    /// Null until the selection guide was first shown.
    SelectionGuidePage *guidePage() const { return m_guide; }
    QAction *guidePageAction() const { return m_guidePageAction; }
    QAction *explorerPageAction() const { return m_explorerPageAction; }
    QAction *playgroundPageAction() const { return m_playgroundPageAction; }

    /// The open lab file (File menu, title, lessons) and the lesson bar above the pages.
    LabDocument *labDocument() const { return m_document; }
    LessonBar *lessonBar() const { return m_lessonBar; }

    CatalogPanel *catalogPanel() const { return m_catalog; }
    ParameterPanel *parameterPanel() const { return m_parameters; }
    InfoPanel *infoPanel() const { return m_info; }
    NeuronPanel *neuronPanel() const { return m_neuron; }
    RelationsPanel *relationsPanel() const { return m_relations; }
    PlotView *plotView() const { return m_plot; }
    ExplorerViews *explorerViews() const { return m_views; }
    GradientView *gradientView() const;
    ComparisonBar *comparisonBar() const { return m_comparisonBar; }
    ExplorerController *controller() const { return m_controller; }
    QLabel *tracerLabel() const { return m_tracerLabel; }

    QAction *firstDerivativeAction() const { return m_firstDerivativeAction; }
    QAction *secondDerivativeAction() const { return m_secondDerivativeAction; }
    QAction *darkThemeAction() const { return m_darkThemeAction; }
    QAction *pinAction() const { return m_pinAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *fullScreenAction() const { return m_fullScreenAction; }
    /// F5: the projector layout (the lesson bar follows its activeChanged()).
    PresentationMode *presentationMode() const { return m_presentation; }

    /// Opens the compare dialog; a non-empty `search` pre-fills it (tests, scripted use).
    void compareWith(const QString &search = {});

signals:
    /// A page was shown (built first if it was new).
    void pageChanged(MainWindow::Page page);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createDocks();
    void createLabDocument();
    void connectPageFileButtons();
    QList<QDockWidget *> explorerDocks() const;
    void createMenus();
    void retranslateUi();
    void restoreSettings();
    void setDarkTheme(bool dark);
    /// Every chart takes the theme again (and PlotPalette::lineWidthScale()).
    void restyleCharts();
    void applyDefaultDockSizes();
    void hideExplorerDocks();
    /// Brings back the explorer's docks as hideExplorerDocks() found them.
    void restoreExplorerDocks();
    /// Presentation mode hides the explorer's docks as the full-width pages do.
    void setPresenting(bool presenting);
    /// Moves the keyboard focus onto `page` unless it already is on one of its widgets.
    void focusPage(QWidget *page);
    void showPageWidget(QWidget *current);
    void addHiddenPage(QWidget *page);
    /// A full-width page's widget (playground, depth lab, softmax lab), built on first use.
    QWidget *fullWidthPage(Page page);
    SelectionGuidePage *createGuidePage();
    /// The guide's links: the catalog entry, a gradient comparison, a playground race.
    void openInExplorer(const QString &id);
    void compareGradients(const QStringList &ids);
    void startRace(const QString &first, const QString &second, const QString &dataset);
    void showTracer(const TracerReading &reading);
    void showTracerHint();
    void copyImage();
    void printFigure();
    void showAbout();
    void updateUndoTexts();

    LanguageManager *m_languages;
    CatalogPanel *m_catalog = nullptr;
    ParameterPanel *m_parameters = nullptr;
    InfoPanel *m_info = nullptr;
    NeuronPanel *m_neuron = nullptr;
    RelationsPanel *m_relations = nullptr;
    PlotView *m_plot = nullptr;
    ExplorerViews *m_views = nullptr;
    ComparisonBar *m_comparisonBar = nullptr;
    ExplorerController *m_controller = nullptr;
    QDockWidget *m_catalogDock = nullptr;
    QDockWidget *m_parameterDock = nullptr;
    QDockWidget *m_infoDock = nullptr;
    QDockWidget *m_neuronDock = nullptr;
    QDockWidget *m_relationsDock = nullptr;
    QLabel *m_tracerLabel = nullptr;
    bool m_tracerActive = false;
    PresentationMode *m_presentation = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_zoomMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_lessonMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyImageAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_resetParametersAction = nullptr;
    QAction *m_addFormulaAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_firstDerivativeAction = nullptr;
    QAction *m_secondDerivativeAction = nullptr;
    QAction *m_resetViewAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_pinAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_clearComparisonsAction = nullptr;
    QAction *m_explorerPageAction = nullptr;
    QAction *m_playgroundPageAction = nullptr;
    QAction *m_depthLabPageAction = nullptr;
    QAction *m_softmaxLabPageAction = nullptr;
    QAction *m_guidePageAction = nullptr;
    QToolBar *m_modeBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QVBoxLayout *m_centralLayout = nullptr;
    LabStateBinder *m_binder = nullptr;
    LabDocument *m_document = nullptr;
    LessonBar *m_lessonBar = nullptr;
    bool m_playgroundFilesConnected = false;
    bool m_depthFilesConnected = false;
    QWidget *m_explorerCentre = nullptr;
    PlaygroundPage *m_playground = nullptr; ///< created on first use
    DepthLabPage *m_depthLab = nullptr;     ///< created on first use
    SoftmaxLabPage *m_softmaxLab = nullptr; ///< created on first use
    SelectionGuidePage *m_guide = nullptr;  ///< created on first use
    Page m_page = Page::Explorer;
    QList<QDockWidget *> m_hiddenDocks; ///< explorer docks hidden by the playground
    bool m_hideDocksWhenShown = false;  ///< started on a full-width page: hide once laid out
    QByteArray m_explorerState;         ///< dock layout saved while the playground is shown
    QAction *m_lightThemeAction = nullptr;
    QAction *m_darkThemeAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};
