// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "depth/depthchart.h"

class QCPBars;
class QCPTextElement;

/**
 * One function of the softmax family as bars, one per logit, each labelled with its value.
 * Probabilities (softmax, softmin, sparsemax) share the fixed axis 0 to 1 so the charts compare
 * at a glance; log_softmax, which is never positive, gets an axis that fits it.
 */
class SoftmaxBarChart : public DepthChart {
    Q_OBJECT

public:
    enum class Scale { Probability, Fit };

    SoftmaxBarChart(int colourIndex, Scale scale, QWidget *parent = nullptr);
    ~SoftmaxBarChart() override;

    void setTitle(const QString &title);
    void setValues(const std::vector<double> &values);
    const std::vector<double> &values() const { return m_values; }

protected:
    void themeApplied() override;

private:
    void rebuildLabels();

    int m_colourIndex;
    Scale m_scale;
    QCPTextElement *m_title = nullptr;
    QCPBars *m_bars = nullptr;
    std::vector<double> m_values;
};
