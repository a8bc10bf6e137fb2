// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QWidget>

#include "plot/plotview.h"

class JacobianHeatMap;
class LogitEditor;
class QGroupBox;
class QLabel;
class QPushButton;
class SoftmaxBarChart;
class SoftmaxStepTable;

/**
 * The softmax lab: a vector of logits and a temperature in, and out softmax with its family
 * as bars, the computation step by step, why the shift by the maximum matters, the two-class
 * case against the sigmoid, and the Jacobian as a heat map. The numbers come from the core's
 * breakDownSoftmax (the same as `actlab softmax`); this page only shows them.
 */
class SoftmaxLabPage : public QWidget {
    Q_OBJECT

public:
    explicit SoftmaxLabPage(QWidget *parent = nullptr);
    ~SoftmaxLabPage() override;

    void setTheme(PlotTheme theme);
    void setLogits(const std::vector<double> &logits, double temperature);

    LogitEditor *editor() const { return m_editor; }
    SoftmaxStepTable *stepTable() const { return m_table; }
    /// 0 softmax, 1 log_softmax, 2 softmin, 3 sparsemax.
    SoftmaxBarChart *barChart(int index) const { return m_charts[index]; }
    JacobianHeatMap *jacobianView() const { return m_jacobian; }
    QLabel *naiveLabel() const { return m_naiveText; }
    QLabel *twoClassLabel() const { return m_twoClassText; }
    QPushButton *hugeLogitsButton() const { return m_hugeButton; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void recompute();
    void showTexts();

    LogitEditor *m_editor = nullptr;
    QGroupBox *m_inputBox = nullptr;
    QPushButton *m_tutorialButton = nullptr;
    QPushButton *m_hugeButton = nullptr;
    QPushButton *m_equalButton = nullptr;
    QLabel *m_temperatureText = nullptr;
    QLabel *m_error = nullptr;
    SoftmaxBarChart *m_charts[4] = {};
    QGroupBox *m_stepsBox = nullptr;
    SoftmaxStepTable *m_table = nullptr;
    QGroupBox *m_naiveBox = nullptr;
    QLabel *m_naiveText = nullptr;
    QGroupBox *m_twoClassBox = nullptr;
    QLabel *m_twoClassText = nullptr;
    JacobianHeatMap *m_jacobian = nullptr;
    bool m_naiveFails = false;
    double m_twoClassSoftmax = 0;
    double m_sigmoidOfDifference = 0;
};
