// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "depthchart.h"
#include "depthseries.h"

class QCPAxisRect;

/**
 * Four panels over the layer axis, one colour per configuration: the standard deviation of
 * hˡ and the gradient norm (log scales), the correlation of two inputs, and the share of
 * saturated and dead units. Measured values are solid lines, the mean-field prediction dashed.
 * Replots are queued.
 */
class DepthCurvesView : public DepthChart {
    Q_OBJECT

public:
    explicit DepthCurvesView(QWidget *parent = nullptr);
    ~DepthCurvesView() override;

    void setSeries(const std::vector<DepthSeries> &series);
    /// Graphs drawn (tests): measured and predicted lines with data.
    int graphCountWithData() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();

    QCPAxisRect *m_stdRect = nullptr;
    QCPAxisRect *m_gradRect = nullptr;
    QCPAxisRect *m_corrRect = nullptr;
    QCPAxisRect *m_unitRect = nullptr;
    std::vector<DepthSeries> m_series;
};
