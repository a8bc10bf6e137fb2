// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "plot/plotview.h"

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;

/**
 * One neuron with one input: the explorer's current activation drawn as f(w·x + b) with its
 * slope, and sliders for the weight w and the bias b, so a student sees the weight stretch (and,
 * negative, mirror) the curve and the bias shift where it saturates. It follows the explorer's
 * activation and parameters, formulas included; the composition is the core's
 * AffineInputFunction, drawn by an ordinary PlotView.
 */
class NeuronPanel : public QWidget {
    Q_OBJECT

public:
    explicit NeuronPanel(QWidget *parent = nullptr);
    ~NeuronPanel() override;

    /// The activation to wrap (its function, parameters and identity).
    void setActivation(const PlottedActivation &activation);
    void setParams(const std::vector<double> &params);
    void setWeightAndBias(double weight, double bias);

    double weight() const;
    double bias() const;
    PlotView *plotView() const { return m_plot; }
    QSlider *weightSlider() const { return m_weightSlider; }
    QDoubleSpinBox *weightBox() const { return m_weightBox; }
    QSlider *biasSlider() const { return m_biasSlider; }
    QDoubleSpinBox *biasBox() const { return m_biasBox; }
    QLabel *readout() const { return m_readout; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void apply();
    void updateReadout();
    QString label() const;

    PlottedActivation m_base;
    QLabel *m_intro = nullptr;
    QLabel *m_weightLabel = nullptr;
    QSlider *m_weightSlider = nullptr;
    QDoubleSpinBox *m_weightBox = nullptr;
    QLabel *m_biasLabel = nullptr;
    QSlider *m_biasSlider = nullptr;
    QDoubleSpinBox *m_biasBox = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_readout = nullptr;
    QLabel *m_key = nullptr;
    PlotView *m_plot = nullptr;
};
