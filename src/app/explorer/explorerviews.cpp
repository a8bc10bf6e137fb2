// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorerviews.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "plot/gradientview.h"
#include "plot/smallmultiplesview.h"

ExplorerViews::ExplorerViews(QWidget *parent)
    : QWidget(parent) {
    m_overlay = new PlotView;
    m_grid = new SmallMultiplesView;
    m_gradient = new GradientView;
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_overlay);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_gradient);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    const auto makeAction = [this](ExplorerView view, QKeySequence key) {
        auto *action = new QAction(this);
        action->setCheckable(true);
        action->setShortcut(key);
        // Choosing the view on screen again goes back to the overlay: Ctrl+G toggles.
        connect(action, &QAction::triggered, this, [this, view] {
            setView(m_view == view && view != ExplorerView::Overlay ? ExplorerView::Overlay : view);
        });
        return action;
    };
    m_overlayAction = makeAction(ExplorerView::Overlay, QKeySequence(Qt::CTRL | Qt::Key_L));
    m_gridAction = makeAction(ExplorerView::Grid, QKeySequence(Qt::CTRL | Qt::Key_M));
    m_gradientAction = makeAction(ExplorerView::Gradient, QKeySequence(Qt::CTRL | Qt::Key_G));
    m_overlayAction->setChecked(true);
    m_zoomInsetAction = new QAction(this);
    m_zoomInsetAction->setCheckable(true);
    m_zoomInsetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_zoomInsetAction, &QAction::toggled, m_overlay, &PlotView::setZoomInsetVisible);

    m_switcher = new QWidget;
    auto *row = new QHBoxLayout(m_switcher);
    row->setContentsMargins(4, 2, 4, 2);
    row->setSpacing(2);
    for (QAction *action : viewActions()) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus); // the keys stay with the catalog and the plot
        row->addWidget(button);
    }
    row->addSpacing(8);
    auto *zoom = new QToolButton;
    zoom->setDefaultAction(m_zoomInsetAction);
    zoom->setToolButtonStyle(Qt::ToolButtonTextOnly);
    zoom->setAutoRaise(true);
    zoom->setFocusPolicy(Qt::NoFocus);
    row->addWidget(zoom);

    // The hidden views must not widen the centre and squeeze the docks.
    m_grid->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_gradient->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    retranslateUi();
}

ExplorerViews::~ExplorerViews() {
    if (m_switcher && !m_switcher->parent()) // never placed (actlab render)
        delete m_switcher;
}

QList<QAction *> ExplorerViews::viewActions() const {
    return {m_overlayAction, m_gridAction, m_gradientAction};
}

void ExplorerViews::setActivations(const QList<PlottedActivation> &activations) {
    m_activations = activations;
    m_overlay->setActivations(activations); // the overlay's range is the others' reference
    m_staleGrid = true;
    m_staleGradient = true;
    syncShownView();
}

void ExplorerViews::setParams(int index, const std::vector<double> &params) {
    if (index < 0 || index >= m_activations.size())
        return;
    m_activations[index].params = params;
    m_overlay->setParams(index, params);
    if (m_view == ExplorerView::Gradient)
        m_gradient->setParams(index, params);
    else
        m_staleGradient = true;
    if (m_view == ExplorerView::Grid)
        m_grid->setParams(index, params);
    else
        m_staleGrid = true;
}

void ExplorerViews::setView(ExplorerView view) {
    m_overlayAction->setChecked(view == ExplorerView::Overlay);
    m_gridAction->setChecked(view == ExplorerView::Grid);
    m_gradientAction->setChecked(view == ExplorerView::Gradient);
    m_zoomInsetAction->setEnabled(view == ExplorerView::Overlay);
    if (view == m_view)
        return;
    m_view = view;
    syncShownView();
    QWidget *shown = widgetFor(view);
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget *w = m_stack->widget(i);
        const auto policy = w == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        w->setSizePolicy(policy, policy);
    }
    m_stack->setCurrentWidget(shown);
    emit viewChanged(view);
}

void ExplorerViews::syncShownView() {
    // The views share the stretch of x the overlay shows.
    const QCPRange x = m_overlay->customPlot()->xAxis->range();
    if (m_view == ExplorerView::Gradient) {
        if (m_staleGradient)
            m_gradient->setActivations(m_activations);
        m_gradient->setXRange(x.lower, x.upper);
        m_staleGradient = false;
    } else if (m_view == ExplorerView::Grid) {
        if (m_staleGrid)
            m_grid->setActivations(m_activations);
        m_grid->setXRange(x.lower, x.upper);
        m_staleGrid = false;
    }
}

QWidget *ExplorerViews::widgetFor(ExplorerView view) const {
    switch (view) {
    case ExplorerView::Gradient:
        return m_gradient;
    case ExplorerView::Grid:
        return m_grid;
    case ExplorerView::Overlay:
        break;
    }
    return m_overlay;
}

Figure *ExplorerViews::currentFigure() const {
    switch (m_view) {
    case ExplorerView::Gradient:
        return m_gradient;
    case ExplorerView::Grid:
        return m_grid;
    case ExplorerView::Overlay:
        break;
    }
    return m_overlay;
}

void ExplorerViews::setTheme(PlotTheme theme) {
    m_overlay->setTheme(theme);
    m_grid->setTheme(theme);
    m_gradient->setTheme(theme);
}

void ExplorerViews::resetView() {
    m_overlay->resetView();
    syncShownView();
}

void ExplorerViews::setXRange(double lo, double hi) {
    m_overlay->setXRange(lo, hi);
    syncShownView();
}

void ExplorerViews::retranslateUi() {
    m_overlayAction->setText(tr("Overla&y"));
    m_overlayAction->setIconText(tr("Overlay"));
    m_overlayAction->setToolTip(tr("Every curve in one plot, with f′ and f″ (Ctrl+L)"));
    m_gridAction->setText(tr("Side-&by-side grid (small multiples)"));
    m_gridAction->setIconText(tr("Small multiples"));
    m_gridAction->setToolTip(
        tr("One cell per curve with f and f′, on shared axes, to compare at a glance (Ctrl+M)"));
    m_zoomInsetAction->setText(tr("Zoom inset at &x = 0"));
    m_zoomInsetAction->setIconText(tr("Zoom at x = 0"));
    m_zoomInsetAction->setToolTip(tr("A magnified corner view of every curve around x = 0, where "
                                     "slopes that look alike come apart (Ctrl+I)"));
    m_gradientAction->setText(tr("Gradient &view"));
    m_gradientAction->setIconText(tr("Gradient"));
    m_gradientAction->setToolTip(
        tr("|f′| of every curve on a log scale, with the vanishing and dead zones (Ctrl+G)"));
}

void ExplorerViews::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
