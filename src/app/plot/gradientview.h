// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "export/figure.h"
#include "plot/plotview.h"
#include "sampling/gradientsampler.h"

class QCustomPlot;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QDoubleSpinBox;
class QLabel;

/**
 * The gradient view: |f′(x)| of every drawn activation on a logarithmic axis down to 1e-12, with
 * the vanishing zone (|f′| below a threshold, 0.1 by default) shaded and labelled, and a strip
 * below 1e-12 for the dead zone, where f′ is exactly 0 and a log axis has no place. Sigmoid
 * beside tanh, ReLU and GELU shows without words how fast each saturates. Samples come from the
 * core (sampleGradientMagnitude); replots are queued.
 */
class GradientView : public QWidget, public Figure {
    Q_OBJECT

public:
    /// The log axis' floor: smaller gradients are drawn in the dead strip only when exactly 0.
    static constexpr double kFloor = 1e-12;
    /// The threshold's range: a slope below 1e-4 vanishes in any network; 1 would be no slope.
    static constexpr double kMinThreshold = 1e-4;
    static constexpr double kMaxThreshold = 0.99;

    explicit GradientView(QWidget *parent = nullptr);
    ~GradientView() override;

    void setActivations(const QList<PlottedActivation> &activations);
    void setParams(int index, const std::vector<double> &params);
    void setThreshold(double threshold);
    double threshold() const;
    void setXRange(double lo, double hi);
    void setTheme(PlotTheme theme);

    // Figure
    QCustomPlot *customPlot() const override { return m_plot; }
    void refreshNow() override;
    /// "curve,x,abs_derivative,zone": |f′| as computed (exact zeros as 0, not the strip's level)
    /// and the zone at the current threshold: dead, vanishing or active.
    QByteArray csv() const override;
    QString figureTitle() const override;
    QString fileBaseName() const override;

    QDoubleSpinBox *thresholdBox() const { return m_thresholdBox; }
    /// The plotted |f′| of activation `index` (dead points at the strip's level), for tests.
    std::vector<std::pair<double, double>> curve(int index) const;
    /// The shaded vanishing band's top edge.
    double bandTop() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    /// Samples curve `only`, or every curve when -1, and queues a replot.
    void resample(int only = -1);
    void applyTheme();

    QLabel *m_thresholdLabel = nullptr;
    QDoubleSpinBox *m_thresholdBox = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPItemRect *m_vanishing = nullptr;
    QCPItemRect *m_dead = nullptr;
    QCPItemStraightLine *m_thresholdLine = nullptr;
    QCPItemText *m_vanishingLabel = nullptr;
    QCPItemText *m_deadLabel = nullptr;
    QList<PlottedActivation> m_activations;
    std::vector<std::vector<actlab::GradientPoint>> m_samples; ///< per activation, as sampled
    PlotTheme m_theme = PlotTheme::Light;
    QSize m_sampledSize; ///< the axis rect's size the drawn points were thinned for
};
