// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

#include "plot/plotview.h"

class QCustomPlot;

/**
 * What the depth lab's charts share: one QCustomPlot filling the widget, the theme's colours
 * on it, and queued replots (a burst of updates draws once).
 */
class DepthChart : public QWidget {
    Q_OBJECT

public:
    ~DepthChart() override;
    QCustomPlot *customPlot() const { return m_plot; }
    void setTheme(PlotTheme theme);

protected:
    explicit DepthChart(QWidget *parent);
    PlotTheme theme() const { return m_theme; }
    void scheduleReplot() { m_replotTimer.start(); }
    /// Called after the theme's colours are applied, for items a subclass colours itself.
    virtual void themeApplied() {}
    /// A new font (interface zoom, presentation mode) reaches the axes and titles, which
    /// QCustomPlot copied when they were made; subclasses call this from their changeEvent.
    void changeEvent(QEvent *event) override;

    QCustomPlot *m_plot = nullptr;

private:
    PlotTheme m_theme = PlotTheme::Light;
    double m_fontSize = 0; ///< the point size the chart's fonts were made for
    QTimer m_replotTimer;
};
