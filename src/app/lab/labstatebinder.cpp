// SPDX-License-Identifier: GPL-3.0-or-later
#include "labstatebinder.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <qcustomplot.h>

#include "depth/depthlabpage.h"
#include "depth/depthsettingspanel.h"
#include "explorer/catalogpanel.h"
#include "explorer/explorercontroller.h"
#include "explorer/explorerview.h"
#include "explorer/explorerviews.h"
#include "explorer/parameterpanel.h"
#include "explorer/pinboard.h"
#include "mainwindow.h"
#include "playground/playgroundpage.h"
#include "playground/playgroundsetuppanel.h"
#include "plot/gradientview.h"
#include "plot/plotview.h"
#include "softmax/logiteditor.h"
#include "softmax/softmaxlabpage.h"

LabStateBinder::LabStateBinder(MainWindow *window)
    : QObject(window)
    , m_window(window) {
    ExplorerController *controller = window->controller();
    connect(controller, &ExplorerController::currentChanged, this, &LabStateBinder::notify);
    connect(controller->pins(), &PinBoard::changed, this, &LabStateBinder::notify);
    connect(window->parameterPanel(), &ParameterPanel::parametersChanged, this,
            &LabStateBinder::notify);
    connect(window->explorerViews(), &ExplorerViews::viewChanged, this, &LabStateBinder::notify);
    connect(window->explorerViews()->gradient()->thresholdBox(), &QDoubleSpinBox::valueChanged,
            this, &LabStateBinder::notify);
    for (QAction *action : {window->firstDerivativeAction(), window->secondDerivativeAction(),
                            window->explorerViews()->zoomInsetAction()})
        connect(action, &QAction::toggled, this, &LabStateBinder::notify);
    watchPages();
}

LabStateBinder::~LabStateBinder() = default;

void LabStateBinder::notify() {
    if (!m_applying)
        emit changed();
}

void LabStateBinder::watchPages() {
    if (PlaygroundPage *playground = m_window->playgroundPage();
        playground && !m_watchingPlayground) {
        m_watchingPlayground = true;
        PlaygroundSetupPanel *panel = playground->setupPanel();
        for (auto signal :
             {&PlaygroundSetupPanel::dataChanged, &PlaygroundSetupPanel::networkChanged,
              &PlaygroundSetupPanel::trainingChanged})
            connect(panel, signal, this, &LabStateBinder::notify);
    }
    if (SoftmaxLabPage *softmax = m_window->softmaxLabPage(); softmax && !m_watchingSoftmax) {
        m_watchingSoftmax = true;
        connect(softmax->editor(), &LogitEditor::changed, this, &LabStateBinder::notify);
    }
    if (DepthLabPage *depth = m_window->depthLabPage(); depth && !m_watchingDepth) {
        m_watchingDepth = true;
        connect(depth->settingsPanel(), &DepthSettingsPanel::setupEdited, this,
                &LabStateBinder::notify);
    }
}

LabState LabStateBinder::capture() const {
    LabState state;
    state.page = MainWindow::pageKey(m_window->page());
    state.explorer = captureExplorer();
    if (const SoftmaxLabPage *softmax = m_window->softmaxLabPage())
        state.softmax =
            SoftmaxLabState{softmax->editor()->logits(), softmax->editor()->temperature()};
    if (const PlaygroundPage *playground = m_window->playgroundPage())
        state.playground = playground->setup();
    if (const DepthLabPage *depth = m_window->depthLabPage())
        state.depth = depth->setup();
    return state;
}

ExplorerLabState LabStateBinder::captureExplorer() const {
    const ExplorerController *controller = m_window->controller();
    const ExplorerViews *views = m_window->explorerViews();
    ExplorerLabState s;
    s.activation = controller->currentId();
    s.values = controller->values(s.activation);
    s.pins = controller->pins()->pins();
    s.view = explorerViewKey(views->view());
    s.vanishingThreshold = views->gradient()->threshold();
    const QCPRange x = views->overlay()->customPlot()->xAxis->range();
    s.xRange = std::pair{x.lower, x.upper};
    s.firstDerivative = m_window->firstDerivativeAction()->isChecked();
    s.secondDerivative = m_window->secondDerivativeAction()->isChecked();
    s.zoomInset = views->zoomInsetAction()->isChecked();
    // The formulas the state uses travel with it, under the names the user gave them.
    QStringList used{s.activation};
    for (const Pin &pin : s.pins)
        used << pin.id;
    for (const UserFormula &formula : m_window->catalogPanel()->formulas())
        if (used.contains(formula.id()))
            s.formulas.append(formula);
    return s;
}

void LabStateBinder::apply(const LabState &state) {
    m_applying = true;
    if (state.explorer)
        applyExplorer(*state.explorer);
    if (state.softmax)
        m_window->ensureSoftmaxLabPage()->setLogits(state.softmax->logits,
                                                    state.softmax->temperature);
    if (state.playground)
        m_window->ensurePlaygroundPage()->applySetup(*state.playground);
    if (state.depth)
        m_window->ensureDepthLabPage()->setSetup(*state.depth);
    watchPages();
    if (const auto page = MainWindow::pageFromKey(state.page))
        m_window->setPage(*page);
    m_applying = false;
}

void LabStateBinder::applyExplorer(const ExplorerLabState &state) {
    CatalogPanel *catalog = m_window->catalogPanel();
    for (const UserFormula &formula : state.formulas) {
        const QList<UserFormula> known = catalog->formulas();
        const bool present = std::any_of(known.cbegin(), known.cend(), [&](const UserFormula &f) {
            return f.expression == formula.expression;
        });
        if (!present)
            catalog->addFormula(formula);
    }
    m_window->controller()->showState(state.activation, state.values, state.pins);
    ExplorerViews *views = m_window->explorerViews();
    views->setView(explorerViewFromKey(state.view).value_or(ExplorerView::Overlay));
    views->gradient()->setThreshold(state.vanishingThreshold);
    m_window->firstDerivativeAction()->setChecked(state.firstDerivative);
    m_window->secondDerivativeAction()->setChecked(state.secondDerivative);
    views->zoomInsetAction()->setChecked(state.zoomInset);
    if (state.xRange)
        views->setXRange(state.xRange->first, state.xRange->second);
    else
        views->resetView();
}
