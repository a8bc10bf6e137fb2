// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <vector>

#include <QStringList>
#include <QTimer>
#include <QWidget>

#include "curvepoint.h"
#include "plot/plotview.h"

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPLegend;

/**
 * Training history on QCustomPlot, epochs on a shared horizontal axis: train (solid) and test
 * (dashed) loss on top, per-layer gradient norms (log scale) in the middle, and the share of
 * dead and saturated hidden units at the bottom. Several runs (race mode) share the axes, one
 * colour each. Hovering reads the values at the nearest epoch. Replots are queued.
 */
class LossCurvesView : public QWidget {
    Q_OBJECT

public:
    explicit LossCurvesView(QWidget *parent = nullptr);
    ~LossCurvesView() override;

    /// Removes all data and sets up `names.size()` runs.
    void setRuns(const QStringList &names);
    int runCount() const { return static_cast<int>(m_runs.size()); }
    void appendPoints(int run, std::span<const CurvePoint> points);
    void clear();
    void clearRun(int run);
    /// Draws a horizontal line at the target loss; NaN hides it.
    void setTargetLoss(double loss);
    void setLossLogScale(bool on);
    bool lossLogScale() const { return m_logLoss; }

    /// Loss points of a run, for tests.
    int pointCount(int run) const;
    /// Statistics points of a run, for tests.
    int statsCount(int run) const;
    /// What hovering at `epoch` shows.
    QString readingAt(double epoch) const;
    QCustomPlot *customPlot() const { return m_plot; }
    /// The loss panel's legend is m_plot->legend; dead and saturated units have this one.
    QCPLegend *unitLegend() const { return m_unitLegend; }
    QCPAxisRect *lossRect() const { return m_lossRect; }
    QCPAxisRect *unitRect() const { return m_unitRect; }
    /// Background, axes, legends and guide lines in the app theme's colours.
    void setTheme(PlotTheme theme);
    PlotTheme theme() const { return m_theme; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Run {
        QString name;
        QCPGraph *train = nullptr;
        QCPGraph *test = nullptr;
        std::vector<QCPGraph *> gradients;
        QCPGraph *dead = nullptr;
        QCPGraph *saturated = nullptr;
    };
    void retranslateUi();
    void ensureGradientGraphs(Run &run, int runIndex, std::size_t layers);
    void mouseMoved(QMouseEvent *event);
    void rescale();
    void scheduleReplot();

    QCustomPlot *m_plot = nullptr;
    QCPAxisRect *m_lossRect = nullptr;
    QCPAxisRect *m_gradRect = nullptr;
    QCPAxisRect *m_unitRect = nullptr;
    class QCPItemStraightLine *m_targetLine = nullptr;
    QCPLegend *m_unitLegend = nullptr;
    double m_fontSize = 0; ///< the point size the chart's fonts were made for
    PlotTheme m_theme = PlotTheme::Light;
    std::vector<Run> m_runs;
    double m_targetLoss;
    bool m_logLoss = false;
    QTimer m_replotTimer;
};
