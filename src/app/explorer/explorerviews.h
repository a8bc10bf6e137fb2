// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QList>
#include <QPointer>
#include <QWidget>

#include "explorer/explorerview.h"
#include "plot/plotview.h"

class Figure;
class GradientView;
class QAction;
class QStackedWidget;
class SmallMultiplesView;
class QToolButton;

/**
 * The explorer's centre: one set of curves (the current activation and the visible pins) shown
 * as an overlay, as small multiples or as the gradient view. Only the view on screen is kept up
 * to date while parameters move; a view brought forward is given the curves then, so a slider
 * drag costs one view's resampling, not three. The three checkable actions (for the View menu)
 * and the switch buttons (for the bar above the plot) are the same actions.
 */
class ExplorerViews : public QWidget {
    Q_OBJECT

public:
    explicit ExplorerViews(QWidget *parent = nullptr);
    ~ExplorerViews() override;

    void setActivations(const QList<PlottedActivation> &activations);
    /// The slider-drag path: new parameters for curve `index`.
    void setParams(int index, const std::vector<double> &params);

    void setView(ExplorerView view);
    ExplorerView view() const { return m_view; }
    /// The view on screen, for export, print and copy.
    Figure *currentFigure() const;
    void setTheme(PlotTheme theme);
    /// The overlay's own default view, passed on to the view on screen.
    void resetView();
    /// The x range of every view (y as the overlay's default view chooses for it).
    void setXRange(double lo, double hi);

    PlotView *overlay() const { return m_overlay; }
    SmallMultiplesView *grid() const { return m_grid; }
    GradientView *gradient() const { return m_gradient; }
    /// Overlay, small multiples, gradient view: checkable, one checked.
    QList<QAction *> viewActions() const;
    /// Toggles the overlay's magnified corner around x = 0 (Ctrl+I); only in the overlay.
    QAction *zoomInsetAction() const { return m_zoomInsetAction; }
    /// The three switch buttons and the zoom toggle in a row, for the bar above the plot.
    QWidget *switcher() const { return m_switcher; }
    /// The widget of the view on screen (the one currentFigure() draws).
    QWidget *currentWidget() const { return widgetFor(m_view); }

signals:
    void viewChanged(ExplorerView view);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QWidget *widgetFor(ExplorerView view) const;
    /// Gives the view on screen the current curves and the overlay's x range.
    void syncShownView();

    PlotView *m_overlay = nullptr;
    SmallMultiplesView *m_grid = nullptr;
    GradientView *m_gradient = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPointer<QWidget> m_switcher;
    QAction *m_overlayAction = nullptr;
    QAction *m_gridAction = nullptr;
    QAction *m_gradientAction = nullptr;
    QAction *m_zoomInsetAction = nullptr;
    QList<PlottedActivation> m_activations;
    ExplorerView m_view = ExplorerView::Overlay;
    bool m_staleGrid = true;
    bool m_staleGradient = true;
};
